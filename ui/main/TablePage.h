#pragma once
// A page of the main window that shows one table: a heading, a one-line explanation, room for
// a few controls, the table (fixed row heights, sortable) and an empty-state text.

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace vigilo::ui {

class TablePage : public QWidget {
    Q_OBJECT
public:
    // sortRole: the model's role with raw values to sort on.
    TablePage(const QString &objectName, const QString &title, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model, int sortRole);
    void setSubtitle(const QString &text);
    void setEmptyText(const QString &text);
    // The page's rows could not be read: shows `message` as an error in place of the table
    // (never as an empty list). An empty message clears it.
    void setLoadError(const QString &message);
    QString loadError() const { return m_error; }
    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QHBoxLayout *controls() const { return m_controls; }
    // A panel beside the table (the selected row's details).
    void addSidePanel(QWidget *panel);
    // Column widths from sample texts, in the table's font.
    void setColumnWidths(const QList<int> &characters);

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

protected:
    void updateEmptyState();

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_controls;
    QHBoxLayout *m_bodyRow;
    QStackedWidget *m_body;
    QTableView *m_table;
    QLabel *m_empty;
    QString m_emptyText;
    QString m_error;
    QSortFilterProxyModel *m_proxy;
};

} // namespace vigilo::ui
