#include "Vigilo.h"

namespace vigilo {

Vigilo::Vigilo(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_audit(store, clock)
    , m_policies(store, clock, m_audit)
    , m_approvals(store, clock, m_audit, m_policies)
    , m_workspaces(store, clock, m_audit)
    , m_changes(store, clock, m_audit, m_approvals)
    , m_queue(m_changes, m_approvals)
    , m_templates(store, clock, m_audit, m_changes)
    , m_runbook(store, clock, m_audit)
    , m_discussion(store, clock, m_audit)
    , m_planning(store, clock)
    , m_risk(store, clock, m_audit, m_approvals, m_planning)
    , m_maintenance(store, clock, m_audit)
    , m_metrics(store, clock)
    , m_calendar(store, clock)
    , m_csv(store, m_changes)
    , m_webhooks(store, clock, m_audit)
    , m_subscriptions(store, clock, m_audit)
    , m_inventory(store, clock, m_audit)
    , m_impact(store, clock, m_audit)
    , m_assetCsv(store, m_inventory)
    , m_delegations(store, clock, m_audit, m_approvals)
    , m_approvalSettings(store, m_audit)
    , m_bulkApproval(store, m_changes, m_planning)
    , m_savedFilters(store, clock)
    , m_cabs(store, clock, m_audit)
    , m_meetings(store, clock, m_audit, m_cabs, m_changes, m_discussion)
{}

} // namespace vigilo
