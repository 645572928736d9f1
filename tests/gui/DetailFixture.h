#pragma once
// A small workspace for the detail-view suites, built through the core: people of every role,
// assets, a freeze window, and helpers that walk a change through the FSM. Plus a way to answer
// modal dialogs (no fixed sleeps: a short poll until the expected dialog is up).

#include "GuiBackend.h"
#include "ResultCheck.h"
#include "main/Session.h"

#include "Client.h"
#include "Vigilo.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <map>
#include <memory>

// QCOMPARE would find vigilo::toString (a QString) for the domain's enums: compare wire names.
#ifndef QCOMPARE_ENUM
#define QCOMPARE_ENUM(actual, expected)                                                            \
    QCOMPARE(vigilo::toString(actual), vigilo::toString(expected))
#endif

namespace fixture {

using namespace vigilo;
using vigilo::ui::Session;

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Runs `answer` on the first modal widget named `objectName` that shows up within 10 s.
// Returns a flag that becomes true once it ran.
inline std::shared_ptr<bool> onModal(const QString &objectName,
                                     std::function<void(QWidget *)> answer)
{
    auto ran = std::make_shared<bool>(false);
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    const QDeadlineTimer deadline(10000);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, ran, objectName, answer, deadline] {
        QWidget *w = QApplication::activeModalWidget();
        if (w && w->objectName() == objectName && w->isVisible()) {
            timer->stop();
            timer->deleteLater();
            *ran = true;
            answer(w);
        } else if (deadline.hasExpired()) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
    return ran;
}

// Whether `view` (anything with isLoading(): a detail view, a list tab) has had its answers
// within 15 s: at once on a database, later through a team server.
template <typename View> bool answered(const View *view)
{
    return QTest::qWaitFor([view] { return !view->isLoading(); }, 15000);
}

inline QAbstractButton *okButton(QWidget *dialog)
{
    return child<QAbstractButton>(dialog, "okButton");
}

// The workspace lives in a SQLite file or a scratch PostgreSQL database (GuiBackend.h). The
// suite prepares data through core(); a view opened for a person uses sessionFor(that person):
// on a server each person connects as their own login, as at their own workstation.
class DetailWorkspace {
public:
    QTemporaryDir dir;
    vigilo::guitest::GuiDatabase db{dir, s("detail.sqlite")};
    std::unique_ptr<Session> ownerSession; // on a server: the database owner's connection
    std::unique_ptr<Session> session;      // the tester's (the workspace owner's) window
    std::map<QString, std::unique_ptr<Session>> others; // on a server: one per other login
    Actor owner, eng, appr, appr2, admin, viewer;
    // Set before setUp() to run every session on it (default: the system clock); through a
    // team server the server runs on it too (GuiDatabase::shareClock).
    std::shared_ptr<vigilo::test::TestClock> clock;

    Vigilo &core() { return ownerSession ? ownerSession->core() : session->core(); }

    // The session `who` works in: the tester's window for the tester; a session as `who`'s login
    // for anyone else (the views act as their session's user, through its client), in workspace
    // acme as the main window's sign-in would set it.
    Session &sessionFor(const Actor &who)
    {
        const QString login = who.member.username;
        Session *chosen = session.get();
        if (login != session->user()) {
            auto &slot = others[login];
            if (!slot) {
                auto opened = db.openSession(login, clock);
                if (!opened.ok())
                    qFatal("session for %s: %s", qUtf8Printable(login),
                           qUtf8Printable(opened.error().message));
                slot = std::move(opened).value();
            }
            chosen = slot.get();
        }
        chosen->client().setWorkspace(who.workspace.slug);
        return *chosen;
    }

    bool setUp()
    {
        if (!dir.isValid())
            return false;
        if (!db.ok() || (clock && !db.shareClock(*clock))) {
            qWarning("fixture: %s", qUtf8Printable(db.errorText()));
            return false;
        }
        auto ownerOpened = db.openOwnerSession(clock);
        if (!ownerOpened.ok())
            return fail(ownerOpened.error());
        ownerSession = std::move(ownerOpened).value();
        if (!ownerSession) {
            auto opened = db.openSession(s("tester"), clock);
            if (!opened.ok())
                return fail(opened.error());
            session = std::move(opened).value();
        }
        auto ws = core().workspaces().createWorkspace(s("acme"), s("Acme Payments"), s("en_US"),
                                                      s("tester"), s("Terry Tester"));
        if (!ws.ok())
            return fail(ws.error());
        owner = as(s("tester"));
        struct P {
            const char *user, *name;
            Role role;
        };
        for (const P &p :
             {P{"erin", "Erin Engineer", Role::Engineer},
              P{"arno", "Arno Approver", Role::Approver},
              P{"alma", "Alma Approver", Role::Approver}, P{"adam", "Adam Admin", Role::Admin},
              P{"vera", "Vera Viewer", Role::Viewer}})
            if (auto m = core().workspaces().addMember(owner, s(p.user), p.role, s(p.name));
                !m.ok())
                return fail(m.error());
        eng = as(s("erin"));
        appr = as(s("arno"));
        appr2 = as(s("alma"));
        admin = as(s("adam"));
        viewer = as(s("vera"));
        for (const char *a : {"db-primary", "web-edge", "payments-api", "queue-cluster"})
            if (auto r = core().workspaces().addAsset(owner, s(a), s("service")); !r.ok())
                return fail(r.error());
        FreezeWindowInput freeze;
        freeze.name = s("Quarter-end freeze");
        freeze.start = day(30);
        freeze.end = day(33);
        freeze.reason = s("Finance closes the quarter: no changes to payments.");
        freeze.allowOverride = true;
        if (auto r = core().workspaces().addFreezeWindow(owner, freeze); !r.ok())
            return fail(r.error());
        if (!session) { // on a server the tester signs in with the login made above
            auto opened = db.openSession(s("tester"), clock);
            if (!opened.ok())
                return fail(opened.error());
            session = std::move(opened).value();
        }
        return true;
    }

    Actor as(const QString &user)
    {
        auto a = core().workspaces().signIn(s("acme"), user);
        if (!a.ok())
            qFatal("sign in %s: %s", qUtf8Printable(user), qUtf8Printable(a.error().message));
        return *a;
    }

    // Midnight UTC `days` from today, plus `hours`.
    static QDateTime dayStart(int days, int hours = 0)
    {
        return QDateTime(QDateTime::currentDateTimeUtc().date().addDays(days), QTime(0, 0), Qt::UTC)
            .addSecs(qint64(hours) * 3600);
    }
    // The same from the fixture's clock when it has one.
    QDateTime day(int days, int hours = 0) const
    {
        if (!clock)
            return dayStart(days, hours);
        return QDateTime(clock->now().date().addDays(days), QTime(0, 0), Qt::UTC)
            .addSecs(qint64(hours) * 3600);
    }

    int create(const QString &title, int day, int hour, const QStringList &assets,
               const QString &plan = s("1. Drain traffic from the node\n2. Apply the patch\n"
                                       "3. Warm the caches (optional)"),
               ChangeType type = ChangeType::Normal)
    {
        ChangeDraft d;
        d.title = title;
        d.description = s("Prepared by the GUI tests.");
        d.changeType = type;
        d.priority = Priority::Medium;
        if (day > 0) {
            d.plannedStart = this->day(day, hour);
            d.plannedEnd = this->day(day, hour + 2);
        }
        d.affectedAssets = assets;
        d.implementationPlan = plan;
        d.rollbackPlan = s("Restore the previous package and restart.");
        d.testPlan = s("Health check is green; error rate below 0.1 %.");
        d.assignee = s("erin");
        auto c = core().changes().create(eng, d);
        if (!c.ok())
            qFatal("create: %s", qUtf8Printable(c.error().message));
        return c->number;
    }

    // Walks the change forward to `target` through the core, as its people would.
    bool advance(int number, ChangeStatus target)
    {
        auto step = [&](const Actor &who, Action a, TransitionInput in = {}) {
            auto r = core().changes().apply(who, number, a, in);
            if (!r.ok())
                qWarning("advance %s: %s", qUtf8Printable(toString(a)),
                         qUtf8Printable(r.error().message));
            return r.ok();
        };
        const QList<ChangeStatus> path = {ChangeStatus::Review, ChangeStatus::Approved,
                                          ChangeStatus::Scheduled, ChangeStatus::InProgress,
                                          ChangeStatus::Completed};
        for (ChangeStatus next : path) {
            const ChangeStatus now = get(number).status;
            if (now == target)
                return true;
            if (path.indexOf(now) >= path.indexOf(next))
                continue; // already past this step
            bool ok = true;
            switch (next) {
            case ChangeStatus::Review:
                if (target == ChangeStatus::Cancelled) {
                    TransitionInput in;
                    in.reason = s("Not needed any more.");
                    return step(eng, Action::Cancel, in);
                }
                ok = step(eng, Action::Submit);
                break;
            case ChangeStatus::Approved:
                if (target == ChangeStatus::Rejected) {
                    TransitionInput in;
                    in.reason = s("The rollback plan is too thin.");
                    return step(appr, Action::Reject, in);
                }
                ok = step(appr, Action::Approve);
                break;
            case ChangeStatus::Scheduled: ok = step(eng, Action::Schedule); break;
            case ChangeStatus::InProgress: {
                // The planned windows lie days ahead: an early start, justified.
                TransitionInput in;
                in.justification = s("Started ahead of its window by the GUI tests.");
                ok = step(eng, Action::Start, in);
                break;
            }
            case ChangeStatus::Completed: {
                if (target == ChangeStatus::RolledBack) {
                    TransitionInput in;
                    in.reason = s("Error rate doubled.");
                    return step(appr, Action::Rollback, in);
                }
                TransitionInput in;
                in.closureCode = ClosureCode::Successful;
                in.closureNotes = s("Done as planned.");
                ok = step(eng, Action::Complete, in);
                break;
            }
            default: break;
            }
            if (!ok)
                return false;
        }
        return get(number).status == target;
    }

    ChangeRequest get(int number)
    {
        auto c = core().changes().get(owner, number);
        if (!c.ok())
            qFatal("get: %s", qUtf8Printable(c.error().message));
        return *c;
    }

private:
    static bool fail(const Error &e)
    {
        qWarning("fixture: %s", qUtf8Printable(e.message));
        return false;
    }
};

} // namespace fixture
