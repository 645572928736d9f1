#pragma once
// The change list with its filter bar: status, type, priority, risk and assignee combos and a
// search box (debounced: one filter pass per pause in typing, never a re-sort). A change number
// typed in the search box (CHG-00042, 42, chg42) and Enter opens that change. The header's
// context menu chooses the columns; an empty workspace shows what to do first instead of an
// empty table.

#include "Entities.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace vigilo::ui {

class ChangeFilterProxy;
class ChangeListModel;
class ColumnChooser;
class EmptyWorkspaceHint;

class ChangeListView final : public QWidget {
    Q_OBJECT
public:
    // How long typing pauses before the search applies: one filter pass per pause, not per key.
    static constexpr int kSearchDebounceMs = 200;

    explicit ChangeListView(QWidget *parent = nullptr);

    // `complete` false: the first page of a list whose rest follows (addChanges); a chosen
    // assignee stays chosen even when the page does not show them.
    void setChanges(QList<ChangeSummary> changes, bool complete = true);
    // The rest of the list, merged: the sort, the filters and the selection stay; rows already
    // listed and the numbers in `skip` (live updates during the load) are not added again.
    void addChanges(const QList<ChangeSummary> &changes, const QSet<int> &skip = {});
    // A live update of one change (ChangeListModel::updateChange): its row only.
    void updateChange(int number, const std::optional<ChangeSummary> &change);
    // While a load is on its way the list is not known to be empty: no hint (property "loading").
    void setLoading(bool loading);
    bool isLoading() const;
    // Whether an empty list means an empty workspace (not a personal view that matched nothing):
    // then the hint shows instead of the table.
    void setEmptyHintAllowed(bool allowed);
    bool isShowingEmptyHint() const;
    void clearFilters();
    void focusSearch();

    int totalCount() const;
    int visibleCount() const;
    // The change number of the current row, 0 when none.
    int currentNumber() const;

    ChangeListModel *model() const { return m_model; }
    ChangeFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    ColumnChooser *columnChooser() const { return m_columns; }
    EmptyWorkspaceHint *emptyHint() const { return m_hint; }

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void changeActivated(int number);
    void countsChanged(int visible, int total);

private:
    void applySearch();
    void addAssignee(const QString &username);
    void updateEmptyHint();
    QWidget *createFilterBar();
    void setupTable();
    void applyCombos();
    void fillAssignees(const QList<ChangeSummary> &changes, bool keepChosen);
    void updateCount();
    // Makes the change's row current and shows it; false when it is not listed or filtered out.
    bool selectNumber(int number);

    ChangeListModel *m_model;
    ChangeFilterProxy *m_proxy;
    QStackedWidget *m_body = nullptr;
    QTableView *m_table = nullptr;
    EmptyWorkspaceHint *m_hint = nullptr;
    ColumnChooser *m_columns = nullptr;
    bool m_hintAllowed = false;
    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_risk = nullptr;
    QComboBox *m_assignee = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer;
    int m_pendingCurrent = 0; // the current change, to choose again when the rest of the list comes
};

} // namespace vigilo::ui
