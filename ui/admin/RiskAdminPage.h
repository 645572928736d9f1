#pragma once
// Administration ▸ Risk questionnaire: the weighted multiple-choice questions every change is
// assessed with. Admins add, edit and remove questions; answers refer to a question's key.

#include "AdminPage.h"

#include "RiskAssessment.h"

namespace vigilo::ui {

class RiskAdminPage final : public AdminPage {
    Q_OBJECT
public:
    RiskAdminPage(Session &session, QWidget *parent = nullptr);

    // "Label = score" per line and back; an error names the line.
    static Result<QList<RiskChoice>> parseChoices(const QString &text);
    static QString choicesText(const QList<RiskChoice> &choices);

protected:
    void fill(const client::Administration &admin) override;

private:
    // Adds a question (`existing` empty) or edits one.
    void edit(const std::optional<RiskQuestion> &existing);
    void remove();

    QList<RiskQuestion> m_questions;
};

} // namespace vigilo::ui
