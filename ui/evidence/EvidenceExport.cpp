#include "EvidenceExport.h"

#include "ServerSampleExport.h"
#include "SigningKeyDialog.h"
#include "dialogs/ErrorPresenter.h"
#include "main/Session.h"
#include "widgets/Async.h"

#include "ChainAnchors.h"
#include "Client.h"
#include "Clock.h"
#include "EvidencePack.h"
#include "PackBatch.h"
#include "Store.h"
#include "Vigilo.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
const char *kFolderKey = "evidence/exportFolder";

QString lastFolder()
{
    const QString saved = QSettings().value(QLatin1String(kFolderKey)).toString();
    return saved.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                           : saved;
}
} // namespace

QJsonObject periodParams(const QDate &from, const QDate &to)
{
    return {{QStringLiteral("planned_from"),
             QDateTime(from, QTime(0, 0), Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("planned_to"),
             QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toString(Qt::ISODate)}};
}

QList<int> startingIn(const QList<ChangeSummary> &changes, const QDate &from, const QDate &to)
{
    const QDateTime start(from, QTime(0, 0), Qt::UTC);
    const QDateTime end(to.addDays(1), QTime(0, 0), Qt::UTC);
    QList<int> out;
    for (const ChangeSummary &c : changes)
        if (c.plannedStart.isValid() && c.plannedStart >= start && c.plannedStart < end)
            out << c.number;
    return out;
}

BatchExportDialog::BatchExportDialog(int filteredCount, const QString &workspaceLocale,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("batchExportDialog"));
    setWindowTitle(tr("Export evidence packs for an audit sample"));
    setMinimumWidth(520);
    auto *intro = new QLabel(tr("One signed evidence pack per change, and a signed manifest "
                                "(manifest.csv and manifest.json: number, title, outcome, digest, "
                                "file name) in the folder you choose."),
                             this);
    intro->setWordWrap(true);
    m_folder = new QLineEdit(lastFolder(), this);
    m_folder->setObjectName(QStringLiteral("batchFolder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &BatchExportDialog::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_filtered = new QRadioButton(
        tr("The changes in the list as it is filtered now (%1)").arg(filteredCount), this);
    m_filtered->setObjectName(QStringLiteral("scopeFiltered"));
    m_filtered->setChecked(true);
    m_period = new QRadioButton(tr("The changes planned to start in a period:"), this);
    m_period->setObjectName(QStringLiteral("scopePeriod"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-3), this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(QStringLiteral("–"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch();

    m_locale = new QComboBox(this);
    m_locale->setObjectName(QStringLiteral("batchLocale"));
    m_locale->addItem(tr("The workspace's (%1)").arg(workspaceLocale), QString());
    m_locale->addItem(QStringLiteral("English"), QStringLiteral("en_US"));
    m_locale->addItem(QStringLiteral("Deutsch"), QStringLiteral("de_DE"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Language:"), m_locale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filtered);
    layout->addLayout(periodRow);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString BatchExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

bool BatchExportDialog::usePeriod() const
{
    return m_period->isChecked();
}

QDate BatchExportDialog::from() const
{
    return m_from->date();
}

QDate BatchExportDialog::to() const
{
    return m_to->date();
}

QString BatchExportDialog::locale() const
{
    return m_locale->currentData().toString();
}

void BatchExportDialog::browse()
{
    QFileDialog dialog(this, tr("Folder for the evidence packs"), folder());
    dialog.setObjectName(QStringLiteral("batchFolderDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_folder->setText(dialog.selectedFiles().first());
}

QString EvidenceExport::displayName(const Actor &actor) const
{
    return actor.member.displayName.isEmpty() ? actor.member.username : actor.member.displayName;
}

void EvidenceExport::anchor(QWidget *parent, const Actor &actor, qint64 seq, const QString &hash,
                            const QString &source)
{
    const PackSigner *signer = m_signing.signer(parent, actor.member.username, displayName(actor));
    if (!signer)
        return;
    ChainAnchor a;
    a.database = anchors::databaseKey(m_session.store());
    a.workspace = actor.workspace.slug;
    a.seq = seq;
    a.hash = hash;
    a.signedAt = m_session.core().clock().now().toUTC();
    a.source = source;
    auto record = anchors::sign(a, *signer);
    const Status kept = record ? AnchorLog().publish(a, *record) : Status(record.error());
    if (!kept.ok())
        ErrorPresenter::show(parent,
                             QApplication::translate("vigilo::ui::EvidenceExport",
                                                     "The chain anchor was not recorded"),
                             kept.error());
}

QString EvidenceExport::askPath(QWidget *parent, int number)
{
    QFileDialog dialog(
        parent, QApplication::translate("vigilo::ui::EvidenceExport", "Export evidence pack"),
        lastFolder(),
        QApplication::translate("vigilo::ui::EvidenceExport", "Evidence packs (*.pdf)"));
    dialog.setObjectName(QStringLiteral("exportPackDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(formatChangeNumber(number) + QStringLiteral(".pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().first();
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    return path;
}

QString EvidenceExport::exportOne(QWidget *parent, const Actor &actor, int number)
{
    const QString path = askPath(parent, number);
    if (path.isEmpty())
        return {};
    const PackSigner *signer = m_signing.signer(parent, actor.member.username, displayName(actor));
    if (!signer)
        return {};
    PackExport options;
    options.signer = signer;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto pack = EvidencePack(m_session.core()).exportPdf(actor, number, path, options);
    QApplication::restoreOverrideCursor();
    if (!pack) {
        ErrorPresenter::show(parent,
                             QApplication::translate("vigilo::ui::EvidenceExport",
                                                     "The evidence pack of %1 was not exported")
                                 .arg(formatChangeNumber(number)),
                             pack.error());
        return {};
    }
    anchor(parent, actor, pack->auditSeq, pack->headHash,
           QStringLiteral("pack %1").arg(pack->number));
    return pack->path;
}

QString EvidenceExport::exportFromServer(QWidget *parent, const Actor &actor, int number,
                                         std::function<void(const QString &)> written)
{
    const QString path = askPath(parent, number);
    if (path.isEmpty())
        return {};
    // The server prints the pack and signs it with the workspace's key; only the bytes travel.
    client::Client &client = m_session.client();
    client.setWorkspace(actor.workspace.slug);
    onResult(client.callAsync(QStringLiteral("pack.export"),
                              {{QStringLiteral("number"), formatChangeNumber(number)}}),
             parent,
             [parent, number, path, written = std::move(written)](const Result<QJsonValue> &r) {
                 const QString title =
                     QApplication::translate("vigilo::ui::EvidenceExport",
                                             "The evidence pack of %1 was not exported")
                         .arg(formatChangeNumber(number));
                 if (!r) {
                     ErrorPresenter::show(parent, title, r.error());
                     written({});
                     return;
                 }
                 const QByteArray pdf = QByteArray::fromBase64(
                     r->toObject().value(QStringLiteral("pdf")).toString().toLatin1());
                 // Atomic: a full disk or a failed write leaves the old file as it was.
                 QSaveFile file(path);
                 if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly)
                     || file.write(pdf) != pdf.size() || !file.commit()) {
                     ErrorPresenter::show(
                         parent, title,
                         Error::input(
                             QApplication::translate("vigilo::ui::EvidenceExport",
                                                     "%1 cannot be written: %2")
                                 .arg(QDir::toNativeSeparators(path),
                                      pdf.isEmpty() ? QApplication::translate(
                                          "vigilo::ui::EvidenceExport", "the server sent no pack")
                                                    : file.errorString()),
                             {{QStringLiteral("path"), path}}));
                     written({});
                     return;
                 }
                 written(path);
             });
    return path;
}

bool EvidenceExport::exportSampleFromServer(QWidget *parent, const Actor &actor,
                                            const QList<ChangeSummary> &filtered,
                                            std::function<void(const QStringList &)> written)
{
    BatchExportDialog dialog(int(filtered.size()), actor.workspace.locale, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QSettings().setValue(QLatin1String(kFolderKey), dialog.folder());
    ServerSampleExport::Request request;
    request.folder = dialog.folder();
    request.locale = dialog.locale();
    request.usePeriod = dialog.usePeriod();
    request.from = dialog.from();
    request.to = dialog.to();
    for (const ChangeSummary &c : filtered)
        request.numbers << c.number;
    client::Client &client = m_session.client();
    client.setWorkspace(actor.workspace.slug);
    auto *sample = new ServerSampleExport(client, request, parent);
    QObject::connect(sample, &ServerSampleExport::finished, sample,
                     [written = std::move(written)](const QStringList &files) { written(files); });
    sample->start();
    return true;
}

QStringList EvidenceExport::exportBatch(QWidget *parent, const Actor &actor,
                                        const QList<ChangeSummary> &filtered)
{
    BatchExportDialog dialog(int(filtered.size()), actor.workspace.locale, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QList<int> numbers;
    if (dialog.usePeriod()) {
        // Through the client, filtered by the planned window where the changes are.
        client::Client &client = m_session.client();
        client.setWorkspace(actor.workspace.slug);
        auto planned = client.changesWith(periodParams(dialog.from(), dialog.to()));
        if (!planned) {
            ErrorPresenter::show(parent,
                                 QApplication::translate("vigilo::ui::EvidenceExport",
                                                         "The changes could not be read"),
                                 planned.error());
            return {};
        }
        numbers = startingIn(*planned, dialog.from(), dialog.to());
    } else {
        for (const ChangeSummary &c : filtered)
            numbers << c.number;
    }
    std::sort(numbers.begin(), numbers.end());
    const QString title =
        QApplication::translate("vigilo::ui::EvidenceExport", "The audit sample was not exported");
    if (numbers.isEmpty()) {
        ErrorPresenter::show(parent, title,
                             Error::input(QApplication::translate(
                                 "vigilo::ui::EvidenceExport",
                                 "There is no change in the sample: widen the filter or the "
                                 "period.")));
        return {};
    }
    QSettings().setValue(QLatin1String(kFolderKey), dialog.folder());
    const PackSigner *signer = m_signing.signer(parent, actor.member.username, displayName(actor));
    if (!signer)
        return {};
    PackExport options;
    options.signer = signer;
    options.locale = dialog.locale();
    PackBatch batch(m_session.core(), actor, dialog.folder(), options);
    if (auto s = batch.begin(); !s.ok()) {
        ErrorPresenter::show(parent, title, s.error());
        return {};
    }
    QProgressDialog progress(
        QApplication::translate("vigilo::ui::EvidenceExport", "Exporting evidence packs…"),
        QApplication::translate("vigilo::ui::EvidenceExport", "Cancel"), 0, int(numbers.size()) + 1,
        parent);
    progress.setObjectName(QStringLiteral("batchProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    EvidencePackResult last;
    for (int i = 0; i < numbers.size(); ++i) {
        QCoreApplication::processEvents();
        if (progress.wasCanceled()) {
            batch.cancel();
            return {};
        }
        progress.setLabelText(
            QApplication::translate("vigilo::ui::EvidenceExport", "Exporting %1 (%2 of %3)…")
                .arg(formatChangeNumber(numbers.at(i)))
                .arg(i + 1)
                .arg(numbers.size()));
        auto entry = batch.add(numbers.at(i));
        if (!entry) {
            batch.cancel();
            progress.close();
            ErrorPresenter::show(parent, title, entry.error());
            return {};
        }
        progress.setValue(i + 1);
    }
    QCoreApplication::processEvents();
    if (progress.wasCanceled()) {
        batch.cancel();
        return {};
    }
    auto files = batch.commit();
    progress.setValue(int(numbers.size()) + 1);
    if (!files) {
        batch.cancel();
        ErrorPresenter::show(parent, title, files.error());
        return {};
    }
    // The packs of a batch cover the same head: one anchor says so.
    auto head = anchors::currentHead(m_session.core(), actor);
    if (head)
        anchor(parent, actor, head->seq, head->hash, QStringLiteral("audit sample"));
    return *files;
}

} // namespace vigilo::ui
