#pragma once
// CAB mode: the CAB meeting on the meeting room projector. It opens on the workspace's meetings
// (in progress first; the chair or an admin holds an ad-hoc one); a meeting shows its agenda
// beside the current item (the first undecided one: every workstation following the meeting
// shows the same), the item's time box and a running timer, attendance and the live quorum, late
// additions the chair admits, and the decision keys 1 to 5, each confirmed with the decision's
// word in large type. Every rule is the core's (Meetings); the window shows its refusals. Type
// scales with the window's height, from 1024×768 to 4K; long texts scroll in their card.
// Everything goes through client::Client, one request per action answering the whole room, on a
// database and on a team server alike: on a server the answers arrive later (the buttons wait
// meanwhile, an answer overtaken by a newer request is dropped), and the server's event.change
// refreshes the room for every workstation following the meeting.

#include "Actor.h"
#include "Client.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace vigilo::ui {

class CabAgendaTools;
class CabItemCard;
class PackSigning;
class Session;

class CabWindow final : public QWidget {
    Q_OBJECT
public:
    CabWindow(Session &session, const Actor &actor, QWidget *parent = nullptr);
    ~CabWindow() override;

    // Reads the meeting (or the list of meetings) again: after a decision here or elsewhere.
    // One request at a time: a reload asked for meanwhile follows the answer.
    void reload();

    // The actions below return whether the core accepted them once the answer is known: at once
    // on a database; on a team server they return true when the request went out, and the
    // banner tells the outcome. isBusy() is true while a request is under way.
    bool isBusy() const { return m_pending > 0; }

    // The list of meetings, as shown (in progress first).
    QList<int> meetingNumbers() const;
    void showMeetings();
    bool openMeeting(int number);
    // An ad-hoc meeting of `cab`, now (the chair or an admin); opens it.
    bool createAdHocMeeting(const QString &cab);
    bool startMeeting();
    // 1 to 5: asks for the decision's text and confirms it in large type, then records it.
    void decideCurrent(CabDecision decision);
    bool admit(int change);
    // Before the start, the chair's agenda edits through the core (refusals in the banner).
    bool editAgenda(const AgendaEdit &edit, const QString &done = {});
    CabAgendaTools *agendaTools() const { return m_agendaTools; }
    // The attendance dialog (modal).
    void editAttendance();
    bool closeMeeting();
    // Writes the minutes as Markdown to `path` (Export minutes… asks for it).
    bool exportMinutes(const QString &path);
    // Writes the minutes as the core's signed PDF in the workspace's language to `path`, signed
    // with the member's key (asked for once per window, like evidence packs). Minutes as PDF…
    // asks for the path (the file dialog "exportMinutesPdfDialog").
    bool exportMinutesPdf(const QString &path);

    int meetingNumber() const { return m_meeting.number; }
    QString meetingStatus() const { return m_meeting.status; }
    int currentNumber() const; // the change on screen, 0 when none
    QList<int> agendaNumbers() const;
    QList<int> lateNumbers() const;
    QString quorumText() const;
    QString timerText() const;
    QString legendText() const;
    QString minutesText() const;
    QString bannerText() const;
    bool bannerIsError() const { return m_bannerError; }
    // The type size everything is scaled from (pixels, from the window's height).
    int basePixels() const { return m_base; }

Q_SIGNALS:
    // The CAB decided on `number` through the core (the main window refreshes).
    void decided(int number);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildMeetingsPage();
    QWidget *buildMeetingPage();
    QWidget *buildMinutesPage();
    void render();
    void renderAgenda();
    void renderLate();
    void tick();
    void applyScale();
    void showBanner(const QString &text, bool error);
    // Sends one request answering the room. A write's answer (or refusal) is always shown; a read
    // overtaken by a newer request is dropped. `then` runs once the room was taken. Returns the
    // outcome when it is already known (a database), else true.
    using RoomAnswer = QFuture<Result<client::MeetingRoom>>;
    bool send(RoomAnswer answer, bool write,
              const std::function<void(const client::MeetingRoom &)> &then = {});
    void take(const client::MeetingRoom &room);
    void loadMeetings();
    void showMeetingList(const Result<client::MeetingsOverview> &answer);
    void setBusy(int delta);
    void onServerEvent(const QString &method, const QJsonObject &params);
    // After each answer: an event that came while requests were under way, and that the answers
    // do not include, reads the room again.
    void answered();

    Session &m_session;
    Actor m_actor;
    Meeting m_meeting;                            // number 0: the list of meetings is shown
    std::optional<client::CabItemView> m_current; // what the room's answer says of its item
    QList<int> m_meetingNumbers;
    int m_seq = 0;         // the latest request's number: older answers are stale
    int m_pending = 0;     // requests under way
    qint64 m_seenSeq = 0;  // the audit sequence number the room was last read at
    qint64 m_eventSeq = 0; // the latest event deferred while requests were under way
    bool m_reloading = false;
    bool m_reloadAgain = false;
    int m_base = 0;
    bool m_bannerError = false;

    QLabel *m_heading = nullptr;
    QLabel *m_quorum = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_banner = nullptr;
    QTimer *m_bannerTimer = nullptr;
    QTimer *m_clock = nullptr;
    QStackedWidget *m_pages = nullptr;
    // The meetings
    QWidget *m_meetingsPage = nullptr;
    QListWidget *m_meetings = nullptr;
    QComboBox *m_cabs = nullptr;
    QPushButton *m_newMeeting = nullptr;
    QPushButton *m_openMeeting = nullptr;
    // One meeting
    QWidget *m_meetingPage = nullptr;
    QHBoxLayout *m_body = nullptr; // the agenda column beside the item's card
    QListWidget *m_agenda = nullptr;
    CabAgendaTools *m_agendaTools = nullptr;
    QLabel *m_lateHeading = nullptr;
    QWidget *m_lateBox = nullptr;
    QVBoxLayout *m_lateLayout = nullptr;
    CabItemCard *m_card = nullptr;
    QLabel *m_legend = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_attendance = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_back = nullptr;
    // Minutes of a closed meeting
    QWidget *m_minutesPage = nullptr;
    QTextBrowser *m_minutes = nullptr;
    std::unique_ptr<PackSigning> m_signing;
};

} // namespace vigilo::ui
