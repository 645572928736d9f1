// vigilo-server: the team server. Serves JSON-RPC over WebSocket in front of PostgreSQL;
// `enroll` (run on the server's machine) makes an account and prints its one-time code.
#include "Accounts.h"
#include "Api.h"
#include "Dialect.h"
#include "Server.h"
#include "ServerConfig.h"
#include "ServerKeys.h"
#include "SigningKey.h"
#include "SqlUtil.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

// Only the test build vigilo-server-testclock (tests/support) reads its time from a file the
// suites write; the shipped server always runs on the system's clock.
#ifdef VIGILO_TEST_CLOCK
#include "TestClock.h"
using ServerClock = vigilo::test::FileClock;
#else
using ServerClock = vigilo::SystemClock;
#endif

namespace vigilo::server {

namespace {

// lupdate files bare tr() calls in this namespace under "vigilo::server": translate in it.
QString tr(const char *text)
{
    return QCoreApplication::translate("vigilo::server", text);
}

void out(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(text), stderr);
    std::fflush(stderr);
}

int exitFor(const Error &e)
{
    switch (e.kind()) {
    case ErrorKind::Input: return 2;
    case ErrorKind::Storage: return 3;
    case ErrorKind::Rule: break;
    }
    return 1;
}

int fail(const Error &e, bool json)
{
    err(QStringLiteral("vigilo-server: ") + e.message + QLatin1Char('\n'));
    if (json)
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), e.toJson()}})
                                  .toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
    return exitFor(e);
}

Result<ServerConfig> configFrom(const QCommandLineParser &p)
{
    ServerConfig config;
    if (p.isSet(QStringLiteral("config"))) {
        auto read = ServerConfig::fromFile(p.value(QStringLiteral("config")));
        if (!read)
            return read.error();
        config = *read;
    }
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("db"), QStringLiteral("db")},
        {QStringLiteral("listen"), QStringLiteral("listen")},
        {QStringLiteral("tls-cert"), QStringLiteral("tls_cert")},
        {QStringLiteral("tls-key"), QStringLiteral("tls_key")}};
    for (const auto &[option, key] : options)
        if (p.isSet(option))
            VIGILO_TRY(config.set(key, p.value(option)));
    for (const QString &setting : p.values(QStringLiteral("set"))) {
        const int eq = setting.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error::input(tr("--set needs KEY=VALUE, not \"%1\"").arg(setting));
        VIGILO_TRY(config.set(setting.left(eq).trimmed(), setting.mid(eq + 1)));
    }
    if (p.isSet(QStringLiteral("allow-demo")))
        config.allowDemo = true;
    return config;
}

// The server and enroll create the schema in an empty database (the server owns it); a check
// only reads and never creates one.
Result<std::unique_ptr<Store>> openStore(const ServerConfig &config, Store::OpenMode mode)
{
    auto store = Store::open(config.db, mode);
    if (!store)
        return store.error();
    (*store)->setServerMode(true);
    return store;
}

QString clientAddress(const ServerConfig &config)
{
    const QString host =
        config.host() == QLatin1String("0.0.0.0") ? QStringLiteral("SERVER") : config.host();
    return (config.tls() ? QStringLiteral("vigilo://") : QStringLiteral("vigilo+insecure://"))
           + host + QLatin1Char(':') + QString::number(config.port());
}

int enroll(const QCommandLineParser &p, const ServerConfig &config, const QString &user)
{
    const bool json = p.isSet(QStringLiteral("json"));
    if (config.db.isEmpty())
        return fail(Error::input(tr("no database: pass --db postgresql://... or --config FILE")),
                    json);
    auto store = openStore(config, Store::OpenMode::CreateIfMissing);
    if (!store)
        return fail(store.error(), json);
    ServerClock clock;
    Vigilo core(**store, clock);
    Accounts accounts(**store, clock);
    const QString operatorName =
        QStringLiteral("operator:") + qEnvironmentVariable("USER", QStringLiteral("unknown"));
    QJsonObject doc{{QStringLiteral("username"), user}};
    if (p.isSet(QStringLiteral("workspace"))) {
        const QString slug = p.value(QStringLiteral("workspace"));
        const QString roleName = p.value(QStringLiteral("role"));
        const auto role = parseRole(roleName.isEmpty() ? QStringLiteral("owner") : roleName);
        if (!role)
            return fail(Error::input(tr("invalid --role \"%1\": use viewer, engineer, approver, "
                                        "admin or owner")
                                         .arg(roleName)),
                        json);
        auto ws = core.workspaces().workspace(slug);
        if (!ws && ws.error().code == QLatin1String("not_found")) {
            if (*role != Role::Owner)
                return fail(Error::input(tr("there is no workspace \"%1\" yet: its first member "
                                            "is its owner (--role owner)")
                                             .arg(slug)),
                            json);
            auto created = core.workspaces().createWorkspace(
                slug, p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : slug,
                p.value(QStringLiteral("locale")), user);
            if (!created)
                return fail(created.error(), json);
            doc.insert(QStringLiteral("workspace_created"), true);
        } else if (!ws) {
            return fail(ws.error(), json);
        } else {
            auto member = core.workspaces().enrollMember(*ws, user, *role, operatorName);
            if (!member && member.error().code != QLatin1String("member_exists"))
                return fail(member.error(), json);
        }
        doc.insert(QStringLiteral("workspace"), slug);
        doc.insert(QStringLiteral("role"), toString(*role));
    }
    auto code = accounts.issueCode(user, operatorName, false);
    if (!code)
        return fail(code.error(), json);
    doc.insert(QStringLiteral("enrollment_code"), (*code)->code);
    doc.insert(QStringLiteral("expires_at"), jsonTime((*code)->expiresAt));
    if (json) {
        out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
        return 0;
    }
    out(tr("One-time enrollment code for %1 (valid until %2 UTC):\n  %3\n%1 chooses a password "
           "and signs in with:\n  vigilo-cli --db %4 login %1 --enrollment-code %3\n")
            .arg(user, (*code)->expiresAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 (*code)->code, clientAddress(config)));
    return 0;
}

QString certificateText(const CertificateInfo &c)
{
    return tr("  Subject: %1\n  SHA-256: %2\n  Valid:   %3 to %4\n  Issuer:  %5\n")
        .arg(c.subject, c.fingerprintText(), c.notBefore.toUTC().toString(Qt::ISODate),
             c.notAfter.toUTC().toString(Qt::ISODate), c.selfSigned ? tr("self-signed") : c.issuer);
}

// `key create|import|show --workspace SLUG`: the workspace's signing key on this server, kept in
// the server's state folder; its certificate is published in the workspace's trust list.
int key(const QCommandLineParser &p, const ServerConfig &config, const QStringList &positional)
{
    const bool json = p.isSet(QStringLiteral("json"));
    const QString action = positional.value(1);
    const QString slug = p.value(QStringLiteral("workspace"));
    if (positional.size() != (action == QLatin1String("import") ? 3 : 2)
        || (action != QLatin1String("create") && action != QLatin1String("import")
            && action != QLatin1String("show"))
        || slug.isEmpty())
        return fail(Error::input(tr("usage: vigilo-server key create --workspace SLUG [--as ADMIN] "
                                    "[--name NAME] [--organization ORG] [--days N] [--replace]\n"
                                    "       vigilo-server key import FILE.p12 --workspace SLUG "
                                    "[--as ADMIN] [--password-stdin] [--replace]\n"
                                    "       vigilo-server key show --workspace SLUG"),
                                 {{QStringLiteral("field"), QStringLiteral("command")}},
                                 QStringLiteral("usage")),
                    json);
    if (config.db.isEmpty())
        return fail(Error::input(tr("no database: pass --db postgresql://... or --config FILE")),
                    json);
    ServerKeys keys(config);
    if (action == QLatin1String("show")) {
        auto cert = keys.certificate(slug);
        if (!cert)
            return fail(Error::rule(QStringLiteral("signing_key_missing"),
                                    tr("Workspace \"%1\" has no signing key on this server (%2).")
                                        .arg(slug, keys.folder()),
                                    {{QStringLiteral("workspace"), slug}}),
                        json);
        if (json) {
            out(QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("key"),
                                     QJsonObject{{QStringLiteral("workspace"), slug},
                                                 {QStringLiteral("key_file"), keys.keyPath(slug)},
                                                 {QStringLiteral("certificate_file"),
                                                  keys.certificatePath(slug)},
                                                 {QStringLiteral("certificate"), cert->toJson()}}}})
                        .toJson(QJsonDocument::Compact))
                + QLatin1Char('\n'));
            return 0;
        }
        out(tr("Signing key of workspace %1 on this server:\n").arg(slug) + certificateText(*cert)
            + tr("  Key:     %1\n").arg(keys.keyPath(slug)));
        return 0;
    }
    auto store = openStore(config, Store::OpenMode::ExistingOnly);
    if (!store)
        return fail(store.error(), json);
    ServerClock clock;
    Vigilo core(**store, clock);
    // The trust list changes in an admin's name: with the server's own login (schema 14), the
    // database shows a workspace only to a bound member, and its history takes events only in
    // that member's name. Without --as, only the schema's owner (its --db) can do it.
    const QString as = p.value(QStringLiteral("as"));
    QString by =
        QStringLiteral("operator:") + qEnvironmentVariable("USER", QStringLiteral("unknown"));
    if (!as.isEmpty()) {
        auto actor = core.workspaces().signIn(slug, as);
        if (!actor)
            return fail(actor.error(), json);
        if (!actor->can(Permission::ManageWorkspace))
            return fail(Error::rule(QStringLiteral("permission_denied"),
                                    tr("--as %1: only an admin or owner of workspace %2 changes "
                                       "its trust list.")
                                        .arg(as, slug),
                                    {{QStringLiteral("field"), QStringLiteral("as")}}),
                        json);
        by = as;
    }
    auto ws = core.workspaces().workspace(slug);
    if (!ws) {
        if (as.isEmpty() && ws.error().code == QLatin1String("not_found")
            && (*store)->dialect().isPostgres() && (*store)->schemaVersion() >= 14)
            return fail(Error::input(tr("Workspace \"%1\" is not visible to this login without "
                                        "a member: pass --as USERNAME (an admin or owner of the "
                                        "workspace) to publish the certificate in that member's "
                                        "name.")
                                         .arg(slug),
                                     {{QStringLiteral("field"), QStringLiteral("as")}},
                                     QStringLiteral("usage")),
                        json);
        return fail(ws.error(), json);
    }
    std::unique_ptr<SigningKey> made;
    if (action == QLatin1String("create")) {
        int days = 730;
        if (p.isSet(QStringLiteral("days"))) {
            bool ok = false;
            days = p.value(QStringLiteral("days")).toInt(&ok);
            if (!ok || days < 1 || days > 3650)
                return fail(Error::input(tr("--days must be a whole number from 1 to 3650, not "
                                            "\"%1\".")
                                             .arg(p.value(QStringLiteral("days"))),
                                         {{QStringLiteral("field"), QStringLiteral("days")}}),
                            json);
        }
        const QString name = p.isSet(QStringLiteral("name"))
                                 ? p.value(QStringLiteral("name"))
                                 : tr("Vigilo server, workspace %1").arg(slug);
        const QDateTime now = clock.now().toUTC();
        auto generated = SigningKey::generate(name, p.value(QStringLiteral("organization")),
                                              now.addSecs(-300), now.addDays(days));
        if (!generated)
            return fail(generated.error(), json);
        made = std::move(*generated);
    } else {
        const QString file = positional.value(2);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::input(tr("cannot read %1: %2").arg(file, f.errorString()),
                                     {{QStringLiteral("path"), file}},
                                     QStringLiteral("file_unreadable")),
                        json);
        QString password = qEnvironmentVariable("VIGILO_P12_PASSWORD");
        if (p.isSet(QStringLiteral("password-stdin"))) {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                password = QString::fromUtf8(in.readLine()).trimmed();
        }
        auto imported = SigningKey::fromPkcs12(f.readAll(), password);
        if (!imported)
            return fail(imported.error(), json);
        made = std::move(*imported);
    }
    auto entry = keys.install(core, *ws, *made, by, p.isSet(QStringLiteral("replace")));
    if (!entry)
        return fail(entry.error(), json);
    if (json) {
        out(QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("key"),
                         QJsonObject{
                             {QStringLiteral("workspace"), slug},
                             {QStringLiteral("key_file"), keys.keyPath(slug)},
                             {QStringLiteral("certificate_file"), keys.certificatePath(slug)},
                             {QStringLiteral("certificate"), made->certificate().toJson()}}}})
                    .toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
        return 0;
    }
    out(tr("Workspace %1 now signs its evidence packs on this server with:\n").arg(slug)
        + certificateText(made->certificate())
        + tr("  Key:     %1 (encrypted, readable by the server's user only)\nThe certificate is "
             "in the workspace's trust list; auditors get it with `vigilo-cli workspace "
             "trust-bundle`.\n")
              .arg(keys.keyPath(slug)));
    return 0;
}

// Moving a team over (schema 14): every active member of every workspace gets an account and a
// one-time code (those who have set a password already are skipped). Members are read across
// workspaces, which only the schema's owner may do: run it with the owner's --db.
int enrollAllMembers(const QCommandLineParser &p, const ServerConfig &config)
{
    const bool json = p.isSet(QStringLiteral("json"));
    if (config.db.isEmpty())
        return fail(Error::input(tr("no database: pass --db postgresql://... or --config FILE")),
                    json);
    auto store = openStore(config, Store::OpenMode::ExistingOnly);
    if (!store)
        return fail(store.error(), json);
    ServerClock clock;
    Accounts accounts(**store, clock);
    const QString operatorName =
        QStringLiteral("operator:") + qEnvironmentVariable("USER", QStringLiteral("unknown"));
    QStringList users;
    {
        auto q = sql::run(**store, QStringLiteral("SELECT DISTINCT username FROM members WHERE "
                                                  "active = 1 ORDER BY username"));
        if (!q)
            return fail(q.error(), json);
        while (q->next())
            users << q->value(0).toString();
    }
    if (users.isEmpty())
        return fail(Error::input(tr("no members found: run enroll --all-members with the schema "
                                    "owner's --db (the server's own login sees no workspace "
                                    "without a member bound)")),
                    json);
    QJsonArray codes;
    for (const QString &user : users) {
        auto code = accounts.issueCode(user, operatorName, true);
        if (!code)
            return fail(code.error(), json);
        if (!*code)
            continue; // has a password already
        codes.append(QJsonObject{{QStringLiteral("username"), user},
                                 {QStringLiteral("enrollment_code"), (*code)->code},
                                 {QStringLiteral("expires_at"), jsonTime((*code)->expiresAt)}});
        if (!json)
            out(QStringLiteral("%1\t%2\n").arg(user, (*code)->code));
    }
    if (json)
        out(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("enrollment_codes"), codes}})
                    .toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
    return 0;
}

int checkConfig(const ServerConfig &config)
{
    const QStringList problems = config.problems() + ServerKeys(config).problems();
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            err(QStringLiteral("vigilo-server: ") + p + QLatin1Char('\n'));
        return 2;
    }
    auto store = openStore(config, Store::OpenMode::ExistingOnly);
    if (!store) {
        err(QStringLiteral("vigilo-server: ") + store.error().message + QLatin1Char('\n'));
        return 3;
    }
    // The server's own role (schema 14): a login of the group vigilo_server, neither superuser
    // nor the schema's owner, so that row-level security holds it to the member it acts for.
    auto role =
        sql::run(**store, QStringLiteral("SELECT r.rolsuper OR r.rolbypassrls, "
                                         "pg_has_role(session_user, 'vigilo_server', 'MEMBER'), "
                                         "EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = "
                                         "'public' AND tablename = 'changes' AND tableowner = "
                                         "session_user) FROM pg_roles r WHERE r.rolname = "
                                         "session_user"));
    if (!role || !role->next()) {
        err(QStringLiteral("vigilo-server: ")
            + (role ? tr("cannot read the database role") : role.error().message)
            + QLatin1Char('\n'));
        return 3;
    }
    const QString login = (*store)->sessionUser();
    QStringList roleProblems;
    if (role->value(0).toBool())
        roleProblems << tr("the database login %1 is a superuser (or bypasses row-level "
                           "security): connect as a login of its own")
                            .arg(login);
    if (role->value(2).toBool())
        roleProblems << tr("the database login %1 owns the schema: the owner is for init and "
                           "migrations only; connect as a login of its own")
                            .arg(login);
    if (!role->value(1).toBool())
        roleProblems << tr("the database login %1 is not in the group vigilo_server: run GRANT "
                           "vigilo_server TO %1 as the schema's owner")
                            .arg(login);
    role->finish();
    if (!roleProblems.isEmpty()) {
        for (const QString &p : roleProblems)
            err(QStringLiteral("vigilo-server: ") + p + QLatin1Char('\n'));
        err(tr("vigilo-server: create the server's login once, as the schema's owner: CREATE ROLE "
               "vigilo_app LOGIN PASSWORD '...' IN ROLE vigilo_server\n"));
        return 2;
    }
    out(tr("Configuration OK: listen on %1 (%2), database %3 (schema version %4).\n")
            .arg(config.listen, config.tls() ? tr("TLS") : tr("no TLS, loopback only"),
                 (*store)->location())
            .arg((*store)->schemaVersion()));
    return 0;
}

} // namespace

int run(QGuiApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("vigilo-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vigilo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGILO_VERSION));
    QTranslator translator;
    if (QLocale().language() != QLocale::English
        && translator.load(QLocale(), QStringLiteral("vigilo"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser p;
    p.setApplicationDescription(
        tr("The Vigilo team server: JSON-RPC over WebSocket in front of PostgreSQL.\n"
           "  vigilo-server --db postgresql://... --listen HOST:PORT [--tls-cert F --tls-key F]\n"
           "  vigilo-server enroll USER [--workspace SLUG --role ROLE]   (prints a one-time "
           "code)\n"
           "  vigilo-server methods                                      (the method reference)\n"
           "  vigilo-server key create|show --workspace SLUG             (the workspace's "
           "signing key)\n"
           "  vigilo-server key import FILE.p12 --workspace SLUG"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("config"), tr("Settings file (key = value lines)."),
         QStringLiteral("FILE")},
        {QStringLiteral("db"), tr("The PostgreSQL database."), QStringLiteral("URL")},
        {QStringLiteral("listen"), tr("Address and port (default 127.0.0.1:8443)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("tls-cert"), tr("PEM certificate; required off loopback."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), tr("PEM private key of the certificate."),
         QStringLiteral("FILE")},
        {QStringLiteral("set"), tr("Any setting of the configuration file."),
         QStringLiteral("KEY=VALUE")},
        {QStringLiteral("allow-demo"), tr("Let signed-in users build the demo workspace.")},
        {QStringLiteral("check-config"), tr("Check the settings and the database, then exit.")},
        {QStringLiteral("workspace"),
         tr("enroll: make USER a member of this workspace (created, "
            "with USER as owner, when missing)."),
         QStringLiteral("SLUG")},
        {QStringLiteral("role"), tr("enroll: the member's role (default owner)."),
         QStringLiteral("ROLE")},
        {QStringLiteral("name"),
         tr("enroll: the new workspace's name; key create: the name in the certificate."),
         QStringLiteral("NAME")},
        {QStringLiteral("locale"), tr("enroll: the new workspace's locale."),
         QStringLiteral("LOCALE")},
        {QStringLiteral("json"), tr("enroll, key: print one JSON document.")},
        {QStringLiteral("days"), tr("key create: how long the certificate is valid (default 730)."),
         QStringLiteral("N")},
        {QStringLiteral("organization"), tr("key create: the organisation in the certificate."),
         QStringLiteral("ORG")},
        {QStringLiteral("replace"),
         tr("key create, key import: rotate the workspace's key (the old certificate stays "
            "trusted).")},
        {QStringLiteral("as"),
         tr("key create, key import: the admin or owner of the workspace in whose name the "
            "certificate is published (required with the server's own login)."),
         QStringLiteral("USERNAME")},
        {QStringLiteral("password-stdin"),
         tr("key import: read the PKCS#12 password from standard input (else "
            "$VIGILO_P12_PASSWORD).")},
        {QStringLiteral("all-members"),
         tr("enroll: a one-time code for every member without a password (moving a team over; "
            "run with the schema owner's --db).")},
    });
    p.addPositionalArgument(QStringLiteral("command"), tr("enroll USER, key ..., or methods"));
    p.process(app);

    auto config = configFrom(p);
    if (!config)
        return fail(config.error(), p.isSet(QStringLiteral("json")));
    const QStringList positional = p.positionalArguments();
    if (positional.value(0) == QLatin1String("methods")) {
        out(api::methodReference());
        return 0;
    }
    if (!Accounts::initialise()) {
        err(tr("vigilo-server: libsodium could not be initialised.\n"));
        return 3;
    }
    if (positional.value(0) == QLatin1String("enroll")) {
        if (positional.size() == 1 && p.isSet(QStringLiteral("all-members")))
            return enrollAllMembers(p, *config);
        if (positional.size() != 2)
            return fail(Error::input(tr("usage: vigilo-server enroll USER [--workspace SLUG "
                                        "--role ROLE]")),
                        p.isSet(QStringLiteral("json")));
        return enroll(p, *config, positional.value(1));
    }
    if (positional.value(0) == QLatin1String("key"))
        return key(p, *config, positional);
    if (!positional.isEmpty()) {
        err(tr("vigilo-server: unknown command \"%1\"; see --help\n").arg(positional.value(0)));
        return 2;
    }
    if (p.isSet(QStringLiteral("check-config")))
        return checkConfig(*config);
    // A signing key others could read is a reason not to start at all.
    const QStringList problems = config->problems() + ServerKeys(*config).problems();
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            err(QStringLiteral("vigilo-server: ") + problem + QLatin1Char('\n'));
        return 2;
    }
    auto store = openStore(*config, Store::OpenMode::CreateIfMissing);
    if (!store) {
        err(QStringLiteral("vigilo-server: ") + store.error().message + QLatin1Char('\n'));
        return 3;
    }
    ServerClock clock;
    Server server(*config, **store, clock);
    if (const Status s = server.listen(); !s.ok()) {
        err(QStringLiteral("vigilo-server: ") + s.error().message + QLatin1Char('\n'));
        return 3;
    }
    out(tr("vigilo-server %1 listening on %2:%3 (%4)\n")
            .arg(QStringLiteral(VIGILO_VERSION), config->host())
            .arg(server.port())
            .arg(config->tls() ? tr("TLS") : tr("no TLS, loopback only")));
    return QCoreApplication::exec();
}

} // namespace vigilo::server

int main(int argc, char *argv[])
{
    // Evidence packs need a QGuiApplication (QPdfWriter); the server has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return vigilo::server::run(app);
}
