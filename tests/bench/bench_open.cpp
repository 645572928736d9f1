// Opening a workspace in the desktop client, whole process (issue 16, item 7): starts the real
// `vigilo` on a database with $VIGILO_TIMING set and times, from the process start, the moment
// the change list shows its first rows (the first page, newest first) and the moment the whole
// list is in, as the lines the window writes on stderr arrive; then the process's end (it takes
// its screenshot and quits). The database is given (--db, e.g. a 100,000-change demo file made
// with `vigilo-cli --db F demo --changes 100000`) or built first with vigilo-cli (--changes N).
// Prints a table; asserts nothing about time.
//
//   vigilo-bench-open [--db F | --changes N] [--runs K] [--workspace demo]

#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using vigilo::bench::stats;

namespace {

struct Run {
    double firstRows = -1;
    double whole = -1;
    double exited = -1;
    QString error;
};

Run openOnce(const QString &db, const QString &workspace, const QString &screenshot)
{
    Run run;
    QProcess vigilo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VIGILO_TIMING"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    vigilo.setProcessEnvironment(env);
    QByteArray pending;
    QElapsedTimer clock;
    QObject::connect(&vigilo, &QProcess::readyReadStandardError, [&] {
        const double at = double(clock.nsecsElapsed()) / 1e6;
        pending += vigilo.readAllStandardError();
        qsizetype eol;
        while ((eol = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(eol).trimmed();
            pending.remove(0, eol + 1);
            if (line == "vigilo-timing: list-first-rows" && run.firstRows < 0)
                run.firstRows = at;
            else if (line == "vigilo-timing: list-whole" && run.whole < 0)
                run.whole = at;
            else if (!line.isEmpty())
                std::fprintf(stderr, "vigilo: %s\n", line.constData());
        }
    });
    clock.start();
    vigilo.start(QStringLiteral(VIGILO_GUI_PATH),
                 {QStringLiteral("--db"), db, QStringLiteral("--workspace"), workspace,
                  QStringLiteral("--screenshot"), screenshot});
    if (!vigilo.waitForFinished(300000)) {
        vigilo.kill();
        vigilo.waitForFinished();
        run.error = QStringLiteral("vigilo did not finish within 5 minutes");
        return run;
    }
    run.exited = double(clock.nsecsElapsed()) / 1e6;
    if (vigilo.exitCode() != 0)
        run.error = QStringLiteral("vigilo exited with %1").arg(vigilo.exitCode());
    else if (run.firstRows < 0 || run.whole < 0)
        run.error = QStringLiteral("vigilo did not say when the list was shown");
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the desktop client opening a workspace, whole process."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("The database (a SQLite file or URL)."),
          QStringLiteral("F")},
         {QStringLiteral("changes"),
          QStringLiteral("Without --db: build a demo of N changes first (default 300)."),
          QStringLiteral("N"), QStringLiteral("300")},
         {QStringLiteral("runs"), QStringLiteral("Starts to time (default 5)."),
          QStringLiteral("K"), QStringLiteral("5")},
         {QStringLiteral("workspace"), QStringLiteral("The workspace (default demo)."),
          QStringLiteral("SLUG"), QStringLiteral("demo")}});
    parser.process(app);
    QTextStream out(stdout);
    // vigilo-cli and vigilo act as $VIGILO_USER (else the login name, which a CI job may lack):
    // one user for the demo and the window.
    if (qEnvironmentVariableIsEmpty("VIGILO_USER"))
        qputenv("VIGILO_USER", "alex");
    QTemporaryDir dir;
    QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty()) {
        db = dir.filePath(QStringLiteral("open.sqlite"));
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.start(QStringLiteral(VIGILO_CLI_PATH),
                  {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--changes"),
                   parser.value(QStringLiteral("changes"))});
        if (!cli.waitForFinished(-1) || cli.exitCode() != 0) {
            std::fprintf(stderr, "vigilo-cli demo failed\n");
            return 1;
        }
    }
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QList<double> first, whole, exited;
    for (int i = 0; i < runs; ++i) {
        const Run r = openOnce(db, parser.value(QStringLiteral("workspace")),
                               dir.filePath(QStringLiteral("open.png")));
        if (!r.error.isEmpty()) {
            std::fprintf(stderr, "run %d: %s\n", i + 1, qPrintable(r.error));
            return 1;
        }
        first << r.firstRows;
        whole << r.whole;
        exited << r.exited;
    }
    out << "Opening " << QFileInfo(db).fileName() << " in vigilo (whole process, offscreen, "
        << runs << " runs)\n";
    out << QStringLiteral("| %1 | %2 | %3 |\n")
               .arg(QStringLiteral("from the process start to"), -44)
               .arg(QStringLiteral("median"), 9)
               .arg(QStringLiteral("max"), 9);
    out << "|" << QString(46, QLatin1Char('-')) << "|" << QString(11, QLatin1Char('-')) << "|"
        << QString(11, QLatin1Char('-')) << "|\n";
    const auto row = [&](const QString &what, const QList<double> &ms) {
        const auto s = stats(ms);
        out << QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(what, -44)
                   .arg(QStringLiteral("%1 ms").arg(s.median, 0, 'f', 0), 9)
                   .arg(QStringLiteral("%1 ms").arg(s.max, 0, 'f', 0), 9);
    };
    row(QStringLiteral("the list shows its first rows"), first);
    row(QStringLiteral("the whole list is in"), whole);
    row(QStringLiteral("the screenshot is written, the process ends"), exited);
    return 0;
}
