// File ▸ Print… of the change list: what is printed is the list as the user filtered and sorted
// it (not the whole database), as a paginated table whose every page names the workspace, the
// filter, when it was printed and "page X of Y". Printed to a PDF and read back with pdftotext.

#include "GuiFixture.h"

#include "changes/ChangeListModel.h"
#include "changes/ChangeListView.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace vigilo;
using vigilo::guitest::GuiWorkspace;
using vigilo::ui::MainWindow;

namespace {

// The PDF's text through pdftotext (poppler-utils, installed by .ci/deps). Fails with a hint
// when the tool is missing: a test that reads a PDF must not pass without reading it.
bool pdfText(const QString &pdf, QString *text, QString *error)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        *error = QStringLiteral("pdftotext is not installed: run .ci/deps (poppler-utils)");
        return false;
    }
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("pdftotext %1 failed: %2")
                     .arg(pdf, QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    *text = QString::fromUtf8(p.readAllStandardOutput());
    if (text->isEmpty()) {
        *error = QStringLiteral("pdftotext read nothing from %1").arg(pdf);
        return false;
    }
    return true;
}

} // namespace

class TestPrint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsTheFilteredSortedRows();
    void printsEveryRowOverSeveralPages();
    void previewOpensFromTheFileMenu();
    void cleanupTestCase();

private:
    QString printToPdf(const QString &name, int *pages);

    std::unique_ptr<GuiWorkspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;
};

void TestPrint::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VigiloTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_print"));
    m_ws = std::make_unique<GuiWorkspace>(QStringLiteral("erin"));
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->error));
    const Actor erin = m_ws->as(QStringLiteral("erin"));
    // 70 changes: "Patch host NN" (every third) and "Rotate certificate NN".
    for (int i = 1; i <= 70; ++i) {
        const QString title =
            i % 3 == 0 ? QStringLiteral("Patch host %1").arg(i, 2, 10, QLatin1Char('0'))
                       : QStringLiteral("Rotate certificate %1").arg(i, 2, 10, QLatin1Char('0'));
        auto created = m_ws->core().changes().create(erin, m_ws->draft(title, 48 + i));
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    }
    m_window = std::make_unique<MainWindow>(*m_ws->session);
    QVERIFY(m_window->openWorkspace(QStringLiteral("acme")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPrint::cleanupTestCase()
{
    m_window.reset();
    m_ws.reset();
}

QString TestPrint::printToPdf(const QString &name, int *pages)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString file = m_out.filePath(name);
    printer.setOutputFileName(file);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    *pages = m_window->printChangeList(printer);
    return file;
}

void TestPrint::printsTheFilteredSortedRows()
{
    ui::ChangeListView *list = m_window->changeList();
    auto *search = list->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setText(QStringLiteral("Patch host"));
    QTRY_COMPARE(list->visibleCount(), 23);
    // Newest title first.
    list->table()->sortByColumn(ui::ChangeListModel::Title, Qt::DescendingOrder);

    int pages = 0;
    const QString pdf = printToPdf(QStringLiteral("filtered.pdf"), &pages);
    QCOMPARE(pages, 1);
    QString text, error;
    QVERIFY2(pdfText(pdf, &text, &error), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("Changes — Acme Operations")));
    QVERIFY2(text.contains(QStringLiteral("Filter: Search: “Patch host”")),
             qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("Printed ")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(text.contains(QStringLiteral("23 changes")));
    QVERIFY(text.contains(QStringLiteral("Title")) && text.contains(QStringLiteral("Status")));
    // Only the rows shown, in the order shown.
    QVERIFY(!text.contains(QStringLiteral("Rotate certificate")));
    int last = -1;
    for (int i = 69; i >= 3; i -= 3) {
        const int at =
            text.indexOf(QStringLiteral("Patch host %1").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY2(at > last,
                 qPrintable(QStringLiteral("Patch host %1 is missing or out of order").arg(i)));
        last = at;
    }
    search->clear();
    QTRY_COMPARE(list->visibleCount(), 70);
}

void TestPrint::printsEveryRowOverSeveralPages()
{
    ui::ChangeListView *list = m_window->changeList();
    list->clearFilters();
    QTRY_COMPARE(list->visibleCount(), 70);
    list->table()->sortByColumn(ui::ChangeListModel::Number, Qt::AscendingOrder);
    int pages = 0;
    const QString pdf = printToPdf(QStringLiteral("all.pdf"), &pages);
    const QString kept = guitest::outputPath(QStringLiteral("change-list-print.pdf"));
    QFile::remove(kept);
    QFile::copy(pdf, kept);
    QVERIFY2(pages >= 2, qPrintable(QStringLiteral("%1 page(s)").arg(pages)));
    QString text, error;
    QVERIFY2(pdfText(pdf, &text, &error), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("Filter: none (every change)")));
    // Every page has its heading, its column header and its number.
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    for (int p = 0; p < pages; ++p) {
        const QString &page = pageTexts.at(p);
        QVERIFY(page.contains(QStringLiteral("Changes — Acme Operations")));
        QVERIFY(page.contains(QStringLiteral("Title")));
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)),
                 qPrintable(page.right(300)));
    }
    // Every change exactly once.
    for (int n = 1; n <= 70; ++n)
        QCOMPARE(text.count(formatChangeNumber(n)), 1);
}

void TestPrint::previewOpensFromTheFileMenu()
{
    auto *preview = m_window->findChild<QAction *>(QStringLiteral("printPreviewAction"));
    auto *print = m_window->findChild<QAction *>(QStringLiteral("printAction"));
    QVERIFY(preview && print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(!preview->shortcut().isEmpty());
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = guitest::activeModal<QPrintPreviewDialog>();
        QVERIFY(dialog);
        shown = true;
        dialog->reject();
    });
    preview->trigger();
    QVERIFY(shown);
}

QTEST_MAIN(TestPrint)
#include "tst_gui_print.moc"
