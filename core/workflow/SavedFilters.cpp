#include "SavedFilters.h"

#include "Clock.h"
#include "Dialect.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QJsonDocument>

namespace vigilo {

namespace {

SavedFilter read(const CachedQuery &q)
{
    SavedFilter f;
    f.name = q.value(0).toString();
    f.params = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    f.createdAt = Dialect::fromDb(q.value(2));
    return f;
}

Error unknownFilter(const QString &name)
{
    return Error::notFound(
        CoreText::tr("You have no saved filter \"%1\". See `vigilo-cli filter "
                     "list`.")
            .arg(name),
        {{QStringLiteral("field"), QStringLiteral("filter")}, {QStringLiteral("name"), name}});
}

} // namespace

QJsonObject SavedFilter::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("params"), params},
            {QStringLiteral("created_at"), jsonTime(createdAt)}};
}

Result<SavedFilter> SavedFilters::save(const Actor &caller, const QString &rawName,
                                       const QJsonObject &params)
{
    const QString name = rawName.trimmed();
    VIGILO_TRY(
        input::checkTexts({{QStringLiteral("name"), name, input::kMaxName, input::Lines::Single}}));
    if (name.isEmpty())
        return Error::input(CoreText::tr("Give the filter a name."),
                            {{QStringLiteral("field"), QStringLiteral("name")}});
    WriteScope scope(m_store, caller, Permission::Read);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto count = sql::scalar(m_store,
                             QStringLiteral("SELECT COUNT(*) FROM saved_filters WHERE "
                                            "workspace_id = ? AND member_id = ? AND name <> ?"),
                             {actor.workspace.id, actor.member.id, name});
    if (!count)
        return count.error();
    if (count->toInt() >= kMaxPerMember)
        return Error::input(CoreText::tr("You have %n saved filters, the most one member keeps. "
                                         "Delete one first.",
                                         nullptr, kMaxPerMember),
                            {{QStringLiteral("field"), QStringLiteral("name")}});
    const QDateTime now = m_clock.now();
    const QString text = QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("DELETE FROM saved_filters WHERE workspace_id = ? AND "
                                       "member_id = ? AND name = ?"),
                        {actor.workspace.id, actor.member.id, name}));
    VIGILO_TRY(sql::insert(m_store,
                           QStringLiteral("INSERT INTO saved_filters (workspace_id, member_id, "
                                          "name, params, created_at) VALUES (?, ?, ?, ?, ?)"),
                           {actor.workspace.id, actor.member.id, name, text, Dialect::toDb(now)}));
    VIGILO_TRY(scope.commit());
    return SavedFilter{name, params, now};
}

Result<QList<SavedFilter>> SavedFilters::list(const Actor &caller) const
{
    auto actor = sql::currentActor(m_store, caller, Permission::Read);
    if (!actor)
        return actor.error();
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT name, params, created_at FROM saved_filters WHERE "
                                     "workspace_id = ? AND member_id = ? ORDER BY name"),
                      {actor->workspace.id, actor->member.id});
    if (!q)
        return q.error();
    QList<SavedFilter> out;
    while (q->next())
        out << read(*q);
    return out;
}

Result<SavedFilter> SavedFilters::get(const Actor &caller, const QString &name) const
{
    auto actor = sql::currentActor(m_store, caller, Permission::Read);
    if (!actor)
        return actor.error();
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT name, params, created_at FROM saved_filters WHERE "
                                     "workspace_id = ? AND member_id = ? AND name = ?"),
                      {actor->workspace.id, actor->member.id, name.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return unknownFilter(name.trimmed());
    return read(*q);
}

Status SavedFilters::remove(const Actor &caller, const QString &name)
{
    WriteScope scope(m_store, caller, Permission::Read);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto id = sql::scalar(m_store,
                          QStringLiteral("SELECT id FROM saved_filters WHERE workspace_id = ? AND "
                                         "member_id = ? AND name = ?"),
                          {actor.workspace.id, actor.member.id, name.trimmed()});
    if (!id)
        return id.error();
    if (id->isNull())
        return unknownFilter(name.trimmed());
    VIGILO_TRY(sql::run(m_store, QStringLiteral("DELETE FROM saved_filters WHERE id = ?"),
                        {id->toLongLong()}));
    return scope.commit();
}

} // namespace vigilo
