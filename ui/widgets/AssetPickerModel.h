#pragma once
// The asset picker's suggestions: row numbers into one shared AssetMatcher (the inventory is
// held once, never copied per keystroke), without the assets already chosen.

#include "AssetMatch.h"

#include <QAbstractListModel>
#include <QSet>

#include <memory>

namespace vigilo::ui {

class AssetPickerModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1 };
    static constexpr int kMaxSuggestions = 200;

    explicit AssetPickerModel(QObject *parent = nullptr);

    void setMatcher(std::shared_ptr<const AssetMatcher> matcher);
    const AssetMatcher *matcher() const { return m_matcher.get(); }
    // The text typed so far: the rows become its matches, best first.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // Chosen assets are not suggested again.
    void setHidden(const QSet<QString> &names);
    // Every match, including hidden ones (the "N of M" line).
    int matchCount() const { return m_matches; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    std::shared_ptr<const AssetMatcher> m_matcher;
    QString m_filter;
    QSet<QString> m_hidden;
    QList<int> m_rows;
    int m_matches = 0;
};

} // namespace vigilo::ui
