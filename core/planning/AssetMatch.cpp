#include "AssetMatch.h"

#include <algorithm>
#include <numeric>

namespace vigilo {

AssetMatcher::AssetMatcher(QList<Asset> assets)
    : m_assets(std::move(assets))
{
    std::sort(m_assets.begin(), m_assets.end(),
              [](const Asset &a, const Asset &b) { return a.name < b.name; });
    m_names.reserve(m_assets.size());
    m_others.reserve(m_assets.size());
    for (const Asset &a : std::as_const(m_assets)) {
        m_names << a.name.toCaseFolded();
        m_others << QString(a.kind + QLatin1Char('\n') + a.owner).toCaseFolded();
    }
}

int AssetMatcher::indexOf(const QString &name) const
{
    const auto it = std::lower_bound(m_assets.cbegin(), m_assets.cend(), name,
                                     [](const Asset &a, const QString &n) { return a.name < n; });
    return it != m_assets.cend() && it->name == name ? int(it - m_assets.cbegin()) : -1;
}

QList<int> AssetMatcher::match(const QString &text) const
{
    const QString needle = text.trimmed().toCaseFolded();
    QList<int> rows;
    const int n = size();
    if (needle.isEmpty()) {
        rows.resize(n);
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    // Three passes in name order: the ranks come out sorted without a sort.
    QList<int> inName, inOther;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        const QString &name = m_names.at(i);
        if (name.startsWith(needle))
            rows << i;
        else if (name.contains(needle))
            inName << i;
        else if (m_others.at(i).contains(needle))
            inOther << i;
    }
    rows << inName << inOther;
    return rows;
}

} // namespace vigilo
