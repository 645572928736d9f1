#pragma once
// The change list with its filter bar: status, type, priority, risk and assignee combos and a
// search box (debounced: one filter pass per pause in typing, never a re-sort).

#include "Entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace vigilo::ui {

class ChangeFilterProxy;
class ChangeListModel;

class ChangeListView final : public QWidget {
    Q_OBJECT
public:
    // How long typing pauses before the search applies: one filter pass per pause, not per key.
    static constexpr int kSearchDebounceMs = 200;

    explicit ChangeListView(QWidget *parent = nullptr);

    void setChanges(const QList<ChangeSummary> &changes);
    void clearFilters();
    void focusSearch();

    int totalCount() const;
    int visibleCount() const;
    // The change number of the current row, 0 when none.
    int currentNumber() const;

    ChangeListModel *model() const { return m_model; }
    ChangeFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void changeActivated(int number);
    void countsChanged(int visible, int total);

private:
    QWidget *createFilterBar();
    void setupTable();
    void applyCombos();
    void fillAssignees(const QList<ChangeSummary> &changes);
    void updateCount();

    ChangeListModel *m_model;
    ChangeFilterProxy *m_proxy;
    QTableView *m_table = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_risk = nullptr;
    QComboBox *m_assignee = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer;
};

} // namespace vigilo::ui
