#pragma once
// What every tab of the detail view shares: the session, the acting member, the change number,
// and how it reports a successful mutation (the view then reloads every tab).

#include "Actor.h"
#include "Entities.h"

#include <QWidget>

namespace vigilo {
class Vigilo;
namespace client {
class Client;
}
} // namespace vigilo

namespace vigilo::ui {

class Session;

struct DetailContext {
    Session &session;
    Actor actor;
    int number = 0;
    Vigilo &core() const;
    // What the tabs ask on a database and on a team server alike.
    client::Client &client() const;
    QString numberText() const { return formatChangeNumber(number); }
};

class DetailTab : public QWidget {
    Q_OBJECT
public:
    DetailTab(DetailContext &context, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_ctx(context)
    {}
    // Shows the change as the core has it now (each tab reads what else it needs).
    virtual void load(const ChangeRequest &change) = 0;

signals:
    // A mutation went through the core and succeeded.
    void modified();

protected:
    DetailContext &m_ctx;
};

} // namespace vigilo::ui
