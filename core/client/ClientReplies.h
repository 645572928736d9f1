#pragma once
// Readers of a method's answer, shared by the Client's source files (Client.cpp, ClientAssets.cpp):
// one field of the answer decoded, a list field, or only whether it succeeded.

#include "Codecs.h"

#include <QJsonObject>
#include <QJsonValue>

namespace vigilo::client {

template <typename T> Result<T> field(const Result<QJsonValue> &r, const char *key)
{
    if (!r)
        return r.error();
    return api::decode<T>(r->toObject().value(QLatin1String(key)));
}

template <typename T> Result<QList<T>> listField(const Result<QJsonValue> &r, const char *key)
{
    if (!r)
        return r.error();
    return api::decodeList<T>(r->toObject().value(QLatin1String(key)));
}

inline Status done(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    return {};
}

} // namespace vigilo::client
