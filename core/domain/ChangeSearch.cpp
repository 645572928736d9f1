#include "ChangeSearch.h"

#include "Domain.h"

namespace vigilo::changesearch {

const QStringList &fieldNames()
{
    static const QStringList names = {
        QStringLiteral("number"),    QStringLiteral("title"),
        QStringLiteral("assignee"),  QStringLiteral("assignee_name"),
        QStringLiteral("requester"), QStringLiteral("requester_name")};
    return names;
}

QStringList words(const QString &text)
{
    return text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString haystack(const ChangeSummary &c)
{
    const QChar sep = QLatin1Char('\n');
    return (formatChangeNumber(c.number) + sep + c.title + sep + c.assignee + sep + c.assigneeName
            + sep + c.requester + sep + c.requesterName)
        .toLower();
}

bool matches(const QString &haystack, const QStringList &words)
{
    for (const QString &w : words)
        if (!haystack.contains(w))
            return false;
    return true;
}

} // namespace vigilo::changesearch
