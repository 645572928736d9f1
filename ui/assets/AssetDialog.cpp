#include "AssetDialog.h"

#include "DialogParts.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigilo::ui {

AssetDialog::AssetDialog(client::Client &client, const std::optional<Asset> &existing,
                         QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("assetDialog"));
    setWindowTitle(existing ? tr("Edit asset %1").arg(existing->name) : tr("Add asset"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("assetName"));
    m_name->setPlaceholderText(tr("e.g. payments-api"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("assetKind"));
    m_kind->setEditable(true);
    m_kind->setInsertPolicy(QComboBox::NoInsert);
    for (const char *kind :
         {"service", "business-service", "host", "database", "network", "certificate"})
        m_kind->addItem(QLatin1String(kind));
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("assetOwner"));
    m_owner->setPlaceholderText(tr("The team or person responsible"));
    m_criticality = new QComboBox(this);
    m_criticality->setObjectName(QStringLiteral("assetCriticality"));
    for (Criticality c : allCriticalities())
        m_criticality->addItem(label(c), int(c));
    m_criticality->setToolTip(tr("A change that affects a critical asset is flagged in its risk."));
    m_timeZone = newTimeZoneBox(this);
    m_timeZone->setObjectName(QStringLiteral("assetTimeZone"));
    m_timeZone->setToolTip(tr("Its maintenance windows are in this time zone; empty: none set."));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Criticality:"), m_criticality);
    form->addRow(tr("&Time zone:"), m_timeZone);
    m_error = newErrorLabel(QStringLiteral("assetDialogError"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("assetDialogOk"));
    m_ok->setText(existing ? tr("&Save") : tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (existing) {
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        m_kind->setCurrentText(existing->kind);
        m_owner->setText(existing->owner);
        m_criticality->setCurrentIndex(m_criticality->findData(int(existing->criticality)));
        m_timeZone->setCurrentText(existing->timeZone);
        m_kind->setFocus();
    } else {
        m_criticality->setCurrentIndex(m_criticality->findData(int(Criticality::Medium)));
        m_name->setFocus();
    }
    setMinimumWidth(420);
}

QString AssetDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AssetDialog::showError(const Error &error)
{
    m_ok->setEnabled(true);
    m_error->setText(error.message);
    m_error->show();
    const QString field = error.details.value(QStringLiteral("field")).toString();
    const QList<std::pair<QString, QWidget *>> fields = {
        {QStringLiteral("name"), m_name},
        {QStringLiteral("kind"), m_kind},
        {QStringLiteral("owner"), m_owner},
        {QStringLiteral("criticality"), m_criticality},
        {QStringLiteral("time_zone"), m_timeZone}};
    for (const auto &[name, widget] : fields)
        if (name == field)
            widget->setFocus();
}

void AssetDialog::accept()
{
    const auto criticality = Criticality(m_criticality->currentData().toInt());
    const auto done = [this](const Result<Asset> &result) {
        if (!result.ok()) {
            showError(result.error());
            return;
        }
        m_asset = result.value();
        QDialog::accept();
    };
    m_ok->setEnabled(false); // one request at a time
    if (!m_existing) {
        AssetInput in;
        in.name = m_name->text();
        in.kind = m_kind->currentText().trimmed();
        in.owner = m_owner->text();
        in.criticality = criticality;
        in.timeZone = m_timeZone->currentText().trimmed();
        onResult(m_client.addAssetAsync(in), this, done);
        return;
    }
    // Only what changed: the audit trail records those fields.
    AssetUpdate up;
    if (m_kind->currentText().trimmed() != m_existing->kind)
        up.kind = m_kind->currentText().trimmed();
    if (m_owner->text().trimmed() != m_existing->owner)
        up.owner = m_owner->text().trimmed();
    if (criticality != m_existing->criticality)
        up.criticality = criticality;
    if (m_timeZone->currentText().trimmed() != m_existing->timeZone)
        up.timeZone = m_timeZone->currentText().trimmed();
    if (up.isEmpty()) {
        m_asset = *m_existing;
        QDialog::accept();
        return;
    }
    onResult(m_client.editAssetAsync(m_existing->name, up), this, done);
}

} // namespace vigilo::ui
