#include "EvidenceHistoryModel.h"

namespace vigilo::ui {

void EvidenceHistoryModel::setEvents(const QList<AuditEvent> &events,
                                     const QHash<QString, QString> &names)
{
    beginResetModel();
    m_events = events;
    m_names = names;
    endResetModel();
}

int EvidenceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EvidenceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceHistoryModel::person(const QString &username) const
{
    const QString name = m_names.value(username);
    return name.isEmpty() || name == username
               ? username
               : name + QStringLiteral(" (") + username + QLatin1Char(')');
}

QVariant EvidenceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &e = m_events.at(index.row());
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Seq: return e.seq;
        case When: return e.at;
        case Who: return person(e.actor);
        case What: return m_words.summary(e);
        case Details: return m_words.details(e).join(QLatin1Char('\n'));
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Seq: return e.seq;
        case When: return e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Who: return person(e.actor);
        case What: return m_words.summary(e);
        case Details:
            return m_words.details(e)
                .join(QStringLiteral("   ·   "))
                .replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Details)
        return m_words.details(e).join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && index.column() == Seq)
        return tr("Hash %1").arg(e.hash);
    return {};
}

QVariant EvidenceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Seq: return QStringLiteral("#");
    case When: return tr("When (UTC)");
    case Who: return tr("Who");
    case What: return tr("What happened");
    case Details: return tr("What changed");
    case ColumnCount: break;
    }
    return {};
}

} // namespace vigilo::ui
