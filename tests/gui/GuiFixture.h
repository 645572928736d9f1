#pragma once
// A small workspace for GUI suites, built through the core: a temp SQLite file (or a scratch
// PostgreSQL database, see GuiBackend.h), a Session signed in as `user`, members of each role and
// three assets. Times follow the system clock (through a team server, the suite's clock when it
// shares one).

#include "GuiBackend.h"
#include "ResultCheck.h"
#include "main/Session.h"

#include "Clock.h"
#include "Store.h"
#include "Vigilo.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace vigilo::guitest {

// owner (alex), admin (adam), approvers (april, aaron), engineers (erin, eli), viewer (vera).
struct GuiWorkspace {
    QTemporaryDir dir;
    GuiDatabase db{dir, QStringLiteral("gui.sqlite")};
    // The window's session, signed in as `user` (on a server: connected as that login).
    std::unique_ptr<ui::Session> session;
    // On a server: the database owner's connection, through which the suite prepares what other
    // people do. On SQLite: empty (everything goes through `session`).
    std::unique_ptr<ui::Session> owner;
    QString error;

    // `serverClock`: through a team server, the time the server runs on (a suite that moves
    // time; GuiDatabase::shareClock); elsewhere ignored.
    explicit GuiWorkspace(const QString &user, test::TestClock *serverClock = nullptr)
    {
        if (!db.ok() || (serverClock && !db.shareClock(*serverClock))) {
            error = db.errorText();
            return;
        }
        auto o = db.openOwnerSession();
        if (!o.ok()) {
            error = o.error().message;
            return;
        }
        owner = std::move(o).value();
        if (!owner && !openWindowSession(user))
            return;
        Vigilo &core = this->core();
        auto ws = core.workspaces().createWorkspace(
            QStringLiteral("acme"), QStringLiteral("Acme Operations"), QStringLiteral("en_US"),
            QStringLiteral("alex"), QStringLiteral("Alex Owner"));
        if (!ws.ok()) {
            error = ws.error().message;
            return;
        }
        const Actor owner = as(QStringLiteral("alex"));
        const QList<std::pair<const char *, Role>> people = {
            {"adam", Role::Admin},    {"april", Role::Approver}, {"aaron", Role::Approver},
            {"erin", Role::Engineer}, {"eli", Role::Engineer},   {"vera", Role::Viewer}};
        for (const auto &[name, role] : people)
            if (auto m = core.workspaces().addMember(owner, QString::fromLatin1(name), role);
                !m.ok())
                error = m.error().message;
        for (const auto &[name, kind] :
             {std::pair{"payments-api", "service"}, std::pair{"db-primary", "database"},
              std::pair{"edge-fw", "network"}})
            if (auto a = core.workspaces().addAsset(owner, QString::fromLatin1(name),
                                                    QString::fromLatin1(kind));
                !a.ok())
                error = a.error().message;
        // On a server the window connects as `user`'s own login, which exists now.
        if (this->owner && error.isEmpty())
            openWindowSession(user);
    }

    bool ok() const { return error.isEmpty() && session; }
    // Where the window's user opens the database (a file, or a server address as `user`).
    QString location(const QString &user) const { return db.locationFor(user); }
    // The core the suite prepares data through (any member may be the actor).
    Vigilo &core() { return owner ? owner->core() : session->core(); }

    Actor as(const QString &username)
    {
        auto a = core().workspaces().signIn(QStringLiteral("acme"), username);
        if (!a.ok())
            qFatal("sign in %s: %s", qPrintable(username), qPrintable(a.error().message));
        return a.value();
    }

    // A valid normal change on `asset`, starting `startInHours` from now, lasting two hours.
    ChangeDraft draft(const QString &title, int startInHours,
                      const QString &asset = QStringLiteral("payments-api"))
    {
        ChangeDraft d;
        d.title = title;
        d.description = QStringLiteral("Planned by the GUI suite.");
        d.changeType = ChangeType::Normal;
        d.priority = Priority::Medium;
        const QDateTime start =
            QDateTime::currentDateTimeUtc().addSecs(qint64(startInHours) * 3600);
        d.plannedStart = QDateTime(start.date(), QTime(start.time().hour(), 0), Qt::UTC);
        d.plannedEnd = d.plannedStart->addSecs(2 * 3600);
        d.affectedAssets = QStringList{asset};
        d.implementationPlan = QStringLiteral("1. Drain traffic\n2. Apply the change\n3. Verify");
        d.rollbackPlan = QStringLiteral("Revert the deployment and restore traffic.");
        d.testPlan = QStringLiteral("Health checks green for 15 minutes.");
        d.assignee = QStringLiteral("erin");
        return d;
    }

    // Creates `draft` as `requester` and submits it: the change is in review.
    int inReview(const QString &requester, const ChangeDraft &d)
    {
        const Actor who = as(requester);
        auto created = core().changes().create(who, d);
        if (!created.ok())
            qFatal("create: %s", qPrintable(created.error().message));
        auto submitted = core().changes().apply(who, created->number, Action::Submit);
        if (!submitted.ok())
            qFatal("submit: %s", qPrintable(submitted.error().message));
        return created->number;
    }

    ui::Session *openWindowSession(const QString &user)
    {
        auto s = db.openSession(user);
        if (!s.ok()) {
            error = s.error().message;
            return nullptr;
        }
        session = std::move(s).value();
        return session.get();
    }

    ChangeStatus statusOf(int number)
    {
        return VALUE_OK(core().changes().get(as(QStringLiteral("alex")), number)).status;
    }
};

// The modal dialog on top, once it is up (for QTimer::singleShot answers).
template <typename T> T *activeModal()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

// Chooses `path` in a file dialog and accepts it, as a user would: selectFile() leaves the name
// box alone while it has the focus (a race with the dialog becoming active), so the path is also
// typed into the box.
inline void chooseFile(QFileDialog *dialog, const QString &path)
{
    dialog->selectFile(path);
    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        name->setText(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
}

} // namespace vigilo::guitest

// QCOMPARE for the domain's enums, printed by their wire names.
#define QCOMPARE_ENUM(actual, expected)                                                            \
    QCOMPARE(::vigilo::toString(actual), ::vigilo::toString(expected))
