// The Client's calls for the Calendar page: the range it draws and the move of a change (the
// "what if" of a move and the next free slot are a form's: ClientPlanning.cpp). Asynchronous,
// so that the page works alike on a database in this process and on a team server.
#include "Client.h"

#include "ClientReplies.h"

namespace vigilo::client {

using namespace vigilo::api;

namespace {

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QFuture<Result<CalendarRange>> Client::calendarAsync(const QDateTime &from, const QDateTime &to,
                                                     bool services)
{
    QJsonObject p{{QStringLiteral("from"), timeText(from)}, {QStringLiteral("to"), timeText(to)}};
    if (services)
        p.insert(QStringLiteral("services"), true);
    return callAsync(QStringLiteral("calendar.range"), p).then([](const Result<QJsonValue> &r) {
        return field<CalendarRange>(r, "calendar");
    });
}

QFuture<Result<ChangeRequest>> Client::moveChangeAsync(int number, const QDateTime &start,
                                                       const QDateTime &end, int expectedVersion)
{
    return callAsync(QStringLiteral("change.edit"),
                     {{QStringLiteral("number"), formatChangeNumber(number)},
                      {QStringLiteral("planned_start"), timeText(start)},
                      {QStringLiteral("planned_end"), timeText(end)},
                      {QStringLiteral("expected_version"), expectedVersion}})
        .then([](const Result<QJsonValue> &r) { return field<ChangeRequest>(r, "change"); });
}

} // namespace vigilo::client
