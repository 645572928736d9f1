// Evidence packs and what signs them: export-pack, verify-pack, key, workspace trust, and the
// audit chain's verification against signed anchors. They run in vigilo-cli-pack (QtGui for
// printing, QtPdf and OpenSSL for signatures); vigilo-cli hands them over.
#include "Commands.h"

#include "Vigilo.h"
#ifdef VIGILO_PACK_HELPER
#include "AtomicFile.h"
#include "ChainAnchors.h"
#include "EvidencePack.h"
#include "MinutesPdf.h"
#include "SigningKey.h"
#include "Store.h"
#include "WorkspaceTrust.h"

#include <QFile>
#include <QTextStream>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#endif
#ifdef VIGILO_NET_HELPER
#include "AtomicFile.h"
#include "Client.h"
#include "Codecs.h"

#include <QFile>
#endif

#include <QFileInfo>

namespace vigilo::cli {

namespace {

// The folder a PDF goes to must exist and be writable before anything is printed.
std::optional<int> unwritableFolder(CliContext &ctx, const QString &out)
{
    const QFileInfo dir(QFileInfo(out).absolutePath());
    if (dir.isDir() && dir.isWritable())
        return std::nullopt;
    return ctx.out().fail(Error::input(
        QCoreApplication::translate("vigilo-cli", "cannot write %1: the folder %2 does not exist "
                                                  "or is not writable")
            .arg(out, dir.absoluteFilePath()),
        {{QStringLiteral("path"), out}}, QStringLiteral("file_unwritable")));
}

[[maybe_unused]] QString minutesWritten(const QJsonObject &m, const QString &path)
{
    const QJsonObject signer = m.value(QStringLiteral("signer")).toObject();
    QString fingerprint = signer.value(QStringLiteral("fingerprint")).toString().toUpper();
    for (qsizetype i = fingerprint.size() - 2; i > 0; i -= 2)
        fingerprint.insert(i, QLatin1Char(':'));
    const int pages = m.value(QStringLiteral("pages")).toInt(); // lupdate hangs on a call here
    return QCoreApplication::translate("vigilo-cli",
                                       "Minutes of meeting %1 (%2) written to %3\n"
                                       "  %n pages, locale %4\n"
                                       "  minutes digest (SHA-256): %5\n"
                                       "  signed by %6 (SHA-256 %7)\n",
                                       nullptr, pages)
        .arg(m.value(QStringLiteral("meeting")).toInt())
        .arg(m.value(QStringLiteral("cab")).toString(), path,
             m.value(QStringLiteral("locale")).toString(),
             m.value(QStringLiteral("digest")).toString(),
             signer.value(QStringLiteral("subject")).toString(), fingerprint);
}

#ifdef VIGILO_PACK_HELPER

// Lines given on standard input (--passphrase-stdin), read once.
QStringList stdinLines()
{
    static QStringList lines;
    static bool read = false;
    if (!read) {
        read = true;
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
        for (QString &l : lines)
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
    }
    return lines;
}

#ifdef Q_OS_UNIX
// Asks on the terminal without echo; empty when there is no terminal.
QString promptHidden(const QString &prompt)
{
    QFile tty(QStringLiteral("/dev/tty"));
    if (!isatty(STDIN_FILENO) || !tty.open(QIODevice::ReadWrite))
        return {};
    tty.write(prompt.toLocal8Bit());
    tty.flush();
    termios old{};
    tcgetattr(tty.handle(), &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(tty.handle(), TCSANOW, &quiet);
    const QByteArray line = tty.readLine();
    tcsetattr(tty.handle(), TCSANOW, &old);
    tty.write("\n");
    return QString::fromLocal8Bit(line).trimmed();
}
#else
QString promptHidden(const QString &)
{
    return {};
}
#endif

// A secret from --passphrase-stdin (line `line` of stdin), else the environment variable, else the
// terminal. Never from the command line, where other users could read it.
Result<QString> secret(const ParsedArgs &a, int line, const char *env, const QString &prompt,
                       const QString &field)
{
    if (a.has(QStringLiteral("passphrase-stdin"))) {
        const QStringList lines = stdinLines();
        if (line < lines.size() && !lines.at(line).isEmpty())
            return lines.at(line);
        return Error::input(
            QCoreApplication::translate(
                "vigilo-cli", "--passphrase-stdin: line %1 of standard input is empty (%2)")
                .arg(line + 1)
                .arg(field),
            {{QStringLiteral("field"), field}}, QStringLiteral("passphrase_required"));
    }
    if (qEnvironmentVariableIsSet(env))
        return qEnvironmentVariable(env);
    const QString typed = promptHidden(prompt);
    if (!typed.isEmpty())
        return typed;
    return Error::input(QCoreApplication::translate(
                            "vigilo-cli",
                            "%1 needed: pass it on standard input with --passphrase-stdin or set "
                            "%2")
                            .arg(field, QString::fromLatin1(env)),
                        {{QStringLiteral("field"), field}}, QStringLiteral("passphrase_required"));
}

Result<std::unique_ptr<SigningKey>> loadKey(CliContext &ctx, const ParsedArgs &a)
{
    const KeyStore keys;
    if (!keys.has(ctx.user()))
        return keys.load(ctx.user(), {}); // the error says how to make one
    auto pass = secret(a, 0, "VIGILO_KEY_PASSPHRASE",
                       QCoreApplication::translate("vigilo-cli", "Passphrase of %1's signing key: ")
                           .arg(ctx.user()),
                       QStringLiteral("passphrase"));
    if (!pass)
        return pass.error();
    return keys.load(ctx.user(), *pass);
}

QString certLines(const CertificateInfo &c)
{
    return field(QCoreApplication::translate("vigilo-cli", "Subject"), c.subject)
           + field(QCoreApplication::translate("vigilo-cli", "SHA-256"), c.fingerprintText())
           + field(QCoreApplication::translate("vigilo-cli", "Valid"),
                   formatTime(c.notBefore) + QStringLiteral(" – ") + formatTime(c.notAfter))
           + field(QCoreApplication::translate("vigilo-cli", "Issuer"),
                   c.selfSigned ? QCoreApplication::translate("vigilo-cli", "self-signed")
                                : c.issuer);
}

// What a failed verification carries in its error details: the checks by name (people read them
// in the lines above; Output prints arrays of objects once more).
QJsonObject failureDetails(const PackVerification &v)
{
    QJsonObject d = v.toJson();
    QJsonObject checks;
    QJsonArray failed;
    for (const PackCheck &c : v.checks) {
        checks.insert(c.name, QJsonObject{{QStringLiteral("ok"), c.ok},
                                          {QStringLiteral("message"), c.message}});
        if (!c.ok)
            failed.append(c.name);
    }
    d.insert(QStringLiteral("checks"), checks);
    d.insert(QStringLiteral("failed"), failed);
    return d;
}

int exportPack(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    const QString out = a.value(QStringLiteral("out"));
    if (out.trimmed().isEmpty())
        return ctx.usageError(QCoreApplication::translate("vigilo-cli", "--out needs a file name"));
    if (auto refused = unwritableFolder(ctx, out))
        return *refused;
    CLI_TRY(actor, ctx.actor());
    CLI_TRY(core, ctx.core());
    CLI_TRY(key, loadKey(ctx, a));
    PackExport options;
    options.locale = a.value(QStringLiteral("locale"));
    options.signer = key.get();
    CLI_TRY(pack, vigilo::EvidencePack(*core).exportPdf(actor, number, out, options));
    // The chain head the pack signed, kept outside the database as well.
    ChainAnchor anchor;
    anchor.database = anchors::databaseKey(core->store());
    anchor.workspace = actor.workspace.slug;
    anchor.seq = pack.auditSeq;
    anchor.hash = pack.headHash;
    anchor.signedAt = core->clock().now().toUTC();
    anchor.source = QStringLiteral("pack %1").arg(pack.number);
    CLI_TRY(record, anchors::sign(anchor, *key));
    AnchorLog log;
    CLI_CHECK(log.publish(anchor, record));
    return ctx.out().print(
        {{QStringLiteral("evidence_pack"), pack.toJson()}},
        QCoreApplication::translate("vigilo-cli",
                                    "Evidence pack of %1 written to %2\n"
                                    "  %n pages, locale %3, history up to event #%4\n"
                                    "  evidence digest (SHA-256): %5\n"
                                    "  signed by %6 (SHA-256 %7)",
                                    nullptr, int(pack.pages))
            .arg(pack.number, pack.path)
            .arg(pack.locale)
            .arg(pack.auditSeq)
            .arg(pack.digest, pack.signer.subject, pack.signer.fingerprintText()));
}

int verifyPack(CliContext &ctx, const ParsedArgs &a)
{
    const QString path = a.positional(0);
    if (!QFileInfo(path).isFile())
        return ctx.out().fail(
            Error::input(QCoreApplication::translate("vigilo-cli", "no file at %1").arg(path),
                         {{QStringLiteral("path"), path}}, QStringLiteral("file_not_found")));
    const bool offline = a.has(QStringLiteral("offline"));
    if (!offline && a.has(QStringLiteral("trust")))
        return ctx.usageError(QCoreApplication::translate(
            "vigilo-cli", "--trust belongs to --offline: with the database the "
                          "workspace's own trust list is used"));
    PackVerification v;
    if (offline) {
        TrustList trust;
        if (a.has(QStringLiteral("trust"))) {
            const QString file = a.value(QStringLiteral("trust"));
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return ctx.out().fail(Error::input(
                    QCoreApplication::translate("vigilo-cli", "cannot read the trust bundle %1: %2")
                        .arg(file, f.errorString()),
                    {{QStringLiteral("field"), QStringLiteral("trust")}},
                    QStringLiteral("file_unreadable")));
            CLI_TRY(list,
                    WorkspaceTrust::readBundle(f.readAll(), QCoreApplication::translate(
                                                                "vigilo-cli", "the trust bundle %1")
                                                                .arg(QFileInfo(file).fileName())));
            trust = list;
        }
        CLI_TRY(checked, vigilo::EvidencePack::verifyOffline(path, trust));
        v = checked;
    } else {
        CLI_TRY(actor, ctx.actor());
        CLI_TRY(core, ctx.core());
        CLI_TRY(checked, vigilo::EvidencePack(*core).verify(actor, path));
        v = checked;
    }
    QString lines;
    for (const PackCheck &c : v.checks)
        lines += QStringLiteral("  ")
                 + (c.ok ? QStringLiteral("[ok]   ") : QStringLiteral("[FAIL] ")) + c.name
                 + QStringLiteral(": ") + c.message + QLatin1Char('\n');
    if (!v.ok) {
        Output::writeErr(lines);
        if (v.onlyTrustFailed())
            return ctx.out().fail(Error::rule(
                QStringLiteral("pack_untrusted"),
                QCoreApplication::translate(
                    "vigilo-cli",
                    "the evidence pack %1 of %2 is intact, but its signer is not trusted: %3")
                    .arg(path, v.number, v.trust),
                failureDetails(v)));
        return ctx.out().fail(Error::rule(
            QStringLiteral("pack_mismatch"),
            QCoreApplication::translate(
                "vigilo-cli",
                "the evidence pack %1 of %2 does not verify: it was altered, or the history it "
                "covers was changed")
                .arg(path, v.number),
            failureDetails(v)));
    }
    return ctx.out().print(
        {{QStringLiteral("pack_verification"), v.toJson()}},
        (offline
             ? QCoreApplication::translate("vigilo-cli",
                                           "Evidence pack of %1 verified offline: signed, trusted, "
                                           "and its pages show its evidence up to event #%2.\n")
             : QCoreApplication::translate("vigilo-cli",
                                           "Evidence pack of %1 verified: it matches the history "
                                           "up to event #%2.\n"))
                .arg(v.number)
                .arg(v.auditSeq)
            + lines);
}

int keyCreate(CliContext &ctx, const ParsedArgs &a)
{
    if (ctx.user().isEmpty())
        return ctx.usageError(QCoreApplication::translate(
            "vigilo-cli", "no acting user: pass --as USER or set VIGILO_USER"));
    int days = 730;
    if (a.has(QStringLiteral("days"))) {
        CLI_TRY(d, parseInt(QStringLiteral("--days"), a.value(QStringLiteral("days")), 1, 3650));
        days = d;
    }
    const KeyStore keys;
    if (keys.has(ctx.user()) && !a.has(QStringLiteral("replace")))
        return ctx.out().fail(Error::rule(
            QStringLiteral("signing_key_exists"),
            QCoreApplication::translate(
                "vigilo-cli",
                "%1 already has a signing key (%2): pass --replace to make a new one; packs "
                "signed with the old one stay verifiable with its certificate")
                .arg(ctx.user(), keys.certificatePath(ctx.user())),
            {{QStringLiteral("path"), keys.certificatePath(ctx.user())}}));
    CLI_TRY(pass, secret(a, 0, "VIGILO_KEY_PASSPHRASE",
                         QCoreApplication::translate("vigilo-cli",
                                                     "New passphrase for %1's signing key: ")
                             .arg(ctx.user()),
                         QStringLiteral("passphrase")));
    CLI_CHECK(KeyStore::checkPassphrase(pass));
    const QString name = a.value(QStringLiteral("name"), ctx.user());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CLI_TRY(key, SigningKey::generate(name, a.value(QStringLiteral("organization")),
                                      now.addSecs(-300), now.addDays(days)));
    CLI_CHECK(keys.save(ctx.user(), *key, pass));
    return ctx.out().print(
        {{QStringLiteral("key"),
          QJsonObject{{QStringLiteral("user"), ctx.user()},
                      {QStringLiteral("key_file"), keys.keyPath(ctx.user())},
                      {QStringLiteral("certificate_file"), keys.certificatePath(ctx.user())},
                      {QStringLiteral("certificate"), key->certificate().toJson()}}}},
        QCoreApplication::translate(
            "vigilo-cli",
            "Created a signing key for %1 (ECDSA P-256, self-signed, valid %2 days).\n")
                .arg(ctx.user())
                .arg(days)
            + certLines(key->certificate())
            + QCoreApplication::translate(
                  "vigilo-cli",
                  "Key: %1 (encrypted, readable by you only)\nCertificate: %2\nAsk a workspace "
                  "admin to trust it: vigilo-cli workspace trust add %2\n")
                  .arg(keys.keyPath(ctx.user()), keys.certificatePath(ctx.user())));
}

int keyImport(CliContext &ctx, const ParsedArgs &a)
{
    if (ctx.user().isEmpty())
        return ctx.usageError(QCoreApplication::translate(
            "vigilo-cli", "no acting user: pass --as USER or set VIGILO_USER"));
    const QString file = a.positional(0);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.out().fail(
            Error::input(QCoreApplication::translate("vigilo-cli", "cannot read %1: %2")
                             .arg(file, f.errorString()),
                         {{QStringLiteral("path"), file}}, QStringLiteral("file_unreadable")));
    const QByteArray p12 = f.readAll();
    CLI_TRY(password, secret(a, 0, "VIGILO_P12_PASSWORD",
                             QCoreApplication::translate("vigilo-cli", "Password of %1: ")
                                 .arg(QFileInfo(file).fileName()),
                             QStringLiteral("p12 password")));
    CLI_TRY(key, SigningKey::fromPkcs12(p12, password));
    CLI_TRY(pass, secret(a, 1, "VIGILO_KEY_PASSPHRASE",
                         QCoreApplication::translate("vigilo-cli",
                                                     "New passphrase for %1's signing key: ")
                             .arg(ctx.user()),
                         QStringLiteral("passphrase")));
    const KeyStore keys;
    CLI_CHECK(keys.save(ctx.user(), *key, pass));
    return ctx.out().print(
        {{QStringLiteral("key"),
          QJsonObject{{QStringLiteral("user"), ctx.user()},
                      {QStringLiteral("key_file"), keys.keyPath(ctx.user())},
                      {QStringLiteral("certificate_file"), keys.certificatePath(ctx.user())},
                      {QStringLiteral("certificate"), key->certificate().toJson()}}}},
        QCoreApplication::translate("vigilo-cli", "Imported the signing key of %1 from %2.\n")
                .arg(ctx.user(), file)
            + certLines(key->certificate()));
}

int keyShow(CliContext &ctx, const ParsedArgs &)
{
    const KeyStore keys;
    CLI_TRY(cert, keys.certificate(ctx.user()));
    return ctx.out().print(
        {{QStringLiteral("key"),
          QJsonObject{{QStringLiteral("user"), ctx.user()},
                      {QStringLiteral("key_file"), keys.keyPath(ctx.user())},
                      {QStringLiteral("certificate_file"), keys.certificatePath(ctx.user())},
                      {QStringLiteral("certificate"), cert.toJson()}}}},
        certLines(cert)
            + field(QCoreApplication::translate("vigilo-cli", "Certificate file"),
                    keys.certificatePath(ctx.user()))
            + QLatin1Char('\n'));
}

int trustAdd(CliContext &ctx, const ParsedArgs &a)
{
    const QString file = a.positional(0);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.out().fail(
            Error::input(QCoreApplication::translate("vigilo-cli", "cannot read %1: %2")
                             .arg(file, f.errorString()),
                         {{QStringLiteral("path"), file}}, QStringLiteral("file_unreadable")));
    const QByteArray pem = f.readAll();
    CLI_TRY(actor, ctx.actor());
    CLI_TRY(core, ctx.core());
    CLI_TRY(entry, WorkspaceTrust(*core).add(actor, pem));
    return ctx.out().print(
        {{QStringLiteral("certificate"), entry.toJson()}},
        QCoreApplication::translate(
            "vigilo-cli", "Workspace %1 now trusts this certificate for evidence packs:\n")
                .arg(actor.workspace.slug)
            + certLines(entry.certificate));
}

int trustRevoke(CliContext &ctx, const ParsedArgs &a)
{
    QDateTime since;
    if (a.has(QStringLiteral("since"))) {
        CLI_TRY(t, parseTime(QStringLiteral("--since"), a.value(QStringLiteral("since"))));
        since = t;
    }
    CLI_TRY(actor, ctx.actor());
    CLI_TRY(core, ctx.core());
    CLI_TRY(entry, WorkspaceTrust(*core).revoke(actor, a.positional(0),
                                                a.value(QStringLiteral("reason")), since));
    return ctx.out().print(
        {{QStringLiteral("certificate"), entry.toJson()}},
        QCoreApplication::translate("vigilo-cli",
                                    "Revoked %1 as of %2: packs signed with it from then on fail "
                                    "verification.\n")
            .arg(entry.certificate.fingerprintText(), formatTime(entry.revokedAt)));
}

int trustList(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(actor, ctx.actor());
    CLI_TRY(core, ctx.core());
    CLI_TRY(list, WorkspaceTrust(*core).list(actor));
    Table t({QCoreApplication::translate("vigilo-cli", "SHA-256"),
             QCoreApplication::translate("vigilo-cli", "VALID UNTIL"),
             QCoreApplication::translate("vigilo-cli", "REVOKED"),
             QCoreApplication::translate("vigilo-cli", "SUBJECT")});
    QJsonArray json;
    for (const TrustEntry &e : list.entries) {
        t.addRow({e.certificate.fingerprint, formatTime(e.certificate.notAfter),
                  e.revokedAt.isValid() ? formatTime(e.revokedAt) : QStringLiteral("-"),
                  e.certificate.subject});
        json.append(e.toJson());
    }
    return ctx.out().print({{QStringLiteral("certificates"), json}},
                           t.isEmpty() ? QCoreApplication::translate(
                               "vigilo-cli", "This workspace trusts no certificate yet: an admin "
                                             "adds them with `workspace trust add CERT.pem`.")
                                       : t.render());
}

int trustBundle(CliContext &ctx, const ParsedArgs &a)
{
    const QString out = a.value(QStringLiteral("out"));
    CLI_TRY(actor, ctx.actor());
    CLI_TRY(core, ctx.core());
    CLI_TRY(bundle, WorkspaceTrust(*core).bundle(actor));
    if (Status written = writeFileAtomically(out, bundle); !written)
        return ctx.out().fail(written.error());
    const QString digest = WorkspaceTrust::bundleDigest(bundle);
    return ctx.out().print(
        {{QStringLiteral("trust_bundle"),
          QJsonObject{{QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                      {QStringLiteral("digest"), digest}}}},
        QCoreApplication::translate(
            "vigilo-cli",
            "Trust bundle of %1 written to %2.\nList digest (SHA-256): %3\nGive the auditor "
            "this digest by another channel (phone, signed mail) so they can check the file.\n")
            .arg(actor.workspace.slug, QFileInfo(out).absoluteFilePath(), digest));
}

int auditVerify(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(actor, ctx.actor());
    CLI_TRY(core, ctx.core());
    CLI_TRY(v, core->audit().verify(actor));
    // The anchors this member has seen (their log), and any given as files or packs.
    const AnchorLog log;
    const AnchorLog::Contents seen =
        log.read(anchors::databaseKey(core->store()), actor.workspace.slug);
    QList<ChainAnchor> list = seen.anchors;
    for (const QString &file : a.all(QStringLiteral("anchor"))) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.out().fail(
                Error::input(QCoreApplication::translate("vigilo-cli", "cannot read %1: %2")
                                 .arg(file, f.errorString()),
                             {{QStringLiteral("field"), QStringLiteral("anchor")}},
                             QStringLiteral("file_unreadable")));
        CLI_TRY(anchor, anchors::verifyRecord(f.readAll().trimmed()));
        list << anchor;
    }
    for (const QString &file : a.all(QStringLiteral("pack"))) {
        CLI_TRY(anchor, anchors::fromPack(file));
        list << anchor;
    }
    for (const ChainAnchor &anchor : list)
        if (anchor.workspace != actor.workspace.slug)
            return ctx.out().fail(Error::input(
                QCoreApplication::translate("vigilo-cli",
                                            "the anchor of workspace \"%1\" cannot check "
                                            "workspace \"%2\": verify with -w %1")
                    .arg(anchor.workspace, actor.workspace.slug),
                {{QStringLiteral("field"), QStringLiteral("anchor")}}));
    CLI_TRY(problems, anchors::check(*core, actor, list));
    for (const QString &damaged : seen.damaged)
        problems << AuditProblem{0, 0, QStringLiteral("anchor_damaged"), damaged};
    v.problems << problems;
    v.ok = v.ok && problems.isEmpty();
    qint64 latest = 0;
    for (const ChainAnchor &anchor : list)
        latest = qMax(latest, anchor.seq);
    QJsonObject json = v.toJson();
    json.insert(QStringLiteral("anchors"), int(list.size()));
    json.insert(QStringLiteral("anchor_log"), log.path());
    if (!v.ok) {
        json.insert(QStringLiteral("workspace"), actor.workspace.slug);
        return ctx.out().fail(Error::rule(
            QStringLiteral("audit_chain_broken"),
            QCoreApplication::translate(
                "vigilo-cli",
                "the audit trail of %1 fails verification: problems: %2, events checked: %3")
                .arg(actor.workspace.slug)
                .arg(v.problems.size())
                .arg(v.eventsChecked),
            json));
    }
    QString text = QCoreApplication::translate(
                       "vigilo-cli", "Audit trail of %1 verified: %2 events, hash chain intact.")
                       .arg(actor.workspace.slug)
                       .arg(v.eventsChecked);
    if (!list.isEmpty())
        text += QLatin1Char(' ')
                + QCoreApplication::translate(
                      "vigilo-cli", "It holds every signed anchor seen (%1; the latest at event "
                                    "#%2).")
                      .arg(list.size())
                      .arg(latest);
    return ctx.out().print({{QStringLiteral("audit_verification"), json}}, text);
}

// Writes the signed record to a file as well (to publish it).
class FileAndLog final : public AnchorSink {
public:
    explicit FileAndLog(QString file)
        : m_file(std::move(file))
    {}
    Status publish(const ChainAnchor &anchor, const QByteArray &record) override
    {
        VIGILO_TRY(m_log.publish(anchor, record));
        if (m_file.isEmpty())
            return {};
        return writeFileAtomically(m_file, record + '\n');
    }
    QString logPath() const { return m_log.path(); }

private:
    QString m_file;
    AnchorLog m_log;
};

int auditAnchor(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(actor, ctx.actor());
    CLI_TRY(core, ctx.core());
    CLI_TRY(key, loadKey(ctx, a));
    FileAndLog sink(a.value(QStringLiteral("out")));
    CLI_TRY(anchor, anchors::signHead(*core, actor, *key, QStringLiteral("audit anchor"), sink));
    QJsonObject json = anchor.toJson();
    json.insert(QStringLiteral("signer"), anchor.signer.toJson());
    json.insert(QStringLiteral("anchor_log"), sink.logPath());
    if (a.has(QStringLiteral("out")))
        json.insert(QStringLiteral("file"),
                    QFileInfo(a.value(QStringLiteral("out"))).absoluteFilePath());
    return ctx.out().print(
        {{QStringLiteral("anchor"), json}},
        QCoreApplication::translate("vigilo-cli",
                                    "Signed the head of %1's audit chain: event #%2, %3.\n"
                                    "Kept in %4.\n")
                .arg(actor.workspace.slug)
                .arg(anchor.seq)
                .arg(anchor.hash, sink.logPath())
            + (a.has(QStringLiteral("out"))
                   ? QCoreApplication::translate(
                         "vigilo-cli", "Published to %1: anyone can check the history against it "
                                       "with audit verify --anchor FILE.\n")
                         .arg(a.value(QStringLiteral("out")))
                   : QString()));
}

#else
#ifdef VIGILO_NET_HELPER
// A PDF the server printed and signed (its base64 "pdf"), written atomically to `out` as the
// local export writes it (a full disk: file_unwritable, exit 3, `out` as it was); the exit
// status of the failure when it cannot be.
std::optional<int> saveServerPdf(CliContext &ctx, const QJsonValue &answer, const QString &out)
{
    const QByteArray pdf = QByteArray::fromBase64(
        answer.toObject().value(QStringLiteral("pdf")).toString().toLatin1());
    if (Status written = writeFileAtomically(out, pdf); !written)
        return ctx.out().fail(written.error());
    return std::nullopt;
}

// On a team server the server prints and checks the pack; only its bytes travel.
int exportPackRemote(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    const QString out = a.value(QStringLiteral("out"));
    if (out.trimmed().isEmpty())
        return ctx.usageError(QCoreApplication::translate("vigilo-cli", "--out needs a file name"));
    if (auto refused = unwritableFolder(ctx, out))
        return *refused;
    CLI_TRY(client, ctx.workspaceClient());
    QJsonObject params{{QStringLiteral("number"), formatChangeNumber(number)}};
    if (a.has(QStringLiteral("locale")))
        params.insert(QStringLiteral("locale"), a.value(QStringLiteral("locale")));
    CLI_TRY(answer, client->call(QStringLiteral("pack.export"), params));
    if (auto failed = saveServerPdf(ctx, answer, out))
        return *failed;
    QJsonObject pack = answer.toObject().value(QStringLiteral("evidence_pack")).toObject();
    pack.insert(QStringLiteral("path"), QFileInfo(out).absoluteFilePath());
    const int pages = pack.value(QStringLiteral("pages")).toInt();
    const QJsonObject signer = pack.value(QStringLiteral("signer")).toObject();
    QString fingerprint = signer.value(QStringLiteral("fingerprint")).toString().toUpper();
    for (qsizetype i = fingerprint.size() - 2; i > 0; i -= 2)
        fingerprint.insert(i, QLatin1Char(':'));
    // The same lines as on a database file; the server's key signed it.
    return ctx.out().print(
        {{QStringLiteral("evidence_pack"), pack}},
        QCoreApplication::translate("vigilo-cli",
                                    "Evidence pack of %1 written to %2\n"
                                    "  %n pages, locale %3, history up to event #%4\n"
                                    "  evidence digest (SHA-256): %5\n"
                                    "  signed by %6 (SHA-256 %7)",
                                    nullptr, pages)
            .arg(pack.value(QStringLiteral("number")).toString(),
                 pack.value(QStringLiteral("path")).toString())
            .arg(pack.value(QStringLiteral("locale")).toString())
            .arg(pack.value(QStringLiteral("audit_seq")).toInteger())
            .arg(pack.value(QStringLiteral("digest")).toString(),
                 signer.value(QStringLiteral("subject")).toString(), fingerprint));
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
        bool others = true, trusted = true;
        QJsonArray failed;
        for (const QJsonValue &c : v.value(QStringLiteral("checks")).toArray()) {
            const bool ok = c[QLatin1String("ok")].toBool();
            if (!ok)
                failed.append(c[QLatin1String("name")].toString());
            if (c[QLatin1String("name")].toString() == QLatin1String("certificate"))
                trusted = ok;
            else
                others = others && ok;
        }
        v.insert(QStringLiteral("failed"), failed);
        if (others && !trusted)
            return ctx.out().fail(Error::rule(
                QStringLiteral("pack_untrusted"),
                QCoreApplication::translate(
                    "vigilo-cli",
                    "the evidence pack %1 of %2 is intact, but its signer is not trusted: %3")
                    .arg(path, number, v.value(QStringLiteral("trust")).toString()),
                v));
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
int auditVerifyRemote(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    // The raw answer: besides the chain, the anchors the server signed (their number).
    CLI_TRY(answer, client->call(QStringLiteral("audit.verify"), {}));
    const QJsonObject json =
        answer.toObject().value(QStringLiteral("audit_verification")).toObject();
    AuditVerification v;
    api::read(json, v);
    const QString slug = ctx.workspaceSlug();
    if (!v.ok) {
        QJsonObject details = json;
        details.insert(QStringLiteral("workspace"), slug);
        return ctx.out().fail(Error::rule(
            QStringLiteral("audit_chain_broken"),
            QCoreApplication::translate(
                "vigilo-cli", "the audit trail of %1 fails verification: %n problems in %2 events",
                nullptr, int(v.problems.size()))
                .arg(slug)
                .arg(v.eventsChecked),
            details));
    }
    QString text = QCoreApplication::translate(
                       "vigilo-cli", "Audit trail of %1 verified: %n events, hash chain intact.",
                       nullptr, int(v.eventsChecked))
                       .arg(slug);
    if (json.value(QStringLiteral("anchors")).toInt() > 0)
        text += QLatin1Char(' ')
                + QCoreApplication::translate(
                      "vigilo-cli", "It holds every chain head the server signed (%1; the latest "
                                    "at event #%2).")
                      .arg(json.value(QStringLiteral("anchors")).toInt())
                      .arg(json.value(QStringLiteral("latest_anchor_seq")).toInteger());
    return ctx.out().print({{QStringLiteral("audit_verification"), json}}, text);
}

// The workspace's trust list on a team server (the server's own key among it).
int trustRemote(CliContext &ctx, const ParsedArgs &a, const QString &command)
{
    if (command == QLatin1String("workspace trust-bundle")) {
        const QString out = a.value(QStringLiteral("out"));
        CLI_TRY(client, ctx.workspaceClient());
        CLI_TRY(answer, client->call(QStringLiteral("trust.bundle"), {}));
        const QJsonObject b = answer.toObject().value(QStringLiteral("trust_bundle")).toObject();
        const QByteArray bytes = b.value(QStringLiteral("bundle")).toString().toUtf8();
        if (Status written = writeFileAtomically(out, bytes); !written)
            return ctx.out().fail(written.error());
        const QString digest = b.value(QStringLiteral("digest")).toString();
        return ctx.out().print(
            {{QStringLiteral("trust_bundle"),
              QJsonObject{{QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                          {QStringLiteral("digest"), digest}}}},
            QCoreApplication::translate(
                "vigilo-cli",
                "Trust bundle of %1 written to %2.\nList digest (SHA-256): %3\nGive the auditor "
                "this digest by another channel (phone, signed mail) so they can check the "
                "file.\n")
                .arg(ctx.workspaceSlug(), QFileInfo(out).absoluteFilePath(), digest));
    }
    QJsonObject params;
    QString method = QStringLiteral("trust.list");
    if (command == QLatin1String("workspace trust add")) {
        QFile f(a.positional(0));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.out().fail(Error::input(
                QCoreApplication::translate("vigilo-cli", "cannot read %1: %2")
                    .arg(a.positional(0), f.errorString()),
                {{QStringLiteral("path"), a.positional(0)}}, QStringLiteral("file_unreadable")));
        method = QStringLiteral("trust.add");
        params.insert(QStringLiteral("pem"), QString::fromLatin1(f.readAll().toBase64()));
    } else if (command == QLatin1String("workspace trust revoke")) {
        method = QStringLiteral("trust.revoke");
        params.insert(QStringLiteral("fingerprint"), a.positional(0));
        params.insert(QStringLiteral("reason"), a.value(QStringLiteral("reason")));
        if (a.has(QStringLiteral("since"))) {
            CLI_TRY(t, parseTime(QStringLiteral("--since"), a.value(QStringLiteral("since"))));
            params.insert(QStringLiteral("since"), jsonTime(t));
        }
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(answer, client->call(method, params));
    if (method != QLatin1String("trust.list")) {
        const QJsonObject entry = answer.toObject().value(QStringLiteral("certificate")).toObject();
        return ctx.out().print(
            {{QStringLiteral("certificate"), entry}},
            method == QLatin1String("trust.add")
                ? QCoreApplication::translate(
                      "vigilo-cli",
                      "Workspace %1 now trusts this certificate for evidence packs:\n")
                          .arg(ctx.workspaceSlug())
                      + entry.value(QStringLiteral("subject")).toString() + QLatin1Char('\n')
                : QCoreApplication::translate("vigilo-cli",
                                              "Revoked %1 as of %2: packs signed with it from "
                                              "then on fail verification.\n")
                      .arg(entry.value(QStringLiteral("fingerprint")).toString(),
                           entry.value(QStringLiteral("revoked_at")).toString()));
    }
    const QJsonArray certs = answer.toObject().value(QStringLiteral("certificates")).toArray();
    Table t({QCoreApplication::translate("vigilo-cli", "SHA-256"),
             QCoreApplication::translate("vigilo-cli", "VALID UNTIL"),
             QCoreApplication::translate("vigilo-cli", "REVOKED"),
             QCoreApplication::translate("vigilo-cli", "SUBJECT")});
    for (const QJsonValue &v : certs) {
        const QJsonObject e = v.toObject();
        t.addRow({e.value(QStringLiteral("fingerprint")).toString(),
                  e.value(QStringLiteral("not_after")).toString(),
                  e.value(QStringLiteral("revoked_at")).toString(QStringLiteral("-")),
                  e.value(QStringLiteral("subject")).toString()});
    }
    return ctx.out().print({{QStringLiteral("certificates"), certs}},
                           t.isEmpty() ? QCoreApplication::translate(
                               "vigilo-cli", "This workspace trusts no certificate yet: an admin "
                                             "adds them with `workspace trust add CERT.pem`.")
                                       : t.render());
}

#endif

// vigilo-cli hands these commands to its sibling vigilo-cli-pack (same arguments, same output,
// same exit status): printing needs QtGui and signatures OpenSSL, and the ordinary commands start
// faster without them. On a team server the server prints, signs and checks; only bytes travel.
int runPackHelper(CliContext &ctx, const ParsedArgs &a)
{
#ifdef VIGILO_NET_HELPER
    if (ctx.onServer() && !checksPackLocally(a)) {
        const QString command = a.command->path.join(QLatin1Char(' '));
        if (command == QLatin1String("export-pack"))
            return exportPackRemote(ctx, a);
        if (command == QLatin1String("verify-pack"))
            return verifyPackRemote(ctx, a);
        if (command == QLatin1String("audit verify") && a.all(QStringLiteral("anchor")).isEmpty()
            && a.all(QStringLiteral("pack")).isEmpty())
            return auditVerifyRemote(ctx, a);
        if (command.startsWith(QLatin1String("workspace trust")))
            return trustRemote(ctx, a, command);
        // Keys, anchor logs and checks against anchor files are the member's own files or the
        // server's business: they never travel through --server.
        return ctx.out().fail(Error::input(
            QCoreApplication::translate("vigilo-cli",
                                        "`%1` with these options works on a local database "
                                        "file or with no database; run it without --server")
                .arg(command),
            {{QStringLiteral("command"), command}}, QStringLiteral("not_on_server")));
    }
#else
    Q_UNUSED(a)
#endif
    const Error missing =
        Error::storage(QCoreApplication::translate(
                           "vigilo-cli", "the evidence-pack helper %1 is missing; reinstall Vigilo")
                           .arg(packHelperPath()),
                       {}, QStringLiteral("helper_missing"));
    return ctx.out().fail(execPackHelper().value_or(missing));
}
#endif

} // namespace

int meetingMinutesPdf(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseInt(QStringLiteral("MEETING"), a.positional(0), 1, 1000000000));
    Q_UNUSED(number) // checked here; the plain vigilo-cli hands the command to a helper
    const QString out = a.value(QStringLiteral("pdf"));
    if (out.trimmed().isEmpty())
        return ctx.usageError(QCoreApplication::translate("vigilo-cli", "--pdf needs a file name"));
    if (auto refused = unwritableFolder(ctx, out))
        return *refused;
#if defined(VIGILO_PACK_HELPER)
    CLI_TRY(actor, ctx.actor());
    CLI_TRY(core, ctx.core());
    CLI_TRY(key, loadKey(ctx, a));
    PackExport options;
    options.locale = a.value(QStringLiteral("locale"));
    options.signer = key.get();
    CLI_TRY(minutes, vigilo::MinutesPdf(*core).exportPdf(actor, number, out, options));
    return ctx.out().print({{QStringLiteral("minutes_pdf"), minutes.toJson()}},
                           minutesWritten(minutes.toJson(), minutes.path));
#elif defined(VIGILO_NET_HELPER)
    if (ctx.onServer()) {
        QJsonObject params{{QStringLiteral("meeting"), number}};
        if (a.has(QStringLiteral("locale")))
            params.insert(QStringLiteral("locale"), a.value(QStringLiteral("locale")));
        CLI_TRY(client, ctx.workspaceClient());
        CLI_TRY(answer, client->call(QStringLiteral("meeting.minutes_pdf"), params));
        if (auto failed = saveServerPdf(ctx, answer, out))
            return *failed;
        QJsonObject m = answer.toObject().value(QStringLiteral("minutes_pdf")).toObject();
        m.insert(QStringLiteral("path"), QFileInfo(out).absoluteFilePath());
        return ctx.out().print({{QStringLiteral("minutes_pdf"), m}},
                               minutesWritten(m, QFileInfo(out).absoluteFilePath()));
    }
#endif
#if !defined(VIGILO_PACK_HELPER)
    const Error missing =
        Error::storage(QCoreApplication::translate(
                           "vigilo-cli", "the evidence-pack helper %1 is missing; reinstall Vigilo")
                           .arg(packHelperPath()),
                       {}, QStringLiteral("helper_missing"));
    return ctx.out().fail(execPackHelper().value_or(missing));
#endif
}

namespace {

OptionSpec passphraseStdin()
{
    return flagOpt(QStringLiteral("passphrase-stdin"),
                   QCoreApplication::translate(
                       "vigilo-cli",
                       "Read the passphrase from standard input (first line) instead of "
                       "$VIGILO_KEY_PASSPHRASE or the terminal"));
}

} // namespace

QList<CommandSpec> packCommands()
{
#ifdef VIGILO_PACK_HELPER
    const auto h = [](CommandHandler f) { return f; };
    const CommandHandler exportH = exportPack, verifyH = verifyPack, keyCreateH = keyCreate,
                         keyImportH = keyImport, keyShowH = keyShow, trustAddH = trustAdd,
                         trustRevokeH = trustRevoke, trustListH = trustList,
                         trustBundleH = trustBundle, auditVerifyH = auditVerify,
                         auditAnchorH = auditAnchor;
#else
    const auto h = [](CommandHandler) { return CommandHandler(runPackHelper); };
    const CommandHandler exportH, verifyH, keyCreateH, keyImportH, keyShowH, trustAddH,
        trustRevokeH, trustListH, trustBundleH, auditVerifyH, auditAnchorH;
#endif
    return {
        {{QStringLiteral("export-pack")},
         {changeArg()},
         {requiredOpt(QStringLiteral("out"), QStringLiteral("FILE.pdf"),
                      QCoreApplication::translate("vigilo-cli", "Where to write the PDF")),
          valueOpt(QStringLiteral("locale"), QStringLiteral("LOCALE"),
                   QCoreApplication::translate("vigilo-cli",
                                               "Language of the pack (default: the workspace's)")),
          passphraseStdin()},
         QCoreApplication::translate(
             "vigilo-cli",
             "Export a signed evidence pack (PDF/A-3 with its evidence embedded) for auditors."),
         h(exportH)},
        {{QStringLiteral("verify-pack")},
         {{QStringLiteral("FILE"),
           QCoreApplication::translate("vigilo-cli", "An evidence pack exported by Vigilo")}},
         {flagOpt(QStringLiteral("offline"),
                  QCoreApplication::translate(
                      "vigilo-cli",
                      "Without the database: signature, certificate, evidence, pages and chain")),
          valueOpt(QStringLiteral("trust"), QStringLiteral("CERTS.pem"),
                   QCoreApplication::translate(
                       "vigilo-cli",
                       "With --offline: the trust bundle (workspace trust-bundle) or certificates "
                       "to trust"))},
         QCoreApplication::translate(
             "vigilo-cli",
             "Check that an evidence pack is signed, unaltered and matches its history."),
         h(verifyH)},
        {{QStringLiteral("key"), QStringLiteral("create")},
         {},
         {valueOpt(QStringLiteral("name"), QStringLiteral("NAME"),
                   QCoreApplication::translate(
                       "vigilo-cli", "The name in the certificate (default: your user name)")),
          valueOpt(
              QStringLiteral("organization"), QStringLiteral("ORG"),
              QCoreApplication::translate("vigilo-cli", "The organisation in the certificate")),
          valueOpt(QStringLiteral("days"), QStringLiteral("N"),
                   QCoreApplication::translate("vigilo-cli",
                                               "How long the certificate is valid (default 730)")),
          flagOpt(QStringLiteral("replace"),
                  QCoreApplication::translate("vigilo-cli", "Replace your existing key")),
          passphraseStdin()},
         QCoreApplication::translate(
             "vigilo-cli",
             "Create your signing key and a self-signed certificate (kept in your data folder, "
             "encrypted)."),
         h(keyCreateH)},
        {{QStringLiteral("key"), QStringLiteral("import")},
         {{QStringLiteral("FILE.p12"),
           QCoreApplication::translate("vigilo-cli",
                                       "A PKCS#12 file from your organisation's PKI")}},
         {flagOpt(QStringLiteral("passphrase-stdin"),
                  QCoreApplication::translate(
                      "vigilo-cli",
                      "Read the file's password (first line) and the new passphrase (second "
                      "line) from standard input"))},
         QCoreApplication::translate("vigilo-cli", "Import your signing key from a PKCS#12 file."),
         h(keyImportH)},
        {{QStringLiteral("key"), QStringLiteral("show")},
         {},
         {},
         QCoreApplication::translate("vigilo-cli",
                                     "Show your signing certificate and where your key is."),
         h(keyShowH)},
        {{QStringLiteral("workspace"), QStringLiteral("trust"), QStringLiteral("add")},
         {{QStringLiteral("CERT.pem"),
           QCoreApplication::translate("vigilo-cli",
                                       "A member's certificate or your organisation's CA")}},
         {},
         QCoreApplication::translate(
             "vigilo-cli", "Trust a certificate to sign this workspace's evidence packs (admins)."),
         h(trustAddH)},
        {{QStringLiteral("workspace"), QStringLiteral("trust"), QStringLiteral("revoke")},
         {{QStringLiteral("FINGERPRINT"),
           QCoreApplication::translate("vigilo-cli", "The certificate's SHA-256 fingerprint")}},
         {ruleRequiredOpt(QStringLiteral("reason"), QStringLiteral("R"),
                          QCoreApplication::translate("vigilo-cli", "Why it is no longer trusted")),
          valueOpt(QStringLiteral("since"), QStringLiteral("T"),
                   QCoreApplication::translate(
                       "vigilo-cli",
                       "Refuse signatures from this time on (default: now), e.g. when the key "
                       "was lost earlier"))},
         QCoreApplication::translate("vigilo-cli",
                                     "Revoke a trusted certificate (admins); final and audited."),
         h(trustRevokeH)},
        {{QStringLiteral("workspace"), QStringLiteral("trust"), QStringLiteral("list")},
         {},
         {},
         QCoreApplication::translate(
             "vigilo-cli", "The certificates this workspace trusts, with their revocations."),
         h(trustListH)},
        {{QStringLiteral("workspace"), QStringLiteral("trust-bundle")},
         {},
         {requiredOpt(QStringLiteral("out"), QStringLiteral("CERTS.pem"),
                      QCoreApplication::translate("vigilo-cli", "Where to write the bundle"))},
         QCoreApplication::translate(
             "vigilo-cli",
             "Export what an auditor needs to verify packs offline: the trusted certificates, "
             "their revocations and a digest."),
         h(trustBundleH)},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         {},
         {repeatOpt(QStringLiteral("anchor"), QStringLiteral("FILE"),
                    QCoreApplication::translate("vigilo-cli",
                                                "A signed anchor (audit anchor --out) to check "
                                                "the history against")),
          repeatOpt(QStringLiteral("pack"), QStringLiteral("FILE.pdf"),
                    QCoreApplication::translate("vigilo-cli",
                                                "An evidence pack whose signed chain head to "
                                                "check the history against"))},
         QCoreApplication::translate("vigilo-cli",
                                     "Check the workspace's hash-chained audit trail, and that it "
                                     "still holds every signed anchor you have seen."),
         h(auditVerifyH)},
        {{QStringLiteral("audit"), QStringLiteral("anchor")},
         {},
         {valueOpt(QStringLiteral("out"), QStringLiteral("FILE"),
                   QCoreApplication::translate("vigilo-cli",
                                               "Also write the signed anchor to FILE, to publish "
                                               "it")),
          passphraseStdin()},
         QCoreApplication::translate("vigilo-cli",
                                     "Sign the audit chain's head with your key and keep it in "
                                     "your anchor log."),
         h(auditAnchorH)},
    };
}

} // namespace vigilo::cli
