#pragma once
// Import CSV… on the Assets page (issue 16): choose a file and its dialect, see the core's dry
// run (what would be created or updated, the relationships added or already there, the columns
// ignored; or every row's problem with its row and column), then import all rows or none.
// Everything through the client (asset.import), so it works on a database file and on a team
// server alike; the core checks the rights again on every call.

#include "Client.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vigilo::ui {

class AssetImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AssetImportDialog(client::Client &client, QWidget *parent = nullptr);

    // Reads `path` and asks for the dry run (the file dialog of Choose… ends here too).
    void openFile(const QString &path);
    // The file dialog ("assetImportFileDialog").
    void chooseFile();
    // How the file is read: the dialect combo's choice.
    CsvReading reading() const;

    bool isBusy() const { return m_busy; }
    QString summaryText() const;
    QTableWidget *previewTable() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    // What the import did, once it was accepted.
    const AssetCsvReport &report() const { return m_report; }

Q_SIGNALS:
    // A dry run or the import answered (the tests wait for it).
    void answered();

private:
    void preview();
    void runImport();
    void showReport(const AssetCsvReport &report);
    void showError(const QString &message);
    void setBusy(bool busy, const QString &text = {});

    client::Client &m_client;
    QLineEdit *m_file;
    QComboBox *m_dialect;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_import;
    QByteArray m_data;
    AssetCsvReport m_report;
    bool m_busy = false;
    bool m_valid = false;
    int m_generation = 0; // answers for an earlier file or dialect are dropped
};

} // namespace vigilo::ui
