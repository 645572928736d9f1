#pragma once
// A small page-flow engine for evidence packs: paragraphs and tables measured once with
// QTextLayout, broken into pages by hand (tables repeat their header, rows that fit a page are
// never split, taller rows break between lines), and recorded as drawing operations that are
// replayed on each page with QPainter. Replaces a QTextDocument that took seconds to lay out
// and paint a history of thousands of rows.

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTextCharFormat>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace vigilo::pack {

// Text with character formats (bold, colour, size, badges). Line breaks: br() (U+2028);
// paragraph breaks, a line break with a little space after it: par().
class Rich {
public:
    Rich() = default;
    Rich(const QString &plain) { add(plain); } // NOLINT: implicit on purpose
    Rich &add(const QString &text, const QTextCharFormat &format = {});
    Rich &add(const Rich &other);
    Rich &br();
    Rich &par();
    bool isEmpty() const { return m_text.isEmpty(); }
    const QString &text() const { return m_text; }
    const QList<QTextLayout::FormatRange> &formats() const { return m_formats; }
    // Positions of the line separators that end a paragraph.
    const QList<int> &paragraphEnds() const { return m_paragraphEnds; }

private:
    QString m_text;
    QList<QTextLayout::FormatRange> m_formats;
    QList<int> m_paragraphEnds;
};

struct Cell {
    Rich text;
    QColor background; // invalid: none (or the zebra colour)
};

struct Table {
    QList<qreal> widths;     // relative column widths
    QList<Cell> header;      // empty: no header; one cell over several columns: spans them all
    QColor headerBackground; // the header's fill
    QList<QList<Cell>> rows;
    QColor zebra;  // fill of every second row (invalid: none)
    QColor border; // invalid: no borders
    qreal paddingMm = 1.2;
    qreal spaceBeforeMm = 0;
    qreal spaceAfterMm = 2;
};

class Flow final {
public:
    // `body`: the text area of one page in device units of `device`.
    Flow(const QPaintDevice *device, const QSizeF &body, const QFont &base);
    ~Flow();
    Flow(const Flow &) = delete;
    Flow &operator=(const Flow &) = delete;

    qreal mm(qreal v) const { return v * m_dpmm; }
    // The colour of text without a colour of its own.
    void setInk(const QColor &ink) { m_ink = ink; }
    const QFont &baseFont() const { return m_base; }

    // A paragraph in `font` (lines break across pages). keepMm: start a new page unless that
    // much room is left below the paragraph's top (keeps headings with what follows).
    void paragraph(const Rich &text, const QFont &font, qreal beforeMm, qreal afterMm,
                   qreal keepMm = 0);
    // A horizontal rule across the body.
    void rule(const QColor &colour, qreal widthMm, qreal afterMm);
    void table(const Table &t);
    void space(qreal v) { m_y += mm(v); }

    int pageCount() const { return int(m_pages.size()); }
    // Paints page `index` with the body's top left corner at `origin`.
    void paintPage(QPainter &p, int index, const QPointF &origin) const;

private:
    struct Op {
        enum Kind { Fill, Frame, Line, Text } kind;
        QRectF rect; // Fill, Frame; Line: from topLeft to bottomRight
        QColor colour;
        qreal width = 0;                     // Frame, Line
        const QTextLayout *layout = nullptr; // Text
        int line = 0;                        // -1: every line of the layout
        QPointF pos;                         // where the layout's origin goes for that line
    };
    struct Measured {
        const QTextLayout *layout = nullptr;
        qreal height = 0;
        QList<qreal> tops, bottoms; // per line, in layout coordinates (after paragraph gaps)
    };
    Measured measure(const Rich &text, const QFont &font, qreal width);
    void newPage();
    qreal room() const { return m_body.height() - m_y; }
    bool atTop() const { return m_y <= 0.5; }
    void addText(const Measured &m, int line, qreal x, qreal y);
    void addFill(const QRectF &r, const QColor &c);
    void addLine(const QPointF &a, const QPointF &b, const QColor &c, qreal w);
    void addFrame(const QRectF &r, const QColor &c, qreal w);

    const QPaintDevice *m_device;
    QSizeF m_body;
    QFont m_base;
    qreal m_dpmm;
    QColor m_ink{Qt::black};
    qreal m_y = 0;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
    std::vector<std::vector<Op>> m_pages;
};

// Character formats.
QTextCharFormat bold();
QTextCharFormat coloured(const QColor &c, bool isBold = false);
QTextCharFormat sized(qreal pt, const QColor &c = {}, bool isBold = false);
QTextCharFormat mono(qreal pt);
QTextCharFormat badge(const QColor &background);

} // namespace vigilo::pack
