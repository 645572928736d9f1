#pragma once
// The changes behind one dashboard figure (the whole period or one bucket of the trend): the
// figure's definition, then one row per CHG with what made it count. Double-click or Open
// asks the main window to show the change. The changes come in one request (change.get_many).

#include "Actor.h"
#include "Metrics.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace vigilo::client {
class Client;
}

namespace vigilo::ui {

class DrillDownDialog final : public QDialog {
    Q_OBJECT
public:
    // `scope` says which period and filters the figure was taken over, in words.
    DrillDownDialog(client::Client &client, const MetricFigure &figure, const QString &scope,
                    QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    // The CHG numbers listed, in ascending order.
    QList<int> numbers() const;
    QString summaryText() const;

Q_SIGNALS:
    void changeActivated(int number);

private:
    void fill(const MetricFigure &figure, const QList<ChangeRequest> &changes);
    void activateCurrent();

    QLabel *m_summary;
    QTreeWidget *m_table;
    QPushButton *m_open;
};

} // namespace vigilo::ui
