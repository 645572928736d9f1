#include "BulkApproval.h"

#include "ApprovalSettings.h"
#include "ChangeService.h"
#include "Planning.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

#include <QJsonArray>

namespace vigilo {

QJsonObject BulkApprovalItem::toJson() const
{
    QJsonObject o{{QStringLiteral("number"), formatChangeNumber(number)},
                  {QStringLiteral("approved"), change.has_value()}};
    if (change)
        o.insert(QStringLiteral("change"), change->toJson());
    if (refusal)
        o.insert(QStringLiteral("error"), refusal->toJson());
    return o;
}

Result<QStringList> BulkApproval::guardFailures(const Actor &actor, const ChangeRequest &c,
                                                const BulkGuard &guard) const
{
    QStringList why;
    if (!c.riskLevel)
        why << CoreText::tr("its risk has not been assessed");
    else if (int(*c.riskLevel) > int(guard.maxRisk))
        why << CoreText::tr("its risk is %1; bulk approval takes up to %2")
                   .arg(label(*c.riskLevel), label(guard.maxRisk));
    if (c.changeType == ChangeType::Emergency && !guard.allowEmergency)
        why << CoreText::tr("it is an emergency change");
    if (!guard.allowConflicts) {
        auto conflicts = m_planning.conflicts(actor, c.number);
        if (!conflicts)
            return conflicts.error();
        if (!conflicts->isEmpty())
            why << CoreText::tr("it has %n conflicts", nullptr, int(conflicts->conflicts.size()));
    }
    return why;
}

Status BulkApproval::allowed(const Actor &actor) const
{
    if (!actor.can(Permission::ChangesApprove))
        return sql::permissionDenied(actor, Permission::ChangesApprove);
    auto settings = ApprovalSettingsService::read(m_store, actor.workspace.id);
    if (!settings)
        return settings.error();
    if (!settings->bulk.enabled)
        return Error::rule(QStringLiteral("bulk_approval_disabled"),
                           CoreText::tr("Bulk approval is turned off in this workspace. Approve "
                                        "the changes one by one, or ask an admin to turn it on."));
    return {};
}

Result<QList<BulkApprovalItem>> BulkApproval::approve(const Actor &actor, const QList<int> &numbers,
                                                      const QString &comment)
{
    if (numbers.isEmpty())
        return Error::input(CoreText::tr("Name the changes to approve (at least one)."),
                            {{QStringLiteral("field"), QStringLiteral("numbers")}});
    if (numbers.size() > kMaxChanges)
        return Error::input(CoreText::tr("Bulk approval takes at most %n changes at once; split "
                                         "the list.",
                                         nullptr, kMaxChanges),
                            {{QStringLiteral("field"), QStringLiteral("numbers")}});
    if (auto may = allowed(actor); !may)
        return may.error();
    auto settings = ApprovalSettingsService::read(m_store, actor.workspace.id);
    if (!settings)
        return settings.error();
    const BulkGuard guard = settings->bulk;
    QList<int> unique;
    for (int n : numbers)
        if (!unique.contains(n))
            unique << n;
    QList<BulkApprovalItem> out;
    for (int n : std::as_const(unique)) {
        BulkApprovalItem item;
        item.number = n;
        auto change = m_changes.get(actor, n);
        if (!change) {
            if (change.error().kind() == ErrorKind::Storage)
                return change.error();
            item.refusal = change.error();
            out << item;
            continue;
        }
        // Not in review: the FSM's refusal says more than the guard's (apply() refuses it).
        auto failures = change->status == ChangeStatus::Review
                            ? guardFailures(actor, *change, guard)
                            : Result<QStringList>(QStringList());
        if (!failures)
            return failures.error();
        if (!failures->isEmpty()) {
            item.refusal = Error::rule(
                QStringLiteral("bulk_guard_failed"),
                CoreText::tr("%1 was not approved: %2. Approve it on its own after a review.")
                    .arg(change->numberText(), failures->join(QStringLiteral("; "))),
                {{QStringLiteral("number"), change->numberText()},
                 {QStringLiteral("reasons"), QJsonArray::fromStringList(*failures)}});
            out << item;
            continue;
        }
        TransitionInput in;
        in.comment = comment;
        in.expectedVersion = change->version; // the version the guard passed
        auto approved = m_changes.apply(actor, n, Action::Approve, in);
        if (approved)
            item.change = *approved;
        else if (approved.error().kind() == ErrorKind::Storage)
            return approved.error();
        else
            item.refusal = approved.error();
        out << item;
    }
    return out;
}

} // namespace vigilo
