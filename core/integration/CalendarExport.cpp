#include "CalendarExport.h"

#include "Clock.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"

namespace vigilo {

QString CalendarExport::escapeText(const QString &raw)
{
    // RFC 5545 TEXT holds no control characters but tab: a row written by an older build or by
    // SQL gets them escaped visibly (line breaks become \n below).
    const QString text = input::visible(raw, input::Lines::Multi);
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (ch == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (ch == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (ch == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (ch == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += ch;
    }
    return out;
}

QByteArray CalendarExport::foldLine(const QString &contentLine)
{
    const QByteArray utf8 = contentLine.toUtf8();
    QByteArray out;
    int lineOctets = 0;
    int limit = 75; // the first line; continuation lines carry a leading space within the 75
    int i = 0;
    while (i < utf8.size()) {
        // The length of this UTF-8 sequence: never split a character across lines.
        const unsigned char c = static_cast<unsigned char>(utf8.at(i));
        int len = 1;
        if (c >= 0xF0)
            len = 4;
        else if (c >= 0xE0)
            len = 3;
        else if (c >= 0xC0)
            len = 2;
        len = std::min<int>(len, int(utf8.size()) - i);
        if (lineOctets + len > limit) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out += utf8.mid(i, len);
        lineOctets += len;
        i += len;
    }
    out += "\r\n";
    return out;
}

QString CalendarExport::utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss")) + QLatin1Char('Z');
}

QString CalendarExport::uid(int number, const QString &workspaceSlug)
{
    return formatChangeNumber(number) + QLatin1Char('@') + workspaceSlug
           + QStringLiteral(".vigilo");
}

Result<QByteArray> CalendarExport::ics(const Actor &caller, int *events) const
{
    auto current = sql::currentActor(m_store, caller, Permission::Read);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    auto q =
        sql::run(m_store,
                 QStringLiteral("SELECT number FROM changes WHERE workspace_id = ? AND status "
                                "IN ('scheduled', 'in_progress') AND planned_start IS NOT NULL "
                                "AND planned_end IS NOT NULL ORDER BY planned_start, number"),
                 {actor.workspace.id});
    if (!q)
        return q.error();
    QList<int> numbers;
    while (q->next())
        numbers << q->value(0).toInt();

    const QString stamp = utcStamp(m_clock.now());
    QByteArray out;
    auto line = [&out](const QString &l) { out += foldLine(l); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Vigilo//Vigilo Desktop//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(actor.workspace.name));
    for (int number : numbers) {
        auto c = sql::loadChange(m_store, actor.workspace.id, number);
        if (!c)
            return c.error();
        QStringList description;
        description << CoreText::tr("Status: %1").arg(label(c->status))
                    << CoreText::tr("Assets: %1")
                           .arg(c->affectedAssets.isEmpty()
                                    ? CoreText::tr("none")
                                    : c->affectedAssets.join(QStringLiteral(", ")))
                    << CoreText::tr("Assignee: %1")
                           .arg(c->assignee.isEmpty() ? CoreText::tr("unassigned") : c->assignee);
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + uid(number, actor.workspace.slug));
        line(QStringLiteral("DTSTAMP:") + stamp);
        line(QStringLiteral("DTSTART:") + utcStamp(c->plannedStart));
        line(QStringLiteral("DTEND:") + utcStamp(c->plannedEnd));
        line(QStringLiteral("SEQUENCE:") + QString::number(c->version));
        line(QStringLiteral("SUMMARY:")
             + escapeText(c->numberText() + QLatin1Char(' ') + c->title));
        line(QStringLiteral("DESCRIPTION:") + escapeText(description.join(QLatin1Char('\n'))));
        if (c->updatedAt.isValid())
            line(QStringLiteral("LAST-MODIFIED:") + utcStamp(c->updatedAt));
        line(QStringLiteral("STATUS:CONFIRMED"));
        line(QStringLiteral("CATEGORIES:") + escapeText(toString(c->changeType)));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    if (events)
        *events = int(numbers.size());
    return out;
}

} // namespace vigilo
