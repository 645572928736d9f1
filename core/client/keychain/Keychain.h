#pragma once
// The system keychain (Secret Service, Keychain, Credential Manager) through QtKeychain: the
// GUI's remembered database passwords and the CLI's server session tokens. Every call may fail
// (no keychain on the machine, as on a headless server): callers then ask, or say how to pass
// the secret instead.

#include <QString>

#include <functional>
#include <optional>

namespace vigilo::client {

class Keychain final {
public:
    // Entries of the service "Vigilo", by key.
    static std::optional<QString> read(const QString &key, QString *error = nullptr);
    static bool write(const QString &key, const QString &secret, QString *error = nullptr);
    static bool remove(const QString &key, QString *error = nullptr);

    // A test replaces the system keychain inside its own process (CI machines have no Secret
    // Service); an empty Backend restores the system's. Nothing outside the process can set it.
    struct Backend {
        std::function<std::optional<QString>(const QString &key)> read;
        std::function<bool(const QString &key, const QString &secret)> write;
        std::function<bool(const QString &key)> remove;
    };
    static void setBackend(Backend backend);
};

} // namespace vigilo::client
