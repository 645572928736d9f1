// The Client's calls for delegation and the workspace's approval settings (issue 15): typed, so
// that the CLI and the tests ask the same way on a database and on a team server.
#include "Client.h"

#include "Api.h"
#include "ClientReplies.h"

namespace vigilo::client {

using namespace vigilo::api;

namespace {

// Whose duties: absent, the caller's own.
QJsonObject forMember(const QString &member)
{
    return member.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("for_member"), member}};
}

} // namespace

Result<Delegation> Client::setDelegation(const QString &substitute, const QDateTime &from,
                                         const QDateTime &to, const QString &member)
{
    QJsonObject p = forMember(member);
    p.insert(QStringLiteral("substitute"), substitute);
    p.insert(QStringLiteral("from"), jsonTime(from));
    p.insert(QStringLiteral("to"), jsonTime(to));
    return field<Delegation>(call(QStringLiteral("delegation.set"), p), "delegation");
}

Result<QList<Delegation>> Client::clearDelegations(const QString &member, const QString &substitute)
{
    QJsonObject p = forMember(member);
    if (!substitute.isEmpty())
        p.insert(QStringLiteral("substitute"), substitute);
    return listField<Delegation>(call(QStringLiteral("delegation.clear"), p), "delegations");
}

Result<QList<Delegation>> Client::delegations(bool all)
{
    QJsonObject p;
    if (all)
        p.insert(QStringLiteral("all"), true);
    return listField<Delegation>(call(QStringLiteral("delegation.list"), p), "delegations");
}

Result<ApprovalSettings> Client::approvalSettings()
{
    return field<ApprovalSettings>(call(QStringLiteral("approval_settings.get")), "settings");
}

Result<ApprovalSettings> Client::setApprovalSettings(const ApprovalSettingsChange &change)
{
    return field<ApprovalSettings>(
        call(QStringLiteral("approval_settings.set"), approvalSettingsParams(change)), "settings");
}

} // namespace vigilo::client
