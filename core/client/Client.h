#pragma once
// What a user can ask Vigilo for, shaped by what a screen or a command needs in one go. One
// interface, two ways to reach the core: in process on a database (LocalTransport) or on a
// team server over the network (RemoteTransport, library vigilo_remote). Both go through the
// one method table of core/api, so the answers cannot differ. Every call has a synchronous form
// (the CLI waits); the calls a screen makes when it opens also return a QFuture, continued with
// .then(context, ...) so that the GUI's thread never waits on the network.

#include "Actor.h"
#include "Answer.h"
#include "ApprovalQueue.h"
#include "AssetCodecs.h"
#include "BulkApproval.h"
#include "Codecs.h"
#include "Meetings.h"
#include "SavedFilters.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <optional>

namespace vigilo::client {

// How a call reaches the method table.
class Transport {
public:
    virtual ~Transport() = default;
    virtual Result<QJsonValue> call(const QString &method, const QJsonObject &params) = 0;
    virtual QFuture<Result<QJsonValue>> callAsync(const QString &method,
                                                  const QJsonObject &params) = 0;
    // For messages: the file, the database or the server's address.
    virtual QString location() const = 0;
    virtual bool isRemote() const = 0;
    // Who acts: --as on a database; on a server the account it says is signed in (known once
    // the first answer came back).
    virtual QString username() const = 0;
    // Waits for a call's answer (the synchronous form of an ...Async method, the CLI's way). In
    // process the answer is there before the call returns; a remote transport turns the event
    // loop until it came, or says that it did not in time.
    virtual Status waitFor(const QFuture<void> &answer);
};

// "Open change N": everything its screen shows, in one round trip.
struct ChangeView {
    ChangeRequest change;
    QList<ApprovalStep> steps;
    QList<ChangeTask> tasks;
    QList<Action> availableActions;
    bool canEdit = false;
    std::optional<ConflictSummary> conflicts; // unless asked without
    std::optional<QList<AuditEvent>> history; // unless asked without
    std::optional<Role> role;                 // the caller's role now
    std::optional<RiskProfile> risk;          // when asked for (ChangeOpenOptions)
    std::optional<QList<Member>> assignees;   // when asked for and the caller may edit
    // The parts that could not be read (asked for partial): "conflicts_summary", "history",
    // "risk", ... with why.
    QHash<QString, Error> unreadable;
};

// What change.open adds for the change's own screen (ChangeDetailView).
struct ChangeOpenOptions {
    bool withRisk = false;
    bool withAssignees = false;
    bool partial = false; // a part that cannot be read goes into ChangeView::unreadable
};

struct MemberAdded {
    Member member;
    QString enrollmentCode; // on a server, for a member without a password yet
    QDateTime enrollmentExpiresAt;
};

struct DatabaseInfo {
    QString backend;
    int schemaVersion = 0;
};

struct DemoSummary {
    QString slug;
    int changes = 0;
    int members = 0;
    int assets = 0;
    qint64 auditEvents = 0;
    int relations = 0;
};

struct DemoRequest {
    std::optional<int> changes;
    std::optional<int> assets; // generated assets (issue 16)
    std::optional<quint32> seed;
    QString anchor; // "2026-12-01", empty: today
};

struct MetricsAnswer {
    MetricsReport report;
    std::optional<MetricsTrend> trend;
};

struct CsvImportAnswer {
    CsvPreview preview;
    QList<int> created; // empty for a dry run or an invalid file
};

struct AssetImportAnswer {
    AssetCsvReport report;
    bool imported = false; // false for a dry run or an invalid file
};

struct RiskQuestionnaire {
    QList<RiskQuestion> questions;
    int requiredAnswers = 0;
};

// The Approval queue page (approval.queue): the queue, and why bulk approval is refused to the
// caller (unset: it is open to them).
struct ApprovalQueueAnswer {
    QList<ApprovalQueueItem> items;
    std::optional<Error> bulkRefusal;
};

// A change's approval steps and whether the caller may approve or reject it now, with the
// core's reason when not (change.steps).
struct ApprovalStepsAnswer {
    QList<ApprovalStep> steps;
    QList<Answer<Action>> decisions; // Approve and Reject
};

// What the Administration window shows (workspace.administration).
struct Administration {
    AdminRights rights;
    Workspace workspace;
    QList<Member> members;
    QList<FreezeWindow> freezeWindows;
    QList<ApprovalPolicy> policies;
    QList<ChangeTemplate> templates;
    RiskQuestionnaire risk;
};

// The Webhooks window (webhook.overview): what the caller may manage, with the core's reason
// when not, the endpoints and the delivery log.
struct WebhookOverview {
    AdminRights rights;
    QList<WebhookEndpoint> endpoints;
    QList<DeliveryAttempt> log;
};

// A pack the team server printed and signed (pack.export): what it says about itself, and its
// bytes.
struct ServerPack {
    QString number; // "CHG-00042"
    QString digest; // the evidence digest, what pack.manifest names it by
    int pages = 0;
    QByteArray pdf;
};

// An audit sample's manifest signed by the team server (pack.manifest): the four files by name
// (manifest.json, manifest.json.p7s, manifest.csv, manifest.csv.p7s).
struct ServerManifest {
    QList<QPair<QString, QByteArray>> files;
};

// CAB mode's room (meeting.now, and every meeting write asked with `room`): the meeting with its
// agenda, attendance, quorum and late additions, and its current item with everything the
// projector's card shows, in one answer.
struct CabItemView {
    AgendaItem item;
    ChangeRequest change;
    QList<ApprovalStep> steps;
    RiskProfile risk;
    ConflictSummary conflicts;
    ImpactReport impact;
    QList<SimilarChange> similar;
};

struct MeetingRoom {
    Meeting meeting;
    qint64 seq = 0;                     // the workspace's audit sequence number as of the answer
    std::optional<CabItemView> current; // a meeting in progress with an undecided item (or a
                                        // planned one's first item, as a preview)
};

// CAB mode's first page: the meetings (newest first) and the CABs to hold one of.
struct MeetingsOverview {
    QList<MeetingSummary> meetings;
    QList<Cab> cabs;
};

class Client final {
public:
    explicit Client(std::unique_ptr<Transport> transport, const QString &workspace = {});
    ~Client();
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    Transport &transport() { return *m_transport; }
    bool isRemote() const { return m_transport->isRemote(); }
    QString location() const { return m_transport->location(); }
    // The workspace of the workspace methods (params.workspace).
    void setWorkspace(const QString &slug) { m_workspace = slug; }
    QString workspace() const { return m_workspace; }

    // Any method of the table by name; `workspace` is added for workspace methods.
    Result<QJsonValue> call(const QString &method, const QJsonObject &params = {});
    QFuture<Result<QJsonValue>> callAsync(const QString &method, const QJsonObject &params = {});

    // The database and the caller's workspaces.
    Result<DatabaseInfo> databaseInfo();
    Result<Workspace> createWorkspace(const QString &slug, const QString &name,
                                      const QString &locale, const QString &ownerName = {});
    QFuture<Result<Workspace>> createWorkspaceAsync(const QString &slug, const QString &name,
                                                    const QString &locale,
                                                    const QString &ownerName = {});
    Result<QList<Workspace>> workspaces(bool all = false);
    // Who the caller is in `slug` (the workspace and their membership, with the role): one
    // request (workspace.open). Refused (permission_denied) for who is not an active member.
    // The client's own workspace stays as it is.
    Result<Actor> openWorkspace(const QString &slug);
    QFuture<Result<Actor>> openWorkspaceAsync(const QString &slug);
    Result<Workspace> renameWorkspace(const QString &name);
    QFuture<Result<Workspace>> renameWorkspaceAsync(const QString &name);
    // The language of the workspace's evidence packs (its locale, e.g. de_DE).
    Result<Workspace> setPackLanguage(const QString &locale);
    QFuture<Result<Workspace>> setPackLanguageAsync(const QString &locale);
    // What the caller may administer here (and the core's words for why not), with everything
    // the Administration window manages: one round trip.
    Result<Administration> administration();
    QFuture<Result<Administration>> administrationAsync();
    // The demo workspace "demo" with the caller as an owner (a team server builds it only when
    // its operator allows demos; workspace_exists when there is one).
    Result<DemoSummary> buildDemo(const DemoRequest &request);
    QFuture<Result<DemoSummary>> buildDemoAsync(const DemoRequest &request = {});

    // Members, assets, freeze windows, the audit trail.
    Result<QList<Member>> members();
    Result<MemberAdded> addMember(const QString &username, Role role,
                                  const QString &displayName = {});
    QFuture<Result<MemberAdded>> addMemberAsync(const QString &username, Role role,
                                                const QString &displayName = {});
    Result<Member> setRole(const QString &username, Role role);
    QFuture<Result<Member>> setRoleAsync(const QString &username, Role role);
    Result<Member> deactivateMember(const QString &username);
    QFuture<Result<Member>> deactivateMemberAsync(const QString &username);
    Result<Member> reactivateMember(const QString &username);
    QFuture<Result<Member>> reactivateMemberAsync(const QString &username);
    // A team server's "sign out everywhere" for another member; server_only in process.
    Result<SessionRevocation> revokeSessions(const QString &username);
    QFuture<Result<SessionRevocation>> revokeSessionsAsync(const QString &username);
    Result<Asset> addAsset(const QString &name, const QString &kind);
    Result<QList<Asset>> assets();

    // The inventory (issue 16): details, relationships, the picker's search, the CSV import.
    Result<Asset> addAsset(const AssetInput &input);
    QFuture<Result<Asset>> addAssetAsync(const AssetInput &input);
    // `slug`: the workspace, when not the client's own (a dialog may ask before signIn set it).
    QFuture<Result<QList<Asset>>> assetsAsync(const QString &slug = {});
    Result<AssetDetail> asset(const QString &name);
    QFuture<Result<AssetDetail>> assetAsync(const QString &name);
    Result<Asset> editAsset(const QString &name, const AssetUpdate &update);
    QFuture<Result<Asset>> editAssetAsync(const QString &name, const AssetUpdate &update);
    Result<AssetRelation> relateAssets(const QString &from, RelationKind kind, const QString &to);
    QFuture<Result<AssetRelation>> relateAssetsAsync(const QString &from, RelationKind kind,
                                                     const QString &to);
    Status unrelateAssets(const QString &from, RelationKind kind, const QString &to);
    QFuture<Status> unrelateAssetsAsync(const QString &from, RelationKind kind, const QString &to);
    Result<QList<AssetRelation>> assetRelations();
    Result<AssetSearchResult> searchAssets(const AssetQuery &query);
    Result<AssetImportAnswer> importAssets(const QByteArray &data, bool dryRun,
                                           const CsvReading &how = {});
    QFuture<Result<AssetImportAnswer>> importAssetsAsync(const QByteArray &data, bool dryRun,
                                                         const CsvReading &how = {});
    Result<FreezeWindow> addFreezeWindow(const FreezeWindowInput &input);
    QFuture<Result<FreezeWindow>> addFreezeWindowAsync(const FreezeWindowInput &input);
    Result<QList<FreezeWindow>> freezeWindows();
    Result<FreezeWindow> removeFreezeWindow(qint64 id);
    QFuture<Result<FreezeWindow>> removeFreezeWindowAsync(qint64 id);
    Result<AuditVerification> verifyAudit();
    Result<QList<AuditEvent>> auditLog(int limit = 200);
    QFuture<Result<QList<AuditEvent>>> auditLogAsync(int limit = 200);

    // Changes.
    Result<ChangeRequest> createChange(const ChangeDraft &draft, const QString &templateName = {});
    Result<ChangeRequest> editChange(int number, const ChangeDraft &draft,
                                     std::optional<int> expectedVersion = {});
    Result<ChangeRequest> change(int number);
    Result<ChangeView> openChange(int number, bool withConflicts = true, bool withHistory = true);
    QFuture<Result<ChangeView>> openChangeAsync(int number);
    QFuture<Result<ChangeView>> openChangeAsync(int number, const ChangeOpenOptions &options);
    Result<QList<ChangeSummary>> changes(const ChangeFilter &filter = {});
    // change.list with parameters besides a ChangeFilter's (the personal views, a saved filter).
    Result<QList<ChangeSummary>> changesWith(const QJsonObject &params);
    QFuture<Result<QList<ChangeSummary>>> changesAsync(const ChangeFilter &filter = {});
    // change.list with these parameters (a personal view's, a page's `limit` and `before`).
    QFuture<Result<QList<ChangeSummary>>> changesWithAsync(const QJsonObject &params);
    Result<ChangeRequest> apply(int number, Action action, const TransitionInput &input = {});
    QFuture<Result<ChangeRequest>> applyAsync(int number, Action action,
                                              const TransitionInput &input = {});
    Result<QList<AuditEvent>> changeHistory(int number);
    Result<QList<ApprovalStep>> approvalSteps(int number);
    Result<ConflictSummary> conflicts(int number);

    // The change's own screen (ClientDetail.cpp): saving its form, the risk assessment.
    QFuture<Result<ChangeRequest>> editChangeAsync(int number, const ChangeDraft &draft,
                                                   std::optional<int> expectedVersion = {});
    QFuture<Result<RiskProfile>> riskProfileAsync(int number);
    // choice: its number from 1, or its exact label.
    QFuture<Result<RiskProfile>> answerRiskAsync(int number, const QString &key,
                                                 const QString &choice);
    QFuture<Result<ChangeRequest>> acceptRiskAsync(int number, std::optional<RiskLevel> level = {},
                                                   const QString &reason = {});
    Result<QList<SimilarChange>> similar(int number, int limit = 10);
    Result<FreeSlot> nextFreeSlot(int number, const QDateTime &notBefore = {},
                                  int horizonDays = Planning::kDefaultHorizonDays);

    // A planning form as it is typed (ClientPlanning.cpp): the New change form, a change's
    // Details tab, a bar dragged on the calendar. With `number`, that saved change fills in
    // what the form does not give and is left out of its own conflicts (change.conflicts; the
    // form's type and lead time are not sent). Nothing is saved.
    QFuture<Result<ConflictSummary>> conflictsAsync(const PlanningForm &form, int number = 0);
    // The earliest window without conflicts of the form's window's length (change.next_slot),
    // not before `notBefore` (invalid: now); an empty form and a number: the saved change's.
    QFuture<Result<FreeSlot>> nextFreeSlotAsync(const PlanningForm &form, int number = 0,
                                                const QDateTime &notBefore = {});

    // The New change form and Suggest similar (ClientDrafts.cpp), asynchronous.
    QFuture<Result<QList<SimilarChange>>> similarAsync(int number, int limit = 10);
    // Saved changes like a draft: its title words and assets.
    QFuture<Result<QList<SimilarChange>>>
    similarToDraftAsync(const QString &title, const QStringList &assets, int limit = 10);
    QFuture<Result<ChangeRequest>> createChangeAsync(const ChangeDraft &draft,
                                                     const QString &templateName = {});
    QFuture<Result<QList<ChangeTemplate>>> templatesAsync();
    QFuture<Result<QList<Member>>> membersAsync();

    // Impact analysis (issue 16): what the change affects through the asset relationships, and
    // the exclusions people curate.
    // The asynchronous forms take the workspace of the asking view (default: workspace()).
    Result<ImpactReport> impact(int number, const ImpactLimits &limits = {});
    QFuture<Result<ImpactReport>> impactAsync(int number, const QString &workspace = {});
    Result<ImpactExclusion> excludeImpact(int number, const QString &asset, const QString &reason);
    QFuture<Result<ImpactExclusion>> excludeImpactAsync(int number, const QString &asset,
                                                        const QString &reason,
                                                        const QString &workspace = {});
    Status includeImpact(int number, const QString &asset);
    QFuture<Status> includeImpactAsync(int number, const QString &asset,
                                       const QString &workspace = {});

    // The runbook, comments and attachments.
    Result<QList<ChangeTask>> generateTasks(int number);
    Result<QList<ChangeTask>> tasks(int number);
    // target: InProgress (start), Done or Skipped.
    Result<ChangeTask> moveTask(int number, int seq, TaskStatus target);
    Result<Comment> addComment(int number, const QString &body);
    Result<QList<Comment>> comments(int number);
    Result<Attachment> attach(int number, const QString &fileName, const QByteArray &content,
                              const QString &mimeType = {});
    Result<QList<Attachment>> attachments(int number);
    Result<QByteArray> attachmentContent(qint64 id);
    // The same for the detail view's tabs (ClientRunbook.cpp), asynchronous so that a tab reads
    // and writes alike on a database and on a team server. `workspace`: the asking view's
    // (default: workspace()).
    QFuture<Result<QList<ChangeTask>>> tasksAsync(int number, const QString &workspace = {});
    QFuture<Result<QList<ChangeTask>>> generateTasksAsync(int number,
                                                          const QString &workspace = {});
    QFuture<Result<ChangeTask>> moveTaskAsync(int number, int seq, TaskStatus target,
                                              const QString &workspace = {});
    QFuture<Result<ApprovalStepsAnswer>> approvalStepsAsync(int number,
                                                            const QString &workspace = {});
    QFuture<Result<QList<Comment>>> commentsAsync(int number, const QString &workspace = {});
    QFuture<Result<Comment>> addCommentAsync(int number, const QString &body,
                                             const QString &workspace = {});
    QFuture<Result<QList<Attachment>>> attachmentsAsync(int number, const QString &workspace = {});
    QFuture<Result<Attachment>> attachAsync(int number, const QString &fileName,
                                            const QByteArray &content, const QString &mimeType = {},
                                            const QString &workspace = {});
    QFuture<Result<QByteArray>> attachmentContentAsync(qint64 id, const QString &workspace = {});

    // Approval policies, standard templates, risk, maintenance windows.
    Result<ApprovalPolicy> addPolicy(const ApprovalPolicy &policy);
    QFuture<Result<ApprovalPolicy>> addPolicyAsync(const ApprovalPolicy &policy);
    Result<QList<ApprovalPolicy>> policies();
    Result<ApprovalPolicy> setPolicyActive(const QString &name, bool active);
    QFuture<Result<ApprovalPolicy>> setPolicyActiveAsync(const QString &name, bool active);
    Result<PolicyExplanation> explainPolicy(int number);
    QFuture<Result<PolicyExplanation>> explainPolicyAsync(int number);
    Result<ChangeTemplate> addTemplate(const ChangeTemplate &tmpl);
    QFuture<Result<ChangeTemplate>> addTemplateAsync(const ChangeTemplate &tmpl);
    Result<QList<ChangeTemplate>> templates();
    Result<ChangeTemplate> setTemplateActive(const QString &name, bool active);
    QFuture<Result<ChangeTemplate>> setTemplateActiveAsync(const QString &name, bool active);
    Result<RiskQuestionnaire> riskQuestions();
    Result<RiskProfile> riskProfile(int number);
    // choice: its number from 1, or its exact label.
    Result<RiskProfile> answerRisk(int number, const QString &key, const QString &choice);
    Result<ChangeRequest> acceptRisk(int number, std::optional<RiskLevel> level = {},
                                     const QString &reason = {});
    Result<RiskQuestion> setRiskQuestion(const RiskQuestion &question);
    QFuture<Result<RiskQuestion>> setRiskQuestionAsync(const RiskQuestion &question);
    Status removeRiskQuestion(const QString &key);
    QFuture<Status> removeRiskQuestionAsync(const QString &key);
    Result<MaintenanceWindow> addMaintenanceWindow(const MaintenanceWindow &window);
    Result<QList<MaintenanceWindow>> maintenanceWindows(const QString &asset = {});
    QFuture<Result<MaintenanceWindow>> addMaintenanceWindowAsync(const MaintenanceWindow &window);
    QFuture<Result<QList<MaintenanceWindow>>> maintenanceWindowsAsync(const QString &asset);
    Result<MaintenanceWindow> removeMaintenanceWindow(qint64 id);
    QFuture<Result<MaintenanceWindow>> removeMaintenanceWindowAsync(qint64 id);

    // Metrics and exchange.
    Result<MetricsAnswer> metrics(const MetricsQuery &query,
                                  std::optional<TrendBucket> bucket = {});
    Result<QByteArray> calendarIcs(int *events = nullptr);
    // The file's bytes in the dialect and encoding asked for.
    Result<QByteArray> exportCsv(const ChangeFilter &filter = {},
                                 const CsvDialect &dialect = CsvDialect::rfc4180(),
                                 int *rows = nullptr);
    Result<CsvImportAnswer> importCsv(const QByteArray &data, bool dryRun,
                                      const CsvReading &how = {});
    QFuture<Result<CsvImportAnswer>> importCsvAsync(const QByteArray &data, bool dryRun,
                                                    const CsvReading &how = {});

    // Webhooks and subscriptions.
    Result<WebhookEndpoint> addWebhook(const WebhookEndpointInput &input);
    Result<QList<WebhookEndpoint>> webhooks();
    Result<WebhookEndpoint> setWebhookActive(const QString &name, bool active);
    Status removeWebhook(const QString &name);
    Result<QList<DeliveryAttempt>> webhookLog(bool failedOnly = false, int limit = 50);
    // The hosts webhooks may reach although they are not public (admins change the list).
    Result<QString> allowWebhookHost(const QString &host);
    Status disallowWebhookHost(const QString &host);
    Result<QStringList> allowedWebhookHosts();
    Result<OutboxItem> retryDelivery(qint64 outboxId);
    // The same for the Webhooks window (ClientWebhooks.cpp), asynchronous.
    QFuture<Result<WebhookOverview>> webhookOverviewAsync(bool failedOnly, int limit);
    QFuture<Result<WebhookEndpoint>> addWebhookAsync(const WebhookEndpointInput &input);
    QFuture<Result<WebhookEndpoint>> setWebhookActiveAsync(const QString &name, bool active);
    QFuture<Status> removeWebhookAsync(const QString &name);
    QFuture<Result<OutboxItem>> retryDeliveryAsync(qint64 outboxId);
    // A team server posts the due deliveries now (webhook.deliver; server_only in process).
    struct DeliveryCount {
        int claimed = 0; // taken from the outbox: delivered + retrying + failed
        int delivered = 0;
        int retrying = 0;
        int failed = 0;
    };
    QFuture<Result<DeliveryCount>> deliverWebhooksAsync();
    Result<Subscription> subscribeDesktop(const QString &asset);
    Result<Subscription> subscribeWebhook(const QString &asset, const QString &url,
                                          const QString &secret = {}, const QString &format = {});
    Status unsubscribe(const QString &asset, const QString &channel = {});
    Result<QList<Subscription>> subscriptions();
    QFuture<Result<QList<Subscription>>> subscriptionsAsync();
    // Following one change (change.follow): follow = false stops.
    Status followChange(int number, bool follow = true);
    Result<QList<int>> followedChanges();
    QFuture<Result<QList<int>>> followedChangesAsync();
    // The caller's notifications after sequence number `after`, oldest first, and the
    // workspace's latest sequence number (where to continue from).
    struct Notifications {
        QList<SubscriptionEvent> events;
        qint64 latestSeq = 0;
    };
    Result<Notifications> notifications(qint64 after, int limit = 50);
    // The same for a window (`workspace`: another than workspace()'s).
    QFuture<Result<Notifications>> notificationsAsync(qint64 after, int limit = 50,
                                                      const QString &workspace = {});
    // Substitutes told of the decisions due since their delegations started (delegation.sweep):
    // where time passes, before notifications are read. `workspace`: another than workspace()'s.
    Result<SubstituteSweep> tellSubstitutes(const QString &workspace = {});
    QFuture<Result<SubstituteSweep>> tellSubstitutesAsync(const QString &workspace = {});

    // Delegation and the workspace's approval settings (ClientApprovals.cpp). `member` empty:
    // the caller's own duties (another member's: admins and owners).
    Result<Delegation> setDelegation(const QString &substitute, const QDateTime &from,
                                     const QDateTime &to, const QString &member = {});
    // Ends the member's delegations that have not ended (to `substitute` only, when given).
    Result<QList<Delegation>> clearDelegations(const QString &member = {},
                                               const QString &substitute = {});
    // The caller's (given or received), or with `all` the workspace's (admins and owners).
    Result<QList<Delegation>> delegations(bool all = false);
    Result<ApprovalSettings> approvalSettings();
    // Admins and owners; what the change leaves unset keeps its value.
    Result<ApprovalSettings> setApprovalSettings(const ApprovalSettingsChange &change);

    // The main window's pages (ClientPages.cpp): asynchronous, so that they load alike on a
    // database and on a team server. `all`: every change in review, not only the caller's.
    QFuture<Result<ApprovalQueueAnswer>> approvalQueueAsync(bool all);
    QFuture<Result<QList<BulkApprovalItem>>> approveManyAsync(const QList<int> &numbers,
                                                              const QString &comment);
    QFuture<Result<QList<FreezeWindow>>> freezeWindowsAsync();
    QFuture<Result<MetricsAnswer>> metricsAsync(const MetricsQuery &query,
                                                std::optional<TrendBucket> bucket = {});
    // Several changes by number (change.get_many), in that order.
    QFuture<Result<QList<ChangeRequest>>> changesByNumberAsync(const QList<int> &numbers);
    // The caller's saved change filters (filter.list, filter.save, filter.delete).
    QFuture<Result<QList<SavedFilter>>> savedFiltersAsync();
    // `params`: change.list parameters kept under `name`.
    QFuture<Result<SavedFilter>> saveFilterAsync(const QString &name, const QJsonObject &params);
    QFuture<Status> deleteFilterAsync(const QString &name);

    // CAB meetings (ClientCab.cpp): each action of CAB mode is one request answering the room.
    QFuture<Result<MeetingsOverview>> meetingsAsync();
    QFuture<Result<MeetingRoom>> meetingRoomAsync(int meeting);
    // `start` invalid: the CAB's next slot (ad hoc: now).
    QFuture<Result<MeetingRoom>> createMeetingAsync(const QString &cab, bool adHoc,
                                                    const QDateTime &start = {});
    QFuture<Result<MeetingRoom>> editAgendaAsync(int meeting, const AgendaEdit &edit);
    QFuture<Result<MeetingRoom>> startMeetingAsync(int meeting);
    QFuture<Result<MeetingRoom>> attendAsync(int meeting, const QString &member,
                                             const QString &status, const QString &delegate = {});
    QFuture<Result<MeetingRoom>> decideAsync(int meeting, int change, const DecisionInput &input);
    QFuture<Result<MeetingRoom>> admitAsync(int meeting, int change);
    QFuture<Result<MeetingRoom>> closeMeetingAsync(int meeting);
    // Evidence packs printed and signed by the team server with the workspace's key
    // (ClientEvidence.cpp; server_only on a database, where the desktop signs with the member's
    // key). `locale` empty: the workspace's.
    QFuture<Result<ServerPack>> exportPackAsync(int number, const QString &locale = {});
    // The signed manifest of an audit sample: the digests of packs this connection exported.
    QFuture<Result<ServerManifest>> packManifestAsync(const QStringList &digests);
    // The signed minutes PDF printed by the team server (server_only on a database: there the
    // desktop prints them with the member's key).
    QFuture<Result<QByteArray>> minutesPdfAsync(int meeting, const QString &locale = {});
    // The Calendar page (ClientCalendar.cpp). Everything it draws for [from, to) in one answer
    // (calendar.range); `services` adds the rows by service.
    QFuture<Result<CalendarRange>> calendarAsync(const QDateTime &from, const QDateTime &to,
                                                 bool services = false);
    // Moves change N's planned window (change.edit with the version the caller saw).
    QFuture<Result<ChangeRequest>> moveChangeAsync(int number, const QDateTime &start,
                                                   const QDateTime &end, int expectedVersion);

private:
    QJsonObject withWorkspace(const QString &method, QJsonObject params) const;
    // An ...Async method's answer, waited for: its synchronous twin.
    template <typename T> Result<T> now(const QFuture<Result<T>> &answer)
    {
        const Status waited = m_transport->waitFor(QFuture<void>(answer));
        if (!waited)
            return waited.error();
        return answer.result();
    }
    std::unique_ptr<Transport> m_transport;
    QString m_workspace;
};

// Readers of the composite answers (shared by the synchronous and asynchronous forms).
Result<ChangeView> readChangeView(const QJsonValue &answer);
// change.open's role, risk, assignees and unreadable parts into `view` (ClientDetail.cpp).
Result<ChangeView> readChangeViewExtras(const QJsonObject &answer, ChangeView view);
Result<Administration> readAdministration(const QJsonValue &answer);
Result<MeetingRoom> readMeetingRoom(const QJsonValue &answer);

} // namespace vigilo::client
