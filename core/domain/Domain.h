#pragma once
// The domain's vocabulary: roles, permissions, statuses and the other enumerations,
// with their stable wire names (the seed's spelling) and translated labels.

#include <QList>
#include <QString>

#include <optional>

namespace vigilo {

enum class Role { Viewer, Engineer, Approver, Admin, Owner };
enum class Permission {
    Read,
    ChangesCreate,
    ChangesExecute,
    ChangesApprove,
    ManageWorkspace,
    OverrideFreeze
};
enum class ChangeType { Standard, Normal, Emergency };
enum class Priority { Low, Medium, High, Critical };
enum class RiskLevel { Low, Medium, High };
enum class ChangeStatus {
    Draft,
    Review,
    Approved,
    Scheduled,
    InProgress,
    Completed,
    RolledBack,
    Rejected,
    Cancelled
};
enum class ClosureCode { Successful, SuccessfulWithIssues, Unsuccessful };
enum class TaskStatus { Pending, InProgress, Done, Skipped };
enum class StepStatus { Waiting, Pending, Approved, Rejected, Superseded };
enum class Action { Submit, Approve, Reject, Schedule, Start, Complete, Rollback, Reopen, Cancel };
// How much an asset matters to the business (issue 16): a critical one raises a change's risk.
enum class Criticality { Low, Medium, High, Critical };
// A typed, directed link between two assets of one workspace: "A runs_on B", "A depends_on B",
// "A part_of B" (B is a service made of components such as A).
enum class RelationKind { RunsOn, DependsOn, PartOf };

// Wire names ("in_progress", "successful_with_issues", ...) and their parsers.
QString toString(Role v);
QString toString(Permission v);
QString toString(ChangeType v);
QString toString(Priority v);
QString toString(RiskLevel v);
QString toString(ChangeStatus v);
QString toString(ClosureCode v);
QString toString(TaskStatus v);
QString toString(StepStatus v);
QString toString(Action v);
QString toString(Criticality v);
QString toString(RelationKind v);

std::optional<Role> parseRole(const QString &s);
std::optional<ChangeType> parseChangeType(const QString &s);
std::optional<Priority> parsePriority(const QString &s);
std::optional<RiskLevel> parseRiskLevel(const QString &s);
std::optional<ChangeStatus> parseChangeStatus(const QString &s);
std::optional<ClosureCode> parseClosureCode(const QString &s);
std::optional<TaskStatus> parseTaskStatus(const QString &s);
std::optional<StepStatus> parseStepStatus(const QString &s);
std::optional<Action> parseAction(const QString &s);
std::optional<Criticality> parseCriticality(const QString &s);
std::optional<RelationKind> parseRelationKind(const QString &s);

// Translated labels for people ("In progress", "Rolled back", ...).
QString label(Role v);
QString label(ChangeType v);
QString label(Priority v);
QString label(RiskLevel v);
QString label(ChangeStatus v);
QString label(ClosureCode v);
QString label(TaskStatus v);
QString label(StepStatus v);
QString label(Action v);
QString label(Criticality v);
QString label(RelationKind v); // "runs on", "depends on", "part of"

// The untranslated source of each label (translation context "Vigilo", with its
// disambiguation), for a translator other than the installed one: an evidence pack is
// printed in the workspace's language whatever the language of the person exporting it.
struct LabelSource {
    const char *source;
    const char *comment;
};
LabelSource labelSource(Role v);
LabelSource labelSource(ChangeType v);
LabelSource labelSource(Priority v);
LabelSource labelSource(RiskLevel v);
LabelSource labelSource(ChangeStatus v);
LabelSource labelSource(ClosureCode v);
LabelSource labelSource(TaskStatus v);
LabelSource labelSource(StepStatus v);
LabelSource labelSource(Action v);
LabelSource labelSource(Criticality v);
LabelSource labelSource(RelationKind v);

QList<Role> allRoles();
QList<ChangeType> allChangeTypes();
QList<Priority> allPriorities();
QList<RiskLevel> allRiskLevels();
QList<ChangeStatus> allChangeStatuses();
QList<ClosureCode> allClosureCodes();
QList<Action> allActions();
QList<Criticality> allCriticalities();
QList<RelationKind> allRelationKinds();

// Roles are hierarchical: each has the permissions of those below it.
bool roleHas(Role role, Permission permission);
bool roleAtLeast(Role role, Role minimum);

bool isTerminal(ChangeStatus s);
// review, approved, scheduled, in_progress: the statuses that count for conflicts.
bool isActive(ChangeStatus s);

int defaultLeadTimeHours(ChangeType type); // emergency 0, normal 24, standard 4

// "CHG-00042" and back; parseChangeNumber also accepts "42" and "chg-42".
QString formatChangeNumber(int number);
std::optional<int> parseChangeNumber(const QString &text);

} // namespace vigilo
