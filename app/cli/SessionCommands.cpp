// login, logout, whoami and trust: signing in to a team server. They run in vigilo-cli-net
// (QtNetwork, the keychain); vigilo-cli hands every server location to it.
#include "Commands.h"

#ifdef VIGILO_NET_HELPER
#include "Client.h"
#include "Keychain.h"
#include "RemoteTransport.h"

#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#endif

namespace vigilo::cli {

namespace {

// lupdate files bare tr() calls in this namespace under "vigilo::cli": translate in that context.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("vigilo::cli", text, comment, n);
}

#ifdef VIGILO_NET_HELPER

using client::RemoteOptions;
using client::RemoteTransport;

QString keychainKey(const QString &location)
{
    return QStringLiteral("session ") + location;
}

QString pinKey(const QString &server)
{
    QString key = server;
    key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    return QStringLiteral("trusted-servers/") + key;
}

QSettings &settings()
{
    static QSettings s(QStringLiteral("Vigilo"), QStringLiteral("vigilo-cli"));
    return s;
}

bool interactive()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO);
#else
    return false;
#endif
}

// A line from the terminal, without echo when `secret`.
QString askTerminal(const QString &prompt, bool secret)
{
#ifdef Q_OS_UNIX
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    std::fputs(qPrintable(prompt), tty);
    std::fflush(tty);
    termios old{};
    const bool hide = secret && ::tcgetattr(fileno(tty), &old) == 0;
    if (hide) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    char buffer[4096];
    const char *line = std::fgets(buffer, sizeof buffer, tty);
    if (hide) {
        ::tcsetattr(fileno(tty), TCSAFLUSH, &old);
        std::fputs("\n", tty);
    }
    std::fclose(tty);
    QString text = line ? QString::fromLocal8Bit(line) : QString();
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
#else
    Q_UNUSED(prompt)
    Q_UNUSED(secret)
    return {};
#endif
}

RemoteOptions optionsFor(const CliContext &ctx, const QString &token)
{
    RemoteOptions o;
    o.location = ctx.dbLocation();
    o.token = token;
    o.clientName = QStringLiteral("vigilo-cli %1").arg(QStringLiteral(VIGILO_VERSION));
    // The server's messages in the language this program speaks.
    if (QLocale().language() != QLocale::English && QLocale().language() != QLocale::C)
        o.locale = QLocale().name();
    o.pinned = [](const QString &server) { return settings().value(pinKey(server)).toString(); };
    o.pin = [](const QString &server, const QString &fingerprint) {
        settings().setValue(pinKey(server), fingerprint);
        settings().sync();
    };
    if (interactive() && !ctx.out().json())
        o.confirm = [](const QString &server, const QString &fingerprint,
                       const QSslCertificate &certificate) {
            const QString subject = certificate.subjectDisplayName();
            const QString answer = askTerminal(
                tr("The certificate of %1 (%2) is not trusted by this system.\n"
                   "SHA-256 fingerprint: %3\n"
                   "Trust it from now on, if the server's operator confirms the fingerprint? "
                   "[y/N] ")
                    .arg(server, subject, fingerprint),
                false);
            return answer.trimmed().toLower().startsWith(QLatin1Char('y'));
        };
    return o;
}

// The session token: $VIGILO_TOKEN, else the keychain's for this server.
QString storedToken(const QString &location, QString *why = nullptr)
{
    const QString env = qEnvironmentVariable("VIGILO_TOKEN");
    if (!env.isEmpty())
        return env;
    QString error;
    if (auto token = client::Keychain::read(keychainKey(location), &error))
        return *token;
    if (why)
        *why = error;
    return {};
}

Result<std::unique_ptr<RemoteTransport>> openRemote(const CliContext &ctx, const QString &token)
{
    return RemoteTransport::open(optionsFor(ctx, token));
}

int login(CliContext &ctx, const ParsedArgs &a)
{
    if (!ctx.onServer())
        return ctx.usageError(tr("login signs in to a team server: pass --db vigilo://HOST:PORT"));
    const QString user = a.positional(0);
    const QString code = a.value(QStringLiteral("enrollment-code"));
    QString password;
    if (a.has(QStringLiteral("password-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.usageError(tr("cannot read the password from stdin"));
        password = QString::fromUtf8(in.readLine());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
    } else if (interactive()) {
        if (code.isEmpty()) {
            password = askTerminal(tr("Password for %1 at %2: ").arg(user, ctx.dbLocation()), true);
        } else {
            password = askTerminal(
                tr("Choose a password for %1 (at least 10 characters): ").arg(user), true);
            if (askTerminal(tr("Type it again: "), true) != password)
                return ctx.out().fail(
                    Error::input(tr("the two passwords differ; nothing was "
                                    "changed"),
                                 {{QStringLiteral("field"), QStringLiteral("password")}}));
        }
    } else {
        return ctx.usageError(tr("no terminal to read the password from: pipe it in with "
                                 "--password-stdin"));
    }
    if (password.isEmpty())
        return ctx.out().fail(
            Error::input(tr("the password must not be empty"),
                         {{QStringLiteral("field"), QStringLiteral("password")}}));
    CLI_TRY(remote, openRemote(ctx, {}));
    QJsonObject params{{QStringLiteral("username"), user}, {QStringLiteral("password"), password}};
    if (!code.isEmpty())
        params.insert(QStringLiteral("enrollment_code"), code);
    CLI_TRY(answer, remote->call(QStringLiteral("session.login"), params));
    const QJsonObject session = answer.toObject();
    const QString token = session.value(QStringLiteral("token")).toString();
    const QString until = session.value(QStringLiteral("expires_at")).toString();
    if (a.has(QStringLiteral("print-token"))) {
        return ctx.out().print({{QStringLiteral("session"), session}}, token);
    }
    QString error;
    if (!client::Keychain::write(keychainKey(ctx.dbLocation()), token, &error)) {
        (void)remote->call(QStringLiteral("session.logout"), {});
        return ctx.out().fail(Error::storage(
            tr("signed in, but the system keychain could not keep the token (%1); the session "
               "was closed again. Sign in with --print-token and pass the token to later "
               "commands as $VIGILO_TOKEN.")
                .arg(error),
            {{QStringLiteral("server"), ctx.dbLocation()}},
            QStringLiteral("keychain_unavailable")));
    }
    QJsonObject shown = session;
    shown.remove(QStringLiteral("token"));
    return ctx.out().print({{QStringLiteral("session"), shown}},
                           tr("Signed in to %1 as %2 until %3; the token is in the system "
                              "keychain.")
                               .arg(ctx.dbLocation(), user, until));
}

int logout(CliContext &ctx, const ParsedArgs &a)
{
    if (!ctx.onServer())
        return ctx.usageError(
            tr("logout signs out of a team server: pass --db vigilo://HOST:PORT"));
    const QString token = storedToken(ctx.dbLocation());
    if (token.isEmpty())
        return ctx.out().fail(Error::rule(QStringLiteral("not_signed_in"),
                                          tr("you are not signed in to %1 (no $VIGILO_TOKEN and "
                                             "no token in the keychain)")
                                              .arg(ctx.dbLocation())));
    CLI_TRY(remote, openRemote(ctx, token));
    const bool everywhere = a.has(QStringLiteral("everywhere"));
    CLI_TRY(answer, remote->call(everywhere ? QStringLiteral("session.logout_all")
                                            : QStringLiteral("session.logout"),
                                 {}));
    if (qEnvironmentVariableIsEmpty("VIGILO_TOKEN"))
        client::Keychain::remove(keychainKey(ctx.dbLocation()));
    const QString user = remote->username();
    return ctx.out().print(
        {{QStringLiteral("signed_out"), answer.toObject()}},
        everywhere ? tr("%1 is signed out of %2 everywhere (%n sessions ended).", nullptr,
                        answer.toObject().value(QStringLiteral("revoked")).toInt())
                         .arg(user, ctx.dbLocation())
                   : tr("%1 is signed out of %2.").arg(user, ctx.dbLocation()));
}

int whoami(CliContext &ctx, const ParsedArgs &)
{
    if (!ctx.onServer())
        return ctx.usageError(tr("whoami asks a team server: pass --db vigilo://HOST:PORT"));
    QString why;
    const QString token = storedToken(ctx.dbLocation(), &why);
    CLI_TRY(remote, openRemote(ctx, token));
    CLI_TRY(answer, remote->call(QStringLiteral("session.whoami"), {}));
    const QJsonObject me = answer.toObject();
    QStringList workspaces;
    for (const QJsonValue &w : me.value(QStringLiteral("workspaces")).toArray())
        workspaces << tr("%1 (%2)").arg(w[QLatin1String("slug")].toString(),
                                        w[QLatin1String("role")].toString());
    return ctx.out().print(
        {{QStringLiteral("whoami"), me}},
        tr("%1 at %2, signed in until %3\nWorkspaces: %4")
            .arg(me.value(QStringLiteral("username")).toString(), ctx.dbLocation(),
                 me.value(QStringLiteral("session"))
                     .toObject()
                     .value(QStringLiteral("expires_at"))
                     .toString(),
                 workspaces.isEmpty() ? tr("none") : workspaces.join(QStringLiteral(", "))));
}

int trust(CliContext &ctx, const ParsedArgs &a)
{
    if (!ctx.onServer())
        return ctx.usageError(tr("trust pins a team server's certificate: pass --db "
                                 "vigilo://HOST:PORT"));
    auto where = RemoteTransport::parseLocation(ctx.dbLocation());
    if (!where)
        return ctx.out().fail(where.error());
    const QString server = where->first;
    if (a.has(QStringLiteral("forget"))) {
        settings().remove(pinKey(server));
        settings().sync();
        return ctx.out().print(
            {{QStringLiteral("forgotten"), server}},
            tr("%1's certificate is no longer trusted by its fingerprint.").arg(server));
    }
    if (!where->second)
        return ctx.usageError(tr("vigilo+insecure:// has no certificate to trust"));
    RemoteOptions o = optionsFor(ctx, {});
    const QString wanted = a.value(QStringLiteral("fingerprint"));
    QString seen;
    if (!wanted.isEmpty() || !o.confirm)
        o.confirm = [&wanted, &seen](const QString &, const QString &fingerprint,
                                     const QSslCertificate &) {
            seen = fingerprint;
            return !wanted.isEmpty()
                   && RemoteTransport::normaliseFingerprint(wanted)
                          == RemoteTransport::normaliseFingerprint(fingerprint);
        };
    // A pin of an older certificate must not stand in the way of trusting the new one.
    const QString previous = settings().value(pinKey(server)).toString();
    settings().remove(pinKey(server));
    auto remote = RemoteTransport::open(o);
    if (!remote) {
        if (!previous.isEmpty())
            settings().setValue(pinKey(server), previous);
        settings().sync();
        if (!wanted.isEmpty() && !seen.isEmpty())
            return ctx.out().fail(Error::rule(
                QStringLiteral("fingerprint_mismatch"),
                tr("%1 presents the certificate %2, not %3: nothing was trusted. Check the "
                   "fingerprint with the server's operator.")
                    .arg(server, seen, wanted),
                {{QStringLiteral("server"), server}, {QStringLiteral("fingerprint"), seen}}));
        return ctx.out().fail(remote.error());
    }
    const QString fp = RemoteTransport::fingerprint((*remote)->peerCertificate());
    const QString pinned = settings().value(pinKey(server)).toString();
    settings().sync();
    return ctx.out().print(
        {{QStringLiteral("trusted"), QJsonObject{{QStringLiteral("server"), server},
                                                 {QStringLiteral("fingerprint"), fp},
                                                 {QStringLiteral("pinned"), !pinned.isEmpty()}}}},
        pinned.isEmpty()
            ? tr("%1 has a certificate this system trusts (%2); nothing to pin.").arg(server, fp)
            : tr("Trusted %1 with the certificate %2 (pinned in %3).")
                  .arg(server, fp, settings().fileName()));
}

#else
// vigilo-cli and vigilo-cli-pack: a server command runs in vigilo-cli-net.
int runNetHelper(CliContext &ctx, const ParsedArgs &)
{
    if (!ctx.onServer())
        return ctx.usageError(
            tr("login, logout, whoami and trust work with a team server: pass --db "
               "vigilo://HOST:PORT"));
    const Error missing = Error::storage(tr("the network helper %1 is missing; reinstall Vigilo")
                                             .arg(helperPath(QStringLiteral("vigilo-cli-net"))),
                                         {}, QStringLiteral("helper_missing"));
    return ctx.out().fail(execHelper(QStringLiteral("vigilo-cli-net")).value_or(missing));
}
#endif

} // namespace

#ifdef VIGILO_NET_HELPER
void installRemoteClient()
{
    CliContext::setRemoteFactory([](CliContext &ctx) -> Result<std::unique_ptr<client::Transport>> {
        auto remote = openRemote(ctx, storedToken(ctx.dbLocation()));
        if (!remote)
            return remote.error();
        return std::unique_ptr<client::Transport>(std::move(remote).value());
    });
}
#endif

QList<CommandSpec> sessionCommands()
{
#ifdef VIGILO_NET_HELPER
    const CommandHandler loginHandler = login;
    const CommandHandler logoutHandler = logout;
    const CommandHandler whoamiHandler = whoami;
    const CommandHandler trustHandler = trust;
#else
    const CommandHandler loginHandler = runNetHelper;
    const CommandHandler logoutHandler = runNetHelper;
    const CommandHandler whoamiHandler = runNetHelper;
    const CommandHandler trustHandler = runNetHelper;
#endif
    return {
        {{QStringLiteral("login")},
         {{QStringLiteral("USER"), tr("Your account on the server")}},
         {valueOpt(QStringLiteral("enrollment-code"), QStringLiteral("CODE"),
                   tr("Your one-time code: the first sign-in, where you choose your password")),
          flagOpt(QStringLiteral("password-stdin"), tr("Read the password from stdin")),
          flagOpt(QStringLiteral("print-token"),
                  tr("Print the session token (for $VIGILO_TOKEN) instead of keeping it in the "
                     "keychain"))},
         tr("Sign in to a team server (--db vigilo://HOST:PORT)."),
         loginHandler},
        {{QStringLiteral("logout")},
         {},
         {flagOpt(QStringLiteral("everywhere"), tr("End every session of your account"))},
         tr("Sign out of the team server."),
         logoutHandler},
        {{QStringLiteral("whoami")},
         {},
         {},
         tr("Who you are signed in as on the team server, and your workspaces."),
         whoamiHandler},
        {{QStringLiteral("trust")},
         {},
         {valueOpt(QStringLiteral("fingerprint"), QStringLiteral("SHA256"),
                   tr("Trust the server's certificate if it has this fingerprint")),
          flagOpt(QStringLiteral("forget"), tr("Stop trusting the pinned certificate"))},
         tr("Trust a team server's self-signed certificate by its fingerprint (pinned)."),
         trustHandler},
    };
}

} // namespace vigilo::cli
