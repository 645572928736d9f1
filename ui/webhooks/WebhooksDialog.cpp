#include "WebhooksDialog.h"
#include "detail/DetailFormat.h"

#include "WebhookPump.h"

#include "Vigilo.h"
#include "WebhookSender.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

} // namespace

WebhooksDialog::WebhooksDialog(Vigilo &core, const Actor &actor, WebhookPump *pump, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_actor(actor)
    , m_pump(pump)
{
    setObjectName(QStringLiteral("webhooksDialog"));
    setWindowTitle(tr("Webhooks — %1").arg(actor.workspace.name));
    resize(960, 520);
    const bool admin = actor.can(Permission::ManageWorkspace);

    auto *tabs = new QTabWidget(this);
    auto *endpointsPage = new QWidget(tabs);
    auto *ev = new QVBoxLayout(endpointsPage);
    auto *intro =
        new QLabel(tr("Every change transition is posted as JSON (or in Slack's format), signed "
                      "with HMAC-SHA256 in the X-Vigilo-Signature header. Deliveries wait in the "
                      "database until a receiver accepts them; any open Vigilo sends them."),
                   endpointsPage);
    intro->setWordWrap(true);
    ev->addWidget(intro);
    m_endpoints =
        makeTable(QStringLiteral("webhookEndpoints"),
                  {tr("Name"), tr("Active"), tr("Format"), tr("Events"), tr("URL")}, endpointsPage);
    ev->addWidget(m_endpoints);
    auto *eb = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), endpointsPage);
    m_add->setObjectName(QStringLiteral("addWebhookButton"));
    m_toggle = new QPushButton(tr("&Pause"), endpointsPage);
    m_toggle->setObjectName(QStringLiteral("toggleWebhookButton"));
    m_remove = new QPushButton(tr("&Remove"), endpointsPage);
    m_remove->setObjectName(QStringLiteral("removeWebhookButton"));
    for (QPushButton *b : {m_add, m_toggle, m_remove}) {
        b->setEnabled(admin);
        eb->addWidget(b);
    }
    eb->addStretch();
    if (!admin)
        eb->addWidget(new QLabel(tr("Only admins and owners manage webhooks."), endpointsPage));
    ev->addLayout(eb);
    tabs->addTab(endpointsPage, tr("&Endpoints"));

    auto *logPage = new QWidget(tabs);
    auto *lv = new QVBoxLayout(logPage);
    m_log = makeTable(QStringLiteral("webhookLog"),
                      {tr("Time"), tr("Endpoint"), tr("Event"), tr("Change"), tr("Attempt"),
                       tr("HTTP"), tr("Result"), tr("Error")},
                      logPage);
    lv->addWidget(m_log);
    auto *lb = new QHBoxLayout;
    m_failedOnly = new QCheckBox(tr("Only &failed attempts"), logPage);
    m_failedOnly->setObjectName(QStringLiteral("failedOnly"));
    m_retry = new QPushButton(tr("Re&try delivery"), logPage);
    m_retry->setObjectName(QStringLiteral("retryDeliveryButton"));
    m_retry->setEnabled(admin);
    auto *deliver = new QPushButton(tr("&Deliver now"), logPage);
    deliver->setObjectName(QStringLiteral("deliverNowButton"));
    lb->addWidget(m_failedOnly);
    lb->addStretch();
    lb->addWidget(deliver);
    lb->addWidget(m_retry);
    lv->addLayout(lb);
    tabs->addTab(logPage, tr("Delivery &log"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("webhookStatus"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &WebhooksDialog::addEndpoint);
    connect(m_toggle, &QPushButton::clicked, this, &WebhooksDialog::toggleSelected);
    connect(m_remove, &QPushButton::clicked, this, &WebhooksDialog::removeSelected);
    connect(m_retry, &QPushButton::clicked, this, &WebhooksDialog::retrySelected);
    connect(m_failedOnly, &QCheckBox::toggled, this, &WebhooksDialog::reload);
    connect(m_endpoints, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_endpoints->currentRow();
        const bool active = row >= 0 && m_endpoints->item(row, 1)->data(Qt::UserRole).toBool();
        m_toggle->setText(active || row < 0 ? tr("&Pause") : tr("Res&ume"));
    });
    connect(deliver, &QPushButton::clicked, this, [this] {
        if (!m_pump)
            return;
        m_pump->deliverNow();
        m_status->setText(tr("Sending due deliveries…"));
    });
    if (m_pump)
        connect(m_pump, &WebhookPump::deliveryFinished, this, [this](const DeliveryRun &run) {
            m_status->setText(tr("Last run: %1 delivered, %2 to retry later, %3 failed.")
                                  .arg(run.delivered)
                                  .arg(run.retrying)
                                  .arg(run.failed));
            reload();
        });
    reload();
}

void WebhooksDialog::reload()
{
    auto endpoints = m_core.webhooks().endpoints(m_actor);
    if (!endpoints) {
        showError(endpoints.error().message);
        return;
    }
    m_endpoints->setRowCount(0);
    for (const WebhookEndpoint &e : *endpoints) {
        const int row = m_endpoints->rowCount();
        m_endpoints->insertRow(row);
        m_endpoints->setItem(
            row, 0,
            cell(e.owner.isEmpty() ? e.name : tr("%1 (%2's subscription)").arg(e.name, e.owner),
                 e.name));
        m_endpoints->setItem(row, 1, cell(e.active ? tr("yes") : tr("paused"), e.active));
        m_endpoints->setItem(row, 2,
                             cell(e.format == QLatin1String("slack") ? tr("Slack") : tr("JSON")));
        m_endpoints->setItem(
            row, 3,
            cell(e.events.isEmpty() ? tr("all events") : e.events.join(QStringLiteral(", "))));
        m_endpoints->setItem(row, 4, cell(e.url));
    }
    m_endpoints->resizeColumnsToContents();

    auto log = m_core.webhooks().log(m_actor, m_failedOnly->isChecked(), 500);
    if (!log) {
        showError(log.error().message);
        return;
    }
    const QLocale locale;
    m_log->setRowCount(0);
    for (const DeliveryAttempt &a : *log) {
        const int row = m_log->rowCount();
        m_log->insertRow(row);
        m_log->setItem(row, 0, cell(format::time(a.at), a.outboxId));
        m_log->setItem(row, 1, cell(a.endpointName));
        m_log->setItem(row, 2, cell(a.event));
        m_log->setItem(row, 3,
                       cell(a.changeNumber > 0 ? formatChangeNumber(a.changeNumber) : QString()));
        m_log->setItem(row, 4, cell(locale.toString(a.attempt)));
        m_log->setItem(row, 5, cell(a.httpStatus > 0 ? QString::number(a.httpStatus) : tr("none")));
        // What this attempt came to; the delivery's state now is in the tooltip.
        QString rowState = a.state;
        if (a.state == QLatin1String("delivered"))
            rowState = tr("delivered");
        else if (a.state == QLatin1String("failed"))
            rowState = tr("failed, waiting for an admin to retry");
        else if (a.state == QLatin1String("pending"))
            rowState = tr("will be retried");
        QTableWidgetItem *result = cell(a.ok() ? tr("delivered") : tr("failed"));
        result->setToolTip(tr("This delivery now: %1").arg(rowState));
        m_log->setItem(row, 6, result);
        m_log->setItem(row, 7, cell(a.error));
        if (!a.ok())
            for (int c = 0; c < m_log->columnCount(); ++c)
                m_log->item(row, c)->setForeground(QColor(0xB0, 0x24, 0x1C));
    }
    m_log->resizeColumnsToContents();
}

bool WebhooksDialog::askEndpoint(NewEndpoint &out)
{
    if (m_hasNext) {
        out = m_next;
        m_hasNext = false;
        return true;
    }
    QDialog d(this);
    d.setWindowTitle(tr("Add webhook"));
    auto *form = new QFormLayout(&d);
    auto *name = new QLineEdit(&d);
    auto *url = new QLineEdit(&d);
    url->setPlaceholderText(QStringLiteral("https://hooks.example.com/vigilo"));
    auto *secret = new QLineEdit(&d);
    secret->setPlaceholderText(tr("leave empty to generate one"));
    auto *format = new QComboBox(&d);
    format->addItem(tr("Vigilo JSON"), QStringLiteral("json"));
    format->addItem(tr("Slack message"), QStringLiteral("slack"));
    auto *events = new QListWidget(&d);
    for (const QString &e : Webhooks::eventNames()) {
        auto *item = new QListWidgetItem(e, events);
        item->setCheckState(Qt::Unchecked);
    }
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&URL:"), url);
    form->addRow(tr("&Secret:"), secret);
    form->addRow(tr("&Format:"), format);
    form->addRow(tr("&Events (none: all):"), events);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(buttons);
    if (d.exec() != QDialog::Accepted)
        return false;
    out.name = name->text();
    out.url = url->text();
    out.secret = secret->text();
    out.format = format->currentData().toString();
    for (int i = 0; i < events->count(); ++i)
        if (events->item(i)->checkState() == Qt::Checked)
            out.events << events->item(i)->text();
    return true;
}

void WebhooksDialog::addEndpoint()
{
    NewEndpoint n;
    if (!askEndpoint(n))
        return;
    WebhookEndpointInput in;
    in.name = n.name;
    in.url = n.url;
    in.secret = n.secret;
    in.format = n.format;
    in.events = n.events;
    auto added = m_core.webhooks().addEndpoint(m_actor, in);
    if (!added) {
        showError(added.error().message);
        return;
    }
    m_status->setText(added->secret.isEmpty()
                          ? tr("Added webhook %1.").arg(added->name)
                          : tr("Added webhook %1. Its signing secret, shown only now: %2")
                                .arg(added->name, added->secret));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reload();
}

void WebhooksDialog::toggleSelected()
{
    const int row = m_endpoints->currentRow();
    if (row < 0)
        return;
    const QString name = m_endpoints->item(row, 0)->data(Qt::UserRole).toString();
    const bool active = m_endpoints->item(row, 1)->data(Qt::UserRole).toBool();
    auto r = m_core.webhooks().setActive(m_actor, name, !active);
    if (!r)
        showError(r.error().message);
    reload();
}

void WebhooksDialog::removeSelected()
{
    const int row = m_endpoints->currentRow();
    if (row < 0)
        return;
    const QString name = m_endpoints->item(row, 0)->data(Qt::UserRole).toString();
    if (QMessageBox::question(
            this, tr("Remove webhook"),
            tr("Remove %1 with its queued deliveries and delivery log?").arg(name))
        != QMessageBox::Yes)
        return;
    const Status s = m_core.webhooks().removeEndpoint(m_actor, name);
    if (!s.ok())
        showError(s.error().message);
    reload();
}

void WebhooksDialog::retrySelected()
{
    const int row = m_log->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_log->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto r = m_core.webhooks().retry(m_actor, id);
    if (!r) {
        showError(r.error().message);
        return;
    }
    m_status->setText(tr("Delivery of %1 to %2 is queued again.").arg(r->event, r->endpointName));
    if (m_pump)
        m_pump->deliverNow();
    reload();
}

void WebhooksDialog::showError(const QString &message)
{
    m_status->setText(message);
}

} // namespace vigilo::ui
