#include "Dialect.h"
#include "IsoTime.h"
#include "Schema.h"

#include <cstdio>

namespace vigilo {

QVariant Dialect::toDb(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant();
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    if (d.year() < 1000 || d.year() > 9999) // what the format gives for other years
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    // The same text as that format, without the locale machinery (a write stamps several).
    const QTime tm = utc.time();
    char buf[25];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(),
                  d.day(), tm.hour(), tm.minute(), tm.second(), tm.msec());
    return QString::fromLatin1(buf, 24);
}

QDateTime Dialect::fromDb(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType().id() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    const QString text = v.toString();
    QDateTime t = parseIsoUtc(text);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QStringList SqliteDialect::connectStatements() const
{
    // Rollback journal, not WAL: the file may live on a network share opened by several
    // workstations, and WAL needs shared memory on one host.
    return {QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA journal_mode = DELETE"),
            QStringLiteral("PRAGMA synchronous = FULL")};
}

QStringList SqliteDialect::migration(int version) const
{
    QStringList out = schemaStatements(version);
    if (version == 1) {
        // History is append-only in the database itself.
        out << QStringLiteral(R"(CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END)")
            << QStringLiteral(R"(CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END)");
    }
    const QString fsmGuard =
        QStringLiteral("CREATE TRIGGER changes_fsm_guard BEFORE UPDATE OF status ON "
                       "changes WHEN %1 BEGIN SELECT RAISE(ABORT, 'status change not "
                       "allowed by the change FSM'); END")
            .arg(fsmGuardViolation());
    if (version == 4)
        out << fsmGuard;
    if (version == 7) {
        // The guard is generated from the C++ table (domain/Fsm.cpp); databases created before
        // it was get the same guard as new ones.
        out << QStringLiteral("DROP TRIGGER IF EXISTS changes_fsm_guard") << fsmGuard;
    }
    if (version == 10) {
        out << QStringLiteral(
            R"(CREATE TRIGGER account_events_no_update BEFORE UPDATE ON account_events
                BEGIN SELECT RAISE(ABORT, 'account_events is append-only'); END)")
            << QStringLiteral(
                   R"(CREATE TRIGGER account_events_no_delete BEFORE DELETE ON account_events
                BEGIN SELECT RAISE(ABORT, 'account_events is append-only'); END)");
    }
    if (version == 12) {
        // A meeting's agenda is frozen when it starts: nothing is added (but a late addition the
        // chair admits), moved, re-timed or removed afterwards, and a decision is final.
        const QString notPlanned = QStringLiteral(
            "(SELECT status FROM cab_meetings WHERE id = %1.meeting_id) IS NOT 'planned'");
        // (Moving a workspace to another database copies the items of closed meetings.)
        out << QStringLiteral("CREATE TRIGGER cab_agenda_frozen_insert BEFORE INSERT ON "
                              "cab_agenda_items WHEN NEW.late = 0 AND (SELECT status FROM "
                              "cab_meetings WHERE id = NEW.meeting_id) = 'in_progress' "
                              "BEGIN SELECT RAISE(ABORT, 'the agenda is frozen'); END")
            << QStringLiteral("CREATE TRIGGER cab_agenda_frozen_update BEFORE UPDATE OF "
                              "meeting_id, change_id, position, time_box_minutes, late ON "
                              "cab_agenda_items WHEN %1 BEGIN SELECT RAISE(ABORT, 'the agenda is "
                              "frozen'); END")
                   .arg(notPlanned.arg(QStringLiteral("OLD")))
            << QStringLiteral("CREATE TRIGGER cab_agenda_frozen_delete BEFORE DELETE ON "
                              "cab_agenda_items WHEN %1 BEGIN SELECT RAISE(ABORT, 'the agenda is "
                              "frozen'); END")
                   .arg(notPlanned.arg(QStringLiteral("OLD")))
            << QStringLiteral("CREATE TRIGGER cab_decision_final BEFORE UPDATE OF decision, "
                              "votes, note ON cab_agenda_items WHEN OLD.decision IS NOT NULL "
                              "BEGIN SELECT RAISE(ABORT, 'a CAB decision is final'); END");
    }
    if (version == 11) {
        // The composite foreign keys hold only while PRAGMA foreign_keys is on, which the sqlite3
        // shell and other programs leave off: the same rule as triggers, which always fire.
        const QString sameWorkspace = QStringLiteral(
            "(SELECT workspace_id FROM assets WHERE id = NEW.from_asset_id) IS NOT "
            "NEW.workspace_id OR (SELECT workspace_id FROM assets WHERE id = NEW.to_asset_id) IS "
            "NOT NEW.workspace_id OR (NEW.created_by_id IS NOT NULL AND (SELECT workspace_id FROM "
            "members WHERE id = NEW.created_by_id) IS NOT NEW.workspace_id)");
        const QString exclusionWorkspace = QStringLiteral(
            "(SELECT workspace_id FROM changes WHERE id = NEW.change_id) IS NOT NEW.workspace_id "
            "OR (SELECT workspace_id FROM assets WHERE id = NEW.asset_id) IS NOT NEW.workspace_id "
            "OR (SELECT workspace_id FROM members WHERE id = NEW.excluded_by_id) IS NOT "
            "NEW.workspace_id");
        for (const QString &event : {QStringLiteral("INSERT"), QStringLiteral("UPDATE")}) {
            out << QStringLiteral("CREATE TRIGGER asset_relations_%1_workspace BEFORE %2 ON "
                                  "asset_relations WHEN %3 BEGIN SELECT RAISE(ABORT, 'an asset "
                                  "relationship links assets of its own workspace only'); END")
                       .arg(event.toLower(), event, sameWorkspace);
            out << QStringLiteral("CREATE TRIGGER impact_exclusions_%1_workspace BEFORE %2 ON "
                                  "impact_exclusions WHEN %3 BEGIN SELECT RAISE(ABORT, 'an impact "
                                  "exclusion stays inside its workspace'); END")
                       .arg(event.toLower(), event, exclusionWorkspace);
        }
        // An asset does not move to another workspace under its relationships.
        out << QStringLiteral(
            "CREATE TRIGGER assets_workspace_fixed BEFORE UPDATE OF workspace_id ON assets WHEN "
            "NEW.workspace_id IS NOT OLD.workspace_id AND (EXISTS (SELECT 1 FROM asset_relations "
            "WHERE from_asset_id = OLD.id OR to_asset_id = OLD.id) OR EXISTS (SELECT 1 FROM "
            "impact_exclusions WHERE asset_id = OLD.id)) BEGIN SELECT RAISE(ABORT, 'an asset with "
            "relationships stays in its workspace'); END");
    }
    if (version == 13) {
        // As for version 11: the composite keys hold only with PRAGMA foreign_keys on.
        const QString sameWorkspace = QStringLiteral(
            "(SELECT workspace_id FROM members WHERE id = NEW.member_id) IS NOT NEW.workspace_id "
            "OR (SELECT workspace_id FROM members WHERE id = NEW.substitute_id) IS NOT "
            "NEW.workspace_id OR (SELECT workspace_id FROM members WHERE id = NEW.created_by_id) "
            "IS NOT NEW.workspace_id");
        for (const QString &event : {QStringLiteral("INSERT"), QStringLiteral("UPDATE")})
            out << QStringLiteral("CREATE TRIGGER delegations_%1_workspace BEFORE %2 ON "
                                  "delegations WHEN %3 BEGIN SELECT RAISE(ABORT, 'a delegation "
                                  "stays inside its workspace'); END")
                       .arg(event.toLower(), event, sameWorkspace);
    }
    if (version == 9) {
        // The trust list only grows; a revocation is final.
        out << QStringLiteral(R"(CREATE TRIGGER trusted_certificates_no_delete BEFORE DELETE ON
                trusted_certificates BEGIN SELECT RAISE(ABORT, 'trusted certificates are never
                deleted: revoke them'); END)")
            << QStringLiteral(R"(CREATE TRIGGER trusted_certificates_final BEFORE UPDATE ON
                trusted_certificates WHEN OLD.revoked_at IS NOT NULL OR NEW.fingerprint <>
                OLD.fingerprint OR NEW.pem <> OLD.pem OR NEW.workspace_id <> OLD.workspace_id
                BEGIN SELECT RAISE(ABORT, 'a trusted certificate only changes by being revoked,
                once'); END)");
    }
    if (version == 20) {
        // The asset graph's counter (schema 20): every write to assets or asset_relations moves
        // it, also one from another program on the same file.
        for (const QString &table : {QStringLiteral("assets"), QStringLiteral("asset_relations")}) {
            out << QStringLiteral("CREATE TRIGGER %1_graph_insert AFTER INSERT ON %1 BEGIN UPDATE "
                                  "workspaces SET graph_version = graph_version + 1 WHERE id = "
                                  "NEW.workspace_id; END")
                       .arg(table);
            out << QStringLiteral("CREATE TRIGGER %1_graph_update AFTER UPDATE ON %1 BEGIN UPDATE "
                                  "workspaces SET graph_version = graph_version + 1 WHERE id IN "
                                  "(OLD.workspace_id, NEW.workspace_id); END")
                       .arg(table);
            out << QStringLiteral("CREATE TRIGGER %1_graph_delete AFTER DELETE ON %1 BEGIN UPDATE "
                                  "workspaces SET graph_version = graph_version + 1 WHERE id = "
                                  "OLD.workspace_id; END")
                       .arg(table);
        }
    }
    return out;
}

} // namespace vigilo
