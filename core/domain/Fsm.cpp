#include "Fsm.h"

#include "Tr.h"

#include <QJsonArray>

namespace vigilo::fsm {

const QList<Move> &moves()
{
    using S = ChangeStatus;
    static const QList<Move> table = {
        // Submit: review, or approved for a standard change (pre-approved).
        {S::Draft, S::Review, Types::NotStandard, Action::Submit},
        {S::Draft, S::Approved, Types::StandardOnly, Action::Submit},
        // Approve: the last satisfied step approves the change (earlier ones keep it in review).
        {S::Review, S::Approved, Types::Any, Action::Approve},
        {S::Review, S::Rejected, Types::Any, Action::Reject},
        {S::Approved, S::Scheduled, Types::Any, Action::Schedule},
        {S::Scheduled, S::InProgress, Types::Any, Action::Start},
        {S::InProgress, S::Completed, Types::Any, Action::Complete},
        {S::InProgress, S::RolledBack, Types::Any, Action::Rollback},
        {S::Completed, S::InProgress, Types::Any, Action::Reopen},
        {S::Draft, S::Cancelled, Types::Any, Action::Cancel},
        {S::Review, S::Cancelled, Types::Any, Action::Cancel},
        {S::Approved, S::Cancelled, Types::Any, Action::Cancel},
        {S::Scheduled, S::Cancelled, Types::Any, Action::Cancel},
        // A material edit after submission: a normal or emergency change is reviewed again, a
        // standard change goes back to draft (it is submitted again, pre-approved).
        {S::Approved, S::Review, Types::NotStandard, std::nullopt},
        {S::Scheduled, S::Review, Types::NotStandard, std::nullopt},
        {S::Review, S::Draft, Types::StandardOnly, std::nullopt},
        {S::Approved, S::Draft, Types::StandardOnly, std::nullopt},
        {S::Scheduled, S::Draft, Types::StandardOnly, std::nullopt},
    };
    return table;
}

QList<ChangeStatus> fromStatuses(Action action)
{
    QList<ChangeStatus> out;
    for (const Move &m : moves())
        if (m.action == action && !out.contains(m.from))
            out << m.from;
    return out;
}

Error invalidTransition(const QString &numberText, ChangeStatus status, Action action)
{
    QJsonArray from;
    for (ChangeStatus s : fromStatuses(action))
        from.append(toString(s));
    return Error::rule(QStringLiteral("invalid_transition"),
                       CoreText::tr("%1 is %2; \"%3\" is not possible from there.")
                           .arg(numberText, label(status), label(action)),
                       {{QStringLiteral("action"), toString(action)},
                        {QStringLiteral("status"), toString(status)},
                        {QStringLiteral("allowed_from"), from}});
}

bool allows(ChangeStatus from, ChangeStatus to, ChangeType type)
{
    if (from == to)
        return true;
    for (const Move &m : moves()) {
        if (m.from != from || m.to != to)
            continue;
        if (m.types == Types::Any
            || (m.types == Types::StandardOnly) == (type == ChangeType::Standard))
            return true;
    }
    return false;
}

} // namespace vigilo::fsm
