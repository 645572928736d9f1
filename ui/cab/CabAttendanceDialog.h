#pragma once
// Who is in the room: each voting member and adviser of the meeting's CAB present, absent or
// represented by another member. Every choice is one request (meeting.attend answering the
// room), and the quorum line shows the core's count after it (or the core's refusal). While a
// choice is under way (a team server) the rows wait.

#include "Client.h"

#include <QDialog>

class QComboBox;
class QGridLayout;
class QLabel;

namespace vigilo::ui {

class Session;

class CabAttendanceDialog final : public QDialog {
    Q_OBJECT
public:
    CabAttendanceDialog(Session &session, const Meeting &meeting, int basePixels,
                        QWidget *parent = nullptr);

    // "4 of 6 voting present — quorum met (needs 4)".
    static QString quorumText(const Meeting &m);

    // Records `member` as present, absent or represented by `delegate` (what the combo boxes do).
    // The outcome once known (a database at once; a team server: true when sent).
    bool record(const QString &member, const QString &status, const QString &delegate = {});
    QString errorText() const;
    const Meeting &meeting() const { return m_meeting; }

Q_SIGNALS:
    void recorded(const vigilo::client::MeetingRoom &room);

private:
    void fill();
    void changed(int row);
    void setCandidates(const QStringList &candidates);
    void setWaiting(bool waiting);

    Session &m_session;
    Meeting m_meeting;
    QStringList m_candidates; // who may represent someone: the workspace's active members
    QGridLayout *m_grid = nullptr;
    QList<QComboBox *> m_status;
    QList<QComboBox *> m_delegate;
    QLabel *m_quorum = nullptr;
    QLabel *m_error = nullptr;
    bool m_filling = false;
};

} // namespace vigilo::ui
