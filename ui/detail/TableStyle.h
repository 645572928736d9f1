#pragma once
// The look every table of the detail view shares: whole rows, fixed row heights, no grid.

class QTableView;

namespace vigilo::ui {

void styleDetailTable(QTableView *view);

} // namespace vigilo::ui
