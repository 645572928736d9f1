#pragma once
// Administration ▸ Approval policies: the ordered rules that decide a change's approval steps
// (the first active one that matches wins, else the built-in matrix). Admins add them and switch
// them on and off; anyone may preview which steps a chosen change gets (policy.explain).

#include "AdminPage.h"

class QLabel;
class QLineEdit;

namespace vigilo::ui {

class PoliciesAdminPage final : public AdminPage {
    Q_OBJECT
public:
    PoliciesAdminPage(Session &session, QWidget *parent = nullptr);

    // The preview of `number` (as typed: "CHG-00012" or "12"), shown under the table.
    void preview(const QString &number);
    QString previewText() const;

protected:
    void fill(const client::Administration &admin) override;

private:
    void showPreview(int number, const Result<PolicyExplanation> &explanation);
    void add();
    void setActive(bool active);

    QLineEdit *m_previewChange;
    QLabel *m_preview;
    int m_previewAsked = 0;
};

} // namespace vigilo::ui
