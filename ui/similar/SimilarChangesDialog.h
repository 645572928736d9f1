#pragma once
// Suggest similar: earlier changes like this one and how they ended, to learn from their
// rollbacks and approvers: change.similar through the client, for a saved change or for an
// unsaved draft's title and assets, asynchronously (a team server answers later).

#include "Planning.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace vigilo::client {
class Client;
}

namespace vigilo::ui {

class SimilarModel;

class SimilarChangesDialog final : public QDialog {
    Q_OBJECT
public:
    // For a saved change, in the client's workspace.
    SimilarChangesDialog(client::Client &client, int number, QWidget *parent = nullptr);
    // For a draft that is still being typed: its title and assets.
    SimilarChangesDialog(client::Client &client, const QString &draftTitle,
                         const QStringList &draftAssets, QWidget *parent = nullptr);

    SimilarModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Whether the answer came (the table or the error is shown).
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void openRequested(int number);
    void loaded();

private:
    void build(const QString &heading);
    void show(const Result<QList<SimilarChange>> &result);

    SimilarModel *m_model;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_note = nullptr;
    bool m_loaded = false;
};

} // namespace vigilo::ui
