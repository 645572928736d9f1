#pragma once
// The asset picker's search in memory (issue 16): the same matches and the same order as
// AssetInventory::search, name prefixes first, then other name matches, then kind or owner
// matches, ties by name, over an index folded once, so that a keystroke filters 10,000 assets
// without a round trip (vigilo-bench-picker measures it).

#include "Entities.h"

#include <QList>
#include <QStringList>

namespace vigilo {

class AssetMatcher final {
public:
    AssetMatcher() = default;
    explicit AssetMatcher(QList<Asset> assets);

    // Every asset, by name.
    const QList<Asset> &assets() const { return m_assets; }
    int size() const { return int(m_assets.size()); }
    // The row of the asset named `name`, or -1.
    int indexOf(const QString &name) const;
    // Rows of assets() whose name, kind or owner holds `text` (ignoring case and surrounding
    // blanks), best first; every row, by name, for an empty text.
    QList<int> match(const QString &text) const;

private:
    QList<Asset> m_assets;
    QStringList m_names;  // folded
    QStringList m_others; // folded kind and owner, one line each
};

} // namespace vigilo
