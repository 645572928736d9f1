#pragma once
// The Risk assessment tab: the questionnaire (one radio group per question), a live score
// computed with RiskAssessment::evaluate as the user clicks, each answer saved through the client
// (risk.answer), the suggested level with Accept, an Override path (level and reason, risk.accept),
// and the risk conditions. The profile comes with change.open (setProfile before load()).

#include "DetailTab.h"
#include "RiskAssessment.h"

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace vigilo::ui {

class RiskTab final : public DetailTab {
    Q_OBJECT
public:
    explicit RiskTab(DetailContext &context, QWidget *parent = nullptr);

    // The risk assessment as change.open answered it, for the next load(); without one, load()
    // asks for it (risk.show).
    void setProfile(const RiskProfile &profile) { m_given = profile; }
    // It could not be read: the next load() shows why.
    void setProfileError(const Error &error) { m_givenError = error; }
    void load(const ChangeRequest &change) override;
    // The score shown now (after the last click), for tests.
    std::optional<int> shownScore() const { return m_shown.score; }

private:
    void showLoaded(const Result<RiskProfile> &profile);
    void rebuildQuestions();
    void setBusy(bool busy);
    void choose(const QString &key, int choice);
    void showProfile(const RiskProfile &profile);
    void accept();
    void applyOverride();

    ChangeRequest m_change;
    RiskProfile m_profile; // as saved in the core
    RiskProfile m_shown;   // as evaluated live
    bool m_locked = true;
    std::optional<RiskProfile> m_given;
    std::optional<Error> m_givenError;

    QLabel *m_scoreLabel = nullptr;
    QProgressBar *m_score = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_suggestion = nullptr;
    QLabel *m_current = nullptr;
    QPushButton *m_accept = nullptr;
    QComboBox *m_overrideLevel = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QPushButton *m_override = nullptr;
    QGroupBox *m_overrideBox = nullptr;
    QLabel *m_conditions = nullptr;
    QLabel *m_lockedNote = nullptr;
    QWidget *m_questions = nullptr;
    QVBoxLayout *m_questionsLayout = nullptr;
    QList<QButtonGroup *> m_groups;
};

} // namespace vigilo::ui
