#include "AssetPickerModel.h"

#include "Domain.h"

namespace vigilo::ui {

AssetPickerModel::AssetPickerModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void AssetPickerModel::setMatcher(std::shared_ptr<const AssetMatcher> matcher)
{
    m_matcher = std::move(matcher);
    refilter();
}

void AssetPickerModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    refilter();
}

void AssetPickerModel::setHidden(const QSet<QString> &names)
{
    m_hidden = names;
    refilter();
}

void AssetPickerModel::refilter()
{
    beginResetModel();
    const QList<int> matches = m_matcher ? m_matcher->match(m_filter) : QList<int>();
    m_matches = int(matches.size());
    // The best kMaxSuggestions: a person narrows by typing, not by scrolling 10,000 rows.
    m_rows.clear();
    for (int row : matches) {
        if (m_rows.size() >= kMaxSuggestions)
            break;
        if (!m_hidden.contains(m_matcher->assets().at(row).name))
            m_rows << row;
    }
    endResetModel();
}

int AssetPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssetPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Asset &a = m_matcher->assets().at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole: {
        QString text = a.kind.isEmpty() ? a.name : tr("%1  · %2").arg(a.name, a.kind);
        if (!a.owner.isEmpty())
            text += tr("  · %1").arg(a.owner);
        return text;
    }
    case Qt::ToolTipRole:
        return tr("%1: %2, criticality %3, owner %4")
            .arg(a.name, a.kind, label(a.criticality), a.owner.isEmpty() ? tr("none") : a.owner);
    case NameRole: return a.name;
    default: return {};
    }
}

} // namespace vigilo::ui
