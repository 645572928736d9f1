#include "ActivityTab.h"

#include "ActivityModel.h"
#include "TableStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace vigilo::ui {

ActivityTab::ActivityTab(DetailContext &context, QWidget *parent)
    : DetailTab(context, parent)
{
    setObjectName(QStringLiteral("activityTab"));
    m_model = new ActivityModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activityTable"));
    m_view->setModel(m_model);
    styleDetailTable(m_view);
    QHeaderView *h = m_view->horizontalHeader();
    h->resizeSection(ActivityModel::When, 150);
    h->resizeSection(ActivityModel::Who, 130);
    h->resizeSection(ActivityModel::What, 190);
    h->setSectionResizeMode(ActivityModel::Changes, QHeaderView::Stretch);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #57606a;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

void ActivityTab::setHistory(const QList<AuditEvent> &events)
{
    m_events = events;
}

void ActivityTab::setHistoryError(const Error &error)
{
    m_events.reset();
    m_error = error;
}

void ActivityTab::load(const ChangeRequest &)
{
    const bool ok = m_events.has_value();
    m_model->setEvents(m_events.value_or(QList<AuditEvent>{}));
    m_summary->setText(
        ok ? tr("Newest first. The history is append-only and hash-chained; "
                "events: %1.")
                 .arg(m_events->size())
           : tr("The history of %1 cannot be read: %2").arg(m_ctx.numberText(), m_error.message));
    m_summary->setStyleSheet(ok ? QStringLiteral("color: #57606a;")
                                : QStringLiteral("color: #b42318; font-weight: 600;"));
}

} // namespace vigilo::ui
