#include "Domain.h"
#include "Tr.h"

#include <QRegularExpression>

namespace vigilo {

namespace {

template <typename E> struct Names;

#define VIGILO_NAMES(E, ...)                                                                       \
    template <> struct Names<E> {                                                                  \
        static const QList<QPair<E, const char *>> &list()                                         \
        {                                                                                          \
            static const QList<QPair<E, const char *>> l = {__VA_ARGS__};                          \
            return l;                                                                              \
        }                                                                                          \
    };

VIGILO_NAMES(Role, {Role::Viewer, "viewer"}, {Role::Engineer, "engineer"},
             {Role::Approver, "approver"}, {Role::Admin, "admin"}, {Role::Owner, "owner"})
VIGILO_NAMES(ChangeType, {ChangeType::Standard, "standard"}, {ChangeType::Normal, "normal"},
             {ChangeType::Emergency, "emergency"})
VIGILO_NAMES(Priority, {Priority::Low, "low"}, {Priority::Medium, "medium"},
             {Priority::High, "high"}, {Priority::Critical, "critical"})
VIGILO_NAMES(RiskLevel, {RiskLevel::Low, "low"}, {RiskLevel::Medium, "medium"},
             {RiskLevel::High, "high"})
VIGILO_NAMES(ChangeStatus, {ChangeStatus::Draft, "draft"}, {ChangeStatus::Review, "review"},
             {ChangeStatus::Approved, "approved"}, {ChangeStatus::Scheduled, "scheduled"},
             {ChangeStatus::InProgress, "in_progress"}, {ChangeStatus::Completed, "completed"},
             {ChangeStatus::RolledBack, "rolled_back"}, {ChangeStatus::Rejected, "rejected"},
             {ChangeStatus::Cancelled, "cancelled"})
VIGILO_NAMES(ClosureCode, {ClosureCode::Successful, "successful"},
             {ClosureCode::SuccessfulWithIssues, "successful_with_issues"},
             {ClosureCode::Unsuccessful, "unsuccessful"})
VIGILO_NAMES(TaskStatus, {TaskStatus::Pending, "pending"}, {TaskStatus::InProgress, "in_progress"},
             {TaskStatus::Done, "done"}, {TaskStatus::Skipped, "skipped"})
VIGILO_NAMES(StepStatus, {StepStatus::Waiting, "waiting"}, {StepStatus::Pending, "pending"},
             {StepStatus::Approved, "approved"}, {StepStatus::Rejected, "rejected"},
             {StepStatus::Superseded, "superseded"})
VIGILO_NAMES(Action, {Action::Submit, "submit"}, {Action::Approve, "approve"},
             {Action::Reject, "reject"}, {Action::Schedule, "schedule"}, {Action::Start, "start"},
             {Action::Complete, "complete"}, {Action::Rollback, "rollback"},
             {Action::Reopen, "reopen"}, {Action::Cancel, "cancel"})
VIGILO_NAMES(Permission, {Permission::Read, "read"}, {Permission::ChangesCreate, "changes.create"},
             {Permission::ChangesExecute, "changes.execute"},
             {Permission::ChangesApprove, "changes.approve"},
             {Permission::ManageWorkspace, "workspace.manage"},
             {Permission::OverrideFreeze, "freeze.override"})

template <typename E> QString nameOf(E v)
{
    for (const auto &p : Names<E>::list())
        if (p.first == v)
            return QString::fromLatin1(p.second);
    return {};
}

template <typename E> std::optional<E> parse(const QString &s)
{
    const QString t = s.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &p : Names<E>::list())
        if (t == QLatin1String(p.second))
            return p.first;
    return std::nullopt;
}

template <typename E> QList<E> all()
{
    QList<E> out;
    for (const auto &p : Names<E>::list())
        out << p.first;
    return out;
}

} // namespace

QString toString(Role v) { return nameOf(v); }
QString toString(Permission v) { return nameOf(v); }
QString toString(ChangeType v) { return nameOf(v); }
QString toString(Priority v) { return nameOf(v); }
QString toString(RiskLevel v) { return nameOf(v); }
QString toString(ChangeStatus v) { return nameOf(v); }
QString toString(ClosureCode v) { return nameOf(v); }
QString toString(TaskStatus v) { return nameOf(v); }
QString toString(StepStatus v) { return nameOf(v); }
QString toString(Action v) { return nameOf(v); }

std::optional<Role> parseRole(const QString &s) { return parse<Role>(s); }
std::optional<ChangeType> parseChangeType(const QString &s) { return parse<ChangeType>(s); }
std::optional<Priority> parsePriority(const QString &s) { return parse<Priority>(s); }
std::optional<RiskLevel> parseRiskLevel(const QString &s) { return parse<RiskLevel>(s); }
std::optional<ChangeStatus> parseChangeStatus(const QString &s) { return parse<ChangeStatus>(s); }
std::optional<ClosureCode> parseClosureCode(const QString &s) { return parse<ClosureCode>(s); }
std::optional<TaskStatus> parseTaskStatus(const QString &s) { return parse<TaskStatus>(s); }
std::optional<StepStatus> parseStepStatus(const QString &s) { return parse<StepStatus>(s); }
std::optional<Action> parseAction(const QString &s) { return parse<Action>(s); }

QString label(Role v)
{
    switch (v) {
    case Role::Viewer: return CoreText::tr("Viewer");
    case Role::Engineer: return CoreText::tr("Engineer");
    case Role::Approver: return CoreText::tr("Approver");
    case Role::Admin: return CoreText::tr("Admin");
    case Role::Owner: return CoreText::tr("Owner");
    }
    return {};
}

QString label(ChangeType v)
{
    switch (v) {
    case ChangeType::Standard: return CoreText::tr("Standard");
    case ChangeType::Normal: return CoreText::tr("Normal");
    case ChangeType::Emergency: return CoreText::tr("Emergency");
    }
    return {};
}

QString label(Priority v)
{
    switch (v) {
    case Priority::Low: return CoreText::tr("Low", "priority");
    case Priority::Medium: return CoreText::tr("Medium", "priority");
    case Priority::High: return CoreText::tr("High", "priority");
    case Priority::Critical: return CoreText::tr("Critical", "priority");
    }
    return {};
}

QString label(RiskLevel v)
{
    switch (v) {
    case RiskLevel::Low: return CoreText::tr("Low", "risk");
    case RiskLevel::Medium: return CoreText::tr("Medium", "risk");
    case RiskLevel::High: return CoreText::tr("High", "risk");
    }
    return {};
}

QString label(ChangeStatus v)
{
    switch (v) {
    case ChangeStatus::Draft: return CoreText::tr("Draft");
    case ChangeStatus::Review: return CoreText::tr("In review");
    case ChangeStatus::Approved: return CoreText::tr("Approved", "change status");
    case ChangeStatus::Scheduled: return CoreText::tr("Scheduled");
    case ChangeStatus::InProgress: return CoreText::tr("In progress", "change status");
    case ChangeStatus::Completed: return CoreText::tr("Completed");
    case ChangeStatus::RolledBack: return CoreText::tr("Rolled back");
    case ChangeStatus::Rejected: return CoreText::tr("Rejected", "change status");
    case ChangeStatus::Cancelled: return CoreText::tr("Cancelled");
    }
    return {};
}

QString label(ClosureCode v)
{
    switch (v) {
    case ClosureCode::Successful: return CoreText::tr("Successful");
    case ClosureCode::SuccessfulWithIssues: return CoreText::tr("Successful with issues");
    case ClosureCode::Unsuccessful: return CoreText::tr("Unsuccessful");
    }
    return {};
}

QString label(TaskStatus v)
{
    switch (v) {
    case TaskStatus::Pending: return CoreText::tr("Pending", "task status");
    case TaskStatus::InProgress: return CoreText::tr("In progress", "task status");
    case TaskStatus::Done: return CoreText::tr("Done");
    case TaskStatus::Skipped: return CoreText::tr("Skipped");
    }
    return {};
}

QString label(StepStatus v)
{
    switch (v) {
    case StepStatus::Waiting: return CoreText::tr("Waiting");
    case StepStatus::Pending: return CoreText::tr("Awaiting decision");
    case StepStatus::Approved: return CoreText::tr("Approved", "approval step");
    case StepStatus::Rejected: return CoreText::tr("Rejected", "approval step");
    case StepStatus::Superseded: return CoreText::tr("Superseded");
    }
    return {};
}

QString label(Action v)
{
    switch (v) {
    case Action::Submit: return CoreText::tr("Submit for review");
    case Action::Approve: return CoreText::tr("Approve");
    case Action::Reject: return CoreText::tr("Reject");
    case Action::Schedule: return CoreText::tr("Schedule");
    case Action::Start: return CoreText::tr("Start");
    case Action::Complete: return CoreText::tr("Close change");
    case Action::Rollback: return CoreText::tr("Roll back");
    case Action::Reopen: return CoreText::tr("Reopen");
    case Action::Cancel: return CoreText::tr("Cancel change");
    }
    return {};
}

QList<Role> allRoles() { return all<Role>(); }
QList<ChangeType> allChangeTypes() { return all<ChangeType>(); }
QList<Priority> allPriorities() { return all<Priority>(); }
QList<RiskLevel> allRiskLevels() { return all<RiskLevel>(); }
QList<ChangeStatus> allChangeStatuses() { return all<ChangeStatus>(); }
QList<ClosureCode> allClosureCodes() { return all<ClosureCode>(); }
QList<Action> allActions() { return all<Action>(); }

bool roleAtLeast(Role role, Role minimum) { return int(role) >= int(minimum); }

bool roleHas(Role role, Permission permission)
{
    switch (permission) {
    case Permission::Read: return true;
    case Permission::ChangesCreate:
    case Permission::ChangesExecute: return roleAtLeast(role, Role::Engineer);
    case Permission::ChangesApprove: return roleAtLeast(role, Role::Approver);
    case Permission::ManageWorkspace:
    case Permission::OverrideFreeze: return roleAtLeast(role, Role::Admin);
    }
    return false;
}

bool isTerminal(ChangeStatus s)
{
    return s == ChangeStatus::Completed || s == ChangeStatus::RolledBack
        || s == ChangeStatus::Rejected || s == ChangeStatus::Cancelled;
}

bool isActive(ChangeStatus s)
{
    return s == ChangeStatus::Review || s == ChangeStatus::Approved
        || s == ChangeStatus::Scheduled || s == ChangeStatus::InProgress;
}

int defaultLeadTimeHours(ChangeType type)
{
    switch (type) {
    case ChangeType::Emergency: return 0;
    case ChangeType::Normal: return 24;
    case ChangeType::Standard: return 4;
    }
    return 24;
}

QString formatChangeNumber(int number)
{
    return QStringLiteral("CHG-%1").arg(number, 5, 10, QLatin1Char('0'));
}

std::optional<int> parseChangeNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:CHG-?)?0*(\\d{1,9})$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int n = m.captured(1).toInt(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    return n;
}

} // namespace vigilo
