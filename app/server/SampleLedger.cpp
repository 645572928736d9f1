#include "SampleLedger.h"

#include <QCoreApplication>
#include <QSet>

namespace vigilo {

void SampleLedger::record(const Actor &actor, const ManifestEntry &entry, const QDateTime &at)
{
    if (!m_byDigest.contains(entry.digest))
        m_order.enqueue(entry.digest);
    m_byDigest.insert(entry.digest,
                      {actor.workspace.slug, actor.member.username, entry, at.toUTC()});
    while (m_order.size() > kCapacity)
        m_byDigest.remove(m_order.dequeue());
}

Result<QList<ManifestEntry>> SampleLedger::entries(const Actor &actor, const QStringList &digests,
                                                   QDateTime *startedAt) const
{
    const auto refuse = [](const QString &message, const QString &digest = {}) {
        QJsonObject details{{QStringLiteral("field"), QStringLiteral("digests")}};
        if (!digest.isEmpty())
            details.insert(QStringLiteral("digest"), digest);
        return Error::input(message, details);
    };
    if (digests.isEmpty())
        return refuse(QCoreApplication::translate(
            "vigilo::Server", "digests: name at least one pack exported with pack.export."));
    QList<ManifestEntry> out;
    QSet<QString> seen;
    QDateTime first;
    for (const QString &digest : digests) {
        const auto it = m_byDigest.constFind(digest);
        if (it == m_byDigest.constEnd() || it->workspace != actor.workspace.slug
            || it->username != actor.member.username)
            return refuse(QCoreApplication::translate(
                              "vigilo::Server",
                              "digests: this connection did not export a pack with the digest "
                              "%1; export the pack again (pack.export), then ask for the "
                              "manifest.")
                              .arg(digest.left(80)),
                          digest.left(80));
        if (seen.contains(digest))
            return refuse(
                QCoreApplication::translate("vigilo::Server", "digests: %1 is named twice.")
                    .arg(digest.left(80)),
                digest.left(80));
        seen.insert(digest);
        out << it->entry;
        if (!first.isValid() || it->at < first)
            first = it->at;
    }
    if (startedAt)
        *startedAt = first;
    return out;
}

} // namespace vigilo
