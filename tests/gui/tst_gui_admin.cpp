// File ▸ Administration… on the offscreen platform, over a real database (SQLite, and
// PostgreSQL in the _pg run): an owner creates a workspace and, entirely through the window's
// dialogs, adds members, a freeze window, an approval policy, a standard template and a risk
// question, renames the workspace and sets the language of its packs; then New change makes a
// change from the template. Members who may not administer see read-only pages with the core's
// reason, and a refusal the core gives (an admin deactivating the last owner, a demoted admin)
// is shown as the core worded it, with nothing written.

#include "DialogDriver.h"
#include "GuiBackend.h"
#include "GuiFixture.h"

#include "admin/AdminForm.h"
#include "admin/AdminPage.h"
#include "admin/AdministrationWindow.h"
#include "admin/PoliciesAdminPage.h"
#include "main/MainWindow.h"
#include "newchange/NewChangeDialog.h"
#include "newchange/TemplatePicker.h"

#include "Catalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <functional>

using namespace vigilo;
using namespace vigilo::guitest;
using ui::AdministrationWindow;
using Page = ui::AdministrationWindow::Page;

class TestGuiAdmin : public QObject {
    Q_OBJECT
private slots:
    void ownerSetsUpAWorkspaceThroughDialogs();
    void engineerAndViewerSeeReadOnlyPages_data();
    void engineerAndViewerSeeReadOnlyPages();
    void coreRefusalsAreShownAndWriteNothing();
    void freezeWindowIsRemovedAfterConfirmation();
    void pagesFitIn1024x768_data();
    void pagesFitIn1024x768();
};

void TestGuiAdmin::ownerSetsUpAWorkspaceThroughDialogs()
{
    GuiWorkspace ws(QStringLiteral("alex"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    ui::MainWindow window(*ws.session);
    SettleAnswers settleWindow{*ws.session};
    QVERIFY(window.openWorkspace(QStringLiteral("acme")));
    window.show();
    AdministrationWindow *admin = window.openAdministration();
    QVERIFY(admin);
    QTRY_VERIFY(!admin->isLoading());
    QCOMPARE(admin->loadError(), QString());

    // A new workspace: the main window opens it and the administration window follows.
    admin->showPage(Page::Workspace);
    ui::AdminPage *workspacePage = admin->page(Page::Workspace);
    QVERIFY(button(workspacePage, "newWorkspaceButton")->isEnabled());
    // OK does not wait for the answer: on a team server the form says it is saving (OK
    // disabled) until the server answered; a database answers before the click returns.
    bool savingAfterOk = false, okEnabledAfterOk = true;
    whenModal(QStringLiteral("newWorkspaceDialog"), [&](QWidget *d) {
        type(d, "slugEdit", QStringLiteral("payments"));
        type(d, "nameEdit", QStringLiteral("Payments Team"));
        choose(d, "languageCombo", QStringLiteral("en_US"));
        ok(d);
        auto *form = static_cast<ui::AdminForm *>(d);
        savingAfterOk = form->isSaving();
        okEnabledAfterOk = form->okButton()->isEnabled();
    });
    button(workspacePage, "newWorkspaceButton")->click();
    QCOMPARE(savingAfterOk, ws.session->isRemote());
    QCOMPARE(okEnabledAfterOk, !ws.session->isRemote());
    QTRY_COMPARE(window.actor()->workspace.slug, QStringLiteral("payments"));
    QCOMPARE_ENUM(window.actor()->member.role, Role::Owner);
    QTRY_VERIFY(!admin->isLoading());
    QTRY_COMPARE(child<QLabel>(workspacePage, QStringLiteral("workspaceSlug"))->text(),
                 QStringLiteral("payments"));
    const Actor alex =
        VALUE_OK(ws.core().workspaces().signIn(QStringLiteral("payments"), QStringLiteral("alex")));

    // Members: three people, one of them deactivated and reactivated.
    admin->showPage(Page::Members);
    ui::AdminPage *members = admin->page(Page::Members);
    struct Person {
        QString user, name;
        Role role;
    };
    const QList<Person> people = {
        {QStringLiteral("bea"), QStringLiteral("Bea Approver"), Role::Approver},
        {QStringLiteral("carl"), QStringLiteral("Carl Engineer"), Role::Engineer},
        {QStringLiteral("vic"), QStringLiteral("Vic Viewer"), Role::Viewer}};
    for (const Person &p : people) {
        whenModal(QStringLiteral("addMemberDialog"), [p](QWidget *d) {
            type(d, "usernameEdit", p.user);
            type(d, "displayNameEdit", p.name);
            choose(d, "roleCombo", int(p.role));
            ok(d);
        });
        // On a team server the new member's one-time enrollment code is shown once.
        QString code;
        if (ws.session->isRemote())
            whenModal(QStringLiteral("enrollmentCodeBox"), [&code](QWidget *d) {
                auto *box = static_cast<QMessageBox *>(d);
                code = box->informativeText();
                box->accept();
            });
        button(members, "addMemberButton")->click();
        if (ws.session->isRemote())
            QTRY_VERIFY2(code.startsWith(QStringLiteral("Code: ")), qPrintable(code));
        QTRY_VERIFY(column(members->table(), 0).contains(p.user));
        QTRY_VERIFY(!admin->isLoading());
    }
    QVERIFY(select(members, QStringLiteral("carl")));
    whenModal(QStringLiteral("changeRoleDialog"), [](QWidget *d) {
        choose(d, "roleCombo", int(Role::Approver));
        ok(d);
    });
    button(members, "changeRoleButton")->click();
    QTRY_VERIFY(!admin->isLoading());
    QVERIFY(select(members, QStringLiteral("vic")));
    button(members, "deactivateMemberButton")->click();
    QTRY_VERIFY(!admin->isLoading());
    QVERIFY(select(members, QStringLiteral("vic")));
    button(members, "reactivateMemberButton")->click();
    QTRY_VERIFY(!admin->isLoading());
    const QList<Member> memberList = VALUE_OK(ws.core().workspaces().members(alex));
    QCOMPARE(memberList.size(), 4);
    for (const Member &m : memberList) {
        if (m.username == QLatin1String("carl"))
            QCOMPARE_ENUM(m.role, Role::Approver);
        if (m.username == QLatin1String("vic"))
            QVERIFY(m.active);
    }

    // A freeze window for two days, workspace-wide, overridable.
    admin->showPage(Page::FreezeWindows);
    ui::AdminPage *freezes = admin->page(Page::FreezeWindows);
    const QDateTime freezeStart =
        QDateTime(QDate::currentDate().addDays(20), QTime(0, 0), Qt::LocalTime);
    whenModal(QStringLiteral("addFreezeDialog"), [freezeStart](QWidget *d) {
        type(d, "nameEdit", QStringLiteral("Quarter close"));
        child<QDateTimeEdit>(d, QStringLiteral("startEdit"))->setDateTime(freezeStart);
        child<QDateTimeEdit>(d, QStringLiteral("endEdit"))->setDateTime(freezeStart.addDays(2));
        type(d, "reasonEdit", QStringLiteral("Books are closed"));
        child<QCheckBox>(d, QStringLiteral("allowOverrideCheck"))->setChecked(true);
        ok(d);
    });
    button(freezes, "addFreezeButton")->click();
    QTRY_COMPARE(freezes->table()->rowCount(), 1);
    const QList<FreezeWindow> windows = VALUE_OK(ws.core().workspaces().freezeWindows(alex));
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows.first().name, QStringLiteral("Quarter close"));
    QCOMPARE(windows.first().start, freezeStart.toUTC());
    QVERIFY(windows.first().allowOverride);
    QVERIFY(windows.first().assets.isEmpty());

    // An approval policy for critical changes with two steps.
    admin->showPage(Page::Policies);
    ui::AdminPage *policies = admin->page(Page::Policies);
    whenModal(QStringLiteral("addPolicyDialog"), [](QWidget *d) {
        type(d, "nameEdit", QStringLiteral("Critical needs an admin"));
        child<QCheckBox>(d, QStringLiteral("priority_critical"))->setChecked(true);
        child<QPushButton>(d, QStringLiteral("addStepButton"))->click();
        auto *steps = child<QTableWidget>(d, QStringLiteral("stepTable"));
        steps->item(1, 0)->setText(QStringLiteral("Admin sign-off"));
        auto *role = child<QComboBox>(d, QStringLiteral("stepRole1"));
        role->setCurrentIndex(role->findData(int(Role::Admin)));
        ok(d);
    });
    button(policies, "addPolicyButton")->click();
    QTRY_COMPARE(policies->table()->rowCount(), 1);
    QList<ApprovalPolicy> policyList = VALUE_OK(ws.core().policies().list(alex));
    QCOMPARE(policyList.size(), 1);
    QVERIFY(policyList.first().priorities == QList<Priority>{Priority::Critical});
    QCOMPARE(policyList.first().steps.size(), 2);
    QCOMPARE_ENUM(policyList.first().steps.at(1).eligibleRole, Role::Admin);

    // A standard template on an asset. (Assets have their own page, built separately: the
    // suite adds this one through the client, as that page does.)
    QVERIFY(ws.session->client()
                .addAsset(QStringLiteral("payments-gw"), QStringLiteral("service"))
                .ok());
    admin->showPage(Page::Templates);
    ui::AdminPage *templates = admin->page(Page::Templates);
    whenModal(QStringLiteral("addTemplateDialog"), [](QWidget *d) {
        type(d, "nameEdit", QStringLiteral("cert-rotation"));
        type(d, "titleEdit", QStringLiteral("Rotate the TLS certificate"));
        choose(d, "priorityCombo", int(Priority::Low));
        QVERIFY(pick(d, {QStringLiteral("payments-gw")}));
        child<QPlainTextEdit>(d, QStringLiteral("implementationPlanEdit"))
            ->setPlainText(QStringLiteral("1. Issue\n2. Deploy\n3. Verify"));
        child<QPlainTextEdit>(d, QStringLiteral("rollbackPlanEdit"))
            ->setPlainText(QStringLiteral("Deploy the previous certificate."));
        child<QPlainTextEdit>(d, QStringLiteral("testPlanEdit"))
            ->setPlainText(QStringLiteral("openssl s_client shows the new expiry."));
        ok(d);
    });
    button(templates, "addTemplateButton")->click();
    QTRY_COMPARE(templates->table()->rowCount(), 1);

    // A risk question, edited once.
    admin->showPage(Page::Risk);
    ui::AdminPage *risk = admin->page(Page::Risk);
    QTRY_VERIFY(risk->table()->rowCount() > 0); // the default questionnaire
    const int defaultQuestions = risk->table()->rowCount();
    whenModal(QStringLiteral("riskQuestionDialog"), [](QWidget *d) {
        type(d, "keyEdit", QStringLiteral("card_data"));
        type(d, "questionEdit", QStringLiteral("Does it touch card data?"));
        child<QPlainTextEdit>(d, QStringLiteral("choicesEdit"))
            ->setPlainText(QStringLiteral("No = 0\nYes = 100"));
        ok(d);
    });
    button(risk, "addQuestionButton")->click();
    QTRY_COMPARE(risk->table()->rowCount(), defaultQuestions + 1);
    QVERIFY(select(risk, QStringLiteral("card_data"), 1));
    whenModal(QStringLiteral("riskQuestionDialog"), [](QWidget *d) {
        child<QSpinBox>(d, QStringLiteral("weightSpin"))->setValue(9);
        ok(d);
    });
    button(risk, "editQuestionButton")->click();
    QTRY_VERIFY(!admin->isLoading());
    bool found = false;
    for (const RiskQuestion &q : VALUE_OK(ws.core().risk().questions(alex)))
        if (q.key == QLatin1String("card_data")) {
            found = true;
            QCOMPARE(q.weight, 9);
            QCOMPARE(q.choices.size(), 2);
        }
    QVERIFY(found);

    // Rename and the language of packs.
    admin->showPage(Page::Workspace);
    whenModal(QStringLiteral("renameWorkspaceDialog"), [](QWidget *d) {
        type(d, "nameEdit", QStringLiteral("Payments Operations"));
        ok(d);
    });
    button(workspacePage, "renameWorkspaceButton")->click();
    whenModal(QStringLiteral("packLanguageDialog"), [](QWidget *d) {
        choose(d, "languageCombo", QStringLiteral("de_DE"));
        ok(d);
    });
    button(workspacePage, "packLanguageButton")->click();
    QTRY_VERIFY(!admin->isLoading());
    const Workspace renamed =
        VALUE_OK(ws.core().workspaces().workspace(QStringLiteral("payments")));
    QCOMPARE(renamed.name, QStringLiteral("Payments Operations"));
    QCOMPARE(renamed.locale, QStringLiteral("de_DE"));
    QTRY_COMPARE(child<QLabel>(workspacePage, QStringLiteral("workspaceName"))->text(),
                 QStringLiteral("Payments Operations"));

    // Every step is in the audit trail, by alex, and the chain verifies.
    const QStringList trail = actions(ws.core(), alex);
    for (const char *action : {"workspace.create", "member.add", "member.role", "member.deactivate",
                               "member.reactivate", "freeze.add", "policy.add", "template.add",
                               "risk.question.set", "workspace.rename", "workspace.pack_language"})
        QVERIFY2(trail.contains(QString::fromLatin1(action) + QStringLiteral(":alex")), action);
    QVERIFY(VALUE_OK(ws.core().audit().verify(alex)).ok);

    // New change from the template: the form is filled and locked, the change is standard.
    const Actor owner = *window.actor();
    ui::NewChangeDialog dialog(*ws.session, owner);
    SettleAnswers settleDialog{*ws.session};
    dialog.show();
    ui::TemplatePicker *picker = dialog.templatePicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->isEnabled(), 15000); // the templates' answer
    QVERIFY(picker->choose(QStringLiteral("cert-rotation")));
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("titleEdit"))->text(),
             QStringLiteral("Rotate the TLS certificate"));
    QVERIFY(child<QPlainTextEdit>(&dialog, QStringLiteral("rollbackPlanEdit"))->isReadOnly());
    QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("typeCombo"))->isEnabled());
    // After the freeze window, far enough ahead for the lead time.
    dialog.setPlannedWindow(freezeStart.addDays(3).toUTC(),
                            freezeStart.addDays(3).addSecs(3600).toUTC());
    auto *create = child<QPushButton>(&dialog, QStringLiteral("createButton"));
    QTRY_VERIFY(create->isEnabled());
    create->click();
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.createdNumber() > 0,
                              qPrintable(dialog.errors().join(QLatin1Char('\n'))), 15000);
    const ChangeRequest made = VALUE_OK(ws.core().changes().get(alex, dialog.createdNumber()));
    QCOMPARE_ENUM(made.changeType, ChangeType::Standard);
    QVERIFY(made.isStandard());
    QCOMPARE(made.rollbackPlan, QStringLiteral("Deploy the previous certificate."));
    QCOMPARE(made.title, QStringLiteral("Rotate the TLS certificate"));
    QCOMPARE(made.affectedAssets, QStringList{QStringLiteral("payments-gw")});

    // The policy preview for that change: standard changes need no approval.
    auto *preview = static_cast<ui::PoliciesAdminPage *>(admin->page(Page::Policies));
    preview->preview(formatChangeNumber(made.number));
    QTRY_VERIFY2_WITH_TIMEOUT(preview->previewText().contains(QLatin1String("standard change")),
                              qPrintable(preview->previewText()), 15000);
    preview->preview(QStringLiteral("not a number"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->previewText().contains(QLatin1String("CHG-00012")), 15000);

    // A retired template is no longer offered.
    admin->showPage(Page::Templates);
    QVERIFY(select(templates, QStringLiteral("cert-rotation")));
    button(templates, "retireTemplateButton")->click();
    QTRY_VERIFY(!admin->isLoading());
    ui::NewChangeDialog later(*ws.session, owner);
    settle(*ws.session); // the templates' answer is in
    QVERIFY(!later.templatePicker()->choose(QStringLiteral("cert-rotation")));
    QVERIFY(!later.templatePicker()->isEnabled());
}

void TestGuiAdmin::engineerAndViewerSeeReadOnlyPages_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("engineer") << QStringLiteral("erin");
    QTest::newRow("viewer") << QStringLiteral("vera");
}

void TestGuiAdmin::engineerAndViewerSeeReadOnlyPages()
{
    QFETCH(QString, user);
    GuiWorkspace ws(user);
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    ui::MainWindow window(*ws.session);
    SettleAnswers settleWindow{*ws.session};
    QVERIFY(window.openWorkspace(QStringLiteral("acme")));
    AdministrationWindow *admin = window.openAdministration();
    QVERIFY(admin);
    QTRY_VERIFY_WITH_TIMEOUT(!admin->isLoading(), 15000);
    QCOMPARE(admin->loadError(), QString());
    for (Page p : {Page::Workspace, Page::Members, Page::FreezeWindows, Page::Policies,
                   Page::Templates, Page::Risk}) {
        ui::AdminPage *page = admin->page(p);
        admin->showPage(p);
        auto *notice = child<QLabel>(page, QStringLiteral("readOnlyNotice"));
        QVERIFY2(!notice->isHidden(), qPrintable(page->objectName()));
        // The core's words: the permission the member lacks.
        QVERIFY2(!notice->text().isEmpty() && !page->rights().refusal.isEmpty(),
                 qPrintable(notice->text()));
        QCOMPARE(notice->text(), page->rights().refusal);
        for (QPushButton *b : page->findChildren<QPushButton *>())
            if (b->objectName() != QLatin1String("newWorkspaceButton")
                && b->objectName() != QLatin1String("previewPolicyButton")
                && !b->objectName().startsWith(QLatin1String("qt_")))
                QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
        if (page->table())
            QVERIFY(page->table()->rowCount() > 0 || p == Page::FreezeWindows || p == Page::Policies
                    || p == Page::Templates);
    }
    // What they may do: read the members and create a workspace of their own.
    QVERIFY(column(admin->page(Page::Members)->table(), 0).contains(QStringLiteral("alex")));
    QVERIFY(button(admin->page(Page::Workspace), "newWorkspaceButton")->isEnabled());
}

void TestGuiAdmin::coreRefusalsAreShownAndWriteNothing()
{
    GuiWorkspace ws(QStringLiteral("adam"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    ui::MainWindow window(*ws.session);
    SettleAnswers settleWindow{*ws.session};
    QVERIFY(window.openWorkspace(QStringLiteral("acme")));
    AdministrationWindow *admin = window.openAdministration();
    QTRY_VERIFY(!admin->isLoading());
    admin->showPage(Page::Members);
    ui::AdminPage *members = admin->page(Page::Members);
    QVERIFY(button(members, "addMemberButton")->isEnabled());
    const Actor alex = ws.as(QStringLiteral("alex"));
    const QStringList before = actions(ws.core(), alex);

    // An admin is not offered the owner role: only owners make owners.
    whenModal(QStringLiteral("addMemberDialog"), [](QWidget *d) {
        QCOMPARE(child<QComboBox>(d, QStringLiteral("roleCombo"))->findData(int(Role::Owner)), -1);
        // Bad input: the core names the field, the dialog stays open, nothing is written.
        type(d, "usernameEdit", QStringLiteral("Not A Name"));
        ok(d);
        // (On a team server the core's answer comes later.)
        QTRY_VERIFY2_WITH_TIMEOUT(!static_cast<ui::AdminForm *>(d)->errorText().isEmpty(),
                                  "no inline error", 15000);
        QVERIFY(d->isVisible());
        static_cast<QDialog *>(d)->reject();
    });
    button(members, "addMemberButton")->click();

    // Deactivating the owner is refused by the core, shown in a message box.
    QVERIFY(select(members, QStringLiteral("alex")));
    QString shown;
    whenModal(QStringLiteral("errorMessageBox"), [&shown](QWidget *d) {
        auto *box = static_cast<QMessageBox *>(d);
        shown = box->informativeText();
        box->accept();
    });
    button(members, "deactivateMemberButton")->click();
    QTRY_VERIFY2_WITH_TIMEOUT(!shown.isEmpty(), "no refusal shown", 15000);
    const Result<Member> cli = ws.core().workspaces().deactivateMember(
        ws.as(QStringLiteral("adam")), QStringLiteral("alex"));
    QVERIFY(!cli.ok());
    QCOMPARE(shown, cli.error().message); // the same refusal as the CLI's

    // Demoted meanwhile: the window still offers Add, the core refuses at OK.
    QVERIFY(ws.core().workspaces().setRole(alex, QStringLiteral("adam"), Role::Engineer).ok());
    const QStringList afterDemotion = actions(ws.core(), alex);
    QString refusal;
    whenModal(QStringLiteral("addMemberDialog"), [&refusal](QWidget *d) {
        type(d, "usernameEdit", QStringLiteral("mallory"));
        choose(d, "roleCombo", int(Role::Admin));
        ok(d);
        auto *form = static_cast<ui::AdminForm *>(d);
        QTRY_VERIFY_WITH_TIMEOUT(!form->errorText().isEmpty(), 15000);
        refusal = form->errorText();
        static_cast<QDialog *>(d)->reject();
    });
    button(members, "addMemberButton")->click();
    QVERIFY2(!refusal.isEmpty(), "no refusal shown");
    QCOMPARE(actions(ws.core(), alex), afterDemotion);
    QCOMPARE(afterDemotion.size(), before.size() + 1); // only alex's role change
    // Reloaded, the pages turn read-only with the core's reason.
    admin->reload();
    QTRY_VERIFY(!admin->isLoading());
    QVERIFY(!button(members, "addMemberButton")->isEnabled());
    QVERIFY(!child<QLabel>(members, QStringLiteral("readOnlyNotice"))->isHidden());
}

// Administration ▸ Freeze windows ▸ Remove…: asks first (Cancel keeps it), then the core removes
// it and audits it; an admin demoted meanwhile is refused with the core's words. On a database
// file there are no sessions: the Members page has no "Sign out everywhere…".
void TestGuiAdmin::freezeWindowIsRemovedAfterConfirmation()
{
    GuiWorkspace ws(QStringLiteral("adam"));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    const Actor alex = ws.as(QStringLiteral("alex"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(30);
    for (const QString &name : {QStringLiteral("Quarter close"), QStringLiteral("Audit week")})
        VERIFY_OK(ws.core().workspaces().addFreezeWindow(
            alex,
            FreezeWindowInput{name, start, start.addDays(2), QStringLiteral("books"), false, {}}));
    ui::MainWindow window(*ws.session);
    SettleAnswers settleWindow{*ws.session};
    QVERIFY(window.openWorkspace(QStringLiteral("acme")));
    AdministrationWindow *admin = window.openAdministration();
    QTRY_VERIFY(!admin->isLoading());
    // On a team server there are sessions to end: the button is there.
    QCOMPARE(admin->page(Page::Members)
                 ->findChild<QPushButton *>(QStringLiteral("revokeSessionsButton"))
                 ->isHidden(),
             !ws.session->isRemote());
    admin->showPage(Page::FreezeWindows);
    ui::AdminPage *freezes = admin->page(Page::FreezeWindows);
    QTRY_COMPARE_WITH_TIMEOUT(freezes->table()->rowCount(), 2, 15000);
    QVERIFY(!button(freezes, "removeFreezeButton")->isEnabled()); // nothing selected
    QVERIFY(select(freezes, QStringLiteral("Audit week")));
    QVERIFY(button(freezes, "removeFreezeButton")->isEnabled());

    // Cancel: nothing happens.
    const QStringList before = actions(ws.core(), alex);
    whenModal(QStringLiteral("removeFreezeConfirm"), [](QWidget *d) {
        static_cast<QMessageBox *>(d)->button(QMessageBox::Cancel)->click();
    });
    button(freezes, "removeFreezeButton")->click();
    settle(*ws.session);
    QCOMPARE(freezes->table()->rowCount(), 2);
    QCOMPARE(actions(ws.core(), alex), before);

    // Yes: removed, audited as adam's.
    QString question;
    whenModal(QStringLiteral("removeFreezeConfirm"), [&question](QWidget *d) {
        auto *box = static_cast<QMessageBox *>(d);
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    button(freezes, "removeFreezeButton")->click();
    QVERIFY2(question.contains(QLatin1String("Audit week")), qPrintable(question));
    QTRY_VERIFY(!admin->isLoading());
    QTRY_COMPARE(column(freezes->table(), 0), QStringList{QStringLiteral("Quarter close")});
    const QList<FreezeWindow> left = VALUE_OK(ws.core().workspaces().freezeWindows(alex));
    QCOMPARE(left.size(), 1);
    QVERIFY(actions(ws.core(), alex).contains(QStringLiteral("freeze.remove:adam")));

    // Demoted meanwhile: the core refuses at Yes, with its words, and writes nothing.
    VERIFY_OK(ws.core().workspaces().setRole(alex, QStringLiteral("adam"), Role::Engineer));
    const QStringList demoted = actions(ws.core(), alex);
    QVERIFY(select(freezes, QStringLiteral("Quarter close")));
    QString shown;
    whenModal(QStringLiteral("removeFreezeConfirm"), [&shown](QWidget *d) {
        whenModal(QStringLiteral("errorMessageBox"), [&shown](QWidget *e) {
            auto *box = static_cast<QMessageBox *>(e);
            shown = box->informativeText();
            box->accept();
        });
        static_cast<QMessageBox *>(d)->button(QMessageBox::Yes)->click();
    });
    button(freezes, "removeFreezeButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
    const auto refused =
        ws.core().workspaces().removeFreezeWindow(ws.as(QStringLiteral("adam")), left.first().id);
    QVERIFY(!refused.ok());
    QCOMPARE(shown, refused.error().message);
    QCOMPARE(actions(ws.core(), alex), demoted);
}

void TestGuiAdmin::pagesFitIn1024x768_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

// Every page of the demo workspace at 1024×768, in English and German: no label or button cut
// off, a screenshot of each (administration-PAGE-LANG.png beside the suite).
void TestGuiAdmin::pagesFitIn1024x768()
{
    QFETCH(QString, language);
    QTranslator german;
    if (language == QLatin1String("de")) {
        QVERIFY(loadVigiloCatalogue(german, QLocale(QLocale::German, QLocale::Germany)));
        QCoreApplication::installTranslator(&german);
    }
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    QTemporaryDir dir;
    GuiDatabase db(dir, QStringLiteral("demo.sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    DemoOptions options;
    options.changes = 30;
    options.seed = 16;
    auto session = db.openDemo(QStringLiteral("tester"), options);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    // The demo has no standard template yet: one for the picture.
    client::Client &c = (*session)->client();
    c.setWorkspace(QStringLiteral("demo"));
    const QList<Asset> assets = VALUE_OK(c.assets());
    QVERIFY(!assets.isEmpty());
    ChangeTemplate t;
    t.name = QStringLiteral("cert-rotation");
    t.title = QStringLiteral("Rotate the TLS certificate");
    t.implementationPlan = QStringLiteral("1. Issue\n2. Deploy\n3. Verify");
    t.rollbackPlan = QStringLiteral("Deploy the previous certificate.");
    t.testPlan = QStringLiteral("The new expiry date is served.");
    t.assets = {assets.first().name};
    VERIFY_OK(c.addTemplate(t));
    ui::MainWindow window(**session);
    SettleAnswers settleWindow{**session};
    QVERIFY(window.openWorkspace(QStringLiteral("demo")));
    AdministrationWindow *admin = window.openAdministration();
    admin->resize(1024, 768);
    QVERIFY(QTest::qWaitForWindowExposed(admin));
    QTRY_VERIFY(!admin->isLoading());
    QCOMPARE(admin->loadError(), QString());
    const QStringList names = {QStringLiteral("workspace"), QStringLiteral("members"),
                               QStringLiteral("freeze"),    QStringLiteral("policies"),
                               QStringLiteral("templates"), QStringLiteral("risk"),
                               QStringLiteral("webhooks")};
    for (int i = 0; i < names.size(); ++i) {
        admin->showPage(Page(i));
        ui::AdminPage *page = admin->page(Page(i));
        QVERIFY(page->isVisible());
        if (page->table() && Page(i) != Page::Webhooks)
            QVERIFY2(page->table()->rowCount() > 0, qPrintable(names.at(i)));
        QStringList clipped;
        for (QWidget *w : admin->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            auto *button = qobject_cast<QPushButton *>(w);
            auto *label = qobject_cast<QLabel *>(w);
            if (button && button->width() < button->sizeHint().width())
                clipped << button->text();
            if (label && !label->wordWrap() && label->width() < label->sizeHint().width())
                clipped << label->text();
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral(" | "))));
        QVERIFY(admin->grab().save(
            outputPath(QStringLiteral("administration-%1-%2.png").arg(names.at(i), language))));
    }
    QVERIFY(admin->minimumSizeHint().width() <= 1024 && admin->minimumSizeHint().height() <= 768);
}

QTEST_MAIN(TestGuiAdmin)
#include "tst_gui_admin.moc"
