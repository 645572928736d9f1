#include "ActivityModel.h"

#include "DetailFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace vigilo::ui {

AuditText ActivityModel::activityWords()
{
    return AuditText([](const char *context, const char *source, const char *comment,
                        int n) { return QCoreApplication::translate(context, source, comment, n); },
                     QLocale(), [](const QDateTime &utc) { return format::time(utc); },
                     [](const QString &username) { return username; });
}

void ActivityModel::setEvents(const QList<AuditEvent> &events)
{
    beginResetModel();
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const AuditEvent &a, const AuditEvent &b) { return a.seq > b.seq; });
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &e = m_events[index.row()];
    switch (role) {
    case SeqRole: return e.seq;
    case ActionRole: return e.action;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case When: return format::time(e.at);
        case Who: return e.actor;
        case What: return m_words.summary(e);
        case Changes:
            return m_words.details(e)
                .join(QStringLiteral("   ·   "))
                .replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Changes)
            return m_words.details(e).join(QLatin1Char('\n'));
        if (index.column() == When)
            return tr("Event #%1, %2 UTC").arg(e.seq).arg(e.at.toString(Qt::ISODate));
        return {};
    default: return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When: return tr("When");
    case Who: return tr("Who");
    case What: return tr("What");
    case Changes: return tr("What changed");
    case ColumnCount: break;
    }
    return {};
}

} // namespace vigilo::ui
