#pragma once
// A member's saved change filters (issue 15): a name and the parameters of change.list, kept per
// member and workspace. Any member (viewers too) keeps their own.

#include "Actor.h"
#include "Error.h"

#include <QJsonObject>

namespace vigilo {

class Store;
class Clock;

struct SavedFilter {
    QString name;
    QJsonObject params; // change.list parameters
    QDateTime createdAt;
    QJsonObject toJson() const;
};

class SavedFilters final {
public:
    static constexpr int kMaxPerMember = 100;

    SavedFilters(Store &store, const Clock &clock)
        : m_store(store)
        , m_clock(clock)
    {}

    // Saves (or replaces) the actor's filter `name`; the caller has validated `params`.
    Result<SavedFilter> save(const Actor &actor, const QString &name, const QJsonObject &params);
    Result<QList<SavedFilter>> list(const Actor &actor) const;
    Result<SavedFilter> get(const Actor &actor, const QString &name) const;
    Status remove(const Actor &actor, const QString &name);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace vigilo
