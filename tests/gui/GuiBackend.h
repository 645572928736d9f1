#pragma once
// Where a GUI suite keeps its database. ctest registers every GUI suite twice, like the core and
// CLI suites: `NAME` over a SQLite file in a temporary folder and `NAME_pg` with
// VIGILO_TEST_BACKEND=postgresql over a fresh database on the server that .ci/with-postgres
// starts. On a server the window's session connects as the server's role and acts for the
// suite's user (members have no database login), while the suite prepares other people's
// actions through a second connection as the database's owner (a superuser here).
// Suites that opt in (SERVER in tests/gui/CMakeLists.txt) run a third time, `NAME_server` with
// VIGILO_TEST_BACKEND=server: the same scratch database, its data prepared by the owner's
// connection as on PostgreSQL, and a real vigilo-server started in front of it (TestServer.h)
// when the first window session opens; the window's session is a team-server session of the
// suite's user, signed in with a token (enrolled by the server's operator, as a team's members
// are), on vigilo+insecure://127.0.0.1:PORT. Session::core() is not there on such a session:
// a suite checks through the owner's connection (checkCore(), checkActor()) or the Client.

#include "main/Session.h"

#include "DemoBuilder.h"
#include "ServerSession.h"
#include "Store.h"
#include "TestBackend.h"
#include "TestClock.h"
#include "TestServer.h"
#include "Vigilo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace vigilo::guitest {

class GuiDatabase final {
public:
    // A file `fileName` in `dir` on SQLite; a scratch database on PostgreSQL (also when through
    // a team server).
    GuiDatabase(const QTemporaryDir &dir, const QString &fileName)
        : m_dir(dir.path())
    {
        if (!test::onPostgres() && !test::onServer()) {
            m_file = dir.filePath(fileName);
            return;
        }
        m_pg = std::make_unique<test::ScratchDatabase>();
        if (!m_pg->ok())
            m_error = QStringLiteral("PostgreSQL test database: ") + m_pg->errorText();
    }

    bool onServer() const { return m_pg != nullptr; }
    // Through a team server the server runs on `clock` too (vigilo-server-testclock reads the
    // time the clock writes to a file), so what it decides by "now" (an overrunning change, a
    // decision due) follows the suite. Call before the first window session starts the server.
    bool shareClock(test::TestClock &clock)
    {
        if (!throughTeamServer())
            return true;
        if (m_server) {
            m_error = QStringLiteral("shareClock: the vigilo-server has already started");
            return false;
        }
        m_clockFile = m_dir + QStringLiteral("/server-clock");
        if (!clock.shareWith(m_clockFile)) {
            m_error = QStringLiteral("shareClock: cannot write ") + m_clockFile;
            return false;
        }
        return true;
    }
    // VIGILO_TEST_BACKEND=server: window sessions go through a vigilo-server.
    static bool throughTeamServer() { return test::onServer(); }
    bool ok() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }

    // How the status bar names it: the file's name, or the database's name on the server.
    // Through a team server: its address.
    QString shortName() const
    {
        if (test::TestServer *server = teamServer())
            return server->location();
        return m_pg ? m_pg->name() : QFileInfo(m_file).fileName();
    }
    // The backend's name as the status bar shows it.
    QString backendName() const
    {
        if (throughTeamServer())
            return QStringLiteral("Team server");
        return m_pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    }
    // The vigilo-server in front of the database (started on first use), or null when this run
    // is not through a team server or it could not start (errorText() then says why).
    test::TestServer *teamServer() const
    {
        if (!throughTeamServer() || !m_pg)
            return nullptr;
        if (!m_server) {
            m_server =
                std::make_unique<test::TestServer>(ownerLocation(), QStringList{}, m_clockFile);
            if (!m_server->ok())
                m_error = QStringLiteral("vigilo-server: ") + m_server->errorText();
            else
                qInfo("through a team server: vigilo-server on %s in front of %s",
                      qPrintable(m_server->location()), qPrintable(m_pg->name()));
        }
        return m_server->ok() ? m_server.get() : nullptr;
    }

    // The database as its owner sees it: the file, or the superuser's address.
    QString ownerLocation() const { return m_pg ? m_pg->url() : m_file; }
    // The database as a workstation acting for `login` opens it: the file, or the address of
    // the server's role (members have no login; the core binds who acts).
    QString locationFor(const QString &login) const
    {
        Q_UNUSED(login);
        if (test::TestServer *server = teamServer())
            return server->location();
        return m_pg ? m_pg->serverUrl() : m_file;
    }

    // The window's session for `user` (on a server: the server's role acting for `user`, the
    // schema created by its owner first); `clock`: a ManualClock to inject (default: the
    // system clock).
    Result<std::unique_ptr<ui::Session>> openSession(const QString &user,
                                                     std::shared_ptr<const Clock> clock = {}) const
    {
        if (m_pg) {
            auto schema = Store::open(ownerLocation(), Store::OpenMode::CreateIfMissing);
            if (!schema.ok())
                return schema.error();
        }
        if (throughTeamServer())
            return openTeamServerSession(user, std::move(clock));
        return ui::Session::open(locationFor(user), user, Store::OpenMode::CreateIfMissing,
                                 std::move(clock));
    }

    // A connection as the database's owner, for what other people do in a suite. On SQLite this
    // is empty: the suite acts through the window's own session, as before.
    Result<std::unique_ptr<ui::Session>>
    openOwnerSession(std::shared_ptr<const Clock> clock = {}) const
    {
        if (!m_pg)
            return std::unique_ptr<ui::Session>();
        return ui::Session::open(ownerLocation(), QStringLiteral("postgres"),
                                 Store::OpenMode::CreateIfMissing, std::move(clock));
    }

    // The core a suite checks the window's answers against: the window session's own on a
    // database; on a team server (its sessions have no core) a connection as the database's
    // owner, opened on first use and kept.
    Vigilo &checkCore(ui::Session &window) const
    {
        if (!window.isRemote())
            return window.core();
        if (!m_checker) {
            auto owner = openOwnerSession();
            if (!owner.ok() || !*owner)
                qFatal("the owner's connection for the checks: %s",
                       qPrintable(owner.ok() ? QStringLiteral("none") : owner.error().message));
            m_checker = std::move(owner).value();
        }
        return m_checker->core();
    }

    // Through a team server: another member's workstation on the same server, `user`'s session
    // with `workspace` chosen (what it writes, the server pushes to the window). Null elsewhere
    // or when the server refuses it.
    std::unique_ptr<ui::Session> otherWorkstation(const QString &user,
                                                  const QString &workspace) const
    {
        if (!throughTeamServer())
            return nullptr;
        auto session = openTeamServerSession(user, {});
        if (!session.ok())
            return nullptr;
        (*session)->client().setWorkspace(workspace);
        return std::move(session).value();
    }

    // What vigilo-cli runs as `login` need besides --db location(login): through a team server
    // the session token (VIGILO_TOKEN; the token says who acts, so no --as), else nothing.
    QProcessEnvironment cliEnvironment(const QString &login) const
    {
        QProcessEnvironment env;
        if (test::TestServer *server = teamServer())
            env.insert(QStringLiteral("VIGILO_TOKEN"), server->tokenFor(login));
        return env;
    }

    // `shown` (the window's actor) as checkCore() knows it: on a team server the window's actor
    // carries what the server told it, so the owner's core signs the same member in.
    Actor checkActor(ui::Session &window, const Actor &shown) const
    {
        if (!window.isRemote())
            return shown;
        auto a = checkCore(window).workspaces().signIn(shown.workspace.slug, shown.member.username);
        if (!a.ok())
            qFatal("sign in %s for the checks: %s", qPrintable(shown.member.username),
                   qPrintable(a.error().message));
        return a.value();
    }

    // Builds the demo workspace with `user` as an extra owner and opens `user`'s session on it.
    // On a server the owner builds it (only the database owner may write history in the demo
    // people's names); `user`'s session then acts through the server's role.
    Result<std::unique_ptr<ui::Session>> openDemo(const QString &user, DemoOptions options) const
    {
        options.extraOwner = user;
        if (m_pg) {
            auto owner = openOwnerSession();
            if (!owner.ok())
                return owner.error();
            auto built = (*owner)->ensureDemo(options);
            if (!built.ok())
                return built.error();
        }
        auto session = openSession(user);
        if (!session.ok())
            return session.error();
        if (!m_pg) {
            auto built = (*session)->ensureDemo(options);
            if (!built.ok())
                return built.error();
        }
        return session;
    }

private:
    // `user`'s session on the team server, signed in with a token. `clock` (a suite's
    // ManualClock) is the window's "now" (the New change form's default window, the calendar's
    // today); the server keeps the system clock, so what it decides by "now" (an overrunning
    // change, the submit gate's lead time) a suite checks on a database only.
    Result<std::unique_ptr<ui::Session>>
    openTeamServerSession(const QString &user, std::shared_ptr<const Clock> clock) const
    {
        test::TestServer *server = teamServer();
        if (!server)
            return Error::storage(m_error);
        const QString token = server->tokenFor(user);
        if (token.isEmpty())
            return Error::storage(server->errorText());
        auto session = serverSession(server->location(), token, user, std::move(clock));
        if (!session)
            return Error::storage(QStringLiteral("the vigilo-server refused the session of ")
                                  + user);
        return session;
    }

    QString m_dir;
    QString m_file;
    QString m_clockFile; // shareClock(): the time the server runs on
    mutable QString m_error;
    std::unique_ptr<test::ScratchDatabase> m_pg;
    // Declared after the database: stopped and closed before the database is dropped.
    mutable std::unique_ptr<test::TestServer> m_server;
    mutable std::unique_ptr<ui::Session> m_checker;
};

// Declared after a window on `session`: on a team server, before the window goes, every answer
// it waits for has come (a synchronous call answers after the ones sent before it), so that no
// continuation is left for a window that is gone. Nothing to wait for on a database.
struct SettleAnswers {
    ui::Session &session;
    ~SettleAnswers()
    {
        if (session.isRemote())
            (void)session.client().call(QStringLiteral("session.whoami"));
    }
};

// On a team server: waits until every request `session` sent so far is answered (a synchronous
// call answers after the ones sent before it) and their continuations ran; `rounds` times, for
// answers that send the next request. Nothing to wait for on a database.
inline void settle(ui::Session &session, int rounds = 1)
{
    if (!session.isRemote())
        return;
    for (int i = 0; i < rounds; ++i) {
        (void)session.client().call(QStringLiteral("session.whoami"));
        QCoreApplication::processEvents();
    }
}

// Where a suite writes a screenshot or another artefact: the suite's build folder on SQLite, its
// pg/ subfolder on PostgreSQL (both registrations run in parallel and must not share files).
inline QString outputPath(const QString &fileName)
{
    QString dir = QStringLiteral(VIGILO_GUI_TEST_OUTPUT_DIR);
    if (test::onPostgres() || test::onServer()) {
        dir += test::onServer() ? QStringLiteral("/server") : QStringLiteral("/pg");
        QDir().mkpath(dir);
    }
    return dir + QLatin1Char('/') + fileName;
}

} // namespace vigilo::guitest
