#pragma once
// The risk questionnaire (ServiceNow PPRB style): weighted multiple-choice questions, a score
// normalised to 0–100, a suggested risk level, and the risk conditions worth a second look.

#include "Actor.h"
#include "Answer.h"
#include "Error.h"

#include <QHash>

namespace vigilo {

class Store;
class Clock;
class AuditLog;
class ApprovalEngine;
class Planning;

struct RiskChoice {
    QString label;
    int score = 0; // 0 (no risk) .. 100 (highest risk)
};

struct RiskQuestion {
    QString key; // stable: answers refer to it
    int position = 0;
    QString text;
    int weight = 1; // 1..10
    QList<RiskChoice> choices;
    QJsonObject toJson() const;
};

struct RiskAnswer {
    QString key;
    int choice = 0; // index into the question's choices, from 0
    QString answeredBy;
    QDateTime answeredAt;
};

// A condition that raises risk whatever the questionnaire says.
struct RiskCondition {
    QString code; // "insufficient_lead_time", "similar_change_failed"
    QString message;
    QJsonObject details;
    QJsonObject toJson() const;
};

struct RiskProfile {
    QList<RiskQuestion> questions;
    QHash<QString, RiskAnswer> answers;
    int answered = 0;
    int total = 0;
    int requiredAnswers = 0;  // how many answers before a level is suggested
    std::optional<int> score; // 0..100 over the answered questions
    std::optional<RiskLevel> suggestion;
    std::optional<RiskLevel> current;
    QList<RiskCondition> conditions;
    QJsonObject toJson() const;
};

class RiskAssessment final {
public:
    // What a person does with the questionnaire: answer a question, accept the suggested level,
    // or set another level with a reason.
    enum class RiskAction { Answer, Accept, Override };

    RiskAssessment(Store &store, const Clock &clock, AuditLog &audit, ApprovalEngine &approvals,
                   Planning &planning)
        : m_store(store)
        , m_clock(clock)
        , m_audit(audit)
        , m_approvals(approvals)
        , m_planning(planning)
    {}

    static QList<RiskQuestion> defaultQuestionnaire();
    // The suggestion rule: at least three quarters of the questions (rounded up) answered.
    static int requiredAnswers(int totalQuestions);
    static RiskLevel levelFor(int score); // 0–33 low, 34–66 medium, 67–100 high
    // Pure scoring, for a live score in the UI: weighted mean of the chosen scores.
    static RiskProfile evaluate(const QList<RiskQuestion> &questions,
                                const QHash<QString, RiskAnswer> &answers);

    Result<QList<RiskQuestion>> questions(const Actor &actor) const;
    // Admins: add or replace a question (by key) in the workspace's questionnaire.
    Result<RiskQuestion> setQuestion(const Actor &actor, const RiskQuestion &question);
    Status removeQuestion(const Actor &actor, const QString &key);

    Result<RiskProfile> profile(const Actor &actor, int changeNumber) const;
    // choice: index from 0. Allowed while the change is draft or in review.
    Result<RiskProfile> answer(const Actor &actor, int changeNumber, const QString &key,
                               int choice);
    // Sets risk_level to the suggestion, or to `override` with a reason; both are audited.
    // In review, a new level starts a new approval round (the policy may differ).
    Result<ChangeRequest> accept(const Actor &actor, int changeNumber,
                                 std::optional<RiskLevel> override = {},
                                 const QString &reason = {});

    // The rules answer() and accept() decide by (no SQL), for the Risk tab to ask first: each
    // answer carries the refusal the write would give. Override's reason is checked on the write.
    static std::optional<Error> riskRefusal(const Actor &actor, const ChangeRequest &change,
                                            const RiskProfile &profile, RiskAction action);
    static QList<Answer<RiskAction>> availableRiskActions(const Actor &actor,
                                                          const ChangeRequest &change,
                                                          const RiskProfile &profile);

private:
    Result<QList<RiskQuestion>> questionsOf(qint64 workspaceId) const;
    // Lead time and similar failed changes, as of rules::riskAsOf().
    Result<QList<RiskCondition>> conditionsOf(const Actor &actor, const ChangeRequest &c) const;
    Status materializeDefaults(qint64 workspaceId);
    Store &m_store;
    const Clock &m_clock;
    AuditLog &m_audit;
    ApprovalEngine &m_approvals;
    Planning &m_planning;
};

} // namespace vigilo
