#include "AssetImportDialog.h"

#include "widgets/Async.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <iterator>
#include <optional>

namespace vigilo::ui {

namespace {

// The dialects offered, in the combo's order (its item data is the index).
struct Dialect {
    const char *text;
    std::optional<QChar> delimiter;
    std::optional<CsvEncoding> encoding;
};

const Dialect kDialects[] = {
    {QT_TRANSLATE_NOOP("vigilo::ui::AssetImportDialog",
                       "As the file says (comma or semicolon, UTF-8)"),
     std::nullopt, std::nullopt},
    {QT_TRANSLATE_NOOP("vigilo::ui::AssetImportDialog", "RFC 4180 (comma, UTF-8)"),
     QLatin1Char(','), std::nullopt},
    {QT_TRANSLATE_NOOP("vigilo::ui::AssetImportDialog", "Excel, German (semicolon, UTF-8)"),
     QLatin1Char(';'), std::nullopt},
    {QT_TRANSLATE_NOOP("vigilo::ui::AssetImportDialog", "Excel, German (semicolon, Windows-1252)"),
     QLatin1Char(';'), CsvEncoding::Windows1252},
};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

AssetImportDialog::AssetImportDialog(client::Client &client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_file(new QLineEdit(this))
    , m_dialect(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("assetImportDialog"));
    setWindowTitle(tr("Import assets from CSV"));
    auto *intro = new QLabel(
        tr("One asset a row. Columns: name (required), kind, owner, criticality, time_zone, and "
           "the relationships runs_on, depends_on and part_of (names separated by “;”). An "
           "existing asset is updated, a new name is created. All rows or none: nothing is "
           "written unless every row is valid."),
        this);
    intro->setWordWrap(true);

    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    m_dialect->setObjectName(QStringLiteral("dialectCombo"));
    for (int i = 0; i < int(std::size(kDialects)); ++i)
        m_dialect->addItem(tr(kDialects[i].text), i);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(choose);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Dialect:"), m_dialect);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Choose a file: Vigilo checks every row before anything is written."));
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 460);

    connect(choose, &QPushButton::clicked, this, &AssetImportDialog::chooseFile);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &AssetImportDialog::preview);
    connect(m_import, &QPushButton::clicked, this, &AssetImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    choose->setFocus();
}

CsvReading AssetImportDialog::reading() const
{
    const Dialect &d =
        kDialects[qBound(0, m_dialect->currentData().toInt(), int(std::size(kDialects)) - 1)];
    CsvReading how;
    how.delimiter = d.delimiter;
    how.encoding = d.encoding;
    return how;
}

QString AssetImportDialog::summaryText() const
{
    return m_summary->text();
}

void AssetImportDialog::chooseFile()
{
    QFileDialog dialog(this, tr("Import assets from CSV"), QString(),
                       tr("CSV files (*.csv);;All files (*)"));
    dialog.setObjectName(QStringLiteral("assetImportFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    openFile(dialog.selectedFiles().constFirst());
}

void AssetImportDialog::openFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ++m_generation;
        m_data.clear();
        showError(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    m_data = file.readAll();
    preview();
}

void AssetImportDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (busy) {
        m_valid = false;
        m_summary->setStyleSheet({});
        m_summary->setText(text);
    }
    m_import->setEnabled(!busy && m_valid);
}

void AssetImportDialog::preview()
{
    if (m_file->text().isEmpty())
        return;
    const int generation = ++m_generation;
    setBusy(true, tr("Checking the file…"));
    onResult(m_client.importAssetsAsync(m_data, true, reading()), this,
             [this, generation](const Result<client::AssetImportAnswer> &r) {
                 if (generation != m_generation)
                     return;
                 setBusy(false);
                 if (!r.ok())
                     showError(r.error().message);
                 else
                     showReport(r->report);
                 emit answered();
             });
}

void AssetImportDialog::runImport()
{
    if (!m_valid || m_busy)
        return;
    const int generation = ++m_generation;
    setBusy(true, tr("Importing…"));
    onResult(m_client.importAssetsAsync(m_data, false, reading()), this,
             [this, generation](const Result<client::AssetImportAnswer> &r) {
                 if (generation != m_generation)
                     return;
                 setBusy(false);
                 if (!r.ok()) {
                     showError(r.error().message);
                 } else if (!r->imported) {
                     showReport(r->report); // the file changed under us: its problems now
                 } else {
                     m_report = r->report;
                     accept();
                 }
                 emit answered();
             });
}

void AssetImportDialog::showError(const QString &message)
{
    m_valid = false;
    m_import->setEnabled(false);
    m_table->hide();
    m_summary->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_summary->setText(tr("Nothing can be imported: %1").arg(message));
}

void AssetImportDialog::showReport(const AssetCsvReport &report)
{
    m_report = report;
    m_valid = report.valid();
    m_import->setEnabled(m_valid);
    const QLocale locale;
    m_table->clearContents();
    if (!report.valid()) {
        m_summary->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        m_summary->setText(tr("Nothing can be imported: the file has %n problems. Correct them "
                              "and choose the file again.",
                              nullptr, int(report.errors.size())));
        m_table->setColumnCount(3);
        m_table->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
        m_table->setRowCount(int(report.errors.size()));
        for (int i = 0; i < report.errors.size(); ++i) {
            const CsvRowError &e = report.errors.at(i);
            m_table->setItem(i, 0, cell(e.row > 0 ? locale.toString(e.row) : QString()));
            m_table->setItem(i, 1, cell(e.column));
            m_table->setItem(i, 2, cell(e.message));
        }
    } else {
        m_summary->setStyleSheet({});
        QStringList parts;
        parts << tr("%n rows checked.", nullptr, report.rows)
              << tr("%n assets to create", nullptr, int(report.created.size()))
                     + QStringLiteral(", ")
                     + tr("%n to update", nullptr, int(report.updated.size())) + QLatin1Char('.')
              << tr("%n relationships to add", nullptr, report.relationsAdded)
                     + QStringLiteral(", ") + tr("%n already there", nullptr, report.relationsKept)
                     + QLatin1Char('.');
        if (!report.ignoredColumns.isEmpty())
            parts
                << tr("Ignored columns: %1.").arg(report.ignoredColumns.join(QStringLiteral(", ")));
        m_summary->setText(parts.join(QLatin1Char(' ')));
        m_table->setColumnCount(2);
        m_table->setHorizontalHeaderLabels({tr("Asset"), tr("What happens")});
        m_table->setRowCount(int(report.created.size() + report.updated.size()));
        int row = 0;
        for (const QString &name : report.created) {
            m_table->setItem(row, 0, cell(name));
            m_table->setItem(row++, 1, cell(tr("created")));
        }
        for (const QString &name : report.updated) {
            m_table->setItem(row, 0, cell(name));
            m_table->setItem(row++, 1, cell(tr("updated")));
        }
    }
    m_table->setVisible(m_table->rowCount() > 0);
    m_table->resizeColumnToContents(0);
}

} // namespace vigilo::ui
