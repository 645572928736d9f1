#include "AddressRules.h"

#include "Tr.h"

#include <QUrl>

namespace vigilo::address {

namespace {

// One part of an inet_aton style IPv4 address: decimal, octal (leading 0) or hex (0x).
std::optional<quint64> ipv4Part(QStringView part)
{
    if (part.isEmpty())
        return std::nullopt;
    int base = 10;
    if (part.size() > 2 && (part.startsWith(u"0x") || part.startsWith(u"0X"))) {
        base = 16;
        part = part.sliced(2);
    } else if (part.size() > 1 && part.startsWith(u'0')) {
        base = 8;
        part = part.sliced(1);
    }
    if (part.size() > 12)
        return std::nullopt;
    quint64 v = 0;
    for (QChar c : part) {
        int d = -1;
        if (c >= u'0' && c <= u'9')
            d = c.unicode() - u'0';
        else if (base == 16 && c >= u'a' && c <= u'f')
            d = c.unicode() - u'a' + 10;
        else if (base == 16 && c >= u'A' && c <= u'F')
            d = c.unicode() - u'A' + 10;
        if (d < 0 || d >= base)
            return std::nullopt;
        v = v * quint64(base) + quint64(d);
    }
    return v;
}

std::optional<quint32> parseIpv4(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    QList<quint64> v;
    for (QStringView p : parts) {
        auto n = ipv4Part(p);
        if (!n)
            return std::nullopt;
        v << *n;
    }
    // The last part fills the bytes the others leave: a.b.c.d, a.b.c16, a.b24, a32.
    const int n = int(v.size());
    for (int i = 0; i < n - 1; ++i)
        if (v[i] > 255)
            return std::nullopt;
    if (v[n - 1] >= (quint64(1) << (8 * (5 - n))))
        return std::nullopt;
    quint32 out = quint32(v[n - 1]);
    for (int i = 0; i < n - 1; ++i)
        out |= quint32(v[i]) << (8 * (3 - i));
    return out;
}

// Strict dotted quad (the IPv4 tail of an IPv6 address).
std::optional<quint32> parseDottedQuad(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 out = 0;
    for (QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return std::nullopt;
        bool ok = false;
        const uint b = p.toUInt(&ok, 10);
        if (!ok || b > 255)
            return std::nullopt;
        out = (out << 8) | b;
    }
    return out;
}

std::optional<Ip> parseIpv6(QStringView text)
{
    if (text.count(u':') < 2)
        return std::nullopt;
    QList<quint16> head, tail;
    const qsizetype gap = text.indexOf(u"::");
    if (gap >= 0 && text.indexOf(u"::", gap + 1) >= 0)
        return std::nullopt;
    auto groups = [](QStringView part, QList<quint16> &out, bool last) -> bool {
        if (part.isEmpty())
            return true;
        const QList<QStringView> items = part.split(u':');
        for (int i = 0; i < items.size(); ++i) {
            const QStringView g = items[i];
            if (last && i == items.size() - 1 && g.contains(u'.')) {
                auto v4 = parseDottedQuad(g);
                if (!v4)
                    return false;
                out << quint16(*v4 >> 16) << quint16(*v4 & 0xffff);
                continue;
            }
            if (g.isEmpty() || g.size() > 4)
                return false;
            bool ok = false;
            const uint v = g.toUInt(&ok, 16);
            if (!ok)
                return false;
            out << quint16(v);
        }
        return true;
    };
    if (gap >= 0) {
        if (!groups(text.first(gap), head, false) || !groups(text.sliced(gap + 2), tail, true))
            return std::nullopt;
        if (head.size() + tail.size() > 7)
            return std::nullopt;
    } else {
        if (!groups(text, head, true) || head.size() != 8)
            return std::nullopt;
    }
    QList<quint16> all = head;
    while (all.size() + tail.size() < 8)
        all << 0;
    all += tail;
    Ip ip;
    for (int i = 0; i < 8; ++i) {
        ip.bytes[size_t(2 * i)] = static_cast<unsigned char>(all[i] >> 8);
        ip.bytes[size_t(2 * i + 1)] = static_cast<unsigned char>(all[i] & 0xff);
    }
    return ip;
}

Ip fromV4(quint32 v)
{
    Ip ip;
    ip.bytes[10] = ip.bytes[11] = 0xff;
    for (int i = 0; i < 4; ++i)
        ip.bytes[size_t(12 + i)] = static_cast<unsigned char>(v >> (8 * (3 - i)));
    return ip;
}

quint32 v4At(const Ip &ip, int offset)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | ip.bytes[size_t(offset + i)];
    return v;
}

bool inV4(quint32 a, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (a & mask) == (network & mask);
}

constexpr quint32 v4(int a, int b, int c, int d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d);
}

std::optional<Range> forbiddenV4(quint32 a)
{
    struct Rule {
        quint32 net;
        int prefix;
        const char *kind;
        const char *cidr;
    };
    static const Rule rules[] = {
        {v4(169, 254, 169, 254), 32, "cloud_metadata", "169.254.169.254/32"},
        {v4(100, 100, 100, 200), 32, "cloud_metadata", "100.100.100.200/32"},
        {v4(0, 0, 0, 0), 8, "unspecified", "0.0.0.0/8"},
        {v4(10, 0, 0, 0), 8, "private", "10.0.0.0/8"},
        {v4(100, 64, 0, 0), 10, "carrier_grade_nat", "100.64.0.0/10"},
        {v4(127, 0, 0, 0), 8, "loopback", "127.0.0.0/8"},
        {v4(169, 254, 0, 0), 16, "link_local", "169.254.0.0/16"},
        {v4(172, 16, 0, 0), 12, "private", "172.16.0.0/12"},
        {v4(192, 0, 0, 0), 24, "reserved", "192.0.0.0/24"},
        {v4(192, 0, 2, 0), 24, "documentation", "192.0.2.0/24"},
        {v4(192, 88, 99, 0), 24, "reserved", "192.88.99.0/24"},
        {v4(192, 168, 0, 0), 16, "private", "192.168.0.0/16"},
        {v4(198, 18, 0, 0), 15, "reserved", "198.18.0.0/15"},
        {v4(198, 51, 100, 0), 24, "documentation", "198.51.100.0/24"},
        {v4(203, 0, 113, 0), 24, "documentation", "203.0.113.0/24"},
        {v4(224, 0, 0, 0), 4, "multicast", "224.0.0.0/4"},
        {v4(240, 0, 0, 0), 4, "reserved", "240.0.0.0/4"},
    };
    for (const Rule &r : rules)
        if (inV4(a, r.net, r.prefix))
            return Range{QString::fromLatin1(r.kind), QString::fromLatin1(r.cidr)};
    return std::nullopt;
}

bool prefixIs(const Ip &ip, std::initializer_list<unsigned char> bytes, int bits)
{
    int i = 0;
    for (unsigned char b : bytes) {
        const int take = qMin(8, bits - 8 * i);
        if (take <= 0)
            break;
        const unsigned char mask = static_cast<unsigned char>(0xff << (8 - take));
        if ((ip.bytes[size_t(i)] & mask) != (b & mask))
            return false;
        ++i;
    }
    return true;
}

bool allZero(const Ip &ip, int from, int to)
{
    for (int i = from; i < to; ++i)
        if (ip.bytes[size_t(i)] != 0)
            return false;
    return true;
}

} // namespace

bool Ip::isV4() const
{
    return allZero(*this, 0, 10) && bytes[10] == 0xff && bytes[11] == 0xff;
}

QString Ip::toString() const
{
    if (isV4())
        return QStringLiteral("%1.%2.%3.%4")
            .arg(bytes[12])
            .arg(bytes[13])
            .arg(bytes[14])
            .arg(bytes[15]);
    // RFC 5952: lower case, the longest run of two or more zero groups as "::".
    quint16 g[8];
    for (int i = 0; i < 8; ++i)
        g[i] = quint16(bytes[size_t(2 * i)] << 8 | bytes[size_t(2 * i + 1)]);
    int bestStart = -1, bestLength = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && g[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j > i ? j : i + 1;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(':')))
            out += QLatin1Char(':');
        out += QString::number(g[i], 16);
    }
    return out;
}

QString Range::label() const
{
    if (kind == QLatin1String("loopback"))
        return CoreText::tr("loopback");
    if (kind == QLatin1String("private"))
        return CoreText::tr("private network");
    if (kind == QLatin1String("link_local"))
        return CoreText::tr("link-local");
    if (kind == QLatin1String("cloud_metadata"))
        return CoreText::tr("cloud metadata service");
    if (kind == QLatin1String("carrier_grade_nat"))
        return CoreText::tr("carrier-grade NAT");
    if (kind == QLatin1String("unspecified"))
        return CoreText::tr("unspecified (this host)");
    if (kind == QLatin1String("multicast"))
        return CoreText::tr("multicast");
    if (kind == QLatin1String("documentation"))
        return CoreText::tr("documentation");
    if (kind == QLatin1String("unique_local"))
        return CoreText::tr("unique local (private IPv6)");
    if (kind == QLatin1String("site_local"))
        return CoreText::tr("site-local");
    return CoreText::tr("reserved");
}

QString normalizedHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (const qsizetype zone = h.indexOf(QLatin1Char('%'));
        zone >= 0 && h.contains(QLatin1Char(':')))
        h.truncate(zone);
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

std::optional<Ip> parseIp(const QString &host)
{
    const QString h = normalizedHost(host);
    if (h.isEmpty())
        return std::nullopt;
    if (h.contains(QLatin1Char(':')))
        return parseIpv6(h);
    if (auto a = parseIpv4(h))
        return fromV4(*a);
    return std::nullopt;
}

std::optional<Range> forbiddenRange(const Ip &ip)
{
    auto range = [](const char *kind, const char *cidr) {
        return Range{QString::fromLatin1(kind), QString::fromLatin1(cidr)};
    };
    if (ip.isV4())
        return forbiddenV4(v4At(ip, 12));
    if (allZero(ip, 0, 16))
        return range("unspecified", "::/128");
    if (allZero(ip, 0, 15) && ip.bytes[15] == 1)
        return range("loopback", "::1/128");
    if (allZero(ip, 0, 12)) // IPv4-compatible (deprecated): ::a.b.c.d
        return forbiddenV4(v4At(ip, 12)).value_or(range("reserved", "::/96"));
    if (prefixIs(ip, {0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}, 96)) // NAT64
        return forbiddenV4(v4At(ip, 12));
    if (prefixIs(ip, {0x00, 0x64, 0xff, 0x9b, 0x00, 0x01}, 48))
        return range("private", "64:ff9b:1::/48");
    if (prefixIs(ip, {0x20, 0x02}, 16)) // 6to4 carries an IPv4 address
        return forbiddenV4(v4At(ip, 2));
    if (prefixIs(ip, {0x20, 0x01, 0x00, 0x00}, 32))
        return range("reserved", "2001::/32"); // Teredo
    if (prefixIs(ip, {0x20, 0x01, 0x0d, 0xb8}, 32))
        return range("documentation", "2001:db8::/32");
    if (prefixIs(ip, {0x01, 0x00, 0, 0, 0, 0, 0, 0}, 64))
        return range("reserved", "100::/64");
    if (prefixIs(ip, {0xfc}, 7))
        return range("unique_local", "fc00::/7");
    if (prefixIs(ip, {0xfe, 0x80}, 10))
        return range("link_local", "fe80::/10");
    if (prefixIs(ip, {0xfe, 0xc0}, 10))
        return range("site_local", "fec0::/10");
    if (prefixIs(ip, {0xff}, 8))
        return range("multicast", "ff00::/8");
    return std::nullopt;
}

QString forbiddenNameReason(const QString &host)
{
    if (host.isEmpty())
        return CoreText::tr("no host");
    static const QStringList metadata = {
        QStringLiteral("metadata.google.internal"), QStringLiteral("metadata.goog"),
        QStringLiteral("metadata"), QStringLiteral("instance-data"),
        QStringLiteral("instance-data.ec2.internal")};
    if (metadata.contains(host))
        return CoreText::tr("a cloud metadata service");
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return CoreText::tr("this machine (localhost)");
    for (const char *suffix : {".local", ".internal", ".localdomain", ".lan", ".home.arpa",
                               ".intranet", ".corp", ".home"})
        if (host.endsWith(QLatin1String(suffix)))
            return CoreText::tr("a local network name (%1)").arg(QLatin1String(suffix));
    if (!host.contains(QLatin1Char('.')))
        return CoreText::tr("a single-label name that the local network resolves");
    return {};
}

bool isAllowed(const QString &host, const QStringList &allowList)
{
    const QString h = normalizedHost(host);
    const std::optional<Ip> ip = parseIp(h);
    for (const QString &entry : allowList) {
        const QString e = normalizedHost(entry);
        if (e == h)
            return true;
        if (ip) {
            const std::optional<Ip> other = parseIp(e);
            if (other && *other == *ip)
                return true;
        }
    }
    return false;
}

Result<QString> allowListEntry(const QString &host)
{
    const QString h = normalizedHost(host);
    if (const std::optional<Ip> ip = parseIp(h))
        return ip->toString();
    // A host name as QUrl accepts it (IDNA, no spaces or other characters URLs cannot carry).
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(h, QUrl::StrictMode);
    if (h.isEmpty() || h.size() > 253 || !url.isValid() || url.host().isEmpty()
        || h.contains(QLatin1Char('/')) || h.contains(QLatin1Char(':')))
        return Error::input(CoreText::tr("\"%1\" is not a host name or an IP address (e.g. "
                                         "hooks.example.com or 10.0.0.5).")
                                .arg(host.left(80)),
                            {{QStringLiteral("field"), QStringLiteral("host")}});
    return url.host();
}

Status checkHost(const QString &field, const QString &url, const QString &host,
                 const QStringList &allowList)
{
    const QString h = normalizedHost(host);
    if (isAllowed(h, allowList))
        return {};
    QString why;
    QString hint = h;
    QJsonObject details{{QStringLiteral("field"), field},
                        {QStringLiteral("url"), url},
                        {QStringLiteral("host"), h}};
    if (const std::optional<Ip> ip = parseIp(h)) {
        const std::optional<Range> range = forbiddenRange(*ip);
        if (!range)
            return {};
        why =
            CoreText::tr("%1, in the %2 range %3").arg(ip->toString(), range->label(), range->cidr);
        hint = ip->toString();
        details.insert(QStringLiteral("address"), ip->toString());
        details.insert(QStringLiteral("range"), range->kind);
    } else {
        why = forbiddenNameReason(h);
        if (why.isEmpty())
            return {};
        details.insert(QStringLiteral("range"), QStringLiteral("local_name"));
    }
    return Error::input(CoreText::tr("The %1 %2 points at %3: webhooks may not reach loopback, "
                                     "private, link-local or cloud-metadata addresses. If this "
                                     "receiver is meant, an admin can allow its host with "
                                     "\"vigilo-cli webhook allow-host %4\".")
                            .arg(field, url, why, hint),
                        details, QStringLiteral("address_not_allowed"));
}

Status checkResolved(const QString &url, const QString &host, const QStringList &addresses,
                     const QStringList &allowList)
{
    const QString h = normalizedHost(host);
    if (isAllowed(h, allowList))
        return {};
    if (addresses.isEmpty())
        return Error::input(CoreText::tr("%1 did not resolve to any address.").arg(h),
                            {{QStringLiteral("url"), url}, {QStringLiteral("host"), h}},
                            QStringLiteral("address_not_allowed"));
    for (const QString &a : addresses) {
        const std::optional<Ip> ip = parseIp(a);
        if (!ip)
            return Error::input(
                CoreText::tr("%1 resolved to %2, which is not an address.").arg(h, a),
                {{QStringLiteral("url"), url}, {QStringLiteral("host"), h}},
                QStringLiteral("address_not_allowed"));
        const std::optional<Range> range = forbiddenRange(*ip);
        if (!range || isAllowed(ip->toString(), allowList))
            continue;
        return Error::input(
            CoreText::tr("%1 resolves to %2, in the %3 range %4: the delivery was not sent. "
                         "Webhooks may not reach loopback, private, link-local or cloud-metadata "
                         "addresses unless an admin allows the host (\"vigilo-cli webhook "
                         "allow-host %1\").")
                .arg(h, ip->toString(), range->label(), range->cidr),
            {{QStringLiteral("url"), url},
             {QStringLiteral("host"), h},
             {QStringLiteral("address"), ip->toString()},
             {QStringLiteral("range"), range->kind}},
            QStringLiteral("address_not_allowed"));
    }
    return {};
}

} // namespace vigilo::address
