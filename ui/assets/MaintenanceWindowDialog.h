#pragma once
// Add a weekly maintenance window to an asset (day, start, length, time zone) through the
// client; the core's refusal stays in the dialog.

#include "MaintenanceWindows.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace vigilo::client {
class Client;
}

namespace vigilo::ui {

class MaintenanceWindowDialog final : public QDialog {
    Q_OBJECT
public:
    // `timeZone`: the asset's, proposed first.
    MaintenanceWindowDialog(client::Client &client, const QString &asset, const QString &timeZone,
                            QWidget *parent = nullptr);

    const MaintenanceWindow &window() const { return m_window; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    client::Client &m_client;
    QString m_asset;
    MaintenanceWindow m_window;
    QComboBox *m_weekday;
    QTimeEdit *m_start;
    QSpinBox *m_duration;
    QComboBox *m_timeZone;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace vigilo::ui
