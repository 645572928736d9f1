#pragma once
// The layout of an evidence pack: the records of one change as a paginated QTextDocument,
// painted page by page with a localized header and footer on every page.

#include "Entities.h"
#include "Error.h"
#include "RiskAssessment.h"

#include <QHash>

class QPdfWriter;

namespace vigilo {

class PackText;

// Everything a pack shows, read in one go by EvidencePack.
struct PackData {
    Workspace workspace;
    ChangeRequest change;
    QList<ApprovalStep> steps;
    QList<ChangeTask> tasks;
    RiskProfile risk;
    QList<Comment> comments;
    QList<Attachment> attachments;
    QList<AuditEvent> events;        // of this change, up to auditSeq
    QHash<QString, QString> names;   // username -> display name
    QString exportedBy;              // username
    QDateTime generatedAt;           // UTC
    qint64 auditSeq = 0;
    QString digest;
};

class PackDocument final {
public:
    PackDocument(const PackData &data, const PackText &text) : m_data(data), m_text(text) {}

    // The body as HTML (cover, sections, tables with repeating header rows).
    QString html() const;
    // Lays the body out on the writer's pages and paints them with header and footer.
    // Returns the number of pages.
    Result<int> paint(QPdfWriter &writer) const;

private:
    QString person(const QString &username) const;
    QString cover() const;
    QString plans() const;
    QString riskSection() const;
    QString approvals() const;
    QString runbook() const;
    QString outcome() const;
    QString comments() const;
    QString attachments() const;
    QString historyIntro() const;
    QString historyTable() const;
    QString closing() const;
    QString actionLabel(const QString &action) const;
    QString stepSource(const QString &source) const;

    const PackData &m_data;
    const PackText &m_text;
};

} // namespace vigilo
