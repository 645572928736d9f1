#pragma once
// What an empty new workspace shows instead of an empty table: what to do first (plan a change,
// add the assets changes touch, import existing changes from CSV), with a button for each that
// the core's answer enables (listactions::may) or disables with its reason as the tooltip.

#include "Actor.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace vigilo::ui {

class EmptyWorkspaceHint final : public QWidget {
    Q_OBJECT
public:
    explicit EmptyWorkspaceHint(QWidget *parent = nullptr);

    // Asks the core what `actor` may do and enables the buttons accordingly.
    void setActor(const Actor &actor);

Q_SIGNALS:
    void newChangeRequested();
    void addAssetsRequested();
    void importCsvRequested();

private:
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_newChange;
    QPushButton *m_addAssets;
    QPushButton *m_importCsv;
};

} // namespace vigilo::ui
