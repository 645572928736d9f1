#include "MaintenanceWindowDialog.h"

#include "DialogParts.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace vigilo::ui {

MaintenanceWindowDialog::MaintenanceWindowDialog(client::Client &client, const QString &asset,
                                                 const QString &timeZone, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_asset(asset)
{
    setObjectName(QStringLiteral("maintenanceWindowDialog"));
    setWindowTitle(tr("Maintenance window for %1").arg(asset));
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("windowWeekday"));
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(locale.dayName(day), day);
    m_start = new QTimeEdit(QTime(2, 0), this);
    m_start->setObjectName(QStringLiteral("windowStart"));
    m_start->setDisplayFormat(locale.timeFormat(QLocale::ShortFormat));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("windowMinutes"));
    m_duration->setRange(15, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setValue(240);
    m_duration->setSuffix(tr(" min"));
    m_timeZone = newTimeZoneBox(this);
    m_timeZone->setObjectName(QStringLiteral("windowTimeZone"));
    m_timeZone->setCurrentText(timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone);
    auto *form = new QFormLayout;
    form->addRow(tr("&Every:"), m_weekday);
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("&Length:"), m_duration);
    form->addRow(tr("&Time zone:"), m_timeZone);
    m_error = newErrorLabel(QStringLiteral("windowDialogError"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("windowDialogOk"));
    m_ok->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MaintenanceWindowDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

QString MaintenanceWindowDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MaintenanceWindowDialog::accept()
{
    MaintenanceWindow w;
    w.asset = m_asset;
    w.weekday = m_weekday->currentData().toInt();
    w.start = m_start->time();
    w.durationMinutes = m_duration->value();
    w.timeZone = m_timeZone->currentText().trimmed().toLatin1();
    m_ok->setEnabled(false);
    onResult(m_client.addMaintenanceWindowAsync(w), this,
             [this](const Result<MaintenanceWindow> &r) {
                 m_ok->setEnabled(true);
                 if (!r.ok()) {
                     m_error->setText(r.error().message);
                     m_error->show();
                     return;
                 }
                 m_window = r.value();
                 QDialog::accept();
             });
}

} // namespace vigilo::ui
