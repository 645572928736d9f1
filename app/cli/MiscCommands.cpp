// init, audit log and demo (audit verify and audit anchor check signatures: PackCommands).
#include "ChangeView.h"
#include "Commands.h"

#include "Client.h"

#include <QJsonArray>

namespace vigilo::cli {

namespace {

int init(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.client(StoreOpenMode::CreateIfMissing));
    CLI_TRY(info, client->databaseInfo());
    const QJsonObject db{{QStringLiteral("location"), client->location()},
                         {QStringLiteral("backend"), info.backend},
                         {QStringLiteral("schema_version"), info.schemaVersion}};
    return ctx.out().print(
        {{QStringLiteral("database"), db}},
        QCoreApplication::translate("vigilo-cli", "Database ready: %1 (%2, schema version %3)")
            .arg(client->location(), info.backend)
            .arg(info.schemaVersion));
}

int auditLog(CliContext &ctx, const ParsedArgs &a)
{
    int limit = 200;
    if (a.has(QStringLiteral("limit"))) {
        CLI_TRY(v,
                parseInt(QStringLiteral("--limit"), a.value(QStringLiteral("limit")), 1, 1000000));
        limit = v;
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(events, client->auditLog(limit));
    return ctx.out().print({{QStringLiteral("events"), toJsonArray(events)}}, historyLines(events));
}

int demo(CliContext &ctx, const ParsedArgs &a)
{
    client::DemoRequest o;
    if (a.has(QStringLiteral("changes"))) {
        CLI_TRY(n, parseInt(QStringLiteral("--changes"), a.value(QStringLiteral("changes")), 0,
                            100000));
        o.changes = n;
    }
    if (a.has(QStringLiteral("assets"))) {
        CLI_TRY(n,
                parseInt(QStringLiteral("--assets"), a.value(QStringLiteral("assets")), 0, 50000));
        o.assets = n;
    }
    if (a.has(QStringLiteral("seed"))) {
        bool ok = false;
        const uint s = a.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return ctx.out().fail(Error::input(
                QCoreApplication::translate(
                    "vigilo-cli",
                    "invalid --seed \"%1\": expected a whole number from 0 to 4294967295")
                    .arg(a.value(QStringLiteral("seed")))));
        o.seed = s;
    }
    if (a.has(QStringLiteral("anchor"))) {
        o.anchor = a.value(QStringLiteral("anchor"));
        if (!QDate::fromString(o.anchor, Qt::ISODate).isValid())
            return ctx.out().fail(Error::input(
                QCoreApplication::translate(
                    "vigilo-cli", "invalid --anchor \"%1\": expected a date like 2026-12-01")
                    .arg(a.value(QStringLiteral("anchor")))));
    }
    if (ctx.user().isEmpty() && !ctx.onServer())
        return ctx.usageError(QCoreApplication::translate(
            "vigilo-cli", "no acting user: pass --as USER or set VIGILO_USER"));
    CLI_TRY(client, ctx.client(StoreOpenMode::CreateIfMissing));
    CLI_TRY(report, client->buildDemo(o));
    const QJsonObject doc{{QStringLiteral("slug"), report.slug},
                          {QStringLiteral("changes"), report.changes},
                          {QStringLiteral("members"), report.members},
                          {QStringLiteral("assets"), report.assets},
                          {QStringLiteral("relations"), report.relations},
                          {QStringLiteral("audit_events"), report.auditEvents},
                          {QStringLiteral("location"), client->location()}};
    return ctx.out().print(
        {{QStringLiteral("demo"), doc}},
        QCoreApplication::translate(
            "vigilo-cli",
            "Built workspace \"%1\" in %2: %3 members, %4 assets with %7 relationships, %5 "
            "changes, %6 audit events.\n"
            "Try: vigilo-cli --db %2 -w %1 change list")
            .arg(report.slug, client->location())
            .arg(report.members)
            .arg(report.assets)
            .arg(report.changes)
            .arg(report.auditEvents)
            .arg(report.relations));
}

} // namespace

QList<CommandSpec> miscCommands()
{
    return {
        {{QStringLiteral("init")},
         {},
         {},
         QCoreApplication::translate("vigilo-cli",
                                     "Create or migrate the database file and say where it is."),
         init},
        {{QStringLiteral("audit"), QStringLiteral("log")},
         {},
         {valueOpt(QStringLiteral("limit"), QStringLiteral("N"),
                   QCoreApplication::translate("vigilo-cli", "At most N events (default 200)"))},
         QCoreApplication::translate("vigilo-cli", "The workspace's latest audit events."),
         auditLog},
        {{QStringLiteral("demo")},
         {},
         {valueOpt(QStringLiteral("changes"), QStringLiteral("N"),
                   QCoreApplication::translate("vigilo-cli", "How many changes (default 60)")),
          valueOpt(QStringLiteral("assets"), QStringLiteral("N"),
                   QCoreApplication::translate(
                       "vigilo-cli", "Generate N more assets with about five relationships each, "
                                     "services made of components on hosts and databases "
                                     "(default 0; at most 50000)")),
          valueOpt(QStringLiteral("seed"), QStringLiteral("S"),
                   QCoreApplication::translate(
                       "vigilo-cli", "Seed; the same seed gives the same demo (default 42)")),
          valueOpt(QStringLiteral("anchor"), QStringLiteral("DATE"),
                   QCoreApplication::translate(
                       "vigilo-cli", "\"Today\" for the demo (default: the current UTC date)"))},
         QCoreApplication::translate(
             "vigilo-cli",
             "Build a realistic demo workspace \"demo\"; you become one of its owners."),
         demo},
    };
}

} // namespace vigilo::cli
