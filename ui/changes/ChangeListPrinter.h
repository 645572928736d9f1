#pragma once
// Prints the change list as the user sees it: the rows of the filtered, sorted view (not the
// whole database), its visible columns in their order, as a paginated table. Every page has a
// header (workspace, filter, when it was printed) and "page X of Y"; the column header repeats.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;
class QTableView;

namespace vigilo::ui {

class ChangeListView;

class ChangeListPrinter final {
    Q_DECLARE_TR_FUNCTIONS(ChangeListPrinter)

public:
    struct Heading {
        QString workspace;
        QString filter;      // what the list is filtered by; empty: every change
        QDateTime printedAt; // shown in the user's time zone and locale
    };

    // "Status: Approved · Search: “tls”", or empty when nothing filters the list.
    static QString describeFilters(const ChangeListView &view);

    // Paints the table's rows on `device` (a QPrinter or a QPdfWriter); returns the page count.
    static int print(QPagedPaintDevice &device, const QTableView &table, const Heading &heading);
};

} // namespace vigilo::ui
