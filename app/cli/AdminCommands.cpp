// migrate: move workspaces with their history between databases.
#include "Commands.h"

#include "DataMigration.h"
#include "Store.h"
#include "Vigilo.h"

namespace vigilo::cli {

namespace {
// lupdate files bare tr() calls in this namespace under "vigilo::cli": translate in that context.
QString tr(const char *text)
{
    return QCoreApplication::translate("vigilo::cli", text);
}

int migrate(CliContext &ctx, const ParsedArgs &a)
{
    const QString fromLocation = a.value(QStringLiteral("from"));
    const QString toLocation = a.value(QStringLiteral("to"));
    auto from = Store::open(fromLocation, Store::OpenMode::ExistingOnly);
    if (!from)
        return ctx.out().fail(from.error());
    auto to = Store::open(toLocation, Store::OpenMode::CreateIfMissing);
    if (!to)
        return ctx.out().fail(to.error());
    CLI_TRY(report, DataMigration::copy(**from, **to, a.all(QStringLiteral("workspace"))));
    // The copy must verify like the original.
    SystemClock clock;
    Vigilo target(**to, clock);
    QStringList verified;
    for (const QString &slug : report.workspaces) {
        auto ws = target.workspaces().workspace(slug);
        if (!ws)
            return ctx.out().fail(ws.error());
        Actor actor{*ws, Member{}};
        auto v = target.audit().verify(actor);
        if (!v)
            return ctx.out().fail(v.error());
        if (!v->ok)
            return ctx.out().fail(Error::rule(QStringLiteral("audit_chain_broken"),
                                              tr("the copy of %1 does not verify").arg(slug),
                                              v->toJson()));
        verified << tr("%1 (%2 events verified)").arg(slug).arg(v->eventsChecked);
    }
    return ctx.out().print({{QStringLiteral("migration"), report.toJson()}},
                           tr("Copied %1 rows (%2 audit events) to %3: %4")
                               .arg(report.rows)
                               .arg(report.auditEvents)
                               .arg((*to)->location(), verified.join(QStringLiteral(", "))));
}
} // namespace

QList<CommandSpec> adminCommands()
{
    return {
        {{QStringLiteral("migrate")},
         {},
         {requiredOpt(QStringLiteral("from"), QStringLiteral("LOCATION"),
                      tr("The source: a SQLite file or postgresql:// URL")),
          requiredOpt(QStringLiteral("to"), QStringLiteral("LOCATION"),
                      tr("The target: a postgresql:// URL or a SQLite file")),
          repeatOpt(QStringLiteral("workspace"), QStringLiteral("SLUG"),
                    tr("Only this workspace (default: all)"))},
         tr("Copy workspaces with their complete history to another database (run it as the "
            "server's schema owner); the copy's audit trail is verified."),
         migrate},
    };
}

} // namespace vigilo::cli
