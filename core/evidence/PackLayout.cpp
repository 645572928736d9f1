#include "PackLayout.h"

#include "PackFonts.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <algorithm>
#include <limits>

namespace vigilo::pack {

namespace {
// Any letter spacing turns ligatures off, so "fi" and "ff" stay two letters for pdftotext and
// for anyone searching the pack.
void noLigatures(QTextCharFormat &f)
{
    f.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    f.setFontLetterSpacing(0.05);
}
} // namespace

QTextCharFormat bold()
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    noLigatures(f);
    return f;
}

QTextCharFormat coloured(const QColor &c, bool isBold)
{
    QTextCharFormat f;
    f.setForeground(c);
    if (isBold)
        f.setFontWeight(QFont::Bold);
    noLigatures(f);
    return f;
}

QTextCharFormat sized(qreal pt, const QColor &c, bool isBold)
{
    QTextCharFormat f;
    f.setFontPointSize(pt);
    if (c.isValid())
        f.setForeground(c);
    if (isBold)
        f.setFontWeight(QFont::Bold);
    noLigatures(f);
    return f;
}

QTextCharFormat mono(qreal pt)
{
    QTextCharFormat f;
    f.setFontFamilies({monoFamily()});
    f.setFontFixedPitch(true);
    f.setFontPointSize(pt);
    noLigatures(f);
    return f;
}

QTextCharFormat badge(const QColor &background)
{
    QTextCharFormat f;
    f.setBackground(background);
    f.setForeground(QColor(Qt::white));
    f.setFontWeight(QFont::Bold);
    noLigatures(f);
    return f;
}

Rich &Rich::add(const QString &raw, const QTextCharFormat &format)
{
    if (raw.isEmpty())
        return *this;
    // Stored text keeps its line breaks (QTextLayout breaks lines at U+2028 only); tabs and
    // other control characters become spaces.
    QString text = raw;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (QChar &ch : text) {
        if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))
            ch = QChar(QChar::LineSeparator);
        else if (ch.category() == QChar::Other_Control)
            ch = QLatin1Char(' ');
    }
    if (format.isValid() && !format.properties().isEmpty()) {
        QTextLayout::FormatRange r;
        r.start = int(m_text.size());
        r.length = int(text.size());
        r.format = format;
        m_formats << r;
    }
    m_text += text;
    return *this;
}

Rich &Rich::add(const Rich &other)
{
    const int offset = int(m_text.size());
    for (QTextLayout::FormatRange r : other.m_formats) {
        r.start += offset;
        m_formats << r;
    }
    for (int e : other.m_paragraphEnds)
        m_paragraphEnds << e + offset;
    m_text += other.m_text;
    return *this;
}

Rich &Rich::br()
{
    m_text += QChar(QChar::LineSeparator);
    return *this;
}

Rich &Rich::par()
{
    // QTextLayout breaks lines at U+2028 only (U+2029 splits blocks in a QTextDocument).
    m_paragraphEnds << int(m_text.size());
    m_text += QChar(QChar::LineSeparator);
    return *this;
}

Flow::Flow(const QPaintDevice *device, const QSizeF &body, const QFont &base)
    : m_device(device)
    , m_body(body)
    , m_base(base)
    , m_dpmm(device->logicalDpiY() / 25.4)
{
    m_base.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    m_pages.emplace_back();
}

Flow::~Flow() = default;

void Flow::newPage()
{
    m_pages.emplace_back();
    m_y = 0;
}

Flow::Measured Flow::measure(const Rich &text, const QFont &font, qreal width)
{
    auto layout = std::make_unique<QTextLayout>(text.text(), font, m_device);
    layout->setFormats(text.formats());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    const QList<int> &ends = text.paragraphEnds();
    const qreal gap = mm(1.2);
    Measured m;
    qreal y = 0;
    layout->beginLayout();
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(std::max<qreal>(width, 1));
        line.setPosition(QPointF(0, y));
        m.tops << y;
        y += line.height();
        m.bottoms << y;
        const int end = line.textStart() + line.textLength();
        if (end > 0 && ends.contains(end - 1))
            y += gap;
    }
    layout->endLayout();
    m.height = m.bottoms.isEmpty() ? 0 : m.bottoms.last();
    m.layout = layout.get();
    m_layouts.push_back(std::move(layout));
    return m;
}

void Flow::addText(const Measured &m, int line, qreal x, qreal y)
{
    Op op{Op::Text, {}, {}, 0, m.layout, line, QPointF(x, y - (line < 0 ? 0 : m.tops.at(line)))};
    m_pages.back().push_back(op);
}

void Flow::addFill(const QRectF &r, const QColor &c)
{
    m_pages.back().push_back(Op{Op::Fill, r, c, 0, nullptr, 0, {}});
}

void Flow::addLine(const QPointF &a, const QPointF &b, const QColor &c, qreal w)
{
    m_pages.back().push_back(Op{Op::Line, QRectF(a, b), c, w, nullptr, 0, {}});
}

void Flow::addFrame(const QRectF &r, const QColor &c, qreal w)
{
    m_pages.back().push_back(Op{Op::Frame, r, c, w, nullptr, 0, {}});
}

void Flow::paragraph(const Rich &text, const QFont &font, qreal beforeMm, qreal afterMm,
                     qreal keepMm)
{
    if (!atTop())
        m_y += mm(beforeMm);
    const Measured m = measure(text, font, m_body.width());
    if (keepMm > 0 && !atTop() && room() < mm(keepMm))
        newPage();
    const int n = int(m.tops.size());
    for (int k = 0; k < n; ++k) {
        const qreal h = m.bottoms.at(k) - m.tops.at(k);
        if (h > room() && !atTop())
            newPage();
        addText(m, k, 0, m_y);
        m_y += k + 1 < n ? m.tops.at(k + 1) - m.tops.at(k) : h;
    }
    m_y += mm(afterMm);
}

void Flow::rule(const QColor &colour, qreal widthMm, qreal afterMm)
{
    const qreal w = mm(widthMm);
    if (room() < w && !atTop())
        newPage();
    addLine(QPointF(0, m_y + w / 2), QPointF(m_body.width(), m_y + w / 2), colour, w);
    m_y += w + mm(afterMm);
}

void Flow::table(const Table &t)
{
    const int cols = int(t.widths.size());
    if (cols == 0)
        return;
    qreal sum = 0;
    for (qreal w : t.widths)
        sum += w;
    QList<qreal> xs{0};
    for (qreal w : t.widths)
        xs << xs.last() + m_body.width() * w / sum;
    const qreal pad = mm(t.paddingMm);
    const qreal borderW = mm(0.2);

    struct Row {
        QList<Measured> cells;
        QList<qreal> x, w;
        QList<QColor> bg;
        qreal height = 0;
    };
    auto measureRow = [&](const QList<Cell> &cells, const QColor &fill) {
        Row r;
        const bool spans = cells.size() == 1 && cols > 1;
        const int n = spans ? 1 : cols;
        for (int i = 0; i < n; ++i) {
            const Cell cell = cells.value(i);
            const qreal x = xs.at(i);
            const qreal w = spans ? xs.last() : xs.at(i + 1) - x;
            r.cells << measure(cell.text, m_base, w - 2 * pad);
            r.x << x;
            r.w << w;
            r.bg << (cell.background.isValid() ? cell.background : fill);
            r.height = std::max(r.height, r.cells.last().height + 2 * pad);
        }
        return r;
    };

    // Draws the lines of `r` from next[] on that fit into `avail` (all when avail is infinite),
    // advances next[] and returns the height used. force: at least one line.
    auto slice = [&](const Row &r, QList<int> &next, qreal avail, bool force) -> qreal {
        const int n = int(r.cells.size());
        QList<int> upto = next;
        qreal used = 0;
        for (int c = 0; c < n; ++c) {
            const Measured &m = r.cells.at(c);
            int k = next.at(c);
            const int lines = int(m.tops.size());
            const qreal from = k < lines ? m.tops.at(k) : 0;
            while (k < lines && m.bottoms.at(k) - from <= avail - 2 * pad)
                ++k;
            upto[c] = k;
            if (k > next.at(c))
                used = std::max(used, m.bottoms.at(k - 1) - from);
        }
        if (force && upto == next) {
            for (int c = 0; c < n; ++c) {
                const Measured &m = r.cells.at(c);
                if (next.at(c) < int(m.tops.size())) {
                    upto[c] = next.at(c) + 1;
                    used = m.bottoms.at(next.at(c)) - m.tops.at(next.at(c));
                    break;
                }
            }
        }
        if (upto == next)
            return 0;
        const qreal h = used + 2 * pad;
        for (int c = 0; c < n; ++c)
            if (r.bg.at(c).isValid())
                addFill(QRectF(r.x.at(c), m_y, r.w.at(c), h), r.bg.at(c));
        for (int c = 0; c < n; ++c) {
            const Measured &m = r.cells.at(c);
            const int lines = int(m.tops.size());
            const qreal from = next.at(c) < lines ? m.tops.at(next.at(c)) : 0;
            if (next.at(c) == 0 && upto.at(c) == lines && lines > 0) {
                addText(m, -1, r.x.at(c) + pad, m_y + pad); // the whole cell at once
                continue;
            }
            for (int k = next.at(c); k < upto.at(c); ++k)
                addText(m, k, r.x.at(c) + pad, m_y + pad + m.tops.at(k) - from);
        }
        if (t.border.isValid())
            for (int c = 0; c < n; ++c)
                addFrame(QRectF(r.x.at(c), m_y, r.w.at(c), h), t.border, borderW);
        next = upto;
        return h;
    };
    auto done = [](const Row &r, const QList<int> &next) {
        for (int c = 0; c < r.cells.size(); ++c)
            if (next.at(c) < r.cells.at(c).tops.size())
                return false;
        return true;
    };
    constexpr qreal all = std::numeric_limits<qreal>::max() / 4;

    Row header;
    const bool hasHeader = !t.header.isEmpty();
    if (hasHeader)
        header = measureRow(t.header, t.headerBackground);
    auto placeHeader = [&] {
        if (!hasHeader)
            return;
        QList<int> next(header.cells.size(), 0);
        m_y += slice(header, next, all, true);
    };

    if (!atTop())
        m_y += mm(t.spaceBeforeMm);
    QList<Row> rows;
    rows.reserve(t.rows.size());
    for (int i = 0; i < t.rows.size(); ++i)
        rows << measureRow(t.rows.at(i), (i % 2) ? t.zebra : QColor());
    // The header goes with at least the first row (or a good part of it).
    const qreal firstRow = rows.isEmpty() ? 0 : std::min(rows.first().height, mm(25));
    if (!atTop() && room() < header.height + firstRow)
        newPage();
    placeHeader();
    qreal pageStart = m_y; // where rows start on this page
    auto nextPage = [&] {
        newPage();
        placeHeader();
        pageStart = m_y;
    };
    for (const Row &r : rows) {
        QList<int> next(r.cells.size(), 0);
        if (r.height > room() && m_y > pageStart + 0.5
            && r.height <= m_body.height() - header.height)
            nextPage(); // a row that fits a page is never split
        if (r.height <= room()) {
            m_y += slice(r, next, all, true);
            continue;
        }
        // Taller than what is left even on a fresh page: break it between lines.
        while (!done(r, next)) {
            const qreal h = slice(r, next, room(), m_y <= pageStart + 0.5);
            m_y += h;
            if (!done(r, next))
                nextPage();
        }
    }
    m_y += mm(t.spaceAfterMm);
}

void Flow::paintPage(QPainter &p, int index, const QPointF &origin) const
{
    if (index < 0 || index >= int(m_pages.size()))
        return;
    p.save();
    p.translate(origin);
    p.setPen(m_ink);
    for (const Op &op : m_pages.at(size_t(index))) {
        switch (op.kind) {
        case Op::Fill: p.fillRect(op.rect, op.colour); break;
        case Op::Frame:
            p.setPen(QPen(op.colour, op.width));
            p.setBrush(Qt::NoBrush);
            p.drawRect(op.rect);
            p.setPen(m_ink);
            break;
        case Op::Line:
            p.setPen(QPen(op.colour, op.width));
            p.drawLine(op.rect.topLeft(), op.rect.bottomRight());
            p.setPen(m_ink);
            break;
        case Op::Text:
            if (op.line < 0)
                op.layout->draw(&p, op.pos);
            else
                op.layout->lineAt(op.line).draw(&p, op.pos);
            break;
        }
    }
    p.restore();
}

} // namespace vigilo::pack
