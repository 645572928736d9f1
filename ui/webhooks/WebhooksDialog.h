#pragma once
// Workspace ▸ Webhooks…: the workspace's endpoints (admins add, pause and remove them) and the
// delivery log (every attempt with its HTTP status or error; admins retry failed deliveries).

#include "Actor.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vigilo {
class Vigilo;
}

namespace vigilo::ui {

class WebhookPump;

class WebhooksDialog final : public QDialog {
    Q_OBJECT
public:
    // pump: sends now on "Deliver now" (may be null).
    WebhooksDialog(Vigilo &core, const Actor &actor, WebhookPump *pump, QWidget *parent = nullptr);

    void reload();
    QTableWidget *endpointTable() const { return m_endpoints; }
    QTableWidget *logTable() const { return m_log; }

    // Test hook: the next "Add…" uses these values instead of asking.
    struct NewEndpoint {
        QString name, url, secret, format;
        QStringList events;
    };
    void setNextEndpoint(const NewEndpoint &e)
    {
        m_next = e;
        m_hasNext = true;
    }
    void addEndpoint();
    void retrySelected();

private:
    void toggleSelected();
    void removeSelected();
    void showError(const QString &message);
    bool askEndpoint(NewEndpoint &out);

    Vigilo &m_core;
    Actor m_actor;
    WebhookPump *m_pump;
    QTableWidget *m_endpoints;
    QTableWidget *m_log;
    QCheckBox *m_failedOnly;
    QPushButton *m_add;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QPushButton *m_retry;
    QLabel *m_status;
    NewEndpoint m_next;
    bool m_hasNext = false;
};

} // namespace vigilo::ui
