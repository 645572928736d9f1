#pragma once
// The Activity tab: the change's audit timeline, newest first, as change.open answered it.

#include "DetailTab.h"
#include "Error.h"

#include <optional>

class QLabel;
class QTableView;

namespace vigilo::ui {

class ActivityModel;

class ActivityTab final : public DetailTab {
    Q_OBJECT
public:
    explicit ActivityTab(DetailContext &context, QWidget *parent = nullptr);

    // The history as change.open answered it, or why it could not be read: shown by load().
    void setHistory(const QList<AuditEvent> &events);
    void setHistoryError(const Error &error);
    void load(const ChangeRequest &change) override;
    ActivityModel *model() const { return m_model; }

private:
    std::optional<QList<AuditEvent>> m_events;
    Error m_error;
    ActivityModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace vigilo::ui
