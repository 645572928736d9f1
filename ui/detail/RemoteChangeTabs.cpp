#include "RemoteChangeTabs.h"

#include "DetailFormat.h"

#include "Client.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>

namespace vigilo::ui {

namespace {

QTreeWidget *table(QTabWidget *tabs, const char *name, const QStringList &headers)
{
    auto *t = new QTreeWidget(tabs);
    t->setObjectName(QLatin1String(name));
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setHeaderLabels(headers);
    t->header()->setStretchLastSection(true);
    return t;
}

QString section(const QString &title, const QString &text)
{
    return QStringLiteral("<h3>%1</h3><p style=\"white-space: pre-wrap\">%2</p>")
        .arg(title.toHtmlEscaped(),
             text.isEmpty() ? RemoteChangeTabs::tr("(none)") : text.toHtmlEscaped());
}

} // namespace

RemoteChangeTabs::RemoteChangeTabs(QTabWidget *tabs)
    : QObject(tabs)
{
    m_overview = new QTextBrowser(tabs);
    m_overview->setObjectName(QStringLiteral("remoteOverview"));
    m_tasks = table(tabs, "remoteTasks", {tr("Order"), tr("Task"), tr("Status"), tr("Required")});
    m_approvals =
        table(tabs, "remoteApprovals", {tr("Step"), tr("Status"), tr("Needs"), tr("Decisions")});
    m_history = table(tabs, "remoteHistory", {tr("When"), tr("Who"), tr("What")});
    tabs->addTab(m_overview, tr("Details"));
    tabs->addTab(m_tasks, tr("Implementation tasks"));
    tabs->addTab(m_approvals, tr("Approvals"));
    tabs->addTab(m_history, tr("Activity"));
}

QString RemoteChangeTabs::notice()
{
    return tr("On a team server this version of Vigilo shows the change and its actions; editing, "
              "the risk assessment, comments and attachments are not available here yet (use "
              "vigilo-cli).");
}

void RemoteChangeTabs::show(const client::ChangeView &view)
{
    const ChangeRequest &c = view.change;
    m_overview->setHtml(
        section(tr("Description"), c.description)
        + section(tr("Implementation plan"), c.implementationPlan)
        + section(tr("Rollback plan"), c.rollbackPlan) + section(tr("Test plan"), c.testPlan)
        + section(tr("Affected assets"), c.affectedAssets.join(QStringLiteral(", "))));
    m_tasks->clear();
    for (const ChangeTask &t : view.tasks)
        new QTreeWidgetItem(m_tasks, {QString::number(t.seq), t.title, label(t.status),
                                      t.isRequired ? tr("required") : tr("optional")});
    m_approvals->clear();
    for (const ApprovalStep &s : view.steps) {
        QStringList decisions;
        for (const ApprovalDecision &d : s.decisions)
            decisions << (d.approved ? tr("%1 approved").arg(d.member)
                                     : tr("%1 rejected").arg(d.member));
        new QTreeWidgetItem(m_approvals,
                            {s.name, label(s.status),
                             tr("%1 from %2 or above")
                                 .arg(QString::number(s.requiredApprovals), label(s.eligibleRole)),
                             decisions.join(QStringLiteral("; "))});
    }
    m_history->clear();
    if (view.history)
        for (const AuditEvent &e : *view.history)
            new QTreeWidgetItem(m_history, {format::time(e.at), e.actor, e.action});
}

} // namespace vigilo::ui
