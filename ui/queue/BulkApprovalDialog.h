#pragma once
// Guarded bulk approval from the Approval queue (issue 15): the dialog that asks for the comment
// all selected changes share, and the one that shows what the core did with each: the approved
// ones, and the refused ones with the core's reason (they were left untouched).

#include "BulkApproval.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vigilo::ui {

class BulkApprovalDialog final : public QDialog {
    Q_OBJECT
public:
    // `numbers`: the selected changes, in the queue's order.
    explicit BulkApprovalDialog(const QList<int> &numbers, QWidget *parent = nullptr);
    QString comment() const;
    QPlainTextEdit *commentEdit() const { return m_comment; }

private:
    QPlainTextEdit *m_comment;
};

class BulkApprovalResultDialog final : public QDialog {
    Q_OBJECT
public:
    explicit BulkApprovalResultDialog(const QList<BulkApprovalItem> &items,
                                      QWidget *parent = nullptr);
    QListWidget *approvedList() const { return m_approved; }
    QListWidget *refusedList() const { return m_refused; }
    QLabel *summary() const { return m_summary; }

private:
    QLabel *m_summary;
    QListWidget *m_approved;
    QListWidget *m_refused;
};

} // namespace vigilo::ui
