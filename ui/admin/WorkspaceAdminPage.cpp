#include "WorkspaceAdminPage.h"

#include "AdminForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {

QString languageName(const QString &locale)
{
    const QLocale l(locale);
    return WorkspaceAdminPage::tr("%1 (%2)").arg(l.nativeLanguageName(), locale);
}

QComboBox *languageCombo(const QString &current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("languageCombo"));
    QStringList locales = WorkspaceAdminPage::packLanguages();
    if (!current.isEmpty() && !locales.contains(current))
        locales.prepend(current);
    for (const QString &l : std::as_const(locales))
        combo->addItem(languageName(l), l);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

WorkspaceAdminPage::WorkspaceAdminPage(Session &session, QWidget *parent)
    : AdminPage(session, QStringLiteral("workspaceAdminPage"), tr("Workspace"),
                tr("The workspace's name, and the language its evidence packs are written in "
                   "when an export names none. Its short name (slug) never changes: scripts and "
                   "links use it."),
                parent)
    , m_name(valueLabel(QStringLiteral("workspaceName"), this))
    , m_slug(valueLabel(QStringLiteral("workspaceSlug"), this))
    , m_language(valueLabel(QStringLiteral("workspaceLanguage"), this))
    , m_role(valueLabel(QStringLiteral("workspaceRole"), this))
{
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Short name (slug):"), m_slug);
    form->addRow(tr("Language of evidence packs:"), m_language);
    form->addRow(tr("Your role:"), m_role);
    body()->addLayout(form);
    body()->addStretch(1);
    addButton(tr("&Rename…"), QStringLiteral("renameWorkspaceButton"), Needs::Rights,
              [this] { rename(); });
    addButton(tr("&Language of evidence packs…"), QStringLiteral("packLanguageButton"),
              Needs::Rights, [this] { setLanguage(); });
    addButton(tr("&New workspace…"), QStringLiteral("newWorkspaceButton"), Needs::Nothing,
              [this] { createWorkspace(); });
}

QStringList WorkspaceAdminPage::packLanguages()
{
    return {QStringLiteral("en_US"), QStringLiteral("en_GB"), QStringLiteral("de_DE"),
            QStringLiteral("de_AT"), QStringLiteral("de_CH")};
}

void WorkspaceAdminPage::fill(const client::Administration &admin)
{
    m_workspace = admin.workspace;
    m_name->setText(admin.workspace.name);
    m_slug->setText(admin.workspace.slug);
    m_language->setText(languageName(admin.workspace.locale));
    m_role->setText(label(admin.rights.role));
}

void WorkspaceAdminPage::rename()
{
    AdminForm form(QStringLiteral("renameWorkspaceDialog"), tr("Rename the workspace"), this);
    auto *name = new QLineEdit(m_workspace.name, &form);
    name->setObjectName(QStringLiteral("nameEdit"));
    form.addRow(tr("&Name:"), name);
    form.setSubmit([this, name]() { return client().renameWorkspaceAsync(name->text()); },
                   [this](const Result<Workspace> &r) {
                       confirm(tr("The workspace is now called %1.").arg(r->name));
                   });
    form.exec();
}

void WorkspaceAdminPage::setLanguage()
{
    AdminForm form(QStringLiteral("packLanguageDialog"), tr("Language of evidence packs"), this);
    form.setIntro(tr("Evidence packs of this workspace are written in this language unless the "
                     "export names another. Changing it is recorded in the audit trail."));
    QComboBox *language = languageCombo(m_workspace.locale, &form);
    form.addRow(tr("&Language:"), language);
    form.setSubmit(
        [this, language]() {
            return client().setPackLanguageAsync(language->currentData().toString());
        },
        [this](const Result<Workspace> &r) {
            confirm(tr("Evidence packs are now written in %1.").arg(languageName(r->locale)));
        });
    form.exec();
}

void WorkspaceAdminPage::createWorkspace()
{
    AdminForm form(QStringLiteral("newWorkspaceDialog"), tr("New workspace"), this);
    form.setIntro(tr("You become the new workspace's owner. Nothing of this workspace is copied: "
                     "add its members, freeze windows and policies there."));
    auto *slug = new QLineEdit(&form);
    slug->setObjectName(QStringLiteral("slugEdit"));
    slug->setPlaceholderText(tr("lower-case letters, digits and -, e.g. payments-ops"));
    auto *name = new QLineEdit(&form);
    name->setObjectName(QStringLiteral("nameEdit"));
    QComboBox *language = languageCombo(QLocale().name(), &form);
    form.addRow(tr("&Short name (slug):"), slug);
    form.addRow(tr("&Name:"), name);
    form.addRow(tr("&Language of evidence packs:"), language);
    QString created;
    form.setSubmit(
        [this, slug, name, language]() {
            return client().createWorkspaceAsync(slug->text().trimmed(), name->text(),
                                                 language->currentData().toString());
        },
        [&created](const Result<Workspace> &r) { created = r->slug; });
    if (form.exec() == QDialog::Accepted && !created.isEmpty())
        emit workspaceCreated(created);
}

} // namespace vigilo::ui
