#pragma once
// A keychain inside the test process, for the suites that sign in to a team server: CI machines
// have no Secret Service, and a test never touches the user's keychain. Installed while the object
// lives; `entries` is what it holds (key → secret).

#include "Keychain.h"

#include <QMap>
#include <QString>

namespace vigilo::guitest {

class ProcessKeychain final {
public:
    ProcessKeychain()
    {
        client::Keychain::setBackend(
            {[this](const QString &key) -> std::optional<QString> {
                 if (!entries.contains(key))
                     return std::nullopt;
                 return entries.value(key);
             },
             [this](const QString &key, const QString &secret) {
                 entries.insert(key, secret);
                 return true;
             },
             [this](const QString &key) { return entries.remove(key) > 0; }});
    }
    ~ProcessKeychain() { client::Keychain::setBackend({}); }
    ProcessKeychain(const ProcessKeychain &) = delete;
    ProcessKeychain &operator=(const ProcessKeychain &) = delete;

    QMap<QString, QString> entries;
};

} // namespace vigilo::guitest
