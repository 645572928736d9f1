#pragma once
// The core's front door: every rule of the product, over one Store and one Clock.

#include "ApprovalEngine.h"
#include "ApprovalQueue.h"
#include "ApprovalSettings.h"
#include "AssetCsv.h"
#include "AssetInventory.h"
#include "AuditLog.h"
#include "BulkApproval.h"
#include "Cabs.h"
#include "CalendarExport.h"
#include "ChangeService.h"
#include "CsvImport.h"
#include "Delegations.h"
#include "Discussion.h"
#include "Impact.h"
#include "MaintenanceWindows.h"
#include "Meetings.h"
#include "Metrics.h"
#include "Planning.h"
#include "RiskAssessment.h"
#include "Runbook.h"
#include "SavedFilters.h"
#include "StandardTemplates.h"
#include "Subscriptions.h"
#include "Webhooks.h"
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
    ApprovalQueue &approvalQueue() { return m_queue; }
    StandardTemplates &templates() { return m_templates; }
    ApprovalEngine &approvals() { return m_approvals; }
    ApprovalPolicies &policies() { return m_policies; }
    Runbook &runbook() { return m_runbook; }
    Discussion &discussion() { return m_discussion; }
    AuditLog &audit() { return m_audit; }
    Planning &planning() { return m_planning; }
    RiskAssessment &risk() { return m_risk; }
    MaintenanceWindows &maintenance() { return m_maintenance; }
    Metrics &metrics() { return m_metrics; }
    CalendarExport &calendar() { return m_calendar; }
    ChangeCsv &csv() { return m_csv; }
    Webhooks &webhooks() { return m_webhooks; }
    Subscriptions &subscriptions() { return m_subscriptions; }
    AssetInventory &inventory() { return m_inventory; }
    Impact &impact() { return m_impact; }
    AssetCsv &assetCsv() { return m_assetCsv; }
    Delegations &delegations() { return m_delegations; }
    ApprovalSettingsService &approvalSettings() { return m_approvalSettings; }
    BulkApproval &bulkApproval() { return m_bulkApproval; }
    SavedFilters &savedFilters() { return m_savedFilters; }
    Cabs &cabs() { return m_cabs; }
    Meetings &meetings() { return m_meetings; }

private:
    Store &m_store;
    const Clock &m_clock;
    AuditLog m_audit;
    ApprovalPolicies m_policies;
    ApprovalEngine m_approvals;
    WorkspaceService m_workspaces;
    ChangeService m_changes;
    ApprovalQueue m_queue;
    StandardTemplates m_templates;
    Runbook m_runbook;
    Discussion m_discussion;
    Planning m_planning;
    RiskAssessment m_risk;
    MaintenanceWindows m_maintenance;
    Metrics m_metrics;
    CalendarExport m_calendar;
    ChangeCsv m_csv;
    Webhooks m_webhooks;
    Subscriptions m_subscriptions;
    AssetInventory m_inventory;
    Impact m_impact;
    AssetCsv m_assetCsv;
    Delegations m_delegations;
    ApprovalSettingsService m_approvalSettings;
    BulkApproval m_bulkApproval;
    SavedFilters m_savedFilters;
    Cabs m_cabs;
    Meetings m_meetings;
};

} // namespace vigilo
