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
VIGILO_NAMES(Criticality, {Criticality::Low, "low"}, {Criticality::Medium, "medium"},
             {Criticality::High, "high"}, {Criticality::Critical, "critical"})
VIGILO_NAMES(RelationKind, {RelationKind::RunsOn, "runs_on"},
             {RelationKind::DependsOn, "depends_on"}, {RelationKind::PartOf, "part_of"})
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
    // The stored and sent form first, without copying (lists read thousands).
    for (const auto &p : Names<E>::list())
        if (s == QLatin1String(p.second))
            return p.first;
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

QString toString(Role v)
{
    return nameOf(v);
}
QString toString(Permission v)
{
    return nameOf(v);
}
QString toString(ChangeType v)
{
    return nameOf(v);
}
QString toString(Priority v)
{
    return nameOf(v);
}
QString toString(RiskLevel v)
{
    return nameOf(v);
}
QString toString(ChangeStatus v)
{
    return nameOf(v);
}
QString toString(ClosureCode v)
{
    return nameOf(v);
}
QString toString(TaskStatus v)
{
    return nameOf(v);
}
QString toString(StepStatus v)
{
    return nameOf(v);
}
QString toString(Action v)
{
    return nameOf(v);
}
QString toString(Criticality v)
{
    return nameOf(v);
}
QString toString(RelationKind v)
{
    return nameOf(v);
}

std::optional<Role> parseRole(const QString &s)
{
    return parse<Role>(s);
}
std::optional<ChangeType> parseChangeType(const QString &s)
{
    return parse<ChangeType>(s);
}
std::optional<Priority> parsePriority(const QString &s)
{
    return parse<Priority>(s);
}
std::optional<RiskLevel> parseRiskLevel(const QString &s)
{
    return parse<RiskLevel>(s);
}
std::optional<ChangeStatus> parseChangeStatus(const QString &s)
{
    return parse<ChangeStatus>(s);
}
std::optional<ClosureCode> parseClosureCode(const QString &s)
{
    return parse<ClosureCode>(s);
}
std::optional<TaskStatus> parseTaskStatus(const QString &s)
{
    return parse<TaskStatus>(s);
}
std::optional<StepStatus> parseStepStatus(const QString &s)
{
    return parse<StepStatus>(s);
}
std::optional<Action> parseAction(const QString &s)
{
    return parse<Action>(s);
}
std::optional<Criticality> parseCriticality(const QString &s)
{
    return parse<Criticality>(s);
}
std::optional<RelationKind> parseRelationKind(const QString &s)
{
    return parse<RelationKind>(s);
}

namespace {
QString translatedLabel(LabelSource s)
{
    return CoreText::tr(s.source, s.comment);
}
} // namespace

LabelSource labelSource(Role v)
{
    switch (v) {
    case Role::Viewer: return {QT_TRANSLATE_NOOP("Vigilo", "Viewer"), nullptr};
    case Role::Engineer: return {QT_TRANSLATE_NOOP("Vigilo", "Engineer"), nullptr};
    case Role::Approver: return {QT_TRANSLATE_NOOP("Vigilo", "Approver"), nullptr};
    case Role::Admin: return {QT_TRANSLATE_NOOP("Vigilo", "Admin"), nullptr};
    case Role::Owner: return {QT_TRANSLATE_NOOP("Vigilo", "Owner"), nullptr};
    }
    return {"", nullptr};
}

QString label(Role v)
{
    return translatedLabel(labelSource(v));
}

LabelSource labelSource(ChangeType v)
{
    switch (v) {
    case ChangeType::Standard: return {QT_TRANSLATE_NOOP("Vigilo", "Standard"), nullptr};
    case ChangeType::Normal: return {QT_TRANSLATE_NOOP("Vigilo", "Normal"), nullptr};
    case ChangeType::Emergency: return {QT_TRANSLATE_NOOP("Vigilo", "Emergency"), nullptr};
    }
    return {"", nullptr};
}

QString label(ChangeType v)
{
    return translatedLabel(labelSource(v));
}

LabelSource labelSource(Priority v)
{
    switch (v) {
    case Priority::Low: return QT_TRANSLATE_NOOP3("Vigilo", "Low", "priority");
    case Priority::Medium: return QT_TRANSLATE_NOOP3("Vigilo", "Medium", "priority");
    case Priority::High: return QT_TRANSLATE_NOOP3("Vigilo", "High", "priority");
    case Priority::Critical: return QT_TRANSLATE_NOOP3("Vigilo", "Critical", "priority");
    }
    return {"", nullptr};
}

QString label(Priority v)
{
    return translatedLabel(labelSource(v));
}

LabelSource labelSource(RiskLevel v)
{
    switch (v) {
    case RiskLevel::Low: return QT_TRANSLATE_NOOP3("Vigilo", "Low", "risk");
    case RiskLevel::Medium: return QT_TRANSLATE_NOOP3("Vigilo", "Medium", "risk");
    case RiskLevel::High: return QT_TRANSLATE_NOOP3("Vigilo", "High", "risk");
    }
    return {"", nullptr};
}

QString label(RiskLevel v)
{
    return translatedLabel(labelSource(v));
}

LabelSource labelSource(ChangeStatus v)
{
    switch (v) {
    case ChangeStatus::Draft: return {QT_TRANSLATE_NOOP("Vigilo", "Draft"), nullptr};
    case ChangeStatus::Review: return {QT_TRANSLATE_NOOP("Vigilo", "In review"), nullptr};
    case ChangeStatus::Approved: return QT_TRANSLATE_NOOP3("Vigilo", "Approved", "change status");
    case ChangeStatus::Scheduled: return {QT_TRANSLATE_NOOP("Vigilo", "Scheduled"), nullptr};
    case ChangeStatus::InProgress:
        return QT_TRANSLATE_NOOP3("Vigilo", "In progress", "change status");
    case ChangeStatus::Completed: return {QT_TRANSLATE_NOOP("Vigilo", "Completed"), nullptr};
    case ChangeStatus::RolledBack: return {QT_TRANSLATE_NOOP("Vigilo", "Rolled back"), nullptr};
    case ChangeStatus::Rejected: return QT_TRANSLATE_NOOP3("Vigilo", "Rejected", "change status");
    case ChangeStatus::Cancelled: return {QT_TRANSLATE_NOOP("Vigilo", "Cancelled"), nullptr};
    }
    return {"", nullptr};
}

QString label(ChangeStatus v)
{
    return translatedLabel(labelSource(v));
}

LabelSource labelSource(ClosureCode v)
{
    switch (v) {
    case ClosureCode::Successful: return {QT_TRANSLATE_NOOP("Vigilo", "Successful"), nullptr};
    case ClosureCode::SuccessfulWithIssues:
        return {QT_TRANSLATE_NOOP("Vigilo", "Successful with issues"), nullptr};
    case ClosureCode::Unsuccessful: return {QT_TRANSLATE_NOOP("Vigilo", "Unsuccessful"), nullptr};
    }
    return {"", nullptr};
}

QString label(ClosureCode v)
{
    return translatedLabel(labelSource(v));
}

LabelSource labelSource(TaskStatus v)
{
    switch (v) {
    case TaskStatus::Pending: return QT_TRANSLATE_NOOP3("Vigilo", "Pending", "task status");
    case TaskStatus::InProgress: return QT_TRANSLATE_NOOP3("Vigilo", "In progress", "task status");
    case TaskStatus::Done: return {QT_TRANSLATE_NOOP("Vigilo", "Done"), nullptr};
    case TaskStatus::Skipped: return {QT_TRANSLATE_NOOP("Vigilo", "Skipped"), nullptr};
    }
    return {"", nullptr};
}

QString label(TaskStatus v)
{
    return translatedLabel(labelSource(v));
}

LabelSource labelSource(StepStatus v)
{
    switch (v) {
    case StepStatus::Waiting: return {QT_TRANSLATE_NOOP("Vigilo", "Waiting"), nullptr};
    case StepStatus::Pending: return {QT_TRANSLATE_NOOP("Vigilo", "Awaiting decision"), nullptr};
    case StepStatus::Approved: return QT_TRANSLATE_NOOP3("Vigilo", "Approved", "approval step");
    case StepStatus::Rejected: return QT_TRANSLATE_NOOP3("Vigilo", "Rejected", "approval step");
    case StepStatus::Superseded: return {QT_TRANSLATE_NOOP("Vigilo", "Superseded"), nullptr};
    }
    return {"", nullptr};
}

QString label(StepStatus v)
{
    return translatedLabel(labelSource(v));
}

LabelSource labelSource(Action v)
{
    switch (v) {
    case Action::Submit: return {QT_TRANSLATE_NOOP("Vigilo", "Submit for review"), nullptr};
    case Action::Approve: return {QT_TRANSLATE_NOOP("Vigilo", "Approve"), nullptr};
    case Action::Reject: return {QT_TRANSLATE_NOOP("Vigilo", "Reject"), nullptr};
    case Action::Schedule: return {QT_TRANSLATE_NOOP("Vigilo", "Schedule"), nullptr};
    case Action::Start: return {QT_TRANSLATE_NOOP("Vigilo", "Start"), nullptr};
    case Action::Complete: return {QT_TRANSLATE_NOOP("Vigilo", "Complete change"), nullptr};
    case Action::Rollback: return {QT_TRANSLATE_NOOP("Vigilo", "Roll back"), nullptr};
    case Action::Reopen: return {QT_TRANSLATE_NOOP("Vigilo", "Reopen"), nullptr};
    case Action::Cancel: return {QT_TRANSLATE_NOOP("Vigilo", "Cancel change"), nullptr};
    }
    return {"", nullptr};
}

QString label(Action v)
{
    return translatedLabel(labelSource(v));
}

LabelSource labelSource(Criticality v)
{
    switch (v) {
    case Criticality::Low: return QT_TRANSLATE_NOOP3("Vigilo", "Low", "criticality");
    case Criticality::Medium: return QT_TRANSLATE_NOOP3("Vigilo", "Medium", "criticality");
    case Criticality::High: return QT_TRANSLATE_NOOP3("Vigilo", "High", "criticality");
    case Criticality::Critical: return QT_TRANSLATE_NOOP3("Vigilo", "Critical", "criticality");
    }
    return {"", nullptr};
}

QString label(Criticality v)
{
    return translatedLabel(labelSource(v));
}

LabelSource labelSource(RelationKind v)
{
    switch (v) {
    case RelationKind::RunsOn: return QT_TRANSLATE_NOOP3("Vigilo", "runs on", "asset relationship");
    case RelationKind::DependsOn:
        return QT_TRANSLATE_NOOP3("Vigilo", "depends on", "asset relationship");
    case RelationKind::PartOf: return QT_TRANSLATE_NOOP3("Vigilo", "part of", "asset relationship");
    }
    return {"", nullptr};
}

QString label(RelationKind v)
{
    return translatedLabel(labelSource(v));
}

QList<Role> allRoles()
{
    return all<Role>();
}
QList<ChangeType> allChangeTypes()
{
    return all<ChangeType>();
}
QList<Priority> allPriorities()
{
    return all<Priority>();
}
QList<RiskLevel> allRiskLevels()
{
    return all<RiskLevel>();
}
QList<ChangeStatus> allChangeStatuses()
{
    return all<ChangeStatus>();
}
QList<ClosureCode> allClosureCodes()
{
    return all<ClosureCode>();
}
QList<Action> allActions()
{
    return all<Action>();
}
QList<Criticality> allCriticalities()
{
    return all<Criticality>();
}
QList<RelationKind> allRelationKinds()
{
    return all<RelationKind>();
}

bool roleAtLeast(Role role, Role minimum)
{
    return int(role) >= int(minimum);
}

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
    return s == ChangeStatus::Review || s == ChangeStatus::Approved || s == ChangeStatus::Scheduled
           || s == ChangeStatus::InProgress;
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
