#include "ActivityModel.h"

#include "DetailFormat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace vigilo::ui {

namespace {
QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("—");
    case QJsonValue::Bool: return v.toBool() ? ActivityModel::tr("yes") : ActivityModel::tr("no");
    case QJsonValue::Double: return QLocale().toString(v.toDouble());
    case QJsonValue::String: {
        const QString s = v.toString();
        // Times travel as ISO 8601 UTC: show them in the user's time zone.
        if (s.size() >= 20 && s.endsWith(QLatin1Char('Z')) && s.at(10) == QLatin1Char('T')) {
            const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
            if (t.isValid())
                return format::time(t);
        }
        if (s.isEmpty())
            return QStringLiteral("—");
        // Plans span lines; a timeline row shows them on one (the tooltip has them whole).
        return QString(s).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << valueText(e);
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        // An approval step, a freeze window...: its name says enough in a timeline row.
        if (v.toObject().contains(QStringLiteral("name")))
            return v.toObject().value(QStringLiteral("name")).toString();
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}
} // namespace

void ActivityModel::setEvents(const QList<AuditEvent> &events)
{
    beginResetModel();
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const AuditEvent &a, const AuditEvent &b) { return a.seq > b.seq; });
    endResetModel();
}

QString ActivityModel::describe(const QString &action)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("change.create"), QT_TR_NOOP("Created")},
        {QStringLiteral("change.edit"), QT_TR_NOOP("Edited")},
        {QStringLiteral("change.submit"), QT_TR_NOOP("Submitted for review")},
        {QStringLiteral("change.approve"), QT_TR_NOOP("Approved")},
        {QStringLiteral("change.reject"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("change.schedule"), QT_TR_NOOP("Scheduled")},
        {QStringLiteral("change.start"), QT_TR_NOOP("Started")},
        {QStringLiteral("change.complete"), QT_TR_NOOP("Closed")},
        {QStringLiteral("change.rollback"), QT_TR_NOOP("Rolled back")},
        {QStringLiteral("change.reopen"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("change.cancel"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("task.generate"), QT_TR_NOOP("Tasks generated")},
        {QStringLiteral("task.start"), QT_TR_NOOP("Task started")},
        {QStringLiteral("task.done"), QT_TR_NOOP("Task done")},
        {QStringLiteral("task.skip"), QT_TR_NOOP("Task skipped")},
        {QStringLiteral("comment.add"), QT_TR_NOOP("Commented")},
        {QStringLiteral("attachment.add"), QT_TR_NOOP("File attached")},
        {QStringLiteral("risk.answer"), QT_TR_NOOP("Risk question answered")},
        {QStringLiteral("risk.accept"), QT_TR_NOOP("Risk level accepted")},
        {QStringLiteral("risk.override"), QT_TR_NOOP("Risk level overridden")},
    };
    const auto it = words.constFind(action);
    return it == words.constEnd() ? action : tr(*it);
}

QString ActivityModel::changesText(const QJsonObject &oldValues, const QJsonObject &newValues,
                                   const QString &separator)
{
    QStringList keys = newValues.keys();
    for (const QString &k : oldValues.keys())
        if (!keys.contains(k))
            keys << k;
    QStringList parts;
    for (const QString &k : keys) {
        QString name = k;
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (oldValues.contains(k) && newValues.contains(k)
            && oldValues.value(k) == newValues.value(k))
            continue; // unchanged: identifies the record, says nothing about the change
        if (oldValues.contains(k) && newValues.contains(k))
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(name, valueText(oldValues.value(k)), valueText(newValues.value(k)));
        else if (newValues.contains(k))
            parts << QStringLiteral("%1: %2").arg(name, valueText(newValues.value(k)));
        else
            parts << QStringLiteral("%1: %2 → —").arg(name, valueText(oldValues.value(k)));
    }
    return parts.join(separator);
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
        case What: return describe(e.action);
        case Changes: return changesText(e.oldValues, e.newValues, QStringLiteral("   ·   "));
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Changes)
            return changesText(e.oldValues, e.newValues, QStringLiteral("\n"));
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
    case Changes: return tr("Old → new");
    case ColumnCount: break;
    }
    return {};
}

} // namespace vigilo::ui
