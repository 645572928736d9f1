// export-pack and verify-pack: evidence packs for auditors.
#include "Commands.h"

#include "Vigilo.h"
#ifdef VIGILO_PACK_HELPER
#include "EvidencePack.h"
#endif

#include <QFileInfo>

namespace vigilo::cli {

namespace {

#ifdef VIGILO_PACK_HELPER
int exportPack(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    const QString out = a.value(QStringLiteral("out"));
    if (out.trimmed().isEmpty())
        return ctx.usageError(QCoreApplication::translate("vigilo-cli", "--out needs a file name"));
    const QFileInfo dir(QFileInfo(out).absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return ctx.out().fail(Error::input(
            QCoreApplication::translate("vigilo-cli",
                                        "cannot write %1: the folder %2 does not exist "
                                        "or is not writable")
                .arg(out, dir.absoluteFilePath()),
            {{QStringLiteral("path"), out}}, QStringLiteral("file_unwritable")));
    CLI_TRY(actor, ctx.actor());
    CLI_TRY(core, ctx.core());
    CLI_TRY(pack, vigilo::EvidencePack(*core).exportPdf(actor, number, out,
                                                        a.value(QStringLiteral("locale"))));
    return ctx.out().print(
        {{QStringLiteral("evidence_pack"), pack.toJson()}},
        QCoreApplication::translate("vigilo-cli",
                                    "Evidence pack of %1 written to %2\n"
                                    "  %n pages, locale %3, history up to event #%4\n"
                                    "  evidence digest (SHA-256): %5",
                                    nullptr, int(pack.pages))
            .arg(pack.number, pack.path)
            .arg(pack.locale)
            .arg(pack.auditSeq)
            .arg(pack.digest));
}

int verifyPack(CliContext &ctx, const ParsedArgs &a)
{
    const QString path = a.positional(0);
    if (!QFileInfo(path).isFile())
        return ctx.out().fail(
            Error::input(QCoreApplication::translate("vigilo-cli", "no file at %1").arg(path),
                         {{QStringLiteral("path"), path}}, QStringLiteral("file_not_found")));
    CLI_TRY(actor, ctx.actor());
    CLI_TRY(core, ctx.core());
    CLI_TRY(v, vigilo::EvidencePack(*core).verify(actor, path));
    QString lines;
    for (const PackCheck &c : v.checks)
        lines += QStringLiteral("  ")
                 + (c.ok ? QStringLiteral("[ok]   ") : QStringLiteral("[FAIL] ")) + c.name
                 + QStringLiteral(": ") + c.message + QLatin1Char('\n');
    if (!v.ok) {
        Output::writeErr(lines);
        return ctx.out().fail(Error::rule(
            QStringLiteral("pack_mismatch"),
            QCoreApplication::translate(
                "vigilo-cli", "the evidence pack %1 of %2 does not match: it was altered or "
                              "the history it covers was changed")
                .arg(path, v.number),
            v.toJson()));
    }
    return ctx.out().print(
        {{QStringLiteral("pack_verification"), v.toJson()}},
        QCoreApplication::translate(
            "vigilo-cli", "Evidence pack of %1 verified: it matches the history up to event #%2.\n")
                .arg(v.number)
                .arg(v.auditSeq)
            + lines);
}

#else
// vigilo-cli hands evidence packs to its sibling vigilo-cli-pack (same arguments, same output,
// same exit status): printing needs QtGui, and the ordinary commands start faster without it.
int runPackHelper(CliContext &ctx, const ParsedArgs &)
{
    const Error missing = Error::storage(
        QCoreApplication::translate("vigilo-cli", "the evidence-pack helper %1 is missing; "
                                                  "reinstall Vigilo")
            .arg(packHelperPath()),
        {}, QStringLiteral("helper_missing"));
    return ctx.out().fail(execPackHelper().value_or(missing));
}
#endif

} // namespace

QList<CommandSpec> packCommands()
{
#ifdef VIGILO_PACK_HELPER
    const CommandHandler exportPackHandler = exportPack;
    const CommandHandler verifyPackHandler = verifyPack;
#else
    const CommandHandler exportPackHandler = runPackHelper;
    const CommandHandler verifyPackHandler = runPackHelper;
#endif
    return {
        {{QStringLiteral("export-pack")},
         {changeArg()},
         {requiredOpt(QStringLiteral("out"), QStringLiteral("FILE.pdf"),
                      QCoreApplication::translate("vigilo-cli", "Where to write the PDF")),
          valueOpt(QStringLiteral("locale"), QStringLiteral("LOCALE"),
                   QCoreApplication::translate("vigilo-cli",
                                               "Language of the pack (default: the workspace's)"))},
         QCoreApplication::translate("vigilo-cli", "Export an evidence pack (PDF/A) for auditors."),
         exportPackHandler},
        {{QStringLiteral("verify-pack")},
         {{QStringLiteral("FILE"),
           QCoreApplication::translate("vigilo-cli", "An evidence pack exported by Vigilo")}},
         {},
         QCoreApplication::translate(
             "vigilo-cli",
             "Check that an evidence pack is unaltered and still matches the history."),
         verifyPackHandler},
    };
}

} // namespace vigilo::cli
