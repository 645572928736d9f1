#pragma once
// The packs the server printed and signed on one connection (pack.export), so that pack.manifest
// signs a sample's manifest only for packs the server itself exported: a member cannot have the
// workspace's key vouch for a digest or a title the server never printed.

#include "PackManifest.h"

#include <QDateTime>
#include <QHash>
#include <QQueue>

namespace vigilo {

class SampleLedger final {
public:
    // Enough for a large sample; the oldest are forgotten beyond it.
    static constexpr int kCapacity = 20000;

    void record(const Actor &actor, const ManifestEntry &entry, const QDateTime &at);
    // The entries of `digests`, in that order, exported by this actor's member in this workspace;
    // `startedAt` gets the first one's export time. Refuses a digest it does not know.
    Result<QList<ManifestEntry>> entries(const Actor &actor, const QStringList &digests,
                                         QDateTime *startedAt) const;

private:
    struct Exported {
        QString workspace;
        QString username;
        ManifestEntry entry;
        QDateTime at;
    };
    QHash<QString, Exported> m_byDigest;
    QQueue<QString> m_order;
};

} // namespace vigilo
