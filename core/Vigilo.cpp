#include "Vigilo.h"

namespace vigilo {

Vigilo::Vigilo(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_audit(store, clock)
    , m_approvals(store, clock, m_audit)
    , m_workspaces(store, clock, m_audit)
    , m_changes(store, clock, m_audit, m_approvals)
    , m_runbook(store, clock, m_audit)
    , m_discussion(store, clock, m_audit)
    , m_planning(store, clock)
{
}

} // namespace vigilo
