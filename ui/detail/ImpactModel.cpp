#include "ImpactModel.h"

#include "DetailFormat.h"

#include <QColor>
#include <QFont>

namespace vigilo::ui {

void ImpactModel::setReport(const ImpactReport &report)
{
    beginResetModel();
    m_items = report.touched + report.affected;
    endResetModel();
}

void ImpactModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

const ImpactItem *ImpactModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int ImpactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ImpactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImpactModel::display(const ImpactItem &i, Column column) const
{
    switch (column) {
    case Asset: return i.asset;
    case Criticality: return label(i.criticality);
    case Depth: return i.touched() ? tr("Own asset") : QString::number(i.depth);
    case Why: return i.touched() ? tr("The change works on %1.").arg(i.asset) : i.explanation;
    case Exclusion:
        if (!i.excluded)
            return QString();
        return tr("Excluded by %1 on %2: %3")
            .arg(i.excludedBy, format::time(i.excludedAt), i.excludedReason);
    case ColumnCount: break;
    }
    return {};
}

QVariant ImpactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImpactItem &i = m_items[index.row()];
    const bool critical = i.criticality == vigilo::Criticality::Critical;
    switch (role) {
    case AssetRole: return i.asset;
    case ExcludedRole: return i.excluded;
    case TouchedRole: return i.touched();
    case DepthRole: return i.depth;
    case Qt::DisplayRole: return display(i, Column(index.column()));
    case Qt::ToolTipRole: {
        const QString text = display(i, Column(index.column())).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::FontRole:
        if (i.excluded) {
            QFont f;
            f.setStrikeOut(index.column() != Exclusion);
            return f;
        }
        if (critical && index.column() <= Criticality) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (i.excluded)
            return QColor(0x8b, 0x94, 0x9e);
        if (critical && index.column() == Criticality)
            return QColor(0xb4, 0x23, 0x18);
        return {};
    default: return {};
    }
}

QVariant ImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Asset: return tr("Asset");
    case Criticality: return tr("Criticality");
    case Depth: return tr("Steps away");
    case Why: return tr("Why it is affected");
    case Exclusion: return tr("Excluded");
    case ColumnCount: break;
    }
    return {};
}

} // namespace vigilo::ui
