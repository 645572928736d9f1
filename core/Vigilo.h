#pragma once
// The core's front door: every rule of the product, over one Store and one Clock.

#include "ApprovalEngine.h"
#include "AuditLog.h"
#include "ChangeService.h"
#include "Discussion.h"
#include "Planning.h"
#include "Runbook.h"
#include "WorkspaceService.h"

namespace vigilo {

class Store;
class Clock;

class Vigilo final {
public:
    Vigilo(Store &store, const Clock &clock);

    Store &store() { return m_store; }
    const Clock &clock() const { return m_clock; }

    WorkspaceService &workspaces() { return m_workspaces; }
    ChangeService &changes() { return m_changes; }
    ApprovalEngine &approvals() { return m_approvals; }
    Runbook &runbook() { return m_runbook; }
    Discussion &discussion() { return m_discussion; }
    AuditLog &audit() { return m_audit; }
    Planning &planning() { return m_planning; }

private:
    Store &m_store;
    const Clock &m_clock;
    AuditLog m_audit;
    ApprovalEngine m_approvals;
    WorkspaceService m_workspaces;
    ChangeService m_changes;
    Runbook m_runbook;
    Discussion m_discussion;
    Planning m_planning;
};

} // namespace vigilo
