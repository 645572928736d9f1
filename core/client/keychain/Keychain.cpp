#include "Keychain.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace vigilo::client {

namespace {

const char *kService = "Vigilo";

// Runs a keychain job to its end in a local event loop.
bool run(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

Keychain::Backend &backend()
{
    static Keychain::Backend b;
    return b;
}

} // namespace

void Keychain::setBackend(Backend b)
{
    backend() = std::move(b);
}

std::optional<QString> Keychain::read(const QString &key, QString *error)
{
    if (backend().read)
        return backend().read(key);
    QKeychain::ReadPasswordJob job{QString::fromLatin1(kService)};
    job.setKey(key);
    if (!run(job, error))
        return std::nullopt;
    return job.textData();
}

bool Keychain::write(const QString &key, const QString &secret, QString *error)
{
    if (backend().write)
        return backend().write(key, secret);
    QKeychain::WritePasswordJob job{QString::fromLatin1(kService)};
    job.setKey(key);
    job.setTextData(secret);
    return run(job, error);
}

bool Keychain::remove(const QString &key, QString *error)
{
    if (backend().remove)
        return backend().remove(key);
    QKeychain::DeletePasswordJob job{QString::fromLatin1(kService)};
    job.setKey(key);
    return run(job, error);
}

} // namespace vigilo::client
