#include "TestWorkspace.h"

#include "LocalTransport.h"
#include "RawSql.h"
#include "RemoteTransport.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace vigilo::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

QByteArray describe(const Error &e)
{
    return (e.code + QStringLiteral(": ") + e.message + QStringLiteral(" ")
            + QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)))
        .toUtf8();
}

QList<QJsonObject> objectsWithKeys(const QJsonValue &value, const QStringList &keys)
{
    QList<QJsonObject> found;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        bool all = true;
        for (const QString &k : keys)
            all = all && o.contains(k);
        if (all)
            found << o;
        for (auto it = o.begin(); it != o.end(); ++it)
            found << objectsWithKeys(it.value(), keys);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            found << objectsWithKeys(v, keys);
    }
    return found;
}

QStringList TestWorkspace::memberNames()
{
    return {QStringLiteral("owner"),     QStringLiteral("admin"),    QStringLiteral("approver"),
            QStringLiteral("approver2"), QStringLiteral("engineer"), QStringLiteral("engineer2"),
            QStringLiteral("viewer")};
}

Role TestWorkspace::roleOf(const QString &username)
{
    if (username == QLatin1String("owner"))
        return Role::Owner;
    if (username == QLatin1String("admin"))
        return Role::Admin;
    if (username.startsWith(QLatin1String("approver")))
        return Role::Approver;
    if (username.startsWith(QLatin1String("engineer")))
        return Role::Engineer;
    return Role::Viewer;
}

QStringList TestWorkspace::assetNames()
{
    return {QStringLiteral("payments-api"), QStringLiteral("db-primary"),
            QStringLiteral("edge-fw")};
}

TestWorkspace::TestWorkspace(const QString &slug, bool withMembers)
    : m_clock(fixedNow())
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    if (onPostgres() || onServer()) {
        m_pg = std::make_unique<ScratchDatabase>();
        if (!m_pg->ok()) {
            m_error = QStringLiteral("PostgreSQL test database: ") + m_pg->errorText();
            return;
        }
        m_dbPath = m_pg->url();
    } else {
        m_dbPath = m_dir.filePath(QStringLiteral("vigilo.sqlite"));
    }
    if (m_pg) {
        // The schema's owner (the cluster's superuser here) creates the schema; the core then
        // runs as the server's role, with the acting member bound, as vigilo-server runs it.
        auto schema = Store::open(m_dbPath, Store::OpenMode::CreateIfMissing);
        if (!schema.ok()) {
            m_error = QString::fromUtf8(describe(schema.error()));
            return;
        }
    }
    auto opened =
        Store::open(m_pg ? m_pg->serverUrl() : m_dbPath,
                    m_pg ? Store::OpenMode::ExistingOnly : Store::OpenMode::CreateIfMissing);
    if (!opened.ok()) {
        m_error = QString::fromUtf8(describe(opened.error()));
        return;
    }
    m_store = std::move(opened).value();
    m_core = std::make_unique<Vigilo>(*m_store, m_clock);
    m_firstSlug = slug;
    m_error = populate(slug, withMembers);
    if (!m_error.isEmpty() || !withMembers)
        return;
    if (onServer()) {
        // The server's clock is this workspace's: written to a file it reads on every now().
        const QString clockFile = m_dir.filePath(QStringLiteral("server-clock"));
        if (!m_clock.shareWith(clockFile)) {
            m_error = QStringLiteral("cannot write the server's clock file ") + clockFile;
            return;
        }
        // Webhooks go out when a test asks, as on a database.
        m_server = std::make_unique<TestServer>(
            m_pg->url(),
            QStringList{QStringLiteral("--set"), QStringLiteral("webhook_delivery=on_request")},
            clockFile);
        if (!m_server->ok())
            m_error = QStringLiteral("vigilo-server: ") + m_server->errorText();
    }
}

QString TestWorkspace::populate(const QString &slug, bool withMembers)
{
    auto ws = m_core->workspaces().createWorkspace(slug, QStringLiteral("Acme Operations"),
                                                   QStringLiteral("en_US"), QStringLiteral("owner"),
                                                   QStringLiteral("Olivia Owner"));
    if (!ws.ok())
        return QString::fromUtf8(describe(ws.error()));
    m_workspace = ws.value();
    if (!withMembers)
        return {};
    for (const QString &name : memberNames()) {
        if (name == QLatin1String("owner"))
            continue;
        auto m = addMember(name, roleOf(name));
        if (!m.ok())
            return QString::fromUtf8(describe(m.error()));
    }
    const QStringList kinds = {QStringLiteral("service"), QStringLiteral("database"),
                               QStringLiteral("network")};
    for (int i = 0; i < assetNames().size(); ++i) {
        auto a = m_core->workspaces().addAsset(owner(), assetNames().at(i), kinds.at(i));
        if (!a.ok())
            return QString::fromUtf8(describe(a.error()));
    }
    return {};
}

bool TestWorkspace::startOver()
{
    return startOver(QStringLiteral("%1-%2").arg(m_firstSlug).arg(++m_rounds));
}

bool TestWorkspace::startOver(const QString &slug)
{
    m_clock.setNow(fixedNow());
    m_error = populate(slug, true);
    for (auto &[name, c] : m_clients)
        c->setWorkspace(m_workspace.slug);
    return ok();
}

client::Client &TestWorkspace::client(const QString &username)
{
    auto &slot = m_clients[username];
    if (slot)
        return *slot;
    std::unique_ptr<client::Transport> transport;
    if (m_server) {
        client::RemoteOptions options;
        options.location = m_server->location();
        options.token = m_server->tokenFor(username);
        if (options.token.isEmpty())
            qWarning("cannot sign %s in on the server: %s", qPrintable(username),
                     qPrintable(m_server->errorText()));
        auto opened = client::RemoteTransport::open(options);
        if (!opened.ok())
            qFatal("cannot reach the test server: %s", describe(opened.error()).constData());
        transport = std::move(opened).value();
    } else {
        transport = std::make_unique<client::LocalTransport>(*m_store, username, &m_clock);
    }
    slot = std::make_unique<client::Client>(std::move(transport), m_workspace.slug);
    return *slot;
}

TestWorkspace::~TestWorkspace()
{
    m_clients.clear();
    m_server.reset();
    m_core.reset();
    m_store.reset();
    m_pg.reset(); // after the Store has closed its connection
}

QString TestWorkspace::dbUrlAs(const QString &login) const
{
    // Members have no login of their own: the server's role, acting for `login` once bound.
    if (!m_pg)
        return m_dbPath;
    return login == QLatin1String("postgres") ? m_pg->url() : m_pg->serverUrl();
}

Result<Member> TestWorkspace::addMember(const QString &username, Role role)
{
    return m_core->workspaces().addMember(owner(), username, role,
                                          username.left(1).toUpper() + username.mid(1));
}

Actor TestWorkspace::as(const QString &username) const
{
    auto a = m_core->workspaces().signIn(m_workspace.slug, username);
    if (!a.ok())
        qWarning("cannot sign in as %s: %s", qPrintable(username), describe(a.error()).constData());
    return a.ok() ? a.value() : Actor{};
}

ChangeDraft TestWorkspace::validDraft(const QString &title) const
{
    ChangeDraft d;
    d.title = title;
    d.description = QStringLiteral("Replace the expiring certificate on the payments edge.");
    d.changeType = ChangeType::Normal;
    d.priority = Priority::Medium;
    d.riskLevel = RiskLevel::Low;
    const QDateTime start = fixedNow().addDays(3).addSecs(3600); // 2026-03-05T10:00Z
    d.plannedStart = start;
    d.plannedEnd = start.addSecs(2 * 3600);
    d.implementationPlan =
        QStringLiteral("1. Drain node A\n2. Install certificate\n3. Restore traffic");
    d.rollbackPlan = QStringLiteral("Reinstall the previous certificate from the vault.");
    d.testPlan = QStringLiteral("curl -v https://payments.example.com shows the new expiry.");
    d.affectedAssets = QStringList{QStringLiteral("payments-api")};
    return d;
}

Result<ChangeRequest> TestWorkspace::createChange(const ChangeDraft &draft)
{
    return createChange(engineer(), draft);
}

Result<ChangeRequest> TestWorkspace::createChange(const Actor &requester, const ChangeDraft &draft)
{
    return m_core->changes().create(requester, draft);
}

Result<ChangeRequest> TestWorkspace::changeIn(ChangeStatus target, const Actor &requester,
                                              const ChangeDraft &draft)
{
    auto created = createChange(requester, draft);
    if (!created.ok())
        return created.error();
    return push(created->number, target);
}

Result<ChangeRequest> TestWorkspace::changeIn(ChangeStatus target)
{
    return changeIn(target, engineer(), validDraft());
}

Result<ChangeRequest> TestWorkspace::get(int number) const
{
    return m_core->changes().get(owner(), number);
}

ChangeStatus TestWorkspace::statusOf(int number) const
{
    auto c = get(number);
    return c.ok() ? c->status : ChangeStatus::Draft;
}

Result<ChangeRequest> TestWorkspace::push(int number, ChangeStatus target)
{
    for (int guard = 0; guard < 12; ++guard) {
        auto current = get(number);
        if (!current.ok())
            return current.error();
        const ChangeStatus s = current->status;
        if (s == target)
            return current;
        const Actor requester = as(current->requester);
        TransitionInput in;
        Result<ChangeRequest> r = Error::rule(QStringLiteral("test_push"),
                                              QStringLiteral("cannot reach the target status"));
        if (target == ChangeStatus::Cancelled) {
            in.reason = QStringLiteral("No longer needed");
            r = m_core->changes().apply(requester, number, Action::Cancel, in);
        } else if (target == ChangeStatus::Rejected && s == ChangeStatus::Review) {
            in.reason = QStringLiteral("Window collides with month-end close");
            const Actor decider =
                current->requester == QLatin1String("approver") ? admin() : approver();
            r = m_core->changes().apply(decider, number, Action::Reject, in);
        } else if (s == ChangeStatus::Draft) {
            r = m_core->changes().apply(requester, number, Action::Submit, in);
        } else if (s == ChangeStatus::Review) {
            // Whoever may decide the current step (never the requester).
            for (const QString &name : {QStringLiteral("approver"), QStringLiteral("approver2"),
                                        QStringLiteral("admin"), QStringLiteral("owner")}) {
                if (name == current->requester)
                    continue;
                in.comment = QStringLiteral("Looks good");
                r = m_core->changes().apply(as(name), number, Action::Approve, in);
                if (r.ok())
                    break;
            }
        } else if (s == ChangeStatus::Approved) {
            r = m_core->changes().apply(requester, number, Action::Schedule, in);
        } else if (s == ChangeStatus::Scheduled) {
            // The fixture's clock stands before the planned window: an early start, justified.
            in.justification = QStringLiteral("Started ahead of the window for the test");
            r = m_core->changes().apply(requester, number, Action::Start, in);
        } else if (s == ChangeStatus::InProgress && target == ChangeStatus::RolledBack) {
            in.reason = QStringLiteral("Error rate above 5% after the switch");
            const Actor decider =
                current->requester == QLatin1String("approver") ? admin() : approver();
            r = m_core->changes().apply(decider, number, Action::Rollback, in);
        } else if (s == ChangeStatus::InProgress) {
            in.closureCode = ClosureCode::Successful;
            in.closureNotes = QStringLiteral("Done as planned.");
            r = m_core->changes().apply(requester, number, Action::Complete, in);
        }
        if (!r.ok())
            return r.error();
    }
    return Error::rule(QStringLiteral("test_push"), QStringLiteral("too many steps"));
}

qint64 TestWorkspace::count(const QString &table, const QString &where) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    QSqlQuery q(m_store->database());
    if (!q.exec(sql) || !q.next())
        return -1;
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

QString TestWorkspace::fingerprint() const
{
    return rawFingerprint(m_dbPath);
}

} // namespace vigilo::test
