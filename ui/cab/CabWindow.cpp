#include "CabWindow.h"

#include "CabAgendaTools.h"
#include "CabAttendanceDialog.h"
#include "CabDecisionDialog.h"
#include "CabItemCard.h"
#include "changes/ChangeListModel.h"
#include "evidence/SigningKeyDialog.h"
#include "main/Session.h"
#include "main/Shortcuts.h"
#include "widgets/Async.h"

#include "RemoteTransport.h"

#include "ChangeWatcher.h"
#include "Clock.h"
#include "MinutesPdf.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace vigilo::ui {

namespace {
// Pixel sizes from the window's height: 19 px at 768 lines, 27 at 1080, 54 at 2160.
QString styleFor(int base)
{
    return QStringLiteral(
               "QWidget#cabWindow { background: #0d1117; }"
               "QWidget#cabWindow QLabel { color: #e6edf3; font-size: %1px; }"
               "QWidget#cabWindow QLabel#cabHeading { font-size: %2px; font-weight: 700; }"
               "QWidget#cabWindow QLabel#cabQuorum { font-size: %2px; font-weight: 600; }"
               "QWidget#cabWindow QLabel#cabTimer { font-size: %2px; font-weight: 700; }"
               "QWidget#cabWindow QLabel#cabKeys { font-size: %3px; color: #c9d1d9; }"
               "QWidget#cabWindow QLabel#cabNumber { font-size: %2px; color: #58a6ff; "
               "font-weight: 700; }"
               "QWidget#cabWindow QLabel#cabTitle { font-size: %4px; font-weight: 700; "
               "color: #ffffff; }"
               "QWidget#cabWindow QLabel#cabEmpty { font-size: %2px; color: #8b949e; }"
               "QWidget#cabWindow QLabel[role=\"heading\"] { font-size: %3px; color: #8b949e; "
               "font-weight: 700; }"
               "QWidget#cabWindow QFrame[role=\"box\"] { background: #161b22; "
               "border: 1px solid #30363d; border-radius: 10px; }"
               "QWidget#cabWindow QScrollArea, QWidget#cabWindow QWidget#cabCardBody, "
               "QWidget#cabWindow QWidget#cabLateBox { background: transparent; }"
               "QWidget#cabWindow QListWidget { background: #161b22; color: #e6edf3; "
               "font-size: %1px; border: 1px solid #30363d; border-radius: 10px; }"
               "QWidget#cabWindow QListWidget::item { padding: %5px; }"
               "QWidget#cabWindow QListWidget::item:selected { background: #1f6feb; }"
               "QWidget#cabWindow QLineEdit, QWidget#cabWindow QSpinBox { font-size: %1px; "
               "padding: %5px; background: #0d1117; color: #e6edf3; border: 1px solid #30363d; "
               "border-radius: 6px; }"
               "QWidget#cabWindow QSpinBox:disabled { color: #6e7681; }"
               "QWidget#cabWindow QPushButton, QWidget#cabWindow QComboBox { font-size: %1px; "
               "padding: %5px %1px; border-radius: 8px; background: #30363d; color: #ffffff; }"
               "QWidget#cabWindow QPushButton:disabled { background: #21262d; color: #6e7681; }"
               "QWidget#cabWindow QTextBrowser { background: #161b22; color: #e6edf3; "
               "font-size: %1px; }")
        .arg(base)
        .arg(base * 5 / 4)
        .arg(base * 9 / 10)
        .arg(base * 8 / 5)
        .arg(qMax(2, base / 4));
}

QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("planned"))
        return CabWindow::tr("planned");
    if (status == QLatin1String("in_progress"))
        return CabWindow::tr("in progress");
    return CabWindow::tr("closed");
}

// Beside the decision's word in the agenda: a rejection is not ticked.
QString mark(CabDecision d)
{
    switch (d) {
    case CabDecision::Approve:
    case CabDecision::ApproveWithConditions: return QStringLiteral("✔");
    case CabDecision::Reject: return QStringLiteral("✖");
    case CabDecision::Defer: return QStringLiteral("↷");
    case CabDecision::NeedsInformation: return QStringLiteral("?");
    }
    return {};
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *h = new QLabel(text.toUpper(), parent);
    h->setProperty("role", QStringLiteral("heading"));
    h->setWordWrap(true);
    return h;
}
} // namespace

CabWindow::CabWindow(Session &session, const Actor &actor, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("cabWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(tr("CAB mode — %1").arg(actor.workspace.name));
    setFocusPolicy(Qt::StrongFocus);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("cabHeading"));
    m_heading->setWordWrap(true);
    m_quorum = new QLabel(this);
    m_quorum->setObjectName(QStringLiteral("cabQuorum"));
    m_quorum->setWordWrap(true);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("cabTimer"));
    m_timer->setWordWrap(true);
    m_timer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 3);
    top->addWidget(m_quorum, 3);
    top->addWidget(m_timer, 2);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("cabBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_bannerTimer = new QTimer(this);
    m_bannerTimer->setSingleShot(true);
    connect(m_bannerTimer, &QTimer::timeout, m_banner, &QWidget::hide);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildMeetingsPage());
    m_pages->addWidget(buildMeetingPage());
    m_pages->addWidget(buildMinutesPage());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);

    // Opened on its own (a test, a screenshot) the client has no workspace yet: this one's. On
    // a team server nobody asked for that workspace's events then (the main window does when it
    // opens one): this window does, or it would not follow the meeting.
    if (m_session.client().workspace().isEmpty()) {
        m_session.client().setWorkspace(actor.workspace.slug);
        if (m_session.isRemote())
            (void)m_session.client().callAsync(QStringLiteral("events.subscribe"));
    }
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &CabWindow::tick);
    m_clock->start();
    // Another workstation decided, admitted or recorded attendance: show what is true now. On a
    // team server the server says so (event.change); in process the watcher does.
    if (client::RemoteTransport *remote = m_session.remoteTransport())
        connect(remote, &client::RemoteTransport::notification, this, &CabWindow::onServerEvent);
    else if (ChangeWatcher *watcher = m_session.watcher())
        connect(watcher, &ChangeWatcher::changed, this, &CabWindow::reload);
    // F11 from anywhere in this window. Opened from the main window, its application-wide
    // action does it (two shortcuts on one key would cancel each other).
    if (!parent) {
        auto *fullScreen = new QShortcut(Shortcuts::fullScreen(), this);
        fullScreen->setContext(Qt::WindowShortcut);
        connect(fullScreen, &QShortcut::activated, this,
                [this] { Shortcuts::toggleFullScreen(this); });
    }
    applyScale();
    showMeetings();
}

CabWindow::~CabWindow() = default;

QWidget *CabWindow::buildMeetingsPage()
{
    m_meetingsPage = new QWidget;
    m_meetings = new QListWidget(m_meetingsPage);
    m_meetings->setObjectName(QStringLiteral("cabMeetings"));
    m_meetings->setWordWrap(true);
    connect(m_meetings, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openMeeting(item->data(Qt::UserRole).toInt()); });
    m_openMeeting = new QPushButton(tr("Open meeting"), m_meetingsPage);
    m_openMeeting->setObjectName(QStringLiteral("cabOpenMeeting"));
    connect(m_openMeeting, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_meetings->currentItem())
            openMeeting(item->data(Qt::UserRole).toInt());
    });
    m_cabs = new QComboBox(m_meetingsPage);
    m_cabs->setObjectName(QStringLiteral("cabCabs"));
    m_newMeeting = new QPushButton(tr("New ad-hoc meeting"), m_meetingsPage);
    m_newMeeting->setObjectName(QStringLiteral("cabNewMeeting"));
    connect(m_newMeeting, &QPushButton::clicked, this,
            [this] { createAdHocMeeting(m_cabs->currentText()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_openMeeting);
    row->addStretch(1);
    row->addWidget(m_cabs);
    row->addWidget(m_newMeeting);
    auto *layout = new QVBoxLayout(m_meetingsPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Meetings"), m_meetingsPage));
    layout->addWidget(m_meetings, 1);
    layout->addLayout(row);
    return m_meetingsPage;
}

QWidget *CabWindow::buildMeetingPage()
{
    m_meetingPage = new QWidget;
    m_agenda = new QListWidget(m_meetingPage);
    m_agenda->setObjectName(QStringLiteral("cabAgenda"));
    m_agenda->setWordWrap(true);
    m_agenda->setFocusPolicy(Qt::NoFocus); // digits are decision keys, not a type-ahead search
    m_agenda->setSelectionMode(QAbstractItemView::NoSelection);
    m_agenda->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lateHeading = heading(tr("Late additions"), m_meetingPage);
    auto *lateScroll = new QScrollArea(m_meetingPage);
    lateScroll->setObjectName(QStringLiteral("cabLateScroll"));
    lateScroll->setWidgetResizable(true);
    lateScroll->setFrameShape(QFrame::NoFrame);
    lateScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lateBox = new QWidget;
    m_lateBox->setObjectName(QStringLiteral("cabLateBox"));
    m_lateLayout = new QVBoxLayout(m_lateBox);
    m_lateLayout->setContentsMargins(0, 0, 0, 0);
    lateScroll->setWidget(m_lateBox);
    m_agendaTools = new CabAgendaTools(m_agenda, m_meetingPage);
    connect(m_agendaTools, &CabAgendaTools::editRequested, this,
            [this](const AgendaEdit &edit, const QString &done) { editAgenda(edit, done); });
    connect(m_agendaTools, &CabAgendaTools::problem, this,
            [this](const QString &message) { showBanner(message, true); });
    auto *left = new QVBoxLayout;
    left->addWidget(heading(tr("Agenda"), m_meetingPage));
    left->addWidget(m_agenda, 3);
    left->addWidget(m_agendaTools);
    left->addWidget(m_lateHeading);
    left->addWidget(lateScroll, 1);

    m_card = new CabItemCard(m_meetingPage);
    m_card->setFocusPolicy(Qt::NoFocus);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addWidget(m_card, 5);
    m_body = body;

    m_legend = new QLabel(legendText(), m_meetingPage);
    m_legend->setObjectName(QStringLiteral("cabKeys"));
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);

    m_start = new QPushButton(tr("Start the meeting"), m_meetingPage);
    m_start->setObjectName(QStringLiteral("cabStart"));
    connect(m_start, &QPushButton::clicked, this, &CabWindow::startMeeting);
    m_attendance = new QPushButton(tr("Attendance…"), m_meetingPage);
    m_attendance->setObjectName(QStringLiteral("cabAttendance"));
    connect(m_attendance, &QPushButton::clicked, this, &CabWindow::editAttendance);
    m_close = new QPushButton(tr("Close the meeting"), m_meetingPage);
    m_close->setObjectName(QStringLiteral("cabClose"));
    connect(m_close, &QPushButton::clicked, this, &CabWindow::closeMeeting);
    m_back = new QPushButton(tr("All meetings"), m_meetingPage);
    m_back->setObjectName(QStringLiteral("cabBack"));
    connect(m_back, &QPushButton::clicked, this, &CabWindow::showMeetings);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_start, m_attendance, m_close, m_back}) {
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    buttons->insertStretch(3, 1);

    auto *layout = new QVBoxLayout(m_meetingPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(body, 1);
    layout->addWidget(m_legend);
    layout->addLayout(buttons);
    return m_meetingPage;
}

QWidget *CabWindow::buildMinutesPage()
{
    m_minutesPage = new QWidget;
    m_minutes = new QTextBrowser(m_minutesPage);
    m_minutes->setObjectName(QStringLiteral("cabMinutes"));
    auto *exportButton = new QPushButton(tr("Export minutes…"), m_minutesPage);
    exportButton->setObjectName(QStringLiteral("cabExportMinutes"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the minutes"), tr("meeting-%1-minutes.md").arg(m_meeting.number),
            tr("Markdown (*.md)"));
        if (!path.isEmpty() && exportMinutes(path))
            showBanner(tr("Minutes written to %1").arg(path), false);
    });
    auto *pdfButton = new QPushButton(tr("Minutes as PDF…"), m_minutesPage);
    pdfButton->setObjectName(QStringLiteral("cabExportMinutesPdf"));
    pdfButton->setToolTip(tr("The minutes as a PDF in the workspace's language, signed with "
                             "your key like evidence packs"));
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        QFileDialog dialog(this, tr("Export the minutes as PDF"),
                           tr("meeting-%1-minutes.pdf").arg(m_meeting.number),
                           tr("PDF documents (*.pdf)"));
        dialog.setObjectName(QStringLiteral("exportMinutesPdfDialog"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("pdf"));
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        const QString path = dialog.selectedFiles().first();
        if (exportMinutesPdf(path))
            showBanner(tr("Signed minutes written to %1").arg(path), false);
    });
    auto *back = new QPushButton(tr("All meetings"), m_minutesPage);
    back->setObjectName(QStringLiteral("cabMinutesBack"));
    connect(back, &QPushButton::clicked, this, &CabWindow::showMeetings);
    auto *row = new QHBoxLayout;
    row->addWidget(exportButton);
    row->addWidget(pdfButton);
    row->addStretch(1);
    row->addWidget(back);
    auto *layout = new QVBoxLayout(m_minutesPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Minutes"), m_minutesPage));
    layout->addWidget(m_minutes, 1);
    layout->addLayout(row);
    return m_minutesPage;
}

QString CabWindow::legendText() const
{
    // Built from the digits and the very words the confirmation shows, so no translation can
    // put a word beside the wrong key.
    QStringList keys;
    const QList<CabDecision> decisions = CabDecisionDialog::byKey();
    for (int i = 0; i < decisions.size(); ++i)
        keys << QStringLiteral("%1 %2").arg(i + 1).arg(CabDecisionDialog::word(decisions.at(i)));
    return keys.join(QStringLiteral(" · ")) + QStringLiteral("   —   ")
           + tr("F11 full screen · Esc leave");
}

void CabWindow::showMeetings()
{
    m_meeting = Meeting();
    m_current.reset();
    m_pages->setCurrentWidget(m_meetingsPage);
    reload();
}

bool CabWindow::openMeeting(int number)
{
    m_heading->setText(tr("Opening meeting %1…").arg(number));
    return send(m_session.client().meetingRoomAsync(number), false);
}

bool CabWindow::send(RoomAnswer answer, bool write,
                     const std::function<void(const client::MeetingRoom &)> &then)
{
    const int seq = ++m_seq;
    setBusy(+1);
    auto outcome = std::make_shared<std::optional<bool>>();
    onResult(answer, this,
             [this, seq, write, then, outcome](const Result<client::MeetingRoom> &room) {
                 setBusy(-1);
                 *outcome = room.ok();
                 if (!write && seq != m_seq)
                     return answered(); // a newer request is under way: its answer tells
                 if (!room.ok()) {
                     showBanner(room.error().message, true);
                     return answered();
                 }
                 // A write's room is as of this member's own action: always shown (a read sent
                 // after it answers later, and newer).
                 if (write || seq == m_seq)
                     take(*room);
                 if (then)
                     then(*room);
                 answered();
             });
    return outcome->value_or(true);
}

void CabWindow::take(const client::MeetingRoom &room)
{
    m_seenSeq = qMax(m_seenSeq, room.seq);
    m_meeting = room.meeting;
    m_current = room.current;
    render();
}

void CabWindow::setBusy(int delta)
{
    m_pending = qMax(0, m_pending + delta);
    const bool idle = m_pending == 0;
    for (QPushButton *b : {m_start, m_attendance, m_close, m_openMeeting})
        b->setEnabled(idle);
    m_newMeeting->setEnabled(idle && m_cabs->isEnabled());
    m_agendaTools->setEnabled(idle);
    for (QPushButton *b : m_lateBox->findChildren<QPushButton *>())
        b->setEnabled(idle);
    if (idle)
        m_openMeeting->setEnabled(!m_meetingNumbers.isEmpty());
}

bool CabWindow::createAdHocMeeting(const QString &cab)
{
    return send(m_session.client().createMeetingAsync(cab, true), true,
                [this](const client::MeetingRoom &room) {
                    showBanner(
                        tr("Meeting %1 of %2 created: its agenda can change until it starts.")
                            .arg(room.meeting.number)
                            .arg(room.meeting.cab.name),
                        false);
                });
}

bool CabWindow::startMeeting()
{
    const int number = m_meeting.number;
    return send(m_session.client().startMeetingAsync(number), true,
                [this, number](const client::MeetingRoom &) {
                    showBanner(tr("Meeting %1 started: its agenda is frozen.").arg(number), false);
                });
}

bool CabWindow::admit(int change)
{
    return send(m_session.client().admitAsync(m_meeting.number, change), true,
                [this, change](const client::MeetingRoom &) {
                    showBanner(tr("%1 admitted to the agenda.").arg(formatChangeNumber(change)),
                               false);
                });
}

bool CabWindow::editAgenda(const AgendaEdit &edit, const QString &done)
{
    const int selected = m_agendaTools->selectedNumber();
    return send(m_session.client().editAgendaAsync(m_meeting.number, edit), true,
                [this, selected, done](const client::MeetingRoom &) {
                    // The moved item stays selected (Alt+Up again moves it on).
                    m_agendaTools->select(selected);
                    if (!done.isEmpty())
                        showBanner(done, false);
                });
}

bool CabWindow::closeMeeting()
{
    const int number = m_meeting.number;
    return send(m_session.client().closeMeetingAsync(number), true,
                [this, number](const client::MeetingRoom &) {
                    showBanner(tr("Meeting %1 closed: its minutes are recorded.").arg(number),
                               false);
                });
}

void CabWindow::editAttendance()
{
    if (!m_meeting.number)
        return;
    QPointer<CabAttendanceDialog> dialog =
        new CabAttendanceDialog(m_session, m_meeting, m_base, this);
    // Each choice is one request answering the whole room: the window follows it at once.
    connect(dialog, &CabAttendanceDialog::recorded, this, [this](const client::MeetingRoom &room) {
        ++m_seq; // anything still under way was asked before this
        take(room);
        if (m_bannerError) // a refusal for want of quorum is history now
            m_banner->hide();
    });
    setBusy(+1); // the server's events wait for the dialog's answers (see answered())
    dialog->exec();
    delete dialog;
    setBusy(-1);
    answered();
}

void CabWindow::decideCurrent(CabDecision decision)
{
    const int number = currentNumber();
    if (!number || m_meeting.status != QLatin1String("in_progress") || m_pending > 0)
        return;
    QPointer<CabDecisionDialog> dialog =
        new CabDecisionDialog(decision, formatChangeNumber(number), m_base, this);
    // Who may be recorded as voting: the voting seats present or represented (the core checks).
    QStringList voters;
    for (const Attendance &a : std::as_const(m_meeting.attendance))
        if (a.seat == QLatin1String("voting") && a.status != QLatin1String("absent"))
            voters << a.member;
    dialog->setVoters(voters);
    const bool ok = dialog->exec() == QDialog::Accepted;
    const QString text = dialog ? dialog->text() : QString();
    QList<QPair<QString, QString>> votes;
    if (dialog)
        votes = dialog->votes();
    delete dialog;
    if (!ok)
        return;
    DecisionInput input;
    input.decision = decision;
    input.text = text;
    input.votes = votes;
    send(m_session.client().decideAsync(m_meeting.number, number, input), true,
         [this, number, decision](const client::MeetingRoom &) {
             showBanner(tr("%1: %2").arg(formatChangeNumber(number),
                                         CabDecisionDialog::pastTense(decision)),
                        false);
             Q_EMIT decided(number);
         });
}

bool CabWindow::exportMinutes(const QString &path)
{
    if (m_meeting.minutes.isEmpty()) {
        showBanner(tr("Meeting %1 has no minutes yet: they are written when it closes.")
                       .arg(m_meeting.number),
                   true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(Meetings::minutesMarkdown(m_meeting.minutes, QLocale()).toUtf8()) < 0
        || !file.commit()) {
        showBanner(tr("The minutes cannot be written to %1: %2").arg(path, file.errorString()),
                   true);
        return false;
    }
    return true;
}

bool CabWindow::exportMinutesPdf(const QString &path)
{
    const auto write = [this, path](const Result<QByteArray> &bytes) {
        if (!bytes.ok()) {
            showBanner(bytes.error().message, true);
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()
            || !file.commit()) {
            showBanner(tr("The minutes cannot be written to %1: %2").arg(path, file.errorString()),
                       true);
            return false;
        }
        showBanner(tr("Signed minutes written to %1").arg(path), false);
        return true;
    };
    if (m_session.isRemote()) {
        // The server prints and signs them with the workspace's key, like its evidence packs.
        auto outcome = std::make_shared<std::optional<bool>>();
        setBusy(+1);
        onResult(m_session.client().minutesPdfAsync(m_meeting.number), this,
                 [this, write, outcome](const Result<QByteArray> &bytes) {
                     setBusy(-1);
                     *outcome = write(bytes);
                 });
        return outcome->value_or(true);
    }
    // In process: printed here and signed with the member's key (asked for once per window).
    if (!m_signing)
        m_signing = std::make_unique<PackSigning>();
    const QString name =
        m_actor.member.displayName.isEmpty() ? m_actor.member.username : m_actor.member.displayName;
    const PackSigner *signer = m_signing->signer(this, m_actor.member.username, name);
    if (!signer)
        return false; // the user cancelled the key dialog
    PackExport options;
    options.signer = signer;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto bytes = MinutesPdf(m_session.core()).exportBytes(m_actor, m_meeting.number, options);
    QApplication::restoreOverrideCursor();
    return write(bytes);
}

void CabWindow::reload()
{
    if (!m_meeting.number) {
        loadMeetings();
        return;
    }
    if (m_reloading) {
        m_reloadAgain = true; // once more when the answer under way is in
        return;
    }
    // Not busy: events from other workstations must not keep the chair's buttons greyed.
    m_reloading = true;
    const int seq = ++m_seq;
    onResult(m_session.client().meetingRoomAsync(m_meeting.number), this,
             [this, seq](const Result<client::MeetingRoom> &room) {
                 m_reloading = false;
                 if (seq == m_seq && m_meeting.number) {
                     if (room.ok())
                         take(*room);
                     else
                         showBanner(room.error().message, true);
                 }
                 if (std::exchange(m_reloadAgain, false))
                     reload();
             });
}

void CabWindow::loadMeetings()
{
    m_heading->setText(tr("CAB · %1").arg(m_actor.workspace.name));
    m_quorum->clear();
    m_timer->clear();
    m_pages->setCurrentWidget(m_meetingsPage);
    const int seq = ++m_seq;
    setBusy(+1);
    if (m_meetings->count() == 0)
        new QListWidgetItem(tr("Loading the meetings…"), m_meetings);
    onResult(m_session.client().meetingsAsync(), this,
             [this, seq](const Result<client::MeetingsOverview> &answer) {
                 setBusy(-1);
                 if (seq == m_seq && !m_meeting.number) // else a meeting was opened meanwhile,
                     showMeetingList(answer);           // or a newer list is coming
                 answered();
             });
}

void CabWindow::showMeetingList(const Result<client::MeetingsOverview> &answer)
{
    m_meetings->clear();
    m_meetingNumbers.clear();
    if (!answer.ok()) {
        showBanner(answer.error().message, true);
    } else {
        QList<MeetingSummary> meetings = answer->meetings;
        // In progress first, then planned, then closed; the latest first within each.
        const auto rank = [](const MeetingSummary &s) {
            return s.status == QLatin1String("in_progress") ? 0
                   : s.status == QLatin1String("planned")   ? 1
                                                            : 2;
        };
        std::stable_sort(meetings.begin(), meetings.end(),
                         [&](const MeetingSummary &a, const MeetingSummary &b) {
                             return rank(a) != rank(b) ? rank(a) < rank(b) : a.number > b.number;
                         });
        for (const MeetingSummary &s : std::as_const(meetings)) {
            auto *item = new QListWidgetItem(
                tr("Meeting %1 · %2 · %3 · %4 · agenda: %5")
                    .arg(s.number)
                    .arg(s.cab, statusText(s.status),
                         ChangeListModel::formatTime(s.startedAt.isValid() ? s.startedAt
                                                                           : s.scheduledStart))
                    .arg(s.items),
                m_meetings);
            item->setData(Qt::UserRole, s.number);
            m_meetingNumbers << s.number;
        }
        if (meetings.isEmpty())
            new QListWidgetItem(tr("No meeting yet: hold an ad-hoc meeting of a CAB below."),
                                m_meetings);
        else
            m_meetings->setCurrentRow(0);
    }
    const QString chosen = m_cabs->currentText();
    m_cabs->clear();
    if (answer.ok())
        for (const Cab &c : answer->cabs)
            m_cabs->addItem(c.name);
    m_cabs->setCurrentIndex(qMax(0, m_cabs->findText(chosen)));
    m_cabs->setEnabled(m_cabs->count() > 0);
    if (m_cabs->count() == 0)
        m_cabs->addItem(tr("No CAB in this workspace yet"));
    setBusy(0);
}

void CabWindow::render()
{
    const Meeting &m = m_meeting;
    m_heading->setText(
        tr("%1 · meeting %2 · %3").arg(m.cab.name).arg(m.number).arg(statusText(m.status)));
    m_quorum->setText(CabAttendanceDialog::quorumText(m));
    m_quorum->setStyleSheet(m.quorumMet() ? QString() : QStringLiteral("color: #ff7b72;"));
    if (m.status == QLatin1String("closed")) {
        m_timer->clear();
        m_minutes->setMarkdown(Meetings::minutesMarkdown(m.minutes, QLocale()));
        m_pages->setCurrentWidget(m_minutesPage);
        return;
    }
    m_pages->setCurrentWidget(m_meetingPage);
    const bool planned = m.status == QLatin1String("planned");
    m_start->setVisible(planned);
    m_close->setVisible(!planned);
    // Until the start the chair may edit the agenda; the core refuses anyone else.
    m_agendaTools->setVisible(planned);
    m_agenda->setSelectionMode(planned ? QAbstractItemView::SingleSelection
                                       : QAbstractItemView::NoSelection);
    renderAgenda();
    renderLate();
    const int number = currentNumber();
    if (number && m_current && m_current->item.number == number)
        m_card->showItem(*m_current);
    else
        m_card->showEmpty(planned ? tr("The meeting has not started: its agenda can still "
                                       "change. Start it to freeze the agenda.")
                                  : tr("Every item on the agenda is decided. Close the meeting "
                                       "to write its minutes."));
    setBusy(0); // the buttons of the page just shown
    tick();
}

void CabWindow::renderAgenda()
{
    const int selected = m_agendaTools->selectedNumber();
    m_agenda->clear();
    const AgendaItem *current = m_meeting.currentItem();
    const bool planned = m_meeting.status == QLatin1String("planned");
    for (const AgendaItem &i : std::as_const(m_meeting.agenda)) {
        QString text = tr("%1. %2 %3").arg(i.position).arg(formatChangeNumber(i.number), i.title);
        if (planned)
            text += QStringLiteral(" ") + tr("(%n min)", nullptr, i.timeBoxMinutes);
        if (i.late)
            text += QStringLiteral(" ") + tr("(late addition)");
        if (i.decision)
            text = QStringLiteral("%1 %2 — %3")
                       .arg(mark(*i.decision), text, CabDecisionDialog::pastTense(*i.decision));
        else if (current && current->number == i.number)
            text = QStringLiteral("▶ %1").arg(text);
        auto *item = new QListWidgetItem(text, m_agenda);
        item->setData(Qt::UserRole, i.number);
        item->setData(Qt::UserRole + 1, i.timeBoxMinutes);
        QFont f = item->font();
        f.setBold(current && current->number == i.number);
        item->setFont(f);
        if (i.decision)
            item->setForeground(QColor(QStringLiteral("#8b949e")));
    }
    if (m_meeting.agenda.isEmpty())
        new QListWidgetItem(tr("Nothing on the agenda"), m_agenda);
    if (planned && selected)
        m_agendaTools->select(selected);
}

void CabWindow::renderLate()
{
    while (QLayoutItem *item = m_lateLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const AgendaItem &i : std::as_const(m_meeting.lateAdditions)) {
        // The title over the whole column's width, the button under it: side by side, a narrow
        // column left the title a word per line.
        auto *row = new QWidget(m_lateBox);
        auto *l = new QVBoxLayout(row);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(qMax(2, m_base / 4));
        auto *text = new QLabel(tr("%1 %2").arg(formatChangeNumber(i.number), i.title), row);
        text->setObjectName(QStringLiteral("cabLateTitle-%1").arg(i.number));
        text->setWordWrap(true);
        auto *admitButton = new QPushButton(tr("Admit"), row);
        admitButton->setObjectName(QStringLiteral("cabAdmit-%1").arg(i.number));
        admitButton->setFocusPolicy(Qt::NoFocus);
        connect(admitButton, &QPushButton::clicked, this, [this, n = i.number] { admit(n); });
        l->addWidget(text);
        l->addWidget(admitButton, 0, Qt::AlignRight);
        m_lateLayout->addWidget(row);
        row->show(); // now, not once the event loop runs: the chair may click at once
    }
    m_lateLayout->addStretch(1);
    m_lateHeading->setText(tr("Late additions (%1)").arg(m_meeting.lateAdditions.size()).toUpper());
}

void CabWindow::tick()
{
    const AgendaItem *current = m_meeting.number ? m_meeting.currentItem() : nullptr;
    if (!current || !current->startedAt.isValid()) {
        m_timer->clear();
        m_timer->setStyleSheet(QString());
        return;
    }
    const qint64 elapsed = qMax<qint64>(0, current->startedAt.secsTo(m_session.clock().now()));
    const qint64 box = qint64(current->timeBoxMinutes) * 60;
    if (elapsed <= box) {
        m_timer->setText(tr("%1 of %2 min").arg(clockText(elapsed)).arg(current->timeBoxMinutes));
        m_timer->setStyleSheet(QString());
    } else {
        // Over time is said in words, not only in colour.
        m_timer->setText(tr("OVER TIME +%1 (time box %2 min)")
                             .arg(clockText(elapsed - box))
                             .arg(current->timeBoxMinutes));
        m_timer->setStyleSheet(QStringLiteral("color: #ffffff; background: #b62324;"));
    }
}

void CabWindow::onServerEvent(const QString &method, const QJsonObject &params)
{
    if ((method != QLatin1String("event.change") && method != QLatin1String("event.meeting"))
        || params.value(QStringLiteral("workspace")).toString() != m_actor.workspace.slug)
        return;
    // What the room's last answer already includes (this window's own write among it) is not
    // read again.
    const qint64 seq = qint64(params.value(QStringLiteral("seq")).toDouble());
    if (m_meeting.number && seq > 0 && seq <= m_seenSeq)
        return;
    if (m_pending > 0) {
        // This window's own request may be what moved: decided when its answer is in.
        m_eventSeq = qMax(m_eventSeq, seq > 0 ? seq : std::numeric_limits<qint64>::max());
        return;
    }
    reload();
}

void CabWindow::answered()
{
    if (m_pending > 0 || m_eventSeq == 0)
        return;
    const qint64 seq = std::exchange(m_eventSeq, 0);
    if (!m_meeting.number || seq > m_seenSeq)
        reload();
}

int CabWindow::currentNumber() const
{
    const AgendaItem *current = m_meeting.number ? m_meeting.currentItem() : nullptr;
    return current ? current->number : 0;
}

QList<int> CabWindow::agendaNumbers() const
{
    QList<int> out;
    for (const AgendaItem &i : m_meeting.agenda)
        out << i.number;
    return out;
}

QList<int> CabWindow::lateNumbers() const
{
    QList<int> out;
    for (const AgendaItem &i : m_meeting.lateAdditions)
        out << i.number;
    return out;
}

QList<int> CabWindow::meetingNumbers() const
{
    return m_meetingNumbers;
}

QString CabWindow::quorumText() const
{
    return m_quorum->text();
}

QString CabWindow::timerText() const
{
    return m_timer->text();
}

QString CabWindow::minutesText() const
{
    return m_minutes->toPlainText();
}

QString CabWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void CabWindow::showBanner(const QString &text, bool error)
{
    m_bannerError = error;
    m_banner->setText(text);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel#cabBanner { font-weight: 600; padding: %1px; "
                       "border-radius: 8px; color: #ffffff; background: %2; }")
            .arg(qMax(4, m_base / 2))
            .arg(error ? QStringLiteral("#b62324") : QStringLiteral("#196c2e")));
    m_banner->show();
    layout()->activate(); // room for it now, before anyone grabs or reads the screen
    m_bannerTimer->start(error ? 20000 : 8000);
}

void CabWindow::applyScale()
{
    const int base = qBound(12, height() / 40, 72);
    if (base == m_base)
        return;
    m_base = base;
    setStyleSheet(styleFor(base));
    layout()->setContentsMargins(base, base / 2, base, base / 2);
    layout()->setSpacing(base / 2);
    // The layout already placed everything for the old type size: again, for the new one, now.
    layout()->invalidate();
    layout()->activate();
}

void CabWindow::resizeEvent(QResizeEvent *event)
{
    // Type scales with the height: on a 4:3 projector the agenda column needs a larger share of
    // the width than on 16:9, or its late additions wrap a word per line.
    if (m_body)
        m_body->setStretch(0, width() * 3 < height() * 5 ? 3 : 2);
    applyScale();
    QWidget::resizeEvent(event);
}

void CabWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5 && m_pages->currentWidget() == m_meetingPage) {
        decideCurrent(CabDecisionDialog::byKey().at(key - Qt::Key_1));
        return;
    }
    if ((key == Qt::Key_Up || key == Qt::Key_Down) && event->modifiers() == Qt::AltModifier
        && m_pages->currentWidget() == m_meetingPage && m_agendaTools->isVisible()) {
        m_agendaTools->move(key == Qt::Key_Up ? -1 : 1);
        return;
    }
    switch (key) {
    case Qt::Key_F5:
        reload(); // the card comes with the room's answer
        return;
    case Qt::Key_Escape: close(); return;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace vigilo::ui
