// export-pack and verify-pack: evidence packs for auditors.
#include "Commands.h"

#include "Vigilo.h"
#ifdef VIGILO_PACK_HELPER
#include "EvidencePack.h"
#endif
#ifdef VIGILO_NET_HELPER
#include "Client.h"

#include <QFile>
#include <QSaveFile>
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
#ifdef VIGILO_NET_HELPER
// On a team server the server prints and checks the pack; only its bytes travel.
int exportPackRemote(CliContext &ctx, const ParsedArgs &a)
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
    CLI_TRY(client, ctx.workspaceClient());
    QJsonObject params{{QStringLiteral("number"), formatChangeNumber(number)}};
    if (a.has(QStringLiteral("locale")))
        params.insert(QStringLiteral("locale"), a.value(QStringLiteral("locale")));
    CLI_TRY(answer, client->call(QStringLiteral("pack.export"), params));
    const QByteArray pdf = QByteArray::fromBase64(
        answer.toObject().value(QStringLiteral("pdf")).toString().toLatin1());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return ctx.out().fail(
            Error::input(QCoreApplication::translate("vigilo-cli", "cannot write %1: %2")
                             .arg(out, file.errorString()),
                         {{QStringLiteral("path"), out}}, QStringLiteral("file_unwritable")));
    QJsonObject pack = answer.toObject().value(QStringLiteral("evidence_pack")).toObject();
    pack.insert(QStringLiteral("path"), QFileInfo(out).absoluteFilePath());
    return ctx.out().print({{QStringLiteral("evidence_pack"), pack}},
                           QCoreApplication::translate(
                               "vigilo-cli", "Evidence pack of %1 written to %2\n"
                                             "  %3 page(s), locale %4, history up to event #%5\n"
                                             "  evidence digest (SHA-256): %6")
                               .arg(pack.value(QStringLiteral("number")).toString(),
                                    pack.value(QStringLiteral("path")).toString())
                               .arg(pack.value(QStringLiteral("pages")).toInt())
                               .arg(pack.value(QStringLiteral("locale")).toString())
                               .arg(pack.value(QStringLiteral("audit_seq")).toInteger())
                               .arg(pack.value(QStringLiteral("digest")).toString()));
}

int verifyPackRemote(CliContext &ctx, const ParsedArgs &a)
{
    const QString path = a.positional(0);
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return ctx.out().fail(
            Error::input(QCoreApplication::translate("vigilo-cli", "no file at %1").arg(path),
                         {{QStringLiteral("path"), path}}, QStringLiteral("file_not_found")));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer, client->call(
                        QStringLiteral("pack.verify"),
                        {{QStringLiteral("pdf"), QString::fromLatin1(file.readAll().toBase64())}}));
    QJsonObject v = answer.toObject().value(QStringLiteral("pack_verification")).toObject();
    v.insert(QStringLiteral("path"), path);
    QString lines;
    for (const QJsonValue &c : v.value(QStringLiteral("checks")).toArray())
        lines += QStringLiteral("  ")
                 + (c[QLatin1String("ok")].toBool() ? QStringLiteral("[ok]   ")
                                                    : QStringLiteral("[FAIL] "))
                 + c[QLatin1String("name")].toString() + QStringLiteral(": ")
                 + c[QLatin1String("message")].toString() + QLatin1Char('\n');
    const QString number = v.value(QStringLiteral("number")).toString();
    if (!v.value(QStringLiteral("ok")).toBool()) {
        Output::writeErr(lines);
        return ctx.out().fail(Error::rule(
            QStringLiteral("pack_mismatch"),
            QCoreApplication::translate(
                "vigilo-cli", "the evidence pack %1 of %2 does not match: it was altered or "
                              "the history it covers was changed")
                .arg(path, number),
            v));
    }
    return ctx.out().print(
        {{QStringLiteral("pack_verification"), v}},
        QCoreApplication::translate(
            "vigilo-cli", "Evidence pack of %1 verified: it matches the history up to event #%2.\n")
                .arg(number)
                .arg(v.value(QStringLiteral("audit_seq")).toInteger())
            + lines);
}
#endif

// vigilo-cli hands evidence packs to its sibling vigilo-cli-pack (same arguments, same output,
// same exit status): printing needs QtGui, and the ordinary commands start faster without it.
int runPackHelper(CliContext &ctx, const ParsedArgs &a)
{
#ifdef VIGILO_NET_HELPER
    if (ctx.onServer())
        return a.command->path.first() == QLatin1String("export-pack") ? exportPackRemote(ctx, a)
                                                                       : verifyPackRemote(ctx, a);
#else
    Q_UNUSED(a)
#endif
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
