#include "Error.h"

#include <QSet>

namespace vigilo {

ErrorKind Error::kind() const
{
    if (explicitKind)
        return *explicitKind;
    static const QSet<QString> input = {
        QStringLiteral("invalid_input"),
        QStringLiteral("not_found"),
        QStringLiteral("usage"),
    };
    static const QSet<QString> storage = {
        QStringLiteral("storage_error"),
        QStringLiteral("schema_too_new"),
        QStringLiteral("connection_failed"),
        QStringLiteral("busy"),
    };
    if (input.contains(code))
        return ErrorKind::Input;
    if (storage.contains(code))
        return ErrorKind::Storage;
    return ErrorKind::Rule;
}

QJsonObject Error::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("details"), details}};
}

Error Error::rule(const QString &code, const QString &message, const QJsonObject &details)
{
    return Error{code, message, details, std::nullopt};
}

Error Error::input(const QString &message, const QJsonObject &details, const QString &code)
{
    return Error{code, message, details, ErrorKind::Input};
}

Error Error::notFound(const QString &message, const QJsonObject &details)
{
    return Error{QStringLiteral("not_found"), message, details, ErrorKind::Input};
}

Error Error::storage(const QString &message, const QJsonObject &details, const QString &code)
{
    return Error{code, message, details, ErrorKind::Storage};
}

} // namespace vigilo
