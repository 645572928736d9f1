#include "CabAttendanceDialog.h"

#include "main/Session.h"
#include "widgets/Async.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
const QStringList kStatuses = {QStringLiteral("present"), QStringLiteral("absent"),
                               QStringLiteral("represented")};
}

QString CabAttendanceDialog::quorumText(const Meeting &m)
{
    const int present = m.votingPresent();
    const int required = m.cab.quorumRequired();
    const int voting = int(m.cab.voting.size());
    return m.quorumMet() ? tr("%1 of %2 voting present — quorum met (needs %3)")
                               .arg(present)
                               .arg(voting)
                               .arg(required)
                         : tr("%1 of %2 voting present — quorum NOT met (needs %3)")
                               .arg(present)
                               .arg(voting)
                               .arg(required);
}

CabAttendanceDialog::CabAttendanceDialog(Session &session, const Meeting &meeting, int basePixels,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_meeting(meeting)
{
    setObjectName(QStringLiteral("cabAttendanceDialog"));
    setWindowTitle(tr("Attendance — meeting %1").arg(meeting.number));

    auto *heading = new QLabel(tr("Who is in the room?"), this);
    heading->setObjectName(QStringLiteral("attendanceHeading"));
    m_quorum = new QLabel(this);
    m_quorum->setObjectName(QStringLiteral("attendanceQuorum"));
    m_quorum->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("attendanceError"));
    m_error->setWordWrap(true);

    auto *rows = new QWidget;
    m_grid = new QGridLayout(rows);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(rows);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_quorum);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Its own colours: the projector's style sheet would otherwise reach its labels.
    setStyleSheet(QStringLiteral("QDialog, QScrollArea, QScrollArea > QWidget > QWidget { "
                                 "background: #161b22; }"
                                 "QLabel { color: #e6edf3; font-size: %1px; }"
                                 "QComboBox, QPushButton { font-size: %1px; padding: 4px 8px; }"
                                 "QLabel#attendanceHeading { font-weight: 700; }"
                                 "QLabel#attendanceQuorum { font-weight: 700; }"
                                 "QLabel#attendanceError { color: #ff7b72; }")
                      .arg(basePixels));
    fill();
    // Who may represent someone: the workspace's active members (one request; the delegate
    // boxes fill when it answers).
    onResult(m_session.client().membersAsync(), this, [this](const Result<QList<Member>> &members) {
        if (!members.ok()) {
            m_error->setText(members.error().message);
            return;
        }
        QStringList candidates;
        for (const Member &m : *members)
            if (m.active)
                candidates << m.username;
        setCandidates(candidates);
    });
    // Wide enough for every row's names and choices, as far as the screen allows.
    const int wanted = rows->sizeHint().width() + 4 * basePixels;
    if (parent)
        resize(qBound(qMax(640, parent->width() / 2), wanted, parent->width()),
               qMax(420, parent->height() * 2 / 3));
}

void CabAttendanceDialog::fill()
{
    m_filling = true;
    if (m_status.isEmpty()) {
        for (int row = 0; row < m_meeting.attendance.size(); ++row) {
            const Attendance &a = m_meeting.attendance.at(row);
            auto *name =
                new QLabel(a.seat == QLatin1String("voting") ? tr("%1 (voting)").arg(a.member)
                                                             : tr("%1 (adviser)").arg(a.member));
            auto *status = new QComboBox;
            status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            status->setObjectName(QStringLiteral("status-%1").arg(a.member));
            status->addItem(tr("Present"), kStatuses.at(0));
            status->addItem(tr("Absent"), kStatuses.at(1));
            status->addItem(tr("Represented by…"), kStatuses.at(2));
            auto *delegate = new QComboBox;
            delegate->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            delegate->setObjectName(QStringLiteral("delegate-%1").arg(a.member));
            delegate->addItem(tr("(choose a member)"), QString());
            m_grid->addWidget(name, row, 0);
            m_grid->addWidget(status, row, 1);
            m_grid->addWidget(delegate, row, 2);
            m_status << status;
            m_delegate << delegate;
            connect(status, &QComboBox::currentIndexChanged, this, [this, row] { changed(row); });
            connect(delegate, &QComboBox::currentIndexChanged, this, [this, row] { changed(row); });
        }
        m_grid->setRowStretch(m_meeting.attendance.size(), 1);
        m_grid->setColumnStretch(0, 1);
    }
    for (int row = 0; row < m_meeting.attendance.size() && row < m_status.size(); ++row) {
        const Attendance &a = m_meeting.attendance.at(row);
        m_status[row]->setCurrentIndex(qMax(0, int(kStatuses.indexOf(a.status))));
        m_delegate[row]->setCurrentIndex(qMax(0, m_delegate[row]->findData(a.delegate)));
        m_delegate[row]->setEnabled(a.status == QLatin1String("represented"));
    }
    m_quorum->setText(quorumText(m_meeting));
    m_filling = false;
}

void CabAttendanceDialog::changed(int row)
{
    if (m_filling)
        return;
    const QString member = m_meeting.attendance.at(row).member;
    const QString status = m_status.at(row)->currentData().toString();
    const QString delegate = m_delegate.at(row)->currentData().toString();
    m_delegate[row]->setEnabled(status == QLatin1String("represented"));
    // Represented: recorded once the delegate is chosen.
    if (status == QLatin1String("represented") && delegate.isEmpty())
        return;
    record(member, status, status == QLatin1String("represented") ? delegate : QString());
}

void CabAttendanceDialog::setCandidates(const QStringList &candidates)
{
    m_candidates = candidates;
    m_filling = true;
    for (int row = 0; row < m_delegate.size(); ++row) {
        QComboBox *delegate = m_delegate.at(row);
        const QString member = m_meeting.attendance.at(row).member;
        for (const QString &c : candidates)
            if (c != member && delegate->findData(c) < 0)
                delegate->addItem(c, c);
    }
    m_filling = false;
    fill(); // a delegate recorded before the list came is chosen now
}

void CabAttendanceDialog::setWaiting(bool waiting)
{
    for (QComboBox *box : std::as_const(m_status))
        box->setEnabled(!waiting);
    if (waiting)
        for (QComboBox *box : std::as_const(m_delegate))
            box->setEnabled(false);
}

bool CabAttendanceDialog::record(const QString &member, const QString &status,
                                 const QString &delegate)
{
    setWaiting(true);
    auto outcome = std::make_shared<std::optional<bool>>();
    onResult(m_session.client().attendAsync(m_meeting.number, member, status, delegate), this,
             [this, outcome](const Result<client::MeetingRoom> &room) {
                 setWaiting(false);
                 *outcome = room.ok();
                 if (!room.ok()) {
                     m_error->setText(room.error().message);
                     fill(); // back to what is recorded
                     return;
                 }
                 m_error->clear();
                 m_meeting = room->meeting;
                 fill();
                 Q_EMIT recorded(*room);
             });
    return outcome->value_or(true);
}

QString CabAttendanceDialog::errorText() const
{
    return m_error->text();
}

} // namespace vigilo::ui
