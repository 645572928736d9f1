#include "FirstRunDialog.h"

#include "RecentDatabases.h"
#include "connection/ConnectionDialog.h"
#include "connection/TeamServerDialog.h"
#include "main/Session.h"

#include "Store.h"
#include "Vigilo.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {

// A slug offered from the name as the user types; the core decides whether it is valid.
QString suggestedSlug(const QString &name)
{
    QString slug;
    for (const QChar c : name.trimmed().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(40);
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #cf222e;"));
    label->setAccessibleName(FirstRunDialog::tr("Problem"));
    label->hide();
    return label;
}

} // namespace

FirstRunDialog::FirstRunDialog(const QString &user, const QString &localFile, QWidget *parent)
    : QDialog(parent)
    , m_user(user)
    , m_localFile(localFile)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Vigilo"));
    m_pages->addWidget(buildChoices());
    m_pages->addWidget(buildCreateForm());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(560);
}

FirstRunDialog::~FirstRunDialog() = default;

bool FirstRunDialog::isNeeded(const QString &requestedLocation)
{
    if (!qEnvironmentVariableIsEmpty("VIGILO_DB"))
        return false;
    const QString fallback = Store::defaultLocation();
    if (QFileInfo(requestedLocation).absoluteFilePath() != QFileInfo(fallback).absoluteFilePath())
        return false; // --db named another database
    const QString last = RecentDatabases::last();
    if (!last.isEmpty()
        && (Store::isPostgresLocation(last) || Session::isServerLocation(last)
            || QFileInfo::exists(last)))
        return false; // opened before: open it again
    return !QFileInfo::exists(fallback);
}

QWidget *FirstRunDialog::buildChoices()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choicesPage"));
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("<h2>Welcome to Vigilo</h2>"), page);
    auto *intro = new QLabel(
        tr("Vigilo keeps every change request, its approvals and its history in a database. "
           "Where should yours live? You can open another one later from the File menu."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(6);

    struct Entry {
        const char *name;
        QString title;
        QString description;
    };
    const QString where = QDir::toNativeSeparators(m_localFile);
    const QList<Entry> entries = {
        {"createWorkspaceChoice", tr("&Create a local workspace"),
         tr("Start your own workspace in a database file on this computer (%1). You become "
            "its owner.")
             .arg(where)},
        {"openFileChoice", tr("&Open a shared file"),
         tr("Use a Vigilo database file that your team keeps on a shared folder.")},
        {"teamServerChoice", tr("Connect to a &team server"),
         tr("Join your team: sign in with the account or the enrollment code your "
            "administrator gave you.")},
        {"demoChoice", tr("&Explore the demo"),
         tr("Look around a realistic workspace with sample changes, approvals and history. "
            "Nothing you do there affects real work.")},
        {"connectServerChoice", tr("Open a PostgreSQL database &directly (administrators)"),
         tr("For the administrator of a team's database: connect with a PostgreSQL login. "
            "Members of a team sign in to its team server instead.")},
    };
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        auto *button = new QCommandLinkButton(e.title, e.description, page);
        button->setObjectName(QLatin1String(e.name));
        button->setAccessibleName(QString(e.title).remove(QLatin1Char('&')));
        button->setAccessibleDescription(e.description);
        layout->addWidget(button);
        switch (i) {
        case 0:
            connect(button, &QPushButton::clicked, this, &FirstRunDialog::chooseCreateWorkspace);
            break;
        case 1: connect(button, &QPushButton::clicked, this, [this] { openSharedFile(); }); break;
        case 2:
            connect(button, &QPushButton::clicked, this, [this] { connectToTeamServer(); });
            break;
        case 3: connect(button, &QPushButton::clicked, this, [this] { exploreDemo(); }); break;
        case 4: connect(button, &QPushButton::clicked, this, [this] { connectToServer(); }); break;
        }
        if (i == 0)
            button->setDefault(true);
    }
    m_choiceError = errorLabel(QStringLiteral("choiceError"), page);
    layout->addWidget(m_choiceError);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    return page;
}

QWidget *FirstRunDialog::buildCreateForm()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("createPage"));
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("<h2>Create a local workspace</h2>"), page);
    auto *intro = new QLabel(tr("A workspace holds a team's changes, assets and members. It is "
                                "saved in %1.")
                                 .arg(QDir::toNativeSeparators(m_localFile).toHtmlEscaped()),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("workspaceName"));
    m_name->setPlaceholderText(tr("Platform Operations"));
    m_slug = new QLineEdit(page);
    m_slug->setObjectName(QStringLiteral("workspaceSlug"));
    m_slug->setPlaceholderText(tr("platform-ops"));
    m_slug->setToolTip(tr("The short name used on the command line (vigilo-cli -w SLUG): "
                          "lower-case letters, digits and '-'."));
    m_displayName = new QLineEdit(page);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setPlaceholderText(m_user);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("workspaceLanguage"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en_US"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de_DE"));
    if (QLocale().language() == QLocale::German)
        m_language->setCurrentIndex(1);
    form->addRow(tr("Workspace &name:"), m_name);
    form->addRow(tr("&Short name (slug):"), m_slug);
    form->addRow(tr("&Your name:"), m_displayName);
    form->addRow(tr("&Language of evidence packs:"), m_language);
    auto *who = new QLabel(tr("You sign in as <b>%1</b>.").arg(m_user.toHtmlEscaped()), page);
    form->addRow(QString(), who);
    layout->addLayout(form);
    m_formError = errorLabel(QStringLiteral("formError"), page);
    layout->addWidget(m_formError);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_slugEdited)
            m_slug->setText(suggestedSlug(name));
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugEdited = true; });

    auto *buttons = new QDialogButtonBox(page);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    back->setObjectName(QStringLiteral("backButton"));
    m_create = buttons->addButton(tr("C&reate workspace"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    connect(back, &QPushButton::clicked, this, [this] {
        m_formError->hide();
        m_pages->setCurrentIndex(0);
    });
    connect(m_create, &QPushButton::clicked, this, [this] { createWorkspace(); });
    layout->addWidget(buttons);
    return page;
}

void FirstRunDialog::chooseCreateWorkspace()
{
    m_choiceError->hide();
    m_pages->setCurrentIndex(1);
    m_create->setDefault(true);
    m_name->setFocus(Qt::OtherFocusReason);
}

QString FirstRunDialog::errorText() const
{
    QLabel *shown = m_pages->currentIndex() == 1 ? m_formError : m_choiceError;
    return shown->isHidden() ? QString() : shown->text();
}

void FirstRunDialog::showError(const QString &message)
{
    QLabel *label = m_pages->currentIndex() == 1 ? m_formError : m_choiceError;
    label->setText(message);
    label->show();
}

bool FirstRunDialog::openLocal()
{
    if (m_session && m_session->store().isSqlite()
        && QFileInfo(m_session->store().location()).absoluteFilePath()
               == QFileInfo(m_localFile).absoluteFilePath())
        return true;
    const bool existed = QFileInfo::exists(m_localFile);
    QDir().mkpath(QFileInfo(m_localFile).absolutePath());
    auto session = Session::open(m_localFile, m_user, Store::OpenMode::CreateIfMissing);
    if (!session.ok()) {
        showError(session.error().message);
        return false;
    }
    m_session = std::move(session).value();
    m_createdLocalFile = !existed;
    return true;
}

bool FirstRunDialog::createWorkspace()
{
    m_formError->hide();
    if (!openLocal())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = m_session->core().workspaces().createWorkspace(
        m_slug->text().trimmed(), m_name->text().trimmed(), m_language->currentData().toString(),
        m_user, m_displayName->text().trimmed());
    QApplication::restoreOverrideCursor();
    if (!created.ok()) {
        showError(created.error().message);
        return false;
    }
    finish(Choice::CreateWorkspace, m_localFile, created->slug);
    return true;
}

bool FirstRunDialog::openSharedFile(const QString &path)
{
    m_choiceError->hide();
    QString file = path;
    if (file.isEmpty()) {
        QFileDialog dialog(this, tr("Open a shared Vigilo database"),
                           QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                           tr("Vigilo databases (*.sqlite *.db *.vigilo);;All files (*)"));
        dialog.setObjectName(QStringLiteral("openFileDialog"));
        dialog.setFileMode(QFileDialog::ExistingFile);
        dialog.setAcceptMode(QFileDialog::AcceptOpen);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return false;
        file = dialog.selectedFiles().constFirst();
    }
    if (!QFileInfo(file).isFile()) {
        showError(tr("%1 does not exist. Choose an existing Vigilo database file.")
                      .arg(QDir::toNativeSeparators(file)));
        return false;
    }
    auto session = Session::open(file, m_user, Store::OpenMode::ExistingOnly);
    if (!session.ok()) {
        showError(session.error().message);
        return false;
    }
    discardNewLocalFile();
    m_session = std::move(session).value();
    finish(Choice::OpenFile, file, {});
    return true;
}

bool FirstRunDialog::connectToTeamServer()
{
    m_choiceError->hide();
    TeamServerDialog dialog(this);
    dialog.setUser(m_user);
    for (const QString &recent : RecentDatabases::list())
        if (Session::isServerLocation(recent)) {
            dialog.setLocation(recent);
            break;
        }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto session = dialog.takeSession();
    if (!session)
        return false;
    discardNewLocalFile();
    m_session = std::move(session);
    finish(Choice::TeamServer, dialog.location(), {});
    return true;
}

bool FirstRunDialog::connectToServer()
{
    m_choiceError->hide();
    ConnectionDialog dialog(this);
    const QString previous =
        RecentDatabases::list().isEmpty() ? QString() : RecentDatabases::list().constFirst();
    if (Store::isPostgresLocation(previous))
        dialog.setLocation(previous);
    while (dialog.exec() == QDialog::Accepted) {
        auto session =
            Session::open(dialog.locationWithPassword(), m_user, Store::OpenMode::ExistingOnly);
        if (!session.ok()) {
            QMessageBox::warning(&dialog, tr("Cannot connect"), session.error().message);
            continue;
        }
        if (dialog.rememberPassword() && !dialog.password().isEmpty())
            PasswordStore::write(ConnectionDialog::keychainKey(dialog.location()),
                                 dialog.password());
        discardNewLocalFile();
        m_session = std::move(session).value();
        finish(Choice::ConnectServer, dialog.location(), {});
        return true;
    }
    return false;
}

bool FirstRunDialog::exploreDemo()
{
    m_choiceError->hide();
    if (!openLocal())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = m_session->ensureDemo();
    QApplication::restoreOverrideCursor();
    if (!built.ok()) {
        showError(built.error().message);
        return false;
    }
    finish(Choice::Demo, m_localFile, QStringLiteral("demo"));
    return true;
}

void FirstRunDialog::finish(Choice choice, const QString &location, const QString &workspace)
{
    m_choice = choice;
    m_location = location;
    m_workspace = workspace;
    m_createdLocalFile = false; // it holds what was chosen now
    RecentDatabases::add(location);
    accept();
}

std::unique_ptr<Session> FirstRunDialog::takeSession()
{
    return std::move(m_session);
}

// A file this dialog made for a workspace that was never created is removed again, so the next
// start still offers the choices.
void FirstRunDialog::discardNewLocalFile()
{
    if (!m_createdLocalFile)
        return;
    m_session.reset();
    QFile::remove(m_localFile);
    QFile::remove(m_localFile + QStringLiteral("-journal"));
    m_createdLocalFile = false;
}

void FirstRunDialog::reject()
{
    discardNewLocalFile();
    QDialog::reject();
}

} // namespace vigilo::ui
