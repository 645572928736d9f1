#pragma once
// The Activity tab: the change's audit timeline, newest first.

#include "DetailTab.h"

class QLabel;
class QTableView;

namespace vigilo::ui {

class ActivityModel;

class ActivityTab final : public DetailTab {
    Q_OBJECT
public:
    explicit ActivityTab(DetailContext &context, QWidget *parent = nullptr);

    void load(const ChangeRequest &change) override;
    ActivityModel *model() const { return m_model; }

private:
    ActivityModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace vigilo::ui
