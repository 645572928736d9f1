// The Client's calls for a change's runbook, approval steps, comments and attachments: the
// synchronous forms the CLI waits on and the asynchronous ones the detail view's tabs use, built
// from the same parameters and read by the same readers.
#include "Client.h"

#include "Api.h"
#include "ClientReplies.h"

namespace vigilo::client {

using namespace vigilo::api;

namespace {

// {number} in the asking view's workspace, when it names one (else the client adds its own).
QJsonObject changeParams(int number, const QString &workspace = {})
{
    QJsonObject p{{QStringLiteral("number"), formatChangeNumber(number)}};
    if (!workspace.isEmpty())
        p.insert(QStringLiteral("workspace"), workspace);
    return p;
}

QString taskMethod(TaskStatus target)
{
    return target == TaskStatus::InProgress ? QStringLiteral("task.start")
           : target == TaskStatus::Done     ? QStringLiteral("task.done")
                                            : QStringLiteral("task.skip");
}

QJsonObject taskParams(int number, int seq, const QString &workspace = {})
{
    QJsonObject p = changeParams(number, workspace);
    p.insert(QStringLiteral("seq"), seq);
    return p;
}

QJsonObject commentParams(int number, const QString &body, const QString &workspace = {})
{
    QJsonObject p = changeParams(number, workspace);
    p.insert(QStringLiteral("body"), body);
    return p;
}

QJsonObject attachParams(int number, const QString &fileName, const QByteArray &content,
                         const QString &mimeType, const QString &workspace = {})
{
    QJsonObject p = changeParams(number, workspace);
    p.insert(QStringLiteral("file_name"), fileName);
    p.insert(QStringLiteral("content"), QString::fromLatin1(content.toBase64()));
    if (!mimeType.isEmpty())
        p.insert(QStringLiteral("mime_type"), mimeType);
    return p;
}

QJsonObject contentParams(qint64 id, const QString &workspace = {})
{
    QJsonObject p{{QStringLiteral("id"), id}};
    if (!workspace.isEmpty())
        p.insert(QStringLiteral("workspace"), workspace);
    return p;
}

Result<QList<ChangeTask>> taskList(const Result<QJsonValue> &r)
{
    return listField<ChangeTask>(r, "tasks");
}

Result<ChangeTask> oneTask(const Result<QJsonValue> &r)
{
    return field<ChangeTask>(r, "task");
}

Result<QList<Comment>> commentList(const Result<QJsonValue> &r)
{
    return listField<Comment>(r, "comments");
}

Result<Comment> oneComment(const Result<QJsonValue> &r)
{
    return field<Comment>(r, "comment");
}

Result<QList<Attachment>> attachmentList(const Result<QJsonValue> &r)
{
    return listField<Attachment>(r, "attachments");
}

Result<Attachment> oneAttachment(const Result<QJsonValue> &r)
{
    return field<Attachment>(r, "attachment");
}

Result<QByteArray> contentAnswer(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    const QJsonValue content = r->toObject().value(QStringLiteral("content"));
    if (!content.isString())
        return malformed(QStringLiteral("content"));
    return QByteArray::fromBase64(content.toString().toLatin1());
}

Result<ApprovalStepsAnswer> stepsAnswer(const Result<QJsonValue> &r)
{
    auto steps = listField<ApprovalStep>(r, "approval_steps");
    if (!steps)
        return steps.error();
    ApprovalStepsAnswer out{*steps, {}};
    for (const QJsonValue &v : r->toObject().value(QStringLiteral("decisions")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto action = parseAction(o.value(QStringLiteral("action")).toString());
        if (!action)
            return malformed(QStringLiteral("decisions"));
        out.decisions << Answer<Action>{*action, optionalError(o.value(QStringLiteral("refusal")))};
    }
    return out;
}

} // namespace

Result<QList<ChangeTask>> Client::generateTasks(int number)
{
    return taskList(call(QStringLiteral("task.generate"), changeParams(number)));
}

QFuture<Result<QList<ChangeTask>>> Client::generateTasksAsync(int number, const QString &workspace)
{
    return callAsync(QStringLiteral("task.generate"), changeParams(number, workspace))
        .then(&taskList);
}

Result<QList<ChangeTask>> Client::tasks(int number)
{
    return taskList(call(QStringLiteral("task.list"), changeParams(number)));
}

QFuture<Result<QList<ChangeTask>>> Client::tasksAsync(int number, const QString &workspace)
{
    return callAsync(QStringLiteral("task.list"), changeParams(number, workspace)).then(&taskList);
}

Result<ChangeTask> Client::moveTask(int number, int seq, TaskStatus target)
{
    return oneTask(call(taskMethod(target), taskParams(number, seq)));
}

QFuture<Result<ChangeTask>> Client::moveTaskAsync(int number, int seq, TaskStatus target,
                                                  const QString &workspace)
{
    return callAsync(taskMethod(target), taskParams(number, seq, workspace)).then(&oneTask);
}

Result<QList<ApprovalStep>> Client::approvalSteps(int number)
{
    return listField<ApprovalStep>(call(QStringLiteral("change.steps"), changeParams(number)),
                                   "approval_steps");
}

QFuture<Result<ApprovalStepsAnswer>> Client::approvalStepsAsync(int number,
                                                                const QString &workspace)
{
    return callAsync(QStringLiteral("change.steps"), changeParams(number, workspace))
        .then(&stepsAnswer);
}

Result<Comment> Client::addComment(int number, const QString &body)
{
    return oneComment(call(QStringLiteral("comment.add"), commentParams(number, body)));
}

QFuture<Result<Comment>> Client::addCommentAsync(int number, const QString &body,
                                                 const QString &workspace)
{
    return callAsync(QStringLiteral("comment.add"), commentParams(number, body, workspace))
        .then(&oneComment);
}

Result<QList<Comment>> Client::comments(int number)
{
    return commentList(call(QStringLiteral("comment.list"), changeParams(number)));
}

QFuture<Result<QList<Comment>>> Client::commentsAsync(int number, const QString &workspace)
{
    return callAsync(QStringLiteral("comment.list"), changeParams(number, workspace))
        .then(&commentList);
}

Result<Attachment> Client::attach(int number, const QString &fileName, const QByteArray &content,
                                  const QString &mimeType)
{
    return oneAttachment(
        call(QStringLiteral("attachment.add"), attachParams(number, fileName, content, mimeType)));
}

QFuture<Result<Attachment>> Client::attachAsync(int number, const QString &fileName,
                                                const QByteArray &content, const QString &mimeType,
                                                const QString &workspace)
{
    return callAsync(QStringLiteral("attachment.add"),
                     attachParams(number, fileName, content, mimeType, workspace))
        .then(&oneAttachment);
}

Result<QList<Attachment>> Client::attachments(int number)
{
    return attachmentList(call(QStringLiteral("attachment.list"), changeParams(number)));
}

QFuture<Result<QList<Attachment>>> Client::attachmentsAsync(int number, const QString &workspace)
{
    return callAsync(QStringLiteral("attachment.list"), changeParams(number, workspace))
        .then(&attachmentList);
}

Result<QByteArray> Client::attachmentContent(qint64 id)
{
    return contentAnswer(call(QStringLiteral("attachment.content"), contentParams(id)));
}

QFuture<Result<QByteArray>> Client::attachmentContentAsync(qint64 id, const QString &workspace)
{
    return callAsync(QStringLiteral("attachment.content"), contentParams(id, workspace))
        .then(&contentAnswer);
}

} // namespace vigilo::client
