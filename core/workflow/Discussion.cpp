#include "Discussion.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "InputRules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>

namespace vigilo {

namespace {
constexpr int kMaxComment = 20000;
}

Result<Comment> Discussion::addComment(const Actor &caller, int changeNumber, const QString &body)
{
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin(changeNumber, {}, sql::ChangeParts::State));
    const Actor &actor = scope.actor();
    const ChangeRequest *c = &scope.change();
    const QString text = body.trimmed();
    if (text.isEmpty())
        return Error::input(CoreText::tr("The comment is empty: write something to say."),
                            {{QStringLiteral("field"), QStringLiteral("body")}});
    if (text.size() > kMaxComment)
        return Error::input(CoreText::tr("The comment is too long (%1 characters; at most %2).")
                                .arg(text.size())
                                .arg(kMaxComment),
                            {{QStringLiteral("field"), QStringLiteral("body")}});
    VIGILO_TRY(input::checkText(QStringLiteral("body"), text, kMaxComment, input::Lines::Multi));
    if (auto refused = discussionRefusal(actor, *c, DiscussionAction::Comment))
        return *refused;
    const QDateTime now = m_clock.now();
    auto id =
        sql::insert(m_store,
                    QStringLiteral("INSERT INTO comments (change_id, author_id, body, created_at) "
                                   "VALUES (?, ?, ?, ?)"),
                    {c->id, actor.member.id, text, Dialect::toDb(now)});
    if (!id)
        return id.error();
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("comment.add"), QStringLiteral("comment"), *id,
                              c->number, {}, {{QStringLiteral("body"), text}}));
    VIGILO_TRY(scope.commit());
    return Comment{*id, c->id, actor.member.username, text, now};
}

Result<QList<Comment>> Discussion::comments(const Actor &actor, int changeNumber) const
{
    auto c = sql::loadChange(m_store, actor.workspace.id, changeNumber);
    if (!c)
        return c.error();
    auto q =
        sql::run(m_store,
                 QStringLiteral("SELECT cm.id, cm.change_id, m.username, cm.body, cm.created_at "
                                "FROM comments cm JOIN members m ON m.id = cm.author_id "
                                "WHERE cm.change_id = ? ORDER BY cm.id"),
                 {c->id});
    if (!q)
        return q.error();
    QList<Comment> out;
    while (q->next())
        out << Comment{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                       q->value(3).toString(), Dialect::fromDb(q->value(4))};
    return out;
}

Result<Attachment> Discussion::attach(const Actor &caller, int changeNumber,
                                      const QString &fileName, const QByteArray &content,
                                      const QString &mimeType)
{
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin(changeNumber, {}, sql::ChangeParts::State));
    const Actor &actor = scope.actor();
    const ChangeRequest *c = &scope.change();
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty() || name.size() > input::kMaxFileName)
        return Error::input(CoreText::tr("An attachment needs a file name of 1 to 255 characters."),
                            {{QStringLiteral("field"), QStringLiteral("file_name")}});
    VIGILO_TRY(input::checkTexts(
        {{QStringLiteral("file_name"), name, input::kMaxFileName, input::Lines::Single},
         {QStringLiteral("mime_type"), mimeType, 255, input::Lines::Single}}));
    if (auto tooLarge = sizeRefusal(name, content.size()))
        return *tooLarge;
    const QString mime = mimeType.isEmpty()
                             ? QMimeDatabase().mimeTypeForFileNameAndData(name, content).name()
                             : mimeType;
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (auto refused = discussionRefusal(actor, *c, DiscussionAction::Attach))
        return *refused;
    const QDateTime now = m_clock.now();
    auto id =
        sql::insert(m_store,
                    QStringLiteral("INSERT INTO attachments (change_id, file_name, mime_type, "
                                   "size, sha256, content, added_by_id, added_at) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?)"),
                    {c->id, name, mime, qint64(content.size()), sha, content, actor.member.id,
                     Dialect::toDb(now)});
    if (!id)
        return id.error();
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("attachment.add"), QStringLiteral("attachment"), *id,
                              c->number, {},
                              {{QStringLiteral("file_name"), name},
                               {QStringLiteral("size"), qint64(content.size())},
                               {QStringLiteral("sha256"), sha}}));
    VIGILO_TRY(scope.commit());
    return Attachment{*id, c->id, name, mime, qint64(content.size()), sha, actor.member.username,
                      now};
}

Result<QList<Attachment>> Discussion::attachments(const Actor &actor, int changeNumber) const
{
    auto c = sql::loadChange(m_store, actor.workspace.id, changeNumber);
    if (!c)
        return c.error();
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT a.id, a.change_id, a.file_name, a.mime_type, a.size, "
                                     "a.sha256, m.username, a.added_at FROM attachments a JOIN "
                                     "members m ON m.id = a.added_by_id WHERE a.change_id = ? "
                                     "ORDER BY a.id"),
                      {c->id});
    if (!q)
        return q.error();
    QList<Attachment> out;
    while (q->next())
        out << Attachment{q->value(0).toLongLong(), q->value(1).toLongLong(),
                          q->value(2).toString(),   q->value(3).toString(),
                          q->value(4).toLongLong(), q->value(5).toString(),
                          q->value(6).toString(),   Dialect::fromDb(q->value(7))};
    return out;
}

Result<QByteArray> Discussion::attachmentContent(const Actor &actor, qint64 attachmentId) const
{
    auto v = sql::scalar(m_store,
                         QStringLiteral("SELECT a.content FROM attachments a JOIN changes c ON "
                                        "c.id = a.change_id WHERE a.id = ? AND c.workspace_id = ?"),
                         {attachmentId, actor.workspace.id});
    if (!v)
        return v.error();
    if (v->isNull())
        return Error::notFound(
            CoreText::tr("There is no attachment %1 in this workspace.").arg(attachmentId));
    return v->toByteArray();
}

std::optional<Error> Discussion::discussionRefusal(const Actor &actor, const ChangeRequest &,
                                                   DiscussionAction)
{
    // Comments and attachments are part of the record in every status (a post-mortem note on a
    // rolled-back change belongs there too): only the role decides.
    if (!actor.can(Permission::ChangesCreate))
        return sql::permissionDenied(actor, Permission::ChangesCreate);
    return std::nullopt;
}

std::optional<Error> Discussion::sizeRefusal(const QString &fileName, qint64 size)
{
    if (size <= kMaxAttachmentBytes)
        return std::nullopt;
    return Error::input(CoreText::tr("%1 is too large (%2 bytes; at most %3 bytes).")
                            .arg(fileName)
                            .arg(size)
                            .arg(kMaxAttachmentBytes),
                        {{QStringLiteral("size"), size}});
}

QList<Answer<Discussion::DiscussionAction>>
Discussion::availableActions(const Actor &actor, const ChangeRequest &change)
{
    QList<Answer<DiscussionAction>> out;
    for (DiscussionAction a : {DiscussionAction::Comment, DiscussionAction::Attach})
        out << Answer<DiscussionAction>{a, discussionRefusal(actor, change, a)};
    return out;
}

} // namespace vigilo
