#pragma once
// JSON codecs of the API. Results travel as the entities' own toJson(); decode() reads them
// back into typed values for the client (toJson(decode(x)) == x, tst_api checks it). Inputs
// travel as request parameters: the *Params() encoders write what the method declarations of
// Api*.cpp read, next to them here so that the two cannot drift.

#include "Error.h"
#include "Inputs.h"

#include "ApprovalPolicies.h"
#include "ApprovalSettings.h"
#include "AuditLog.h"
#include "CsvImport.h"
#include "MaintenanceWindows.h"
#include "Meetings.h"
#include "Metrics.h"
#include "Planning.h"
#include "RiskAssessment.h"
#include "StandardTemplates.h"
#include "Subscriptions.h"
#include "Webhooks.h"
#include "WorkspaceService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigilo::api {

// One reader per result type; a document that is not an object leaves the defaults.
void read(const QJsonObject &o, Workspace &out);
void read(const QJsonObject &o, Member &out);
void read(const QJsonObject &o, AdminRights &out);
void read(const QJsonObject &o, Asset &out);
void read(const QJsonObject &o, FreezeWindow &out);
void read(const QJsonObject &o, DependencyRef &out);
void read(const QJsonObject &o, ChangeRequest &out);
void read(const QJsonObject &o, ChangeSummary &out);
void read(const QJsonObject &o, ChangeTask &out);
void read(const QJsonObject &o, ApprovalDecision &out);
void read(const QJsonObject &o, ApprovalStep &out);
void read(const QJsonObject &o, Comment &out);
void read(const QJsonObject &o, Attachment &out);
void read(const QJsonObject &o, AuditEvent &out);
void read(const QJsonObject &o, AuditProblem &out);
void read(const QJsonObject &o, AuditVerification &out);
void read(const QJsonObject &o, Conflict &out);
void read(const QJsonObject &o, ImpactItem &out);
void read(const QJsonObject &o, ImpactExclusion &out);
void read(const QJsonObject &o, ImpactReport &out);
void read(const QJsonObject &o, ConflictSummary &out);
void read(const QJsonObject &o, SimilarChange &out);
void read(const QJsonObject &o, FreeSlot &out);
void read(const QJsonObject &o, RiskQuestion &out);
void read(const QJsonObject &o, RiskCondition &out);
void read(const QJsonObject &o, RiskProfile &out);
void read(const QJsonObject &o, MetricFigure &out);
void read(const QJsonObject &o, MetricsReport &out);
void read(const QJsonObject &o, MetricsTrend &out);
void read(const QJsonObject &o, CsvRowError &out);
void read(const QJsonObject &o, CsvPreviewRow &out);
void read(const QJsonObject &o, CsvPreview &out);
void read(const QJsonObject &o, ApprovalPolicyStep &out);
void read(const QJsonObject &o, ApprovalPolicy &out);
void read(const QJsonObject &o, PolicyExplanation &out);
void read(const QJsonObject &o, ChangeTemplate &out);
void read(const QJsonObject &o, MaintenanceWindow &out);
void read(const QJsonObject &o, WebhookEndpoint &out);
void read(const QJsonObject &o, OutboxItem &out);
void read(const QJsonObject &o, DeliveryAttempt &out);
void read(const QJsonObject &o, Subscription &out);
void read(const QJsonObject &o, SubscriptionEvent &out);
void read(const QJsonObject &o, Delegation &out);
void read(const QJsonObject &o, ApprovalSettings &out);
// CAB meetings (MeetingCodecs.cpp).
void read(const QJsonObject &o, AgendaItem &out);
void read(const QJsonObject &o, Attendance &out);
void read(const QJsonObject &o, Meeting &out);
void read(const QJsonObject &o, MeetingSummary &out);
void read(const QJsonObject &o, Cab &out);
// calendar.range's answer; the changes carry no database id.
void read(const QJsonObject &o, CalendarRange &out);

// A malformed answer: the server speaks another protocol, or a proxy is in the way.
Error malformed(const QString &what);

template <typename T> Result<T> decode(const QJsonValue &v)
{
    if (!v.isObject())
        return malformed(QStringLiteral("object"));
    T out;
    read(v.toObject(), out);
    return out;
}

template <typename T> Result<QList<T>> decodeList(const QJsonValue &v)
{
    if (!v.isArray())
        return malformed(QStringLiteral("list"));
    QList<T> out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject())
            return malformed(QStringLiteral("list of objects"));
        T t;
        read(item.toObject(), t);
        out << t;
    }
    return out;
}

// Inputs as request parameters (the method declarations in Api*.cpp read exactly these).
QJsonObject draftParams(const ChangeDraft &draft);
QJsonObject transitionParams(const TransitionInput &input);
QJsonObject filterParams(const ChangeFilter &filter);
QJsonObject freezeParams(const FreezeWindowInput &input);
// csv.import and asset.import: the file's bytes, dry_run, delimiter and encoding.
QJsonObject csvImportParams(const QByteArray &data, bool dryRun, const CsvReading &how);
QJsonObject policyParams(const ApprovalPolicy &policy);
QJsonObject templateParams(const ChangeTemplate &tmpl);
QJsonObject questionParams(const RiskQuestion &question);
QJsonObject maintenanceParams(const MaintenanceWindow &window);
QJsonObject metricsParams(const MetricsQuery &query);
QJsonObject endpointParams(const WebhookEndpointInput &input);
// approval_settings.set: only the settings the change sets.
QJsonObject approvalSettingsParams(const ApprovalSettingsChange &change);

} // namespace vigilo::api
