#pragma once
// Relate an asset to others: "A runs on / depends on / is part of B" or the other way round,
// the others chosen with the asset picker; each link is one audited call through the client.
// What the core refuses stays in the dialog; the links it made are kept.

#include "Entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace vigilo::client {
class Client;
}

namespace vigilo::ui {

class AssetPicker;

class RelationDialog final : public QDialog {
    Q_OBJECT
public:
    RelationDialog(client::Client &client, const QString &asset, const QList<Asset> &inventory,
                   QWidget *parent = nullptr);

    AssetPicker *picker() const { return m_picker; }
    QComboBox *kindBox() const { return m_kind; }
    int related() const { return m_related; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void relateNext(QStringList rest, QStringList problems);

    client::Client &m_client;
    QString m_asset;
    QComboBox *m_kind;
    AssetPicker *m_picker;
    QLabel *m_error;
    QPushButton *m_ok;
    int m_related = 0;
};

} // namespace vigilo::ui
