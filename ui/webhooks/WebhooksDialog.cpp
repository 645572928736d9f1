#include "WebhooksDialog.h"
#include "detail/DetailFormat.h"

#include "WebhookPump.h"
#include "dialogs/ErrorPresenter.h"
#include "widgets/Async.h"

#include "WebhookSender.h"
#include "Webhooks.h"

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

WebhooksDialog::WebhooksDialog(client::Client &client, const QString &workspaceName,
                               WebhookPump *pump, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_pump(pump && pump->sendsDeliveries() ? pump : nullptr) // else the server sends them
{
    setObjectName(QStringLiteral("webhooksDialog"));
    setWindowTitle(tr("Webhooks — %1").arg(workspaceName));
    resize(960, 520);

    auto *tabs = new QTabWidget(this);
    auto *endpointsPage = new QWidget(tabs);
    auto *ev = new QVBoxLayout(endpointsPage);
    auto *intro =
        new QLabel(tr("Every change transition is posted as JSON (or in Slack's format), signed "
                      "with HMAC-SHA256 in the X-Vigilo-Signature header. Deliveries wait in the "
                      "database until a receiver accepts them; any open Vigilo sends them."),
                   endpointsPage);
    if (client.isRemote())
        intro->setText(tr("Every change transition is posted as JSON (or in Slack's format), "
                          "signed with HMAC-SHA256 in the X-Vigilo-Signature header. The team "
                          "server sends the deliveries and retries them until a receiver accepts "
                          "them."));
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
    for (QPushButton *b : {m_add, m_toggle, m_remove})
        eb->addWidget(b);
    // The core's reason when the member may only look (known once the answer is in).
    m_refusal = new QLabel(endpointsPage);
    m_refusal->setObjectName(QStringLiteral("webhookRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();
    eb->addWidget(m_refusal, 1);
    eb->addStretch();
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
    m_deliver = new QPushButton(tr("&Deliver now"), logPage);
    m_deliver->setObjectName(QStringLiteral("deliverNowButton"));
    m_deliver->setVisible(m_pump || client.isRemote());
    lb->addWidget(m_failedOnly);
    lb->addStretch();
    lb->addWidget(m_deliver);
    lb->addWidget(m_retry);
    lv->addLayout(lb);
    tabs->addTab(logPage, tr("Delivery &log"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("webhookStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    connect(m_deliver, &QPushButton::clicked, this, &WebhooksDialog::deliverNow);
    connect(m_failedOnly, &QCheckBox::toggled, this, &WebhooksDialog::reload);
    connect(m_endpoints, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_endpoints->currentRow();
        const bool active = row >= 0 && m_endpoints->item(row, 1)->data(Qt::UserRole).toBool();
        m_toggle->setText(active || row < 0 ? tr("&Pause") : tr("Res&ume"));
        updateButtons();
    });
    connect(m_log, &QTableWidget::itemSelectionChanged, this, &WebhooksDialog::updateButtons);
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

QString WebhooksDialog::statusText() const
{
    return m_status->text();
}

void WebhooksDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void WebhooksDialog::updateButtons()
{
    const bool idle = !m_loading && !m_busy;
    const bool admin = m_rights.manageWorkspace;
    const bool endpoint = m_endpoints->currentRow() >= 0;
    const bool delivery = m_log->currentRow() >= 0;
    m_add->setEnabled(idle && admin);
    m_toggle->setEnabled(idle && admin && endpoint);
    m_remove->setEnabled(idle && admin && endpoint);
    m_retry->setEnabled(idle && admin && delivery);
    m_deliver->setEnabled(idle);
    m_failedOnly->setEnabled(!m_loading);
    const QString why = admin || m_loading ? QString() : m_rights.refusal;
    for (QPushButton *b : {m_add, m_toggle, m_remove, m_retry})
        b->setToolTip(why);
}

void WebhooksDialog::reload()
{
    m_loading = true;
    updateButtons();
    m_status->setText(tr("Loading the webhooks…"));
    onResult(m_client.webhookOverviewAsync(m_failedOnly->isChecked(), 500), this,
             [this](const Result<client::WebhookOverview> &r) {
                 m_loading = false;
                 if (!r) {
                     // An error is shown as one, never as an empty list.
                     m_endpoints->setRowCount(0);
                     m_log->setRowCount(0);
                     m_status->setText(
                         tr("The webhooks could not be read: %1").arg(r.error().message));
                     m_status->setStyleSheet(QStringLiteral("color: #b0241c;"));
                     updateButtons();
                     return;
                 }
                 if (m_status->text() == tr("Loading the webhooks…"))
                     m_status->clear();
                 m_status->setStyleSheet(QString());
                 fill(*r);
             });
}

QString WebhooksDialog::selectedEndpoint() const
{
    const int row = m_endpoints->currentRow();
    return row < 0 ? QString() : m_endpoints->item(row, 0)->data(Qt::UserRole).toString();
}

void WebhooksDialog::fill(const client::WebhookOverview &overview)
{
    m_rights = overview.rights;
    m_refusal->setText(m_rights.refusal.isEmpty() ? tr("Only admins and owners manage webhooks.")
                                                  : m_rights.refusal);
    m_refusal->setVisible(!m_rights.manageWorkspace);
    const QString selected = selectedEndpoint();
    m_endpoints->setRowCount(0);
    for (const WebhookEndpoint &e : overview.endpoints) {
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
        if (e.name == selected)
            m_endpoints->selectRow(row);
    }
    m_endpoints->resizeColumnsToContents();

    const QLocale locale;
    m_log->setRowCount(0);
    for (const DeliveryAttempt &a : overview.log) {
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
    updateButtons();
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
    if (!m_rights.manageWorkspace || m_loading || m_busy)
        return;
    NewEndpoint n;
    if (!askEndpoint(n))
        return;
    WebhookEndpointInput in;
    in.name = n.name;
    in.url = n.url;
    in.secret = n.secret;
    in.format = n.format;
    in.events = n.events;
    setBusy(true);
    onResult(m_client.addWebhookAsync(in), this, [this](const Result<WebhookEndpoint> &added) {
        setBusy(false);
        if (!added) {
            showError(tr("The webhook was not added"), added.error());
            return;
        }
        reload();
        // The generated secret travels in this one answer only: shown now, never again.
        m_status->setText(added->secret.isEmpty()
                              ? tr("Added webhook %1.").arg(added->name)
                              : tr("Added webhook %1. Its signing secret, shown only now: %2")
                                    .arg(added->name, added->secret));
    });
}

void WebhooksDialog::toggleSelected()
{
    const int row = m_endpoints->currentRow();
    if (row < 0 || !m_rights.manageWorkspace)
        return;
    const QString name = selectedEndpoint();
    const bool active = m_endpoints->item(row, 1)->data(Qt::UserRole).toBool();
    setBusy(true);
    onResult(m_client.setWebhookActiveAsync(name, !active), this,
             [this, name, active](const Result<WebhookEndpoint> &r) {
                 setBusy(false);
                 if (!r) {
                     showError(active ? tr("%1 was not paused").arg(name)
                                      : tr("%1 was not resumed").arg(name),
                               r.error());
                     return;
                 }
                 reload();
                 m_status->setText(r->active ? tr("Webhook %1 resumed.").arg(name)
                                             : tr("Webhook %1 paused.").arg(name));
             });
}

void WebhooksDialog::removeSelected()
{
    const QString name = selectedEndpoint();
    if (name.isEmpty() || !m_rights.manageWorkspace)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove webhook"),
                    tr("Remove %1 with its queued deliveries and delivery log?").arg(name),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("removeWebhookConfirm"));
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() != QMessageBox::Yes)
        return;
    setBusy(true);
    onResult(m_client.removeWebhookAsync(name), this, [this, name](const Status &s) {
        setBusy(false);
        if (!s.ok()) {
            showError(tr("%1 was not removed").arg(name), s.error());
            return;
        }
        reload();
        m_status->setText(tr("Webhook %1 removed.").arg(name));
    });
}

void WebhooksDialog::retrySelected()
{
    const int row = m_log->currentRow();
    if (row < 0 || !m_rights.manageWorkspace)
        return;
    const qint64 id = m_log->item(row, 0)->data(Qt::UserRole).toLongLong();
    setBusy(true);
    onResult(m_client.retryDeliveryAsync(id), this, [this](const Result<OutboxItem> &r) {
        setBusy(false);
        if (!r) {
            showError(tr("The delivery was not queued again"), r.error());
            return;
        }
        const QString queued =
            tr("Delivery of %1 to %2 is queued again.").arg(r->event, r->endpointName);
        reload();
        m_status->setText(queued);
        if (m_pump)
            m_pump->deliverNow();
    });
}

void WebhooksDialog::deliverNow()
{
    if (m_pump) {
        m_pump->deliverNow();
        m_status->setText(tr("Sending due deliveries…"));
        return;
    }
    if (!m_client.isRemote())
        return;
    setBusy(true);
    m_status->setText(tr("Sending due deliveries…"));
    onResult(m_client.deliverWebhooksAsync(), this,
             [this](const Result<client::Client::DeliveryCount> &r) {
                 setBusy(false);
                 if (!r) {
                     m_status->clear();
                     showError(tr("The deliveries were not sent"), r.error());
                     return;
                 }
                 const QString said = tr("Last run: %1 delivered, %2 to retry later, %3 failed.")
                                          .arg(r->delivered)
                                          .arg(r->retrying)
                                          .arg(r->failed);
                 reload();
                 m_status->setText(said);
             });
}

void WebhooksDialog::showError(const QString &title, const Error &error)
{
    ErrorPresenter::show(this, title, error);
}

} // namespace vigilo::ui
