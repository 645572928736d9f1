#pragma once
// Small helpers for the method handlers of Api*.cpp.

#include "Api.h"
#include "CsvDialect.h"
#include "Domain.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigilo::api {

template <typename List> QJsonArray jsonArray(const List &list)
{
    QJsonArray a;
    for (const auto &item : list)
        a.append(item.toJson());
    return a;
}

// {"key": value.toJson()} from a Result.
template <typename T> Result<QJsonValue> one(const QString &key, const Result<T> &r)
{
    if (!r)
        return r.error();
    return QJsonValue(QJsonObject{{key, r->toJson()}});
}

// {"key": [items]} from a Result of a list.
template <typename T> Result<QJsonValue> many(const QString &key, const Result<QList<T>> &r)
{
    if (!r)
        return r.error();
    return QJsonValue(QJsonObject{{key, jsonArray(*r)}});
}

template <typename E> QStringList wireNames(const QList<E> &all)
{
    QStringList out;
    for (E e : all)
        out << toString(e);
    return out;
}

// Reads an enum parameter already validated against its declaration.
template <typename E>
std::optional<E> enumArg(const Args &a, const QString &name,
                         std::optional<E> (*parse)(const QString &))
{
    if (!a.has(name) || a.isNull(name))
        return std::nullopt;
    return parse(a.text(name));
}

// The optional `delimiter` and `encoding` of the CSV import methods (csv.import, asset.import).
CsvReading csvReadingOf(const Args &a);

} // namespace vigilo::api
