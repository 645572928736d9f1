#pragma once
// The column chooser of a table: the header's context menu ticks columns on and off, and the
// choice is kept in QSettings at once (not only when the window closes).

#include <QList>
#include <QObject>
#include <QString>

class QHeaderView;
class QMenu;
class QPoint;
class QWidget;

namespace vigilo::ui {

class ColumnChooser final : public QObject {
    Q_OBJECT
public:
    // `settingsKey`: where the hidden columns are kept; `fixed`: columns that always show.
    ColumnChooser(QHeaderView *header, const QString &settingsKey, QList<int> fixed = {});

    // The menu the header shows: one checkable action per column (objectName "column<N>").
    QMenu *createMenu(QWidget *parent) const;
    void setColumnVisible(int column, bool visible);
    // Applies the saved choice (after the header's own state was restored).
    void restore();

Q_SIGNALS:
    void columnsChanged();

private:
    void showMenu(const QPoint &pos);
    void save() const;

    QHeaderView *m_header;
    QString m_key;
    QList<int> m_fixed;
};

} // namespace vigilo::ui
