// The methods a host of the table answers itself (vigilo-server: the handshake, sessions,
// event subscriptions, webhook delivery and evidence packs on the server), declared here with
// the others so that every client and the document see one table; and the document itself.
#include "ApiUtil.h"

#include "Tr.h"

namespace vigilo::api {

namespace {

Result<QJsonValue> serverOnly(const Call &)
{
    return Error::rule(QStringLiteral("server_only"),
                       CoreText::tr("This works on a team server only (--db vigilo://HOST:PORT)."));
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

QList<Method> hostMethods()
{
    QList<Method> all = {
        {QStringLiteral("hello"),
         Scope::Public,
         QStringLiteral("The handshake: agree on the protocol version and, with a token, resume "
                        "a session. The first request of a connection."),
         {integer(QStringLiteral("protocol"), 1, 1000,
                  QStringLiteral("The client's protocol "
                                 "version"),
                  true),
          text(QStringLiteral("client"), QStringLiteral("The client's name and version")),
          text(QStringLiteral("locale"),
               QStringLiteral("The client's language, e.g. de_DE: messages come in it")),
          text(QStringLiteral("token"), QStringLiteral("A session token from session.login"))},
         QStringLiteral("{protocol, server, rate_limit {requests_per_second, burst}, username?, "
                        "expires_at?}"),
         {QStringLiteral("protocol_mismatch"), QStringLiteral("not_signed_in"),
          QStringLiteral("session_expired"), QStringLiteral("session_revoked")},
         serverOnly},
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
         serverOnly},
        {QStringLiteral("session.whoami"),
         Scope::Account,
         QStringLiteral("Who the connection acts for, the session and the workspaces."),
         {},
         QStringLiteral("{username, session: {created_at, expires_at}, workspaces: [{slug, name, "
                        "role}]}"),
         {},
         serverOnly},
        {QStringLiteral("session.logout"),
         Scope::Account,
         QStringLiteral("Revoke this connection's session."),
         {},
         QStringLiteral("{signed_out: true}"),
         {},
         serverOnly},
        {QStringLiteral("session.logout_all"),
         Scope::Account,
         QStringLiteral("Sign out everywhere: revoke every session of the account."),
         {},
         QStringLiteral("{revoked}"),
         {},
         serverOnly},
        {QStringLiteral("webhook.deliver"),
         Scope::Workspace,
         QStringLiteral("Post the workspace's due webhook deliveries now and answer when they are "
                        "done (the server also does it by itself unless started with "
                        "webhook_delivery = on_request). Viewers deliver nothing."),
         {integer(QStringLiteral("max"), 1, 10000, QStringLiteral("At most N (default 100)")),
          integer(QStringLiteral("timeout_secs"), 1, 600,
                  QStringLiteral("Give up on a receiver after N seconds (default 30)"))},
         QStringLiteral("{delivery_run: {claimed, delivered, retrying, failed, errors}}"),
         {},
         serverOnly},
        {QStringLiteral("pack.export"),
         Scope::Workspace,
         QStringLiteral("Print a change's evidence pack (PDF/A-3) on the server, sign it with the "
                        "workspace's key on the server, and return it."),
         {change(), text(QStringLiteral("locale"),
                         QStringLiteral("Language of the pack (default: the workspace's)"))},
         QStringLiteral("{evidence_pack: {number, locale, pages, bytes, audit_seq, chain_head, "
                        "events, digest, signer}, pdf: base64}"),
         {QStringLiteral("signing_key_missing"), QStringLiteral("signing_key_unprotected"),
          QStringLiteral("signing_key_revoked")},
         serverOnly},
        {QStringLiteral("pack.manifest"),
         Scope::Workspace,
         QStringLiteral(
             "An audit sample's manifest (manifest.json and manifest.csv: number, title, "
             "outcome, digest and file of each pack), each signed with the workspace's "
             "key on the server, for packs this connection exported with pack.export."),
         {textList(QStringLiteral("digests"),
                   QStringLiteral("The packs' evidence digests as pack.export answered them, in "
                                  "the manifest's order (required)"))},
         QStringLiteral("{manifest: {packs, signer, json, json_p7s, csv, csv_p7s (base64)}}"),
         {QStringLiteral("invalid_input"), QStringLiteral("signing_key_missing"),
          QStringLiteral("signing_key_unprotected"), QStringLiteral("signing_key_revoked")},
         serverOnly},
        {QStringLiteral("meeting.minutes_pdf"),
         Scope::Workspace,
         QStringLiteral("Print a closed meeting's minutes as a PDF on the server, sign it with the "
                        "workspace's key like an evidence pack, and return it."),
         {integer(QStringLiteral("meeting"), 1, 1000000000, QStringLiteral("The meeting's number"),
                  true),
          text(QStringLiteral("locale"),
               QStringLiteral("Language of the minutes (default: the workspace's)"))},
         QStringLiteral("{minutes_pdf: {meeting, cab, locale, pages, bytes, digest, signer}, pdf: "
                        "base64}"),
         {QStringLiteral("meeting_not_closed"), QStringLiteral("signing_key_missing"),
          QStringLiteral("signing_key_unprotected"), QStringLiteral("signing_key_revoked")},
         serverOnly},
        {QStringLiteral("pack.verify"),
         Scope::Workspace,
         QStringLiteral("Check an evidence pack on the server: its signature and signer (against "
                        "the workspace's trust list), its evidence and pages, and the history it "
                        "covers (as of its audit event, and the hash chain)."),
         {bytes(QStringLiteral("pdf"), 64 * 1024 * 1024, QStringLiteral("The pack's bytes"), true)},
         QStringLiteral("{pack_verification: {ok, workspace, number, audit_seq, digest, signer, "
                        "trust, later_events, checks: [{name, ok, message}]}}"),
         {},
         serverOnly},
        {QStringLiteral("trust.list"),
         Scope::Workspace,
         QStringLiteral("The certificates the workspace trusts to sign its evidence packs (the "
                        "server's key among them), with their revocations."),
         {},
         QStringLiteral("{certificates: [trust_entry]}"),
         {},
         serverOnly},
        {QStringLiteral("trust.bundle"),
         Scope::Workspace,
         QStringLiteral("The trust bundle an auditor verifies packs with offline: the trusted "
                        "certificates, their revocations and the list's digest."),
         {},
         QStringLiteral("{trust_bundle: {bundle, digest}}"),
         {},
         serverOnly},
        {QStringLiteral("trust.add"),
         Scope::Workspace,
         QStringLiteral("Trust a certificate (e.g. the organisation's CA) to sign the "
                        "workspace's packs (admins; audited)."),
         {bytes(QStringLiteral("pem"), 64 * 1024, QStringLiteral("The certificate (PEM)"), true)},
         QStringLiteral("{certificate: trust_entry}"),
         {QStringLiteral("certificate_exists")},
         serverOnly},
        {QStringLiteral("trust.revoke"),
         Scope::Workspace,
         QStringLiteral("Revoke a trusted certificate from a time on (admins; final, audited)."),
         {text(QStringLiteral("fingerprint"), QStringLiteral("The certificate's SHA-256"), true),
          text(QStringLiteral("reason"), QStringLiteral("Why it is no longer trusted")),
          time(QStringLiteral("since"),
               QStringLiteral("Refuse signatures from this time on (default: now)"))},
         QStringLiteral("{certificate: trust_entry}"),
         {QStringLiteral("reason_required"), QStringLiteral("already_revoked")},
         serverOnly},
        {QStringLiteral("events.subscribe"),
         Scope::Workspace,
         QStringLiteral("Receive `event.change` (a change moved) and `event.meeting` (a CAB "
                        "meeting moved) notifications for the workspace on this connection."),
         {},
         QStringLiteral("{subscribed}"),
         {},
         serverOnly},
    };
    for (Method &m : all)
        m.answeredByHost = true;
    return all;
}

QString methodReference()
{
    QString out = QStringLiteral("## Methods of the server\n\n");
    for (const Method &m : hostMethods())
        out += methodSection(m);
    out += QStringLiteral("## Methods of the API\n\n");
    for (const Method &m : api::methods())
        out += methodSection(m);
    return out;
}

} // namespace vigilo::api
