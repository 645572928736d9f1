#pragma once
// The layout of an evidence pack: the records of one change, as parsed from the evidence JSON the
// pack embeds, laid out with pack::Flow (PackLayout.h) and painted page by page with a localized
// header and footer on every page.

#include "AuditText.h"
#include "Error.h"
#include "PackEvidence.h"

class QPdfWriter;

namespace vigilo {

class PackText;

namespace pack {
class Flow;
class Rich;
} // namespace pack

class PackDocument final {
public:
    PackDocument(const PackData &data, const PackText &text)
        : m_data(data)
        , m_text(text)
    {}

    // Lays the body out on the writer's pages (tables paginated by hand, their header repeated
    // on every page) and paints them with header and footer. Returns the number of pages.
    Result<int> paint(QPdfWriter &writer) const;

private:
    QString person(const QString &username) const;
    void cover(pack::Flow &flow) const;
    void plans(pack::Flow &flow) const;
    void riskSection(pack::Flow &flow) const;
    void impactSection(pack::Flow &flow) const;
    void approvals(pack::Flow &flow) const;
    void runbook(pack::Flow &flow) const;
    void outcome(pack::Flow &flow) const;
    void comments(pack::Flow &flow) const;
    void attachments(pack::Flow &flow) const;
    void history(pack::Flow &flow) const;
    void closing(pack::Flow &flow) const;
    // A numbered heading: 1, 2, … in the order the sections are laid out.
    void section(pack::Flow &flow, const QString &title) const;
    void note(pack::Flow &flow, const pack::Rich &text) const;
    void exceptions(pack::Flow &flow) const;
    QString exceptionTitle(const PackException &e) const;
    AuditText auditText() const;
    QString stepSource(const QString &source) const;

    const PackData &m_data;
    const PackText &m_text;
    mutable int m_sections = 0;
};

} // namespace vigilo
