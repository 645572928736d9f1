#pragma once
// Comments and attachments on a change (attachments live in the database with size and SHA-256).

#include "Actor.h"
#include "Answer.h"
#include "Error.h"

#include <QByteArray>

namespace vigilo {

class Store;
class Clock;
class AuditLog;

class Discussion final {
public:
    enum class DiscussionAction { Comment, Attach };

    static constexpr qint64 kMaxAttachmentBytes = 50 * 1024 * 1024;

    Discussion(Store &store, const Clock &clock, AuditLog &audit)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
    {}

    Result<Comment> addComment(const Actor &actor, int changeNumber, const QString &body);
    Result<QList<Comment>> comments(const Actor &actor, int changeNumber) const;

    Result<Attachment> attach(const Actor &actor, int changeNumber, const QString &fileName,
                              const QByteArray &content, const QString &mimeType = {});
    Result<QList<Attachment>> attachments(const Actor &actor, int changeNumber) const;
    Result<QByteArray> attachmentContent(const Actor &actor, qint64 attachmentId) const;

    // The rule addComment() and attach() decide by (no SQL), for the tabs to ask first.
    static std::optional<Error> discussionRefusal(const Actor &actor, const ChangeRequest &change,
                                                  DiscussionAction action);
    // Why a file of `size` bytes cannot be attached (too large), for a client to ask before it
    // reads and sends the file; attach() refuses with the same error.
    static std::optional<Error> sizeRefusal(const QString &fileName, qint64 size);
    static QList<Answer<DiscussionAction>> availableActions(const Actor &actor,
                                                            const ChangeRequest &change);

private:
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace vigilo
