#include "ServerMethods.h"

#include "Accounts.h"

namespace vigilo::server {

using namespace vigilo::api;

namespace {

// The server answers these in Server::handleOwn; the table declares their parameters.
Result<QJsonValue> answeredByServer(const Call &)
{
    return Error::storage(QStringLiteral("answered by the server"), {},
                          QStringLiteral("internal_error"));
}

QString scopeText(Scope s)
{
    switch (s) {
    case Scope::Public: return QStringLiteral("none");
    case Scope::Account: return QStringLiteral("signed in");
    case Scope::Workspace: return QStringLiteral("signed in, member of `workspace`");
    }
    return {};
}

QString escape(QString s)
{
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

QString methodSection(const Method &m)
{
    QString out = QStringLiteral("### `%1`\n\n%2\n\n").arg(m.name, m.summary);
    out += QStringLiteral("- Needs: %1\n").arg(scopeText(m.scope));
    out += QStringLiteral("- Result: `%1`\n").arg(m.result);
    if (!m.errors.isEmpty())
        out +=
            QStringLiteral("- Refusals: %1\n")
                .arg(QLatin1Char('`') + m.errors.join(QStringLiteral("`, `")) + QLatin1Char('`'));
    QList<Param> params = m.params;
    if (m.scope == Scope::Workspace) {
        Param ws = text(QStringLiteral("workspace"), QStringLiteral("The workspace's slug"), true);
        params.prepend(ws);
    }
    if (params.isEmpty()) {
        out += QStringLiteral("- Parameters: none\n\n");
        return out;
    }
    out += QStringLiteral("\n| parameter | type | required | meaning |\n|---|---|---|---|\n");
    for (const Param &p : params)
        out += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                   .arg(p.name, escape(p.typeName()),
                        p.required ? QStringLiteral("yes") : QStringLiteral("no"), escape(p.help));
    out += QLatin1Char('\n');
    return out;
}

} // namespace

const QList<Method> &serverMethods()
{
    static const QList<Method> all = {
        {QStringLiteral("hello"),
         Scope::Public,
         QStringLiteral("The handshake: agree on the protocol version and, with a token, resume "
                        "a session. The first request of a connection."),
         {integer(QStringLiteral("protocol"), 1, 1000,
                  QStringLiteral("The client's protocol "
                                 "version"),
                  true),
          text(QStringLiteral("client"), QStringLiteral("The client's name and version")),
          text(QStringLiteral("token"), QStringLiteral("A session token from session.login"))},
         QStringLiteral("{protocol, server, username?, expires_at?}"),
         {QStringLiteral("protocol_mismatch"), QStringLiteral("not_signed_in"),
          QStringLiteral("session_expired"), QStringLiteral("session_revoked")},
         answeredByServer},
        {QStringLiteral("session.login"),
         Scope::Public,
         QStringLiteral("Sign in with a password, or with a one-time enrollment code and the "
                        "password it sets. The connection acts for the account afterwards."),
         {text(QStringLiteral("username"), QStringLiteral("The account"), true),
          text(QStringLiteral("password"),
               QStringLiteral("The password (the new one with an "
                              "enrollment code)"),
               true),
          text(QStringLiteral("enrollment_code"), QStringLiteral("A one-time code from "
                                                                 "vigilo-server enroll or "
                                                                 "member.add"))},
         QStringLiteral("{token, username, expires_at}"),
         {QStringLiteral("signin_failed"), QStringLiteral("signin_throttled"),
          QStringLiteral("weak_password")},
         answeredByServer},
        {QStringLiteral("session.whoami"),
         Scope::Account,
         QStringLiteral("Who the connection acts for, the session and the workspaces."),
         {},
         QStringLiteral("{username, session: {created_at, expires_at}, workspaces: [{slug, name, "
                        "role}]}"),
         {},
         answeredByServer},
        {QStringLiteral("session.logout"),
         Scope::Account,
         QStringLiteral("Revoke this connection's session."),
         {},
         QStringLiteral("{signed_out: true}"),
         {},
         answeredByServer},
        {QStringLiteral("session.logout_all"),
         Scope::Account,
         QStringLiteral("Sign out everywhere: revoke every session of the account."),
         {},
         QStringLiteral("{revoked}"),
         {},
         answeredByServer},
        {QStringLiteral("events.subscribe"),
         Scope::Workspace,
         QStringLiteral("Receive `event.change` notifications for the workspace on this "
                        "connection."),
         {},
         QStringLiteral("{subscribed}"),
         {},
         answeredByServer},
    };
    return all;
}

const Method *findServerMethod(const QString &name)
{
    for (const Method &m : serverMethods())
        if (m.name == name)
            return &m;
    return nullptr;
}

QString methodReference()
{
    QString out = QStringLiteral("## Methods of the server\n\n");
    for (const Method &m : serverMethods())
        out += methodSection(m);
    out += QStringLiteral("## Methods of the API\n\n");
    for (const Method &m : api::methods())
        out += methodSection(m);
    return out;
}

} // namespace vigilo::server
