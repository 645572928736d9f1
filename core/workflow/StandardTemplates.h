#pragma once
// The catalogue of pre-approved standard changes. A change made from a template is `standard`:
// it skips review and approval, so what was pre-approved (plans, assets) cannot be changed on it.

#include "Actor.h"
#include "Error.h"
#include "Inputs.h"

namespace vigilo {

class Store;
class Clock;
class AuditLog;
class ChangeService;

struct ChangeTemplate {
    qint64 id = 0;
    QString name;
    QString title;
    QString description;
    QString implementationPlan;
    QString rollbackPlan;
    QString testPlan;
    QStringList assets;
    Priority priority = Priority::Low;
    std::optional<RiskLevel> riskLevel;
    int minLeadTimeHours = 4;
    bool active = true;
    QJsonObject toJson() const;
};

class StandardTemplates final {
public:
    StandardTemplates(Store &store, const Clock &clock, AuditLog &audit, ChangeService &changes)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
        , m_changes(changes)
    {}

    Result<ChangeTemplate> add(const Actor &actor, const ChangeTemplate &tmpl); // admins
    Result<ChangeTemplate> setActive(const Actor &actor, const QString &name, bool active);
    Result<QList<ChangeTemplate>> list(const Actor &actor) const;
    Result<ChangeTemplate> get(const Actor &actor, const QString &name) const;

    // A new standard change from the template. `overrides` may set the window, assignee,
    // dependencies, priority, title and description; plans, assets and type come from the template.
    Result<ChangeRequest> instantiate(const Actor &actor, const QString &name,
                                      const ChangeDraft &overrides);

private:
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
    ChangeService &m_changes;
};

} // namespace vigilo
