#include "SimilarModel.h"

#include <QBrush>
#include <QColor>

namespace vigilo::ui {

SimilarModel::SimilarModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SimilarModel::setChanges(const QList<SimilarChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

QString SimilarModel::outcomeOf(const SimilarChange &c)
{
    if (c.closureCode)
        return tr("%1 · %2").arg(label(c.status), label(*c.closureCode));
    return label(c.status);
}

int SimilarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int SimilarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimilarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SimilarChange &c = m_changes.at(index.row());
    if (role == NumberRole)
        return c.number;
    if (role == SortRole) {
        if (index.column() == Number)
            return c.number;
        if (index.column() == Score)
            return c.score;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        const bool bad = c.failed();
        const bool meh = c.closureCode == ClosureCode::SuccessfulWithIssues;
        if (bad)
            return QBrush(QColor(0xb4, 0x23, 0x18));
        if (meh)
            return QBrush(QColor(0x9a, 0x67, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == RollbackReason || index.column() == Title))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return formatChangeNumber(c.number);
    case Title: return c.title;
    case Outcome: return outcomeOf(c);
    case RollbackReason: return c.rollbackReason;
    case SharedAssets: return c.sharedAssets.join(QStringLiteral(", "));
    case Approvers: return c.approvers.join(QStringLiteral(", "));
    case Score: return tr("%1%").arg(qRound(c.score * 100));
    default: return {};
    }
}

QVariant SimilarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Title: return tr("Title");
    case Outcome: return tr("Outcome");
    case RollbackReason: return tr("Rollback reason");
    case SharedAssets: return tr("Shared assets");
    case Approvers: return tr("Approved by");
    case Score: return tr("Match");
    default: return {};
    }
}

} // namespace vigilo::ui
