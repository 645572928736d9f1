#pragma once
// Readers of a method's answer, shared by the Client's source files (Client.cpp, ClientAssets.cpp):
// one field of the answer decoded, a list field, or only whether it succeeded.

#include "ChangeRows.h"
#include "Codecs.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

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

// change.list asked for in its compact layout (ChangeRows.h), unless the caller chose one.
inline QJsonObject inRows(QJsonObject params)
{
    if (!params.contains(QStringLiteral("layout")))
        params.insert(QStringLiteral("layout"), QStringLiteral("rows"));
    return params;
}

// change.list's answer in either layout.
inline Result<QList<ChangeSummary>> changeListAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    const QJsonValue changes = r->toObject().value(QStringLiteral("changes"));
    if (changes.isArray())
        return api::decodeList<ChangeSummary>(changes);
    return api::decodeChangeRows(changes);
}

// An error as Error::toJson() writes it (inside an answer, not the call's own failure).
inline Error readError(const QJsonObject &o)
{
    return Error::rule(o.value(QStringLiteral("code")).toString(),
                       o.value(QStringLiteral("message")).toString(),
                       o.value(QStringLiteral("details")).toObject());
}

// Unset unless `v` is such an error (a refusal; null: allowed).
inline std::optional<Error> optionalError(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    return readError(v.toObject());
}

inline Status done(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    return {};
}

} // namespace vigilo::client
