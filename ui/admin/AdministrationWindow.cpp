#include "AdministrationWindow.h"

#include "FreezeAdminPage.h"
#include "MembersAdminPage.h"
#include "PoliciesAdminPage.h"
#include "RiskAdminPage.h"
#include "TemplatesAdminPage.h"
#include "WebhooksAdminPage.h"
#include "WorkspaceAdminPage.h"
#include "main/Session.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigilo::ui {

AdministrationWindow::AdministrationWindow(Session &session, const Actor &actor, WebhookPump *pump,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("administrationWindow"));
    resize(980, 640);
    m_heading->setObjectName(QStringLiteral("adminHeading"));
    m_heading->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("adminLoadError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b4231a;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *workspacePage = new WorkspaceAdminPage(session, m_pages);
    auto *webhooksPage = new WebhooksAdminPage(session, pump, m_pages);
    webhooksPage->setActor(actor);
    m_pageList = {workspacePage,
                  new MembersAdminPage(session, m_pages),
                  new FreezeAdminPage(session, m_pages),
                  new PoliciesAdminPage(session, m_pages),
                  new TemplatesAdminPage(session, m_pages),
                  new RiskAdminPage(session, m_pages),
                  webhooksPage};
    // Assets (and their maintenance windows) slot in after Members.
    m_nav->setObjectName(QStringLiteral("adminNav"));
    m_nav->setSpacing(3);
    for (AdminPage *p : std::as_const(m_pageList)) {
        m_nav->addItem(p->title());
        m_pages->addWidget(p);
        connect(p, &AdminPage::changed, this, &AdministrationWindow::reload);
    }
    connect(workspacePage, &WorkspaceAdminPage::workspaceCreated, this,
            &AdministrationWindow::workspaceCreated);
    int widest = 0;
    for (AdminPage *p : std::as_const(m_pageList))
        widest = qMax(widest, m_nav->fontMetrics().horizontalAdvance(p->title()));
    m_nav->setFixedWidth(widest + 40);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_nav);
    columns->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    setActor(actor);
}

void AdministrationWindow::setActor(const Actor &actor)
{
    m_actor = actor;
    // The client's workspace methods act in this workspace.
    m_session.client().setWorkspace(actor.workspace.slug);
    static_cast<WebhooksAdminPage *>(page(Page::Webhooks))->setActor(actor);
    setWindowTitle(tr("Administration — %1").arg(actor.workspace.name));
    m_heading->setText(tr("Workspace %1 (%2), signed in as %3")
                           .arg(actor.workspace.name, actor.workspace.slug, actor.member.username));
    reload();
}

void AdministrationWindow::reload()
{
    m_loading = true;
    const int generation = ++m_generation;
    const QString slug = m_actor.workspace.slug;
    m_session.client().setWorkspace(slug);
    onResult(
        m_session.client().administrationAsync(), this,
        [this, generation](const Result<client::Administration> &answer) {
            if (generation != m_generation)
                return; // a newer question is on its way
            m_loading = false;
            if (!answer.ok()) {
                // An error is shown as an error, never as empty pages.
                m_error->setText(
                    tr("The administration data cannot be read: %1").arg(answer.error().message));
                m_error->show();
                m_pages->setEnabled(false);
                emit loaded();
                return;
            }
            m_error->hide();
            m_pages->setEnabled(true);
            present(*answer);
            emit loaded();
        });
}

void AdministrationWindow::present(const client::Administration &admin)
{
    m_heading->setText(tr("Workspace %1 (%2), signed in as %3, %4")
                           .arg(admin.workspace.name, admin.workspace.slug, m_actor.member.username,
                                label(admin.rights.role)));
    for (AdminPage *p : std::as_const(m_pageList))
        p->setAdministration(admin);
}

void AdministrationWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

AdminPage *AdministrationWindow::page(Page page) const
{
    return m_pageList.value(int(page));
}

QString AdministrationWindow::loadError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace vigilo::ui
