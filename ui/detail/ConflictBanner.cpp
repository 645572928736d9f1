#include "ConflictBanner.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
struct KindStyle {
    QString tag;
    const char *background;
    const char *border;
    const char *text;
};

KindStyle styleFor(const Conflict &c)
{
    const QString &kind = c.kind;
    // A change on an asset linked to ours through the relationships (issue 16): its reason
    // carries the path that links them.
    if (kind == QLatin1String("change") && c.indirect)
        return {ConflictBanner::tr("Indirect overlap"), "#fff8e6", "#f5e3b3", "#6b4a00"};
    if (kind == QLatin1String("freeze"))
        return {ConflictBanner::tr("Freeze"), "#fdecea", "#e8a29b", "#8a1c12"};
    if (kind == QLatin1String("change"))
        return {ConflictBanner::tr("Overlap"), "#fff4d6", "#f0d48a", "#6b4a00"};
    if (kind == QLatin1String("dependency"))
        return {ConflictBanner::tr("Dependency"), "#eef3fb", "#c9d8f0", "#1f3b63"};
    if (kind == QLatin1String("maintenance"))
        return {ConflictBanner::tr("Maintenance"), "#f3effa", "#d6c9ee", "#4b2a7b"};
    return {kind, "#f1f3f5", "#d0d5dc", "#333333"};
}
} // namespace

ConflictBanner::ConflictBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("conflictBanner"));
    setStyleSheet(
        QStringLiteral("#conflictBanner { background: #fffaf0; border: 1px solid #f0d48a; "
                       "border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: 600; color: #6b4a00;"));
    layout->addWidget(m_title);
    m_lines = new QVBoxLayout;
    m_lines->setSpacing(3);
    layout->addLayout(m_lines);
    hide();
}

void ConflictBanner::clear()
{
    setSummary({});
}

void ConflictBanner::setError(const QString &message)
{
    setSummary({});
    m_error = message;
    m_title->setText(tr("Conflicts cannot be checked"));
    auto *line = new QLabel(this);
    line->setObjectName(QStringLiteral("conflict_error"));
    line->setWordWrap(true);
    line->setText(message);
    line->setStyleSheet(QStringLiteral("color: #8a1c12;"));
    line->setProperty("plainText", message);
    m_lines->addWidget(line);
    show();
}

void ConflictBanner::setSummary(const ConflictSummary &summary)
{
    m_summary = summary;
    m_error.clear();
    while (QLayoutItem *item = m_lines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setVisible(!summary.isEmpty());
    if (summary.isEmpty())
        return;
    m_title->setText(
        tr("The planned window has %n conflicts", nullptr, int(summary.conflicts.size())));
    for (const Conflict &c : summary.conflicts) {
        const KindStyle s = styleFor(c);
        auto *line = new QLabel(this);
        line->setObjectName(c.indirect ? QStringLiteral("conflict_indirect")
                                       : QStringLiteral("conflict_%1").arg(c.kind));
        if (!c.explanation.isEmpty())
            line->setToolTip(c.explanation);
        line->setTextFormat(Qt::RichText);
        line->setWordWrap(true);
        line->setText(QStringLiteral("<span style='background:%1; color:%2; font-weight:600'>"
                                     "&nbsp;%3&nbsp;</span>&nbsp; <span style='color:%2'>%4</span>")
                          .arg(QLatin1String(s.border), QLatin1String(s.text),
                               s.tag.toHtmlEscaped(), c.reason.toHtmlEscaped()));
        line->setProperty("plainText", QStringLiteral("%1: %2").arg(s.tag, c.reason));
        m_lines->addWidget(line);
    }
}

QStringList ConflictBanner::lines() const
{
    QStringList out;
    for (int i = 0; i < m_lines->count(); ++i)
        if (QWidget *w = m_lines->itemAt(i)->widget())
            out << w->property("plainText").toString();
    return out;
}

} // namespace vigilo::ui
