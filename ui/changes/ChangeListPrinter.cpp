#include "ChangeListPrinter.h"

#include "ChangeListView.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTableView>

namespace vigilo::ui {

namespace {

struct Column {
    int logical = 0;
    QString title;
    double width = 0; // device pixels
};

} // namespace

QString ChangeListPrinter::describeFilters(const ChangeListView &view)
{
    QStringList parts;
    for (const auto &[name, label] :
         {std::pair{"statusFilter", tr("Status")}, std::pair{"typeFilter", tr("Type")},
          std::pair{"priorityFilter", tr("Priority")}, std::pair{"riskFilter", tr("Risk")},
          std::pair{"assigneeFilter", tr("Assignee")}}) {
        const auto *combo = view.findChild<QComboBox *>(QLatin1String(name));
        if (combo && combo->currentIndex() > 0)
            parts << tr("%1: %2").arg(label, combo->currentText());
    }
    if (const auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search && !search->text().trimmed().isEmpty())
        parts << tr("Search: “%1”").arg(search->text().trimmed());
    return parts.join(QStringLiteral(" · "));
}

int ChangeListPrinter::print(QPagedPaintDevice &device, const QTableView &table,
                             const Heading &heading)
{
    const QAbstractItemModel *model = table.model();
    const QHeaderView *header = table.horizontalHeader();
    if (!model)
        return 0;

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const QRectF page(0, 0, device.width(), device.height());
    const QLocale locale;

    QFont bodyFont = table.font();
    bodyFont.setPointSizeF(8.5);
    QFont boldFont = bodyFont;
    boldFont.setBold(true);
    QFont titleFont = bodyFont;
    titleFont.setPointSizeF(13);
    titleFont.setBold(true);
    painter.setFont(bodyFont);
    const QFontMetricsF body(bodyFont, &device);
    const QFontMetricsF title(titleFont, &device);
    const double rowHeight = body.height() * 1.55;
    const double pad = body.averageCharWidth() * 0.8;

    // The visible columns in the order the user arranged them, widths in the view's proportion.
    QList<Column> columns;
    double viewWidth = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        columns.append({logical, model->headerData(logical, Qt::Horizontal).toString(),
                        double(qMax(header->sectionSize(logical), 30))});
        viewWidth += columns.last().width;
    }
    if (columns.isEmpty())
        return 0;
    for (Column &c : columns)
        c.width = c.width / viewWidth * page.width();

    const double headingHeight = title.height() + body.height() * 2.6;
    const double footerHeight = body.height() * 2;
    const double tableTop = headingHeight;
    const int rows = model->rowCount();
    const int rowsPerPage =
        qMax(1, int((page.height() - headingHeight - footerHeight - rowHeight) / rowHeight));
    const int pages = qMax(1, (rows + rowsPerPage - 1) / rowsPerPage);

    const QString filter = heading.filter.isEmpty() ? tr("Filter: none (every change)")
                                                    : tr("Filter: %1").arg(heading.filter);
    const QString printed =
        tr("Printed %1").arg(locale.toString(heading.printedAt.toLocalTime(), QLocale::LongFormat));
    const QString count = rows == 1 ? tr("1 change") : tr("%1 changes").arg(locale.toString(rows));
    const QColor rule(150, 150, 150);
    const QColor stripe(242, 242, 242);

    auto drawRow = [&](double y, auto textOf, bool bold) {
        painter.setFont(bold ? boldFont : bodyFont);
        double x = 0;
        for (const Column &c : columns) {
            const QRectF cell(x + pad, y, c.width - 2 * pad, rowHeight);
            const QString text = textOf(c);
            painter.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                             QFontMetricsF(painter.font(), &device)
                                 .elidedText(text, Qt::ElideRight, cell.width()));
            x += c.width;
        }
    };

    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        painter.setPen(Qt::black);
        // Heading: the workspace, the filter, when.
        painter.setFont(titleFont);
        painter.drawText(QRectF(0, 0, page.width(), title.height()), Qt::AlignLeft | Qt::AlignTop,
                         tr("Changes — %1").arg(heading.workspace));
        painter.setFont(bodyFont);
        const double line2 = title.height() + body.height() * 0.3;
        painter.drawText(QRectF(0, line2, page.width(), body.height()), Qt::AlignLeft,
                         body.elidedText(filter, Qt::ElideRight, page.width() * 0.7));
        painter.drawText(QRectF(0, line2, page.width(), body.height()), Qt::AlignRight, count);
        painter.drawText(QRectF(0, line2 + body.height(), page.width(), body.height()),
                         Qt::AlignLeft, printed);

        // The column header, on every page.
        double y = tableTop;
        drawRow(
            y, [](const Column &c) { return c.title; }, true);
        painter.setPen(QPen(rule, 0));
        painter.drawLine(QPointF(0, y + rowHeight), QPointF(page.width(), y + rowHeight));
        painter.setPen(Qt::black);
        y += rowHeight;

        const int first = p * rowsPerPage;
        const int last = qMin(rows, first + rowsPerPage);
        for (int r = first; r < last; ++r) {
            if ((r - first) % 2 == 1)
                painter.fillRect(QRectF(0, y, page.width(), rowHeight), stripe);
            drawRow(
                y,
                [&](const Column &c) {
                    return model->index(r, c.logical).data(Qt::DisplayRole).toString();
                },
                false);
            y += rowHeight;
        }
        if (rows == 0)
            painter.drawText(QRectF(0, y, page.width(), rowHeight), Qt::AlignVCenter,
                             tr("No change matches the filter."));

        // Footer.
        painter.setFont(bodyFont);
        painter.setPen(QPen(rule, 0));
        const double footerTop = page.height() - body.height() * 1.3;
        painter.drawLine(QPointF(0, footerTop - body.height() * 0.3),
                         QPointF(page.width(), footerTop - body.height() * 0.3));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, footerTop, page.width(), body.height()), Qt::AlignLeft,
                         heading.workspace);
        painter.drawText(QRectF(0, footerTop, page.width(), body.height()), Qt::AlignRight,
                         tr("Page %1 of %2").arg(locale.toString(p + 1), locale.toString(pages)));
    }
    painter.end();
    return pages;
}

} // namespace vigilo::ui
