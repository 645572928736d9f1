// Evidence pack benchmark: exports (prints, embeds the evidence, signs) a typical change and a
// heavy one (100 tasks, 2,000 audit events), verifies each with the database and offline, and
// prints a table, plus what unlocking the signing key costs once per process. It asserts nothing
// about time; the README quotes its figures.
#include "Clock.h"
#include "EvidencePack.h"
#include "SigningKey.h"
#include "Store.h"
#include "Vigilo.h"
#include "WorkspaceTrust.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace vigilo;

namespace {

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Store> store;
    std::unique_ptr<Vigilo> core;
    Actor owner, approver, engineer;
};

bool check(const Status &s, const char *what)
{
    if (!s.ok())
        std::fprintf(stderr, "bench: %s: %s\n", what, qPrintable(s.error().message));
    return s.ok();
}
template <typename T> bool check(const Result<T> &r, const char *what)
{
    if (!r.ok())
        std::fprintf(stderr, "bench: %s: %s\n", what, qPrintable(r.error().message));
    return r.ok();
}

bool setUp(Fixture &f, const QString &locale)
{
    auto s = Store::open(f.dir.filePath(QStringLiteral("bench.sqlite")),
                         Store::OpenMode::CreateIfMissing);
    if (!check(s, "open"))
        return false;
    f.store = std::move(s).value();
    f.core = std::make_unique<Vigilo>(*f.store, f.clock);
    if (!check(f.core->workspaces().createWorkspace(
                   QStringLiteral("bench"), QStringLiteral("Benchmark"), locale,
                   QStringLiteral("owner"), QStringLiteral("Olivia Owner")),
               "workspace"))
        return false;
    f.owner = *f.core->workspaces().signIn(QStringLiteral("bench"), QStringLiteral("owner"));
    if (!check(f.core->workspaces().addMember(f.owner, QStringLiteral("approver"), Role::Approver,
                                              QStringLiteral("Anna Approver")),
               "member")
        || !check(f.core->workspaces().addMember(f.owner, QStringLiteral("engineer"),
                                                 Role::Engineer, QStringLiteral("Erik Engineer")),
                  "member")
        || !check(f.core->workspaces().addAsset(f.owner, QStringLiteral("payments-api"),
                                                QStringLiteral("service")),
                  "asset"))
        return false;
    f.approver = *f.core->workspaces().signIn(QStringLiteral("bench"), QStringLiteral("approver"));
    f.engineer = *f.core->workspaces().signIn(QStringLiteral("bench"), QStringLiteral("engineer"));
    return true;
}

// A completed change with `tasks` runbook steps and about `events` audit events.
int buildChange(Fixture &f, int tasks, int events)
{
    ChangeDraft d;
    d.title = QStringLiteral("Rotate TLS certificate on the payments edge");
    d.description = QStringLiteral("Replace the expiring certificate.");
    d.riskLevel = RiskLevel::Low;
    const QDateTime start = f.clock.now().addDays(3);
    d.plannedStart = start;
    d.plannedEnd = start.addSecs(4 * 3600);
    QStringList plan;
    for (int i = 1; i <= tasks; ++i)
        plan << QStringLiteral("%1. Step %1 of the runbook").arg(i);
    d.implementationPlan = plan.join(QLatin1Char('\n'));
    d.rollbackPlan = QStringLiteral("Reinstall the previous certificate.");
    d.testPlan = QStringLiteral("curl shows the new expiry.");
    d.affectedAssets = {QStringLiteral("payments-api")};
    auto c = f.core->changes().create(f.engineer, d);
    if (!check(c, "create"))
        return 0;
    const int n = c->number;
    TransitionInput approve;
    approve.comment = QStringLiteral("Looks good");
    TransitionInput early;
    early.justification = QStringLiteral("Started ahead of the window for the benchmark");
    if (!check(f.core->runbook().generate(f.engineer, n), "generate")
        || !check(f.core->changes().apply(f.engineer, n, Action::Submit), "submit")
        || !check(f.core->changes().apply(f.approver, n, Action::Approve, approve), "approve")
        || !check(f.core->changes().apply(f.engineer, n, Action::Schedule), "schedule")
        || !check(f.core->changes().apply(f.engineer, n, Action::Start, early), "start"))
        return 0;
    for (int i = 1; i <= tasks; ++i) {
        f.clock.advanceSecs(60);
        if (!check(f.core->runbook().start(f.engineer, n, i), "task start")
            || !check(f.core->runbook().done(f.engineer, n, i), "task done"))
            return 0;
    }
    const int used = 7 + 2 * tasks;
    Store::Transaction tx(*f.store);
    if (!check(tx.begin(), "begin"))
        return 0;
    for (int i = used; i < events - 1; ++i) {
        f.clock.advanceSecs(30);
        if (!check(f.core->discussion().addComment(
                       i % 2 ? f.approver : f.engineer, n,
                       QStringLiteral("Status update %1: all checks green so far.").arg(i)),
                   "comment"))
            return 0;
    }
    if (!check(tx.commit(), "commit"))
        return 0;
    TransitionInput close;
    close.closureCode = ClosureCode::Successful;
    close.closureNotes = QStringLiteral("Done as planned.");
    if (!check(f.core->changes().apply(f.engineer, n, Action::Complete, close), "complete"))
        return 0;
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int runs = 3;
    const QStringList a = app.arguments();
    if (const int i = a.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < a.size())
        runs = std::max(1, a.at(i + 1).toInt());
    // --out DIR keeps each case's last pack there (typical-en_US.pdf, heavy-de_DE.pdf, ...).
    QString keep;
    if (const int i = a.indexOf(QStringLiteral("--out")); i > 0 && i + 1 < a.size())
        keep = a.at(i + 1);

    struct Case {
        const char *name;
        int tasks;
        int events;
        const char *locale;
        const char *file;
    };
    const Case cases[] = {
        {"typical (5 tasks, ~25 events)", 5, 25, "en_US", "typical-en_US.pdf"},
        {"typical, German", 5, 25, "de_DE", "typical-de_DE.pdf"},
        {"heavy (100 tasks, 2,000 events)", 100, 2000, "en_US", "heavy-en_US.pdf"},
        {"heavy, German", 100, 2000, "de_DE", "heavy-de_DE.pdf"}};
    QTextStream out(stdout);
    // The member's key, as vigilo-cli-pack unlocks it once per export (scrypt, then ECDSA).
    QTemporaryDir keyDir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto generated =
        SigningKey::generate(QStringLiteral("Olivia Owner"), {}, now.addYears(-1), now.addYears(2));
    if (!check(generated, "key") || !keyDir.isValid())
        return 1;
    const KeyStore keys(keyDir.path());
    if (!check(keys.save(QStringLiteral("owner"), **generated, QStringLiteral("benchmark-pass")),
               "save key"))
        return 1;
    QElapsedTimer unlock;
    unlock.start();
    auto key = keys.load(QStringLiteral("owner"), QStringLiteral("benchmark-pass"));
    const qint64 unlockMs = unlock.elapsed();
    if (!check(key, "load key"))
        return 1;
    TrustList trust;
    trust.source = QStringLiteral("the benchmark");
    trust.entries << TrustEntry{(*key)->certificate(), {}, {}, {}, {}, {}};
    out << QStringLiteral("unlocking the signing key (scrypt): %1 ms, once per process\n\n")
               .arg(unlockMs);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("case (export = print + embed + sign)"), -38)
               .arg(QStringLiteral("events"), 7)
               .arg(QStringLiteral("pages"), 6)
               .arg(QStringLiteral("KiB"), 6)
               .arg(QStringLiteral("best ms"), 8)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("verify ms"), 10)
               .arg(QStringLiteral("offline ms"), 11);
    int failures = 0;
    for (const Case &c : cases) {
        Fixture f;
        if (!setUp(f, QString::fromLatin1(c.locale))) {
            ++failures;
            continue;
        }
        const int n = buildChange(f, c.tasks, c.events);
        if (n == 0
            || !check(WorkspaceTrust(*f.core).add(f.owner, (*key)->certificatesPem()), "trust")) {
            ++failures;
            continue;
        }
        PackExport options;
        options.signer = key->get();
        QList<qint64> times;
        EvidencePackResult last;
        const QString path = f.dir.filePath(QStringLiteral("pack.pdf"));
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            auto pack = vigilo::EvidencePack(*f.core).exportPdf(f.owner, n, path, options);
            times << t.elapsed();
            if (!check(pack, "export")) {
                ++failures;
                break;
            }
            last = *pack;
        }
        QElapsedTimer vt;
        vt.start();
        auto v = vigilo::EvidencePack(*f.core).verify(f.owner, path);
        const qint64 verifyMs = vt.elapsed();
        if (!check(v, "verify") || !v->ok)
            ++failures;
        vt.restart();
        auto offline = vigilo::EvidencePack::verifyOffline(path, trust);
        const qint64 offlineMs = vt.elapsed();
        if (!check(offline, "verify offline") || !offline->ok)
            ++failures;
        if (!keep.isEmpty()) {
            const QString kept = QDir(keep).filePath(QString::fromLatin1(c.file));
            QFile::remove(kept);
            if (!QDir().mkpath(keep) || !QFile::copy(path, kept))
                std::fprintf(stderr, "bench: cannot keep the pack as %s\n", qPrintable(kept));
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(QString::fromLatin1(c.name), -38)
                   .arg(last.events, 7)
                   .arg(last.pages, 6)
                   .arg(last.bytes / 1024, 6)
                   .arg(times.value(0), 8)
                   .arg(times.value(times.size() / 2), 10)
                   .arg(verifyMs, 10)
                   .arg(offlineMs, 11);
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}
