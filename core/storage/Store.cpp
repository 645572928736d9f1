#include "Store.h"

#include "Dialect.h"
#include "FileLocation.h"
#include "SqliteStatement.h"
#include "TextIndex.h"
#include "Tr.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <vector>

namespace vigilo {

namespace {

QMutex &connectionMutex()
{
    static QMutex m;
    return m;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("vigilo-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isBusy(const QSqlError &e)
{
    const QString t = e.databaseText().toLower();
    return t.contains(QLatin1String("locked")) || t.contains(QLatin1String("busy"));
}

Error sqlError(const QSqlError &e, const QString &what)
{
    if (isBusy(e))
        return Error::storage(
            CoreText::tr("The database is busy: another workstation is writing. Try again in a "
                         "moment. (%1)")
                .arg(e.text()),
            {{QStringLiteral("statement"), what}}, QStringLiteral("busy"));
    return Error::storage(CoreText::tr("Database error: %1").arg(e.text()),
                          {{QStringLiteral("statement"), what.left(200)}});
}

} // namespace

Store::~Store()
{
    m_statements.clear(); // every QSqlQuery goes before its connection
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QMutexLocker lock(&connectionMutex());
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultLocation()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/vigilo/vigilo.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString &location, OpenMode mode)
{
    return openImpl(location, kSchemaVersion, mode);
}

Result<std::unique_ptr<Store>> Store::openAtVersion(const QString &location, int version)
{
    return openImpl(location, version, OpenMode::CreateIfMissing);
}

Error Store::notVigilo(const QString &location, bool missing)
{
    const QString where =
        isPostgresLocation(location) ? redacted(location) : QDir::toNativeSeparators(location);
    return Error::storage(
        missing ? CoreText::tr("There is no Vigilo database at %1. Nothing was created: create "
                               "one with \"vigilo-cli init\" (or the desktop client's first "
                               "start), or choose an existing database.")
                      .arg(where)
                : CoreText::tr("%1 is not a Vigilo database (it has no Vigilo schema). Nothing "
                               "was changed: create the schema with \"vigilo-cli init\", or "
                               "choose a Vigilo database.")
                      .arg(where),
        {{QStringLiteral("location"), where}}, QStringLiteral("not_a_vigilo_database"));
}

bool Store::isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgres://"))
           || location.startsWith(QLatin1String("postgresql://"));
}

QString Store::redacted(const QString &location)
{
    QUrl url(location);
    if (!url.isValid() || url.password().isEmpty())
        return location;
    url.setPassword(QStringLiteral("***"));
    return url.toString();
}

Result<std::unique_ptr<Store>> Store::openPostgres(const QString &location, int targetVersion,
                                                   OpenMode mode)
{
    const QUrl url(location);
    // No host: the local server's Unix socket (peer authentication: postgresql:///DATABASE).
    if (!url.isValid() || url.path().size() < 2)
        return Error::input(CoreText::tr("\"%1\" is not a PostgreSQL address: use "
                                         "postgresql://USER@HOST:PORT/DATABASE.")
                                .arg(redacted(location)),
                            {{QStringLiteral("location"), redacted(location)}},
                            QStringLiteral("usage"));
    std::unique_ptr<Store> store(new Store);
    store->m_location = redacted(location);
    store->m_connectionName = nextConnectionName();
    store->m_dialect = std::make_unique<PostgresDialect>();
    {
        QMutexLocker lock(&connectionMutex());
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connectionName);
        if (!db.isValid())
            return Error::storage(CoreText::tr("The PostgreSQL driver for Qt is not installed "
                                               "(Debian: libqt6sql6-psql)."),
                                  {}, QStringLiteral("connection_failed"));
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0 || !url.host().isEmpty())
            db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        QStringList options{QStringLiteral("connect_timeout=5")};
        const QUrlQuery query(url);
        for (const auto &item : query.queryItems())
            if (item.first == QLatin1String("sslmode")
                || item.first == QLatin1String("application_name"))
                options << item.first + QLatin1Char('=') + item.second;
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open())
            return Error::storage(
                CoreText::tr("Cannot connect to %1: %2 Check the address, that the server is "
                             "running and that your login may connect.")
                    .arg(redacted(location), db.lastError().text()),
                {{QStringLiteral("location"), redacted(location)}},
                QStringLiteral("connection_failed"));
    }
    for (const QString &sql : store->m_dialect->connectStatements())
        VIGILO_TRY(store->exec(sql));
    if (mode == OpenMode::ExistingOnly) {
        // Before any lock or DDL: a database without the schema is left exactly as it was.
        QSqlQuery q(store->database());
        if (!q.exec(QStringLiteral("SELECT to_regclass('vigilo_schema') IS NOT NULL")) || !q.next())
            return sqlError(q.lastError(), q.lastQuery());
        const bool hasSchema = q.value(0).toBool();
        q.finish();
        if (!hasSchema)
            return notVigilo(location, false);
    }
    // Two clients starting together must not migrate at once.
    VIGILO_TRY(store->exec(QStringLiteral("SELECT pg_advisory_lock(7405661)")));
    Status migrated = store->migrate(targetVersion);
    (void)store->exec(QStringLiteral("SELECT pg_advisory_unlock(7405661)"));
    if (!migrated.ok())
        return migrated.error();
    return store;
}

QString Store::sessionUser() const
{
    if (!m_dialect->isPostgres())
        return {};
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
        return {};
    return q.value(0).toString();
}

Status Store::bindMember(const QString &username)
{
    if (!m_dialect->isPostgres() || (m_bindingKnown && username == m_boundMember))
        return {};
    // Session-wide (not SET LOCAL): reads outside a transaction are bound too. A write
    // transaction binds its actor again (WriteScope), so a write never runs for another member.
    auto q = cached(QStringLiteral("SELECT set_config('vigilo.member', ?, false)"));
    if (!q)
        return q.error();
    q->addBindValue(username);
    VIGILO_TRY(exec(*q));
    m_boundMember = username;
    m_bindingKnown = true;
    return {};
}

Result<std::unique_ptr<Store>> Store::openImpl(const QString &location, int targetVersion,
                                               OpenMode mode)
{
    if (location.trimmed().isEmpty())
        return Error::input(CoreText::tr("No database given. Pass --db FILE or set VIGILO_DB."));
    if (isPostgresLocation(location))
        return openPostgres(location, targetVersion, mode);

    const QFileInfo info(location);
    const QString path = info.absoluteFilePath();
    // SQLite would create a missing file on open: look before.
    if (mode == OpenMode::ExistingOnly && !info.exists())
        return notVigilo(path, true);
    if (mode == OpenMode::CreateIfMissing
        && path == QFileInfo(defaultLocation()).absoluteFilePath())
        QDir().mkpath(info.absolutePath());
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error::storage(
            CoreText::tr("The folder %1 does not exist. Create it, or choose another database "
                         "file with --db.")
                .arg(QDir::toNativeSeparators(info.absolutePath())),
            {{QStringLiteral("location"), path}}, QStringLiteral("connection_failed"));
    if (info.exists() && info.isDir())
        return Error::storage(CoreText::tr("%1 is a folder, not a database file.")
                                  .arg(QDir::toNativeSeparators(path)),
                              {{QStringLiteral("location"), path}},
                              QStringLiteral("connection_failed"));

    std::unique_ptr<Store> store(new Store);
    store->m_location = path;
    store->m_connectionName = nextConnectionName();
    store->m_dialect = std::make_unique<SqliteDialect>();
    store->m_networkFs = FileLocation::onNetworkFileSystem(path);
    {
        QMutexLocker lock(&connectionMutex());
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Error::storage(CoreText::tr("Cannot open the database %1: %2")
                                      .arg(QDir::toNativeSeparators(path), db.lastError().text()),
                                  {{QStringLiteral("location"), path}},
                                  QStringLiteral("connection_failed"));
    }
    {
        // A SQLite file with tables of its own (another program's data, a browser profile…) is
        // not made into a Vigilo database behind its owner's back, nor is its journal mode
        // changed: only an empty file or a Vigilo one is opened.
        QSqlQuery q(store->database());
        const bool read =
            q.exec(QStringLiteral(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'vigilo_schema'), "
                "EXISTS (SELECT 1 FROM sqlite_master WHERE name NOT LIKE 'sqlite_%')"))
            && q.next();
        const bool vigilo = read && q.value(0).toBool();
        const bool foreign = read && !vigilo && q.value(1).toBool();
        q.finish();
        if (mode == OpenMode::ExistingOnly && read && !vigilo && !foreign)
            return notVigilo(path, false); // an empty file: left empty
        if (foreign)
            return Error::storage(
                CoreText::tr("%1 is a SQLite database of another program, not a Vigilo database. "
                             "Nothing was changed; choose a Vigilo file or a new file name.")
                    .arg(QDir::toNativeSeparators(path)),
                {{QStringLiteral("location"), path}}, QStringLiteral("not_a_vigilo_database"));
    }
    for (const QString &sql : store->m_dialect->connectStatements()) {
        QSqlQuery q(store->database());
        if (!q.exec(sql)) {
            const QString text = q.lastError().text();
            return Error::storage(
                CoreText::tr("%1 cannot be used as a Vigilo database: %2. Check the path and "
                             "that the file is a Vigilo database you may write to.")
                    .arg(QDir::toNativeSeparators(path), text),
                {{QStringLiteral("location"), path}}, QStringLiteral("connection_failed"));
        }
    }
    VIGILO_TRY(store->migrate(targetVersion));
    return store;
}

QString Store::backendName() const
{
    return m_dialect->name();
}
bool Store::isSqlite() const
{
    return m_dialect->name() == QLatin1String("SQLite");
}
QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM vigilo_schema")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QSqlQuery Store::prepare(const QString &sql) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Result<CachedQuery> Store::cached(const QString &sql)
{
    if (!m_sqlite && !m_dialect->isPostgres())
        m_sqlite = SqliteStatement::handleOf(database());
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        CachedStatement &entry = *it->second;
        if (!entry.inUse) {
            entry.lastUse = ++m_useTick;
            return CachedQuery(entry.query.get(), entry.sqlite.get(), &entry.inUse);
        }
        // Still being read further up (the same statement nested): a one-off for this run.
        if (m_sqlite) {
            QSqlError error;
            auto own = SqliteStatement::prepare(m_sqlite, sql, &error);
            if (!own)
                return sqlError(error, sql);
            return CachedQuery(std::move(own));
        }
        auto own = std::make_unique<QSqlQuery>(database());
        own->setForwardOnly(true);
        if (!own->prepare(sql))
            return sqlError(own->lastError(), sql);
        return CachedQuery(std::move(own));
    }
    if (m_statements.size() >= kMaxCachedStatements)
        evictStatements();
    auto entry = std::make_unique<CachedStatement>();
    if (m_sqlite) {
        QSqlError error;
        entry->sqlite = SqliteStatement::prepare(m_sqlite, sql, &error);
        if (!entry->sqlite)
            return sqlError(error, sql);
    } else {
        entry->query = std::make_unique<QSqlQuery>(database());
        entry->query->setForwardOnly(true);
        if (!entry->query->prepare(sql))
            return sqlError(entry->query->lastError(), sql);
    }
    ++m_prepared;
    entry->lastUse = ++m_useTick;
    CachedStatement *raw = entry.get();
    m_statements.emplace(sql, std::move(entry));
    return CachedQuery(raw->query.get(), raw->sqlite.get(), &raw->inUse);
}

void Store::evictStatements()
{
    // Statements with values spliced into their text (id lists) come and go: keep the half
    // used most recently, and every one still in use.
    std::vector<quint64> ticks;
    for (const auto &[sql, entry] : m_statements)
        if (!entry->inUse)
            ticks.push_back(entry->lastUse);
    if (ticks.empty())
        return;
    std::nth_element(ticks.begin(), ticks.begin() + ticks.size() / 2, ticks.end());
    const quint64 cutoff = ticks[ticks.size() / 2];
    for (auto it = m_statements.begin(); it != m_statements.end();) {
        if (!it->second->inUse && it->second->lastUse <= cutoff)
            it = m_statements.erase(it);
        else
            ++it;
    }
}

CachedQuery::CachedQuery(QSqlQuery *query, SqliteStatement *sqlite, bool *inUse)
    : m_query(query)
    , m_sqlite(sqlite)
    , m_inUse(inUse)
{
    *m_inUse = true;
}

CachedQuery::CachedQuery(std::unique_ptr<QSqlQuery> own)
    : m_query(own.get())
    , m_ownQuery(std::move(own))
{}

CachedQuery::CachedQuery(std::unique_ptr<SqliteStatement> own)
    : m_sqlite(own.get())
    , m_ownSqlite(std::move(own))
{}

CachedQuery::CachedQuery(CachedQuery &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_sqlite(std::exchange(other.m_sqlite, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_ownQuery(std::move(other.m_ownQuery))
    , m_ownSqlite(std::move(other.m_ownSqlite))
{}

CachedQuery::~CachedQuery()
{
    if (!m_query && !m_sqlite)
        return;
    finish();
    if (m_inUse)
        *m_inUse = false;
}

void CachedQuery::bindValue(int index, const QVariant &value)
{
    if (m_sqlite)
        m_sqlite->bindValue(index, value);
    else
        m_query->bindValue(index, value);
}

void CachedQuery::addBindValue(const QVariant &value)
{
    if (m_sqlite)
        m_sqlite->addBindValue(value);
    else
        m_query->addBindValue(value);
}

bool CachedQuery::next()
{
    return m_sqlite ? m_sqlite->next() : m_query->next();
}

QVariant CachedQuery::value(int index) const
{
    return m_sqlite ? m_sqlite->value(index) : m_query->value(index);
}

int CachedQuery::numRowsAffected() const
{
    return m_sqlite ? m_sqlite->numRowsAffected() : m_query->numRowsAffected();
}

int CachedQuery::size() const
{
    return m_sqlite ? -1 : m_query->size();
}

QSqlRecord CachedQuery::record() const
{
    return m_sqlite ? m_sqlite->record() : m_query->record();
}

QString CachedQuery::lastQuery() const
{
    return m_sqlite ? m_sqlite->sql() : m_query->lastQuery();
}

void CachedQuery::finish()
{
    if (m_sqlite)
        m_sqlite->finish();
    else
        m_query->finish();
}

Status Store::exec(QSqlQuery &query) const
{
    ++m_executed;
    if (!query.exec())
        return sqlError(query.lastError(), query.lastQuery());
    return {};
}

Status Store::exec(CachedQuery &query) const
{
    if (!query.m_sqlite)
        return exec(*query.m_query);
    ++m_executed;
    if (const QSqlError error = query.m_sqlite->exec(); error.isValid())
        return sqlError(error, query.m_sqlite->sql());
    return {};
}

Status Store::exec(const QString &sql) const
{
    ++m_executed;
    QSqlQuery q(database());
    if (!q.exec(sql))
        return sqlError(q.lastError(), sql);
    return {};
}

Status Store::migrate(int targetVersion)
{
    bool exists = false;
    {
        QSqlQuery q(database());
        if (m_dialect->isPostgres())
            exists = q.exec(QStringLiteral("SELECT to_regclass('vigilo_schema') IS NOT NULL"))
                     && q.next() && q.value(0).toBool();
        else
            exists =
                q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'vigilo_schema'"))
                && q.next();
    }
    if (!exists) {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS vigilo_schema ("
                                   "version INTEGER NOT NULL, applied_at TEXT NOT NULL)"))) {
            return Error::storage(
                CoreText::tr("%1 cannot be used as a Vigilo database: %2")
                    .arg(QDir::toNativeSeparators(m_location), q.lastError().text()),
                {{QStringLiteral("location"), m_location}}, QStringLiteral("connection_failed"));
        }
    }
    const int found = schemaVersion();
    if (found > kSchemaVersion)
        return Error::storage(
            CoreText::tr("This database was written by a newer Vigilo (schema version %1; this "
                         "build understands up to %2). Install a newer Vigilo to open it.")
                .arg(found)
                .arg(kSchemaVersion),
            {{QStringLiteral("schema_version"), found},
             {QStringLiteral("supported_version"), kSchemaVersion}},
            QStringLiteral("schema_too_new"));
    for (int v = found + 1; v <= targetVersion; ++v) {
        Transaction tx(*this);
        VIGILO_TRY(tx.begin());
        if (schemaVersion() >= v) // another process migrated while we waited for the lock
            continue;
        for (const QString &sql : m_dialect->migration(v))
            VIGILO_TRY(exec(sql));
        if (v == 3)
            VIGILO_TRY(backfillTitleWords());
        if (v == 5)
            VIGILO_TRY(backfillLongestWindows());
        QSqlQuery q = prepare(
            QStringLiteral("INSERT INTO vigilo_schema (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(v);
        q.addBindValue(Dialect::toDb(QDateTime::currentDateTimeUtc()));
        VIGILO_TRY(exec(q));
        VIGILO_TRY(tx.commit());
    }
    return {};
}

Status Store::backfillTitleWords()
{
    QSqlQuery read(database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, title FROM changes")))
        return Error::storage(read.lastError().text());
    QList<QPair<qint64, QString>> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), read.value(1).toString()});
    read.finish();
    QSqlQuery ins =
        prepare(QStringLiteral("INSERT INTO change_words (word, change_id) VALUES (?, ?)"));
    for (const auto &row : rows)
        for (const QString &w : titleWords(row.second)) {
            ins.bindValue(0, w);
            ins.bindValue(1, row.first);
            VIGILO_TRY(exec(ins));
        }
    return {};
}

Status Store::backfillLongestWindows()
{
    QSqlQuery read(database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT workspace_id, planned_start, planned_end FROM changes "
                                  "WHERE planned_start IS NOT NULL AND planned_end IS NOT NULL")))
        return Error::storage(read.lastError().text());
    QHash<qint64, qint64> longest;
    while (read.next()) {
        const qint64 secs = Dialect::fromDb(read.value(1)).secsTo(Dialect::fromDb(read.value(2)));
        qint64 &l = longest[read.value(0).toLongLong()];
        l = qMax(l, secs);
    }
    read.finish();
    QSqlQuery upd =
        prepare(QStringLiteral("UPDATE workspaces SET longest_window_secs = ? WHERE id = ?"));
    for (auto it = longest.cbegin(); it != longest.cend(); ++it) {
        upd.bindValue(0, it.value());
        upd.bindValue(1, it.key());
        VIGILO_TRY(exec(upd));
    }
    return {};
}

Store::Transaction::Transaction(Store &store)
    : m_store(store)
{}

Store::Transaction::~Transaction()
{
    if (!m_begun || m_done)
        return;
    --m_store.m_txDepth;
    m_store.m_txValues.clear();     // what was read or written inside is undone
    m_store.m_bindingKnown = false; // so is a member bound inside: bind again before the next use
    if (m_joined) {
        m_store.m_doomed = true; // its writes stay in the outer transaction: that must not commit
        return;
    }
    QSqlQuery q(m_store.database());
    if (m_store.m_txDepth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        const QString sp = QStringLiteral("vigilo_sp%1").arg(m_store.m_txDepth);
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp);
        q.exec(QStringLiteral("RELEASE SAVEPOINT ") + sp);
    }
}

Status Store::execControl(const QString &sql)
{
    if (m_dialect->isPostgres())
        return exec(sql);
    auto q = cached(sql);
    if (!q)
        return q.error();
    return exec(*q);
}

Status Store::Transaction::begin()
{
    Q_ASSERT(!m_begun);
    if (m_store.m_txDepth == 0) {
        VIGILO_TRY(m_store.execControl(m_store.m_dialect->beginWrite()));
        m_store.m_doomed = false;
    } else if (!m_store.m_savepoints) {
        m_joined = true;
    } else {
        VIGILO_TRY(
            m_store.execControl(QStringLiteral("SAVEPOINT vigilo_sp%1").arg(m_store.m_txDepth)));
    }
    ++m_store.m_txDepth;
    m_begun = true;
    return {};
}

Status Store::Transaction::commit()
{
    Q_ASSERT(m_begun && !m_done);
    if (m_store.m_txDepth == 1) {
        if (m_store.m_doomed)
            return Error::storage(CoreText::tr("A part of this transaction failed, so none of it "
                                               "was saved."));
        Status s = m_store.execControl(QStringLiteral("COMMIT"));
        if (!s.ok())
            return s;               // the destructor rolls back
        m_store.m_txValues.clear(); // the lock is gone
    } else if (!m_joined) {
        VIGILO_TRY(m_store.execControl(
            QStringLiteral("RELEASE SAVEPOINT vigilo_sp%1").arg(m_store.m_txDepth - 1)));
    }
    --m_store.m_txDepth;
    m_done = true;
    return {};
}

} // namespace vigilo
