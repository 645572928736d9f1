// The runbook (task ...), comments and attachments.
#include "ChangeView.h"
#include "Commands.h"

#include "Client.h"
#include "Discussion.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace vigilo::cli {

namespace {

int taskGenerate(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(tasks, client->generateTasks(number));
    return ctx.out().print({{QStringLiteral("tasks"), toJsonArray(tasks)}},
                           QCoreApplication::translate("vigilo-cli", "Generated %n tasks for %1:\n",
                                                       nullptr, int(tasks.size()))
                                   .arg(formatChangeNumber(number))
                               + tasksTable(tasks));
}

int taskList(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(tasks, client->tasks(number));
    return ctx.out().print({{QStringLiteral("tasks"), toJsonArray(tasks)}}, tasksTable(tasks));
}

int taskAct(CliContext &ctx, const ParsedArgs &a, TaskStatus target)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(seq, parseInt(QStringLiteral("SEQ"), a.positional(1), 1, 100000));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(task, client->moveTask(number, seq, target));
    return ctx.out().print({{QStringLiteral("task"), task.toJson()}},
                           QCoreApplication::translate("vigilo-cli", "%1 task %2 is now %3: %4")
                               .arg(formatChangeNumber(number))
                               .arg(task.seq)
                               .arg(toString(task.status), task.title));
}

int commentAdd(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    if (a.positional(1).trimmed().isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("vigilo-cli", "the comment text must not be empty"));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(c, client->addComment(number, a.positional(1)));
    return ctx.out().print({{QStringLiteral("comment"), c.toJson()}},
                           QCoreApplication::translate("vigilo-cli", "Comment added to %1.")
                               .arg(formatChangeNumber(number)));
}

int commentList(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->comments(number));
    QString human;
    for (const Comment &c : list)
        human += formatTime(c.createdAt) + QLatin1Char(' ') + c.author + QStringLiteral(":\n")
                 + indentLines(c.body, 2);
    return ctx.out().print(
        {{QStringLiteral("comments"), toJsonArray(list)}},
        list.isEmpty() ? QCoreApplication::translate("vigilo-cli", "No comments.") : human);
}

int attach(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    const QString path = a.positional(1);
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return ctx.out().fail(
            Error::input(QCoreApplication::translate("vigilo-cli", "no such file: %1").arg(path),
                         {{QStringLiteral("file"), path}}, QStringLiteral("file_not_found")));
    if (info.size() > Discussion::kMaxAttachmentBytes)
        return ctx.out().fail(
            Error::input(QCoreApplication::translate(
                             "vigilo-cli", "%1 is %2 bytes; attachments may be at most %3 bytes")
                             .arg(path)
                             .arg(info.size())
                             .arg(Discussion::kMaxAttachmentBytes),
                         {{QStringLiteral("file"), path}}, QStringLiteral("attachment_too_large")));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.out().fail(
            Error::input(QCoreApplication::translate("vigilo-cli", "cannot read %1: %2")
                             .arg(path, file.errorString()),
                         {{QStringLiteral("file"), path}}, QStringLiteral("file_unreadable")));
    const QByteArray content = file.readAll();
    const QString mime = a.value(QStringLiteral("mime-type"),
                                 QMimeDatabase().mimeTypeForFileNameAndData(path, content).name());
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(att, client->attach(number, info.fileName(), content, mime));
    return ctx.out().print(
        {{QStringLiteral("attachment"), att.toJson()}},
        QCoreApplication::translate("vigilo-cli", "Attached %1 to %2 (%3 bytes, sha256 %4).")
            .arg(att.fileName, formatChangeNumber(number))
            .arg(att.size)
            .arg(att.sha256));
}

int attachmentList(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->attachments(number));
    Table t({QCoreApplication::translate("vigilo-cli", "ADDED"),
             QCoreApplication::translate("vigilo-cli", "BY"),
             QCoreApplication::translate("vigilo-cli", "SIZE"),
             QCoreApplication::translate("vigilo-cli", "TYPE"),
             QCoreApplication::translate("vigilo-cli", "SHA-256"),
             QCoreApplication::translate("vigilo-cli", "FILE")});
    for (const Attachment &x : list)
        t.addRow({formatTime(x.addedAt), x.addedBy, QString::number(x.size), x.mimeType, x.sha256,
                  x.fileName});
    return ctx.out().print(
        {{QStringLiteral("attachments"), toJsonArray(list)}},
        list.isEmpty() ? QCoreApplication::translate("vigilo-cli", "No attachments.") : t.render());
}
} // namespace

QList<CommandSpec> taskCommands()
{
    const PositionalSpec seq{
        QStringLiteral("SEQ"),
        QCoreApplication::translate("vigilo-cli", "The task's sequence number")};
    auto act = [&](const QString &name, TaskStatus target, const QString &summary) {
        return CommandSpec{
            {QStringLiteral("task"), name},
            {changeArg(), seq},
            {},
            summary,
            [target](CliContext &ctx, const ParsedArgs &a) { return taskAct(ctx, a, target); }};
    };
    return {
        {{QStringLiteral("task"), QStringLiteral("generate")},
         {changeArg()},
         {},
         QCoreApplication::translate("vigilo-cli",
                                     "Make one task per step of the implementation plan."),
         taskGenerate},
        {{QStringLiteral("task"), QStringLiteral("list")},
         {changeArg()},
         {},
         QCoreApplication::translate("vigilo-cli", "List the change's tasks."),
         taskList},
        act(QStringLiteral("start"), TaskStatus::InProgress,
            QCoreApplication::translate("vigilo-cli",
                                        "Start a task (the change must be in progress).")),
        act(QStringLiteral("done"), TaskStatus::Done,
            QCoreApplication::translate("vigilo-cli", "Mark a task done.")),
        act(QStringLiteral("skip"), TaskStatus::Skipped,
            QCoreApplication::translate("vigilo-cli", "Skip a task that is not required.")),
        {{QStringLiteral("comment"), QStringLiteral("add")},
         {changeArg(),
          {QStringLiteral("TEXT"),
           QCoreApplication::translate("vigilo-cli", "The comment (quote it)")}},
         {},
         QCoreApplication::translate("vigilo-cli", "Comment on a change."),
         commentAdd},
        {{QStringLiteral("comment"), QStringLiteral("list")},
         {changeArg()},
         {},
         QCoreApplication::translate("vigilo-cli", "List a change's comments."),
         commentList},
        {{QStringLiteral("attach")},
         {changeArg(),
          {QStringLiteral("FILE"),
           QCoreApplication::translate("vigilo-cli", "The file to store with the change")}},
         {valueOpt(QStringLiteral("mime-type"), QStringLiteral("TYPE"),
                   QCoreApplication::translate("vigilo-cli", "Override the detected type"))},
         QCoreApplication::translate(
             "vigilo-cli", "Attach a file (kept in the database with its size and SHA-256)."),
         attach},
        {{QStringLiteral("attachment"), QStringLiteral("list")},
         {changeArg()},
         {},
         QCoreApplication::translate("vigilo-cli", "List a change's attachments."),
         attachmentList},
    };
}

} // namespace vigilo::cli
