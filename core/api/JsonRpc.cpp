#include "JsonRpc.h"

#include "Tr.h"

#include <QJsonDocument>
#include <QSet>

namespace vigilo::api::jsonrpc {

namespace {

QString kindName(ErrorKind k)
{
    switch (k) {
    case ErrorKind::Input: return QStringLiteral("input");
    case ErrorKind::Storage: return QStringLiteral("storage");
    case ErrorKind::Rule: break;
    }
    return QStringLiteral("rule");
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QSet<QString> &authCodes()
{
    static const QSet<QString> codes = {QStringLiteral("not_signed_in"),
                                        QStringLiteral("session_expired"),
                                        QStringLiteral("session_revoked")};
    return codes;
}

} // namespace

int codeFor(const Error &e)
{
    if (e.code == QLatin1String("parse_error"))
        return ParseError;
    if (e.code == QLatin1String("invalid_request") || e.code == QLatin1String("message_too_large"))
        return InvalidRequest;
    if (e.code == QLatin1String("unknown_method"))
        return MethodNotFound;
    if (e.code == QLatin1String("rate_limited"))
        return RateLimited;
    if (authCodes().contains(e.code))
        return AuthRequired;
    if (e.code == QLatin1String("internal_error"))
        return InternalError;
    switch (e.kind()) {
    case ErrorKind::Input: return InvalidParams;
    case ErrorKind::Storage: return StorageFailed;
    case ErrorKind::Rule: break;
    }
    return Refused;
}

QJsonObject errorObject(const Error &e)
{
    QJsonObject data = e.toJson();
    data.insert(QStringLiteral("kind"), kindName(e.kind()));
    return {{QStringLiteral("code"), codeFor(e)},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("data"), data}};
}

Error errorFrom(const QJsonObject &o)
{
    const QJsonObject data = o.value(QStringLiteral("data")).toObject();
    const QString message = o.value(QStringLiteral("message")).toString();
    if (data.value(QStringLiteral("code")).isString()) {
        Error e;
        e.code = data.value(QStringLiteral("code")).toString();
        e.message = data.value(QStringLiteral("message")).toString(message);
        e.details = data.value(QStringLiteral("details")).toObject();
        const QString kind = data.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("input"))
            e.explicitKind = ErrorKind::Input;
        else if (kind == QLatin1String("storage"))
            e.explicitKind = ErrorKind::Storage;
        else
            e.explicitKind = ErrorKind::Rule;
        return e;
    }
    const int code = o.value(QStringLiteral("code")).toInt();
    const QJsonObject details{{QStringLiteral("jsonrpc_code"), code}};
    if (code == InvalidParams || code == InvalidRequest || code == MethodNotFound
        || code == ParseError)
        return Error::input(message, details, QStringLiteral("protocol_error"));
    if (code == Refused || code == AuthRequired || code == RateLimited)
        return Error::rule(QStringLiteral("refused"), message, details);
    return Error::storage(message, details, QStringLiteral("protocol_error"));
}

QByteArray request(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    return compact({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("method"), method},
                    {QStringLiteral("params"), params}});
}

QByteArray result(const QJsonValue &id, const QJsonValue &result)
{
    return compact({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("result"), result}});
}

QByteArray failure(const QJsonValue &id, const Error &error)
{
    return compact({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("error"), errorObject(error)}});
}

QByteArray notification(const QString &method, const QJsonObject &params)
{
    return compact({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                    {QStringLiteral("method"), method},
                    {QStringLiteral("params"), params}});
}

Error protocolError(const QString &code, const QString &message, const QJsonObject &details)
{
    return Error::input(message, details, code);
}

} // namespace vigilo::api::jsonrpc
