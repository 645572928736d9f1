#pragma once
// Where webhooks and subscriptions may send: not to loopback, private, link-local, carrier-grade
// NAT, multicast, reserved or cloud-metadata addresses (the server-side request forgery a
// member could otherwise aim at the machines around a Vigilo client), unless an admin allowed
// that host for the workspace. Pure rules on text and bytes: the core has no network; the
// sender (core/integration/delivery) resolves host names and asks checkResolved().

#include "Error.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace vigilo::address {

// An IP address as 16 bytes; an IPv4 address is held IPv4-mapped (::ffff:a.b.c.d).
struct Ip {
    std::array<unsigned char, 16> bytes{};
    bool isV4() const; // IPv4-mapped
    QString toString() const;
    bool operator==(const Ip &other) const { return bytes == other.bytes; }
};

// How a host is compared: lower case, without brackets, a zone ("%eth0") or a trailing dot.
QString normalizedHost(const QString &host);

// What resolvers accept as an address: IPv4 with one to four parts, each decimal, octal
// ("0177") or hexadecimal ("0x7f") ("2130706433", "127.1", "0x7f.0.0.1" are all 127.0.0.1),
// and IPv6 (compressed, with an IPv4 tail, with a zone). std::nullopt for a host name.
std::optional<Ip> parseIp(const QString &host);

// The range an address must not be reached in: {"loopback", "127.0.0.0/8"}; nothing for a
// public address. An IPv6 address that embeds an IPv4 one (IPv4-mapped or -compatible, NAT64,
// 6to4) is judged by the IPv4 address.
struct Range {
    QString kind; // loopback, private, link_local, cloud_metadata, carrier_grade_nat,
                  // unspecified, multicast, reserved, documentation, unique_local, site_local
    QString cidr;
    QString label() const; // translated, for messages
};
std::optional<Range> forbiddenRange(const Ip &ip);

// A host name that names the local machine or network rather than a public server: localhost
// and *.localhost, names under .local, .internal, .localdomain, .lan, .home.arpa, cloud metadata
// names (metadata.google.internal, metadata), and single-label names (resolved through the
// local search domains). Empty when the name is fine.
QString forbiddenNameReason(const QString &normalizedHost);

// Whether `host` is on the workspace's allow-list (names compare case-insensitively, addresses
// by value, so 2130706433 matches an entry 127.0.0.1).
bool isAllowed(const QString &host, const QStringList &allowList);

// The canonical form an allow-list keeps: an address in its usual notation, a name normalised;
// invalid_input for something that is neither.
Result<QString> allowListEntry(const QString &host);

// When a URL is registered: its host must be a public address or name, or on the allow-list.
// address_not_allowed (invalid input, exit 2) names the field, the host and the range.
Status checkHost(const QString &field, const QString &url, const QString &host,
                 const QStringList &allowList);

// When a delivery connects: every address the host resolved to must be public, unless the host
// or that address is on the allow-list (a public name that resolves to a private address is
// refused: DNS rebinding).
Status checkResolved(const QString &url, const QString &host, const QStringList &addresses,
                     const QStringList &allowList);

} // namespace vigilo::address
