#include "DataMigration.h"

#include "Dialect.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlField>
#include <QSqlRecord>

namespace vigilo {

namespace {

// One table to copy: which rows belong to a workspace (`?` is the source workspace id), and
// which columns point at rows copied earlier.
struct TableSpec {
    QString name;
    bool hasId;
    QString rowsOfWorkspace;
    QHash<QString, QString> references; // column -> referenced table
};

QList<TableSpec> tables()
{
    const QString members = QStringLiteral("members");
    const QString changeRows =
        QStringLiteral("change_id IN (SELECT id FROM changes WHERE workspace_id = ?)");
    return {
        {QStringLiteral("workspaces"), true, QStringLiteral("id = ?"), {}},
        {QStringLiteral("members"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")}}},
        {QStringLiteral("assets"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")}}},
        {QStringLiteral("change_templates"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")}}},
        {QStringLiteral("changes"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("assignee_id"), members},
          {QStringLiteral("requester_id"), members},
          {QStringLiteral("closed_by_id"), members},
          {QStringLiteral("rolled_back_by_id"), members},
          {QStringLiteral("template_id"), QStringLiteral("change_templates")}}},
        {QStringLiteral("change_assets"),
         false,
         changeRows,
         {{QStringLiteral("change_id"), QStringLiteral("changes")},
          {QStringLiteral("asset_id"), QStringLiteral("assets")}}},
        {QStringLiteral("change_dependencies"),
         false,
         changeRows,
         {{QStringLiteral("change_id"), QStringLiteral("changes")},
          {QStringLiteral("depends_on_id"), QStringLiteral("changes")}}},
        {QStringLiteral("change_words"),
         false,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("change_id"), QStringLiteral("changes")}}},
        {QStringLiteral("change_tasks"),
         true,
         changeRows,
         {{QStringLiteral("change_id"), QStringLiteral("changes")},
          {QStringLiteral("started_by_id"), members},
          {QStringLiteral("finished_by_id"), members}}},
        {QStringLiteral("task_predecessors"),
         false,
         QStringLiteral("task_id IN (SELECT t.id FROM change_tasks t JOIN changes c ON c.id = "
                        "t.change_id WHERE c.workspace_id = ?)"),
         {{QStringLiteral("task_id"), QStringLiteral("change_tasks")},
          {QStringLiteral("predecessor_id"), QStringLiteral("change_tasks")}}},
        {QStringLiteral("approval_steps"),
         true,
         changeRows,
         {{QStringLiteral("change_id"), QStringLiteral("changes")}}},
        {QStringLiteral("approval_decisions"),
         true,
         QStringLiteral("step_id IN (SELECT s.id FROM approval_steps s JOIN changes c ON c.id = "
                        "s.change_id WHERE c.workspace_id = ?)"),
         {{QStringLiteral("step_id"), QStringLiteral("approval_steps")},
          {QStringLiteral("member_id"), members},
          {QStringLiteral("on_behalf_of_id"), members}}},
        {QStringLiteral("freeze_windows"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("created_by_id"), members}}},
        {QStringLiteral("freeze_window_assets"),
         false,
         QStringLiteral("freeze_id IN (SELECT id FROM freeze_windows WHERE workspace_id = ?)"),
         {{QStringLiteral("freeze_id"), QStringLiteral("freeze_windows")},
          {QStringLiteral("asset_id"), QStringLiteral("assets")}}},
        {QStringLiteral("comments"),
         true,
         changeRows,
         {{QStringLiteral("change_id"), QStringLiteral("changes")},
          {QStringLiteral("author_id"), members}}},
        {QStringLiteral("attachments"),
         true,
         changeRows,
         {{QStringLiteral("change_id"), QStringLiteral("changes")},
          {QStringLiteral("added_by_id"), members}}},
        {QStringLiteral("approval_policies"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")}}},
        {QStringLiteral("approval_policy_steps"),
         true,
         QStringLiteral("policy_id IN (SELECT id FROM approval_policies WHERE workspace_id = ?)"),
         {{QStringLiteral("policy_id"), QStringLiteral("approval_policies")}}},
        {QStringLiteral("approval_policy_assets"),
         false,
         QStringLiteral("policy_id IN (SELECT id FROM approval_policies WHERE workspace_id = ?)"),
         {{QStringLiteral("policy_id"), QStringLiteral("approval_policies")},
          {QStringLiteral("asset_id"), QStringLiteral("assets")}}},
        {QStringLiteral("risk_questions"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")}}},
        {QStringLiteral("risk_answers"),
         false,
         changeRows,
         {{QStringLiteral("change_id"), QStringLiteral("changes")},
          {QStringLiteral("answered_by_id"), members}}},
        {QStringLiteral("maintenance_windows"),
         true,
         QStringLiteral("asset_id IN (SELECT id FROM assets WHERE workspace_id = ?)"),
         {{QStringLiteral("asset_id"), QStringLiteral("assets")}}},
        {QStringLiteral("webhook_endpoints"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("member_id"), members},
          {QStringLiteral("created_by_id"), members}}},
        {QStringLiteral("webhook_outbox"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("endpoint_id"), QStringLiteral("webhook_endpoints")}}},
        {QStringLiteral("webhook_deliveries"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("outbox_id"), QStringLiteral("webhook_outbox")}}},
        {QStringLiteral("webhook_allowed_hosts"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("created_by_id"), members}}},
        {QStringLiteral("subscriptions"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("member_id"), members},
          {QStringLiteral("asset_id"), QStringLiteral("assets")},
          {QStringLiteral("endpoint_id"), QStringLiteral("webhook_endpoints")}}},
        {QStringLiteral("trusted_certificates"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")}}},
        {QStringLiteral("asset_relations"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("from_asset_id"), QStringLiteral("assets")},
          {QStringLiteral("to_asset_id"), QStringLiteral("assets")},
          {QStringLiteral("created_by_id"), members}}},
        {QStringLiteral("impact_exclusions"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("change_id"), QStringLiteral("changes")},
          {QStringLiteral("asset_id"), QStringLiteral("assets")},
          {QStringLiteral("excluded_by_id"), members}}},
        {QStringLiteral("cabs"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("chair_id"), members}}},
        {QStringLiteral("cab_members"),
         false,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("cab_id"), QStringLiteral("cabs")},
          {QStringLiteral("member_id"), members}}},
        {QStringLiteral("cab_meetings"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("cab_id"), QStringLiteral("cabs")}}},
        {QStringLiteral("cab_agenda_items"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("meeting_id"), QStringLiteral("cab_meetings")},
          {QStringLiteral("change_id"), QStringLiteral("changes")},
          {QStringLiteral("decided_by_id"), members}}},
        {QStringLiteral("cab_attendance"),
         false,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("meeting_id"), QStringLiteral("cab_meetings")},
          {QStringLiteral("member_id"), members},
          {QStringLiteral("delegate_id"), members}}},
        {QStringLiteral("delegations"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("member_id"), members},
          {QStringLiteral("substitute_id"), members},
          {QStringLiteral("created_by_id"), members}}},
        {QStringLiteral("saved_filters"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")},
          {QStringLiteral("member_id"), members}}},
        {QStringLiteral("audit_events"),
         true,
         QStringLiteral("workspace_id = ?"),
         {{QStringLiteral("workspace_id"), QStringLiteral("workspaces")}}},
    };
}

// audit_events.entity_id points at different tables depending on the entity.
QString tableOfEntity(const QString &entity)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("workspace"), QStringLiteral("workspaces")},
        {QStringLiteral("member"), QStringLiteral("members")},
        {QStringLiteral("asset"), QStringLiteral("assets")},
        {QStringLiteral("change"), QStringLiteral("changes")},
        {QStringLiteral("task"), QStringLiteral("change_tasks")},
        {QStringLiteral("comment"), QStringLiteral("comments")},
        {QStringLiteral("attachment"), QStringLiteral("attachments")},
        {QStringLiteral("freeze_window"), QStringLiteral("freeze_windows")},
        {QStringLiteral("approval_policy"), QStringLiteral("approval_policies")},
        {QStringLiteral("change_template"), QStringLiteral("change_templates")},
        {QStringLiteral("maintenance_window"), QStringLiteral("maintenance_windows")},
        {QStringLiteral("delegation"), QStringLiteral("delegations")},
        {QStringLiteral("webhook"), QStringLiteral("webhook_endpoints")},
        {QStringLiteral("subscription"), QStringLiteral("subscriptions")},
        {QStringLiteral("webhook_host"), QStringLiteral("webhook_allowed_hosts")},
        {QStringLiteral("cab"), QStringLiteral("cabs")},
        {QStringLiteral("cab_meeting"), QStringLiteral("cab_meetings")},
        {QStringLiteral("certificate"), QStringLiteral("trusted_certificates")},
    };
    return map.value(entity);
}

} // namespace

QJsonObject MigrationReport::toJson() const
{
    return {{QStringLiteral("workspaces"), QJsonArray::fromStringList(workspaces)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("audit_events"), auditEvents}};
}

Result<MigrationReport> DataMigration::copy(Store &from, Store &to, const QStringList &slugs)
{
    if (from.location() == to.location())
        return Error::input(CoreText::tr("The source and the target are the same database."));
    MigrationReport report;
    QList<QPair<qint64, QString>> sources;
    {
        auto q = sql::run(from, QStringLiteral("SELECT id, slug FROM workspaces ORDER BY slug"));
        if (!q)
            return q.error();
        while (q->next())
            if (slugs.isEmpty() || slugs.contains(q->value(1).toString()))
                sources.append({q->value(0).toLongLong(), q->value(1).toString()});
    }
    for (const QString &s : slugs) {
        bool found = false;
        for (const auto &src : sources)
            found = found || src.second == s;
        if (!found)
            return Error::notFound(
                CoreText::tr("There is no workspace \"%1\" in the source database.").arg(s));
    }
    if (sources.isEmpty())
        return Error::input(CoreText::tr("The source database has no workspaces to copy."));

    Store::Transaction tx(to);
    VIGILO_TRY(tx.begin());
    // PostgreSQL (schema 14): changes are born drafts and history is appended by its members
    // through the server; a copy brings both as they are. Only the schema's owner may switch
    // the guard off, inside this transaction (on again before it commits).
    const bool guarded = to.dialect().isPostgres();
    if (guarded) {
        if (Status off = to.exec(QStringLiteral("ALTER TABLE changes DISABLE TRIGGER "
                                                "changes_guard"));
            !off.ok())
            return Error::storage(
                CoreText::tr("Copying workspaces into PostgreSQL needs the schema's owner (the "
                             "login that ran \"vigilo-cli init\"): %1")
                    .arg(off.error().message),
                {{QStringLiteral("location"), to.location()}}, QStringLiteral("permission_denied"));
    }
    for (const auto &src : sources) {
        auto taken = sql::scalar(to, QStringLiteral("SELECT id FROM workspaces WHERE slug = ?"),
                                 {src.second});
        if (!taken)
            return taken.error();
        if (!taken->isNull())
            return Error::rule(
                QStringLiteral("workspace_exists"),
                CoreText::tr("The target already has a workspace \"%1\"; nothing was "
                             "copied. Remove it there or copy only other workspaces.")
                    .arg(src.second),
                {{QStringLiteral("slug"), src.second}});
    }
    for (const auto &src : sources) {
        QHash<QString, QHash<qint64, qint64>> ids; // table -> source id -> target id
        for (const TableSpec &t : tables()) {
            auto rows = sql::run(from,
                                 QStringLiteral("SELECT * FROM %1 WHERE %2%3")
                                     .arg(t.name, t.rowsOfWorkspace,
                                          t.hasId ? QStringLiteral(" ORDER BY id") : QString()),
                                 {src.first});
            if (!rows)
                return rows.error();
            QSqlQuery insert(to.database());
            QString insertSql;
            while (rows->next()) {
                const QSqlRecord rec = rows->record();
                QStringList columns;
                QVariantList values;
                for (int i = 0; i < rec.count(); ++i) {
                    const QString column = rec.fieldName(i);
                    if (t.hasId && column == QLatin1String("id"))
                        continue;
                    QVariant v = rec.value(i);
                    const QString ref = t.references.value(column);
                    if (!ref.isEmpty() && !v.isNull()) {
                        const qint64 mapped = ids.value(ref).value(v.toLongLong(), 0);
                        if (mapped == 0)
                            return Error::storage(
                                CoreText::tr("Row %1 of %2 points at a missing %3 row.")
                                    .arg(rec.value(0).toString(), t.name, ref));
                        v = mapped;
                    }
                    if (t.name == QLatin1String("audit_events")
                        && column == QLatin1String("entity_id")) {
                        const QString table =
                            tableOfEntity(rec.value(QStringLiteral("entity")).toString());
                        v = ids.value(table).value(v.toLongLong(), v.toLongLong());
                    }
                    if (v.isNull())
                        v = QVariant();
                    columns << column;
                    values << v;
                }
                if (insertSql.isEmpty()) {
                    QStringList marks;
                    for (int i = 0; i < columns.size(); ++i)
                        marks << QStringLiteral("?");
                    insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                                    .arg(t.name, columns.join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", ")),
                                         t.hasId ? QStringLiteral(" RETURNING id") : QString());
                    insert.prepare(insertSql);
                }
                for (int i = 0; i < values.size(); ++i)
                    insert.bindValue(i, values[i]);
                VIGILO_TRY(to.exec(insert));
                if (t.hasId && insert.next())
                    ids[t.name].insert(rec.value(QStringLiteral("id")).toLongLong(),
                                       insert.value(0).toLongLong());
                insert.finish();
                ++report.rows;
                if (t.name == QLatin1String("audit_events"))
                    ++report.auditEvents;
            }
        }
        report.workspaces << src.second;
    }
    if (guarded)
        VIGILO_TRY(to.exec(QStringLiteral("ALTER TABLE changes ENABLE TRIGGER changes_guard")));
    VIGILO_TRY(tx.commit());
    return report;
}

} // namespace vigilo
