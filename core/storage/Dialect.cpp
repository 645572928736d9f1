#include "Dialect.h"
#include "Schema.h"

namespace vigilo {

QVariant Dialect::toDb(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant();
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime Dialect::fromDb(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType().id() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
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
    if (version == 4) {
        out << QStringLiteral("CREATE TRIGGER changes_fsm_guard BEFORE UPDATE OF status ON changes "
                              "WHEN %1 BEGIN SELECT RAISE(ABORT, 'status change not allowed by the "
                              "change FSM'); END")
                   .arg(fsmGuardViolation());
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
    return out;
}

} // namespace vigilo
