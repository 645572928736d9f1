#pragma once
// A read-only look at one change's fields (the full detail view with its tabs comes later).

#include "Entities.h"

#include <QDialog>

class QFormLayout;

namespace vigilo::ui {

class ChangeDetailsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ChangeDetailsDialog(const ChangeRequest &change, QWidget *parent = nullptr);

private:
    void addRow(QFormLayout *form, const QString &label, const QString &value);
    void addText(QFormLayout *form, const QString &label, const QString &text);
};

} // namespace vigilo::ui
