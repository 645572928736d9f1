// The Client's calls for the New change form and Suggest similar: the similar changes of the
// form as it is typed, its creation, the templates and members it offers. Asynchronous,
// so that the form behaves alike on a database in this process and on a team server.
#include "Client.h"

#include "Api.h"
#include "ClientReplies.h"
#include "IsoTime.h"

#include <QJsonArray>

namespace vigilo::client {

QFuture<Result<QList<SimilarChange>>> Client::similarAsync(int number, int limit)
{
    return callAsync(QStringLiteral("change.similar"),
                     {{QStringLiteral("number"), formatChangeNumber(number)},
                      {QStringLiteral("limit"), limit}})
        .then([](const Result<QJsonValue> &r) {
            return listField<SimilarChange>(r, "similar_changes");
        });
}

QFuture<Result<QList<SimilarChange>>>
Client::similarToDraftAsync(const QString &title, const QStringList &assets, int limit)
{
    return callAsync(QStringLiteral("change.similar"),
                     {{QStringLiteral("title"), title},
                      {QStringLiteral("affected_assets"), QJsonArray::fromStringList(assets)},
                      {QStringLiteral("limit"), limit}})
        .then([](const Result<QJsonValue> &r) {
            return listField<SimilarChange>(r, "similar_changes");
        });
}

QFuture<Result<ChangeRequest>> Client::createChangeAsync(const ChangeDraft &draft,
                                                         const QString &templateName)
{
    QJsonObject p = api::draftParams(draft);
    if (!templateName.isEmpty())
        p.insert(QStringLiteral("template"), templateName);
    return callAsync(QStringLiteral("change.create"), p).then([](const Result<QJsonValue> &r) {
        return field<ChangeRequest>(r, "change");
    });
}

QFuture<Result<QList<ChangeTemplate>>> Client::templatesAsync()
{
    return callAsync(QStringLiteral("template.list")).then([](const Result<QJsonValue> &r) {
        return listField<ChangeTemplate>(r, "templates");
    });
}

QFuture<Result<QList<Member>>> Client::membersAsync()
{
    return callAsync(QStringLiteral("workspace.members")).then([](const Result<QJsonValue> &r) {
        return listField<Member>(r, "members");
    });
}

} // namespace vigilo::client
