#pragma once
// Add an asset or edit one (kind, owner, criticality, time zone) through the client. The core's
// refusal stays in the dialog, next to the field it names, and nothing is written.

#include "Entities.h"
#include "Error.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vigilo::client {
class Client;
}

namespace vigilo::ui {

class AssetDialog final : public QDialog {
    Q_OBJECT
public:
    // `existing`: edit it; none: add a new asset.
    AssetDialog(client::Client &client, const std::optional<Asset> &existing,
                QWidget *parent = nullptr);

    // The asset as the core stored it, once accepted.
    const Asset &asset() const { return m_asset; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void showError(const Error &error);

    client::Client &m_client;
    std::optional<Asset> m_existing;
    Asset m_asset;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_owner;
    QComboBox *m_criticality;
    QComboBox *m_timeZone;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace vigilo::ui
