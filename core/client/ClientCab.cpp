// The Client's calls for CAB mode: the meetings page, and the room of one meeting after each
// action (meeting.now, or a write asked with `room`), so that every action of the chair is one
// round trip on a team server.
#include "Client.h"

#include "ClientReplies.h"
#include "MeetingCodecs.h"

namespace vigilo::client {

using namespace vigilo::api;

namespace {

QJsonObject meetingParams(int meeting, QJsonObject more = {})
{
    more.insert(QStringLiteral("meeting"), meeting);
    more.insert(QStringLiteral("room"), true);
    return more;
}

Result<MeetingRoom> roomAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    return readMeetingRoom(*r);
}

} // namespace

Result<MeetingRoom> readMeetingRoom(const QJsonValue &answer)
{
    const QJsonObject o = answer.toObject();
    if (!o.value(QStringLiteral("meeting")).isObject())
        return malformed(QStringLiteral("object"));
    MeetingRoom room;
    read(o.value(QStringLiteral("meeting")).toObject(), room.meeting);
    room.seq = qint64(o.value(QStringLiteral("seq")).toDouble());
    const QJsonObject current = o.value(QStringLiteral("current")).toObject();
    if (current.isEmpty())
        return room;
    CabItemView view;
    read(current.value(QStringLiteral("item")).toObject(), view.item);
    // Each part decoded into the view, or the first that is malformed.
    const auto take = [&current](const char *key, auto &into) -> std::optional<Error> {
        using T = std::decay_t<decltype(into)>;
        auto value = decode<T>(current.value(QLatin1String(key)));
        if (!value)
            return value.error();
        into = *value;
        return std::nullopt;
    };
    for (auto problem : {take("change", view.change), take("risk", view.risk),
                         take("conflicts_summary", view.conflicts), take("impact", view.impact)})
        if (problem)
            return *problem;
    auto steps = decodeList<ApprovalStep>(current.value(QStringLiteral("approval_steps")));
    if (!steps)
        return steps.error();
    view.steps = *steps;
    auto similar = decodeList<SimilarChange>(current.value(QStringLiteral("similar_changes")));
    if (!similar)
        return similar.error();
    view.similar = *similar;
    room.current = view;
    return room;
}

QFuture<Result<MeetingsOverview>> Client::meetingsAsync()
{
    return callAsync(QStringLiteral("meeting.list"), {{QStringLiteral("with_cabs"), true}})
        .then([](const Result<QJsonValue> &r) -> Result<MeetingsOverview> {
            auto meetings = listField<MeetingSummary>(r, "meetings");
            if (!meetings)
                return meetings.error();
            auto cabs = listField<Cab>(r, "cabs");
            if (!cabs)
                return cabs.error();
            return MeetingsOverview{*meetings, *cabs};
        });
}

QFuture<Result<MeetingRoom>> Client::meetingRoomAsync(int meeting)
{
    return callAsync(QStringLiteral("meeting.now"), {{QStringLiteral("meeting"), meeting}})
        .then(&roomAnswer);
}

QFuture<Result<MeetingRoom>> Client::createMeetingAsync(const QString &cab, bool adHoc,
                                                        const QDateTime &start)
{
    QJsonObject p{{QStringLiteral("cab"), cab},
                  {QStringLiteral("ad_hoc"), adHoc},
                  {QStringLiteral("room"), true}};
    if (start.isValid())
        p.insert(QStringLiteral("start"), start.toUTC().toString(Qt::ISODate));
    return callAsync(QStringLiteral("meeting.create"), p).then(&roomAnswer);
}

QFuture<Result<MeetingRoom>> Client::editAgendaAsync(int meeting, const AgendaEdit &edit)
{
    return callAsync(QStringLiteral("meeting.agenda"),
                     meetingParams(meeting, agendaEditParams(edit)))
        .then(&roomAnswer);
}

QFuture<Result<MeetingRoom>> Client::startMeetingAsync(int meeting)
{
    return callAsync(QStringLiteral("meeting.start"), meetingParams(meeting)).then(&roomAnswer);
}

QFuture<Result<MeetingRoom>> Client::attendAsync(int meeting, const QString &member,
                                                 const QString &status, const QString &delegate)
{
    QJsonObject p{{QStringLiteral("attendee"), member}, {QStringLiteral("status"), status}};
    if (!delegate.isEmpty())
        p.insert(QStringLiteral("delegate"), delegate);
    return callAsync(QStringLiteral("meeting.attend"), meetingParams(meeting, p)).then(&roomAnswer);
}

QFuture<Result<MeetingRoom>> Client::decideAsync(int meeting, int change,
                                                 const DecisionInput &input)
{
    QJsonObject p = decisionParams(input);
    p.insert(QStringLiteral("number"), formatChangeNumber(change));
    return callAsync(QStringLiteral("meeting.decide"), meetingParams(meeting, p)).then(&roomAnswer);
}

QFuture<Result<MeetingRoom>> Client::admitAsync(int meeting, int change)
{
    return callAsync(
               QStringLiteral("meeting.admit"),
               meetingParams(meeting, {{QStringLiteral("number"), formatChangeNumber(change)}}))
        .then(&roomAnswer);
}

QFuture<Result<MeetingRoom>> Client::closeMeetingAsync(int meeting)
{
    return callAsync(QStringLiteral("meeting.close"), meetingParams(meeting)).then(&roomAnswer);
}

QFuture<Result<QByteArray>> Client::minutesPdfAsync(int meeting, const QString &locale)
{
    QJsonObject p{{QStringLiteral("meeting"), meeting}};
    if (!locale.isEmpty())
        p.insert(QStringLiteral("locale"), locale);
    return callAsync(QStringLiteral("meeting.minutes_pdf"), p)
        .then([](const Result<QJsonValue> &r) -> Result<QByteArray> {
            if (!r)
                return r.error();
            const QJsonValue pdf = r->toObject().value(QStringLiteral("pdf"));
            if (!pdf.isString())
                return malformed(QStringLiteral("pdf"));
            return QByteArray::fromBase64(pdf.toString().toLatin1());
        });
}

} // namespace vigilo::client
