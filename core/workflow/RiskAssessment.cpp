#include "RiskAssessment.h"

#include "ApprovalEngine.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Dialect.h"
#include "Impact.h"
#include "InputRules.h"
#include "Planning.h"
#include "Rules.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Tr.h"
#include "WriteScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace vigilo {

namespace {

RiskQuestion question(const char *key, const QString &text, int weight,
                      const QList<RiskChoice> &choices)
{
    return RiskQuestion{QString::fromLatin1(key), 0, text, weight, choices};
}

QString choicesToJson(const QList<RiskChoice> &choices)
{
    QJsonArray a;
    for (const auto &c : choices)
        a.append(
            QJsonObject{{QStringLiteral("label"), c.label}, {QStringLiteral("score"), c.score}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<RiskChoice> choicesFromJson(const QString &text)
{
    QList<RiskChoice> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << RiskChoice{v[QLatin1String("label")].toString(), v[QLatin1String("score")].toInt()};
    return out;
}

} // namespace

QJsonObject RiskQuestion::toJson() const
{
    QJsonArray a;
    for (int i = 0; i < choices.size(); ++i)
        a.append(QJsonObject{{QStringLiteral("index"), i + 1},
                             {QStringLiteral("label"), choices[i].label},
                             {QStringLiteral("score"), choices[i].score}});
    return {{QStringLiteral("key"), key},
            {QStringLiteral("position"), position},
            {QStringLiteral("text"), text},
            {QStringLiteral("weight"), weight},
            {QStringLiteral("choices"), a}};
}

QJsonObject RiskCondition::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("details"), details}};
}

QJsonObject RiskProfile::toJson() const
{
    QJsonArray qs;
    for (const auto &q : questions) {
        QJsonObject o = q.toJson();
        const auto it = answers.constFind(q.key);
        if (it != answers.constEnd()) {
            o.insert(QStringLiteral("answer"),
                     QJsonObject{{QStringLiteral("index"), it->choice + 1},
                                 {QStringLiteral("label"), q.choices.value(it->choice).label},
                                 {QStringLiteral("score"), q.choices.value(it->choice).score},
                                 {QStringLiteral("answered_by"), it->answeredBy},
                                 {QStringLiteral("answered_at"), jsonTime(it->answeredAt)}});
        } else {
            o.insert(QStringLiteral("answer"), QJsonValue());
        }
        qs.append(o);
    }
    QJsonArray cs;
    for (const auto &c : conditions)
        cs.append(c.toJson());
    return {{QStringLiteral("questions"), qs},
            {QStringLiteral("answered"), answered},
            {QStringLiteral("total"), total},
            {QStringLiteral("required_answers"), requiredAnswers},
            {QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue()},
            {QStringLiteral("suggested_risk_level"),
             suggestion ? QJsonValue(toString(*suggestion)) : QJsonValue()},
            {QStringLiteral("risk_level"), current ? QJsonValue(toString(*current)) : QJsonValue()},
            {QStringLiteral("conditions"), cs}};
}

QList<RiskQuestion> RiskAssessment::defaultQuestionnaire()
{
    QList<RiskQuestion> q = {
        question("impact_if_fails",
                 CoreText::tr("If this change fails, what is the impact on the business?"), 3,
                 {{CoreText::tr("None or negligible"), 0},
                  {CoreText::tr("Minor degradation"), 33},
                  {CoreText::tr("Outage of a service"), 67},
                  {CoreText::tr("Critical: revenue, safety or data loss"), 100}}),
        question("users_affected", CoreText::tr("How many users could notice it?"), 2,
                 {{CoreText::tr("None"), 0},
                  {CoreText::tr("Fewer than 100"), 33},
                  {CoreText::tr("100 to 10,000"), 67},
                  {CoreText::tr("More than 10,000"), 100}}),
        question("tested_preprod",
                 CoreText::tr("Has the change been tested in a pre-production environment?"), 2,
                 {{CoreText::tr("Yes, in an environment like production"), 0},
                  {CoreText::tr("Partly"), 50},
                  {CoreText::tr("No"), 100}}),
        question("rollback_tested", CoreText::tr("Has the rollback been tested?"), 2,
                 {{CoreText::tr("Yes"), 0},
                  {CoreText::tr("Documented but not tested"), 50},
                  {CoreText::tr("No rollback is possible"), 100}}),
        question("complexity", CoreText::tr("How complex is the implementation?"), 2,
                 {{CoreText::tr("A single step"), 0},
                  {CoreText::tr("A few steps by one team"), 33},
                  {CoreText::tr("Many steps"), 67},
                  {CoreText::tr("Several teams or vendors"), 100}}),
        question("done_before", CoreText::tr("Has this change been done before?"), 1,
                 {{CoreText::tr("Routinely"), 0},
                  {CoreText::tr("Once or twice"), 50},
                  {CoreText::tr("Never"), 100}}),
        question("downtime", CoreText::tr("Does it need downtime?"), 2,
                 {{CoreText::tr("None"), 0},
                  {CoreText::tr("Under 15 minutes"), 33},
                  {CoreText::tr("15 minutes to 2 hours"), 67},
                  {CoreText::tr("More than 2 hours"), 100}}),
        question("business_hours", CoreText::tr("Does it run during business hours?"), 1,
                 {{CoreText::tr("No, inside a maintenance window"), 0},
                  {CoreText::tr("Partly"), 50},
                  {CoreText::tr("Yes, at peak times"), 100}}),
    };
    for (int i = 0; i < q.size(); ++i)
        q[i].position = (i + 1) * 10;
    return q;
}

int RiskAssessment::requiredAnswers(int total)
{
    return (3 * total + 3) / 4;
}

RiskLevel RiskAssessment::levelFor(int score)
{
    if (score <= 33)
        return RiskLevel::Low;
    if (score <= 66)
        return RiskLevel::Medium;
    return RiskLevel::High;
}

RiskProfile RiskAssessment::evaluate(const QList<RiskQuestion> &questions,
                                     const QHash<QString, RiskAnswer> &answers)
{
    RiskProfile p;
    p.questions = questions;
    p.total = int(questions.size());
    p.requiredAnswers = requiredAnswers(p.total);
    double weighted = 0;
    int weights = 0;
    for (const auto &q : questions) {
        const auto it = answers.constFind(q.key);
        if (it == answers.constEnd() || it->choice < 0 || it->choice >= q.choices.size())
            continue;
        p.answers.insert(q.key, *it);
        ++p.answered;
        weighted += double(q.weight) * q.choices[it->choice].score;
        weights += q.weight;
    }
    if (weights > 0)
        p.score = int(std::lround(weighted / weights));
    if (p.score && p.answered >= p.requiredAnswers && p.total > 0)
        p.suggestion = levelFor(*p.score);
    return p;
}

Result<QList<RiskQuestion>> RiskAssessment::questionsOf(qint64 workspaceId) const
{
    auto q = sql::run(m_store,
                      QStringLiteral("SELECT question_key, position, text, weight, choices FROM "
                                     "risk_questions WHERE workspace_id = ? ORDER BY position, id"),
                      {workspaceId});
    if (!q)
        return q.error();
    QList<RiskQuestion> out;
    bool customised = false;
    while (q->next()) {
        customised = true;
        RiskQuestion r{q->value(0).toString(), q->value(1).toInt(), q->value(2).toString(),
                       q->value(3).toInt(), choicesFromJson(q->value(4).toString())};
        if (r.weight > 0 && !r.choices.isEmpty())
            out << r;
    }
    if (!customised)
        return defaultQuestionnaire();
    return out;
}

Result<QList<RiskQuestion>> RiskAssessment::questions(const Actor &actor) const
{
    return questionsOf(actor.workspace.id);
}

Status RiskAssessment::materializeDefaults(qint64 workspaceId)
{
    auto count = sql::scalar(
        m_store, QStringLiteral("SELECT COUNT(*) FROM risk_questions WHERE workspace_id = ?"),
        {workspaceId});
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return {};
    for (const auto &q : defaultQuestionnaire())
        VIGILO_TRY(
            sql::run(m_store,
                     QStringLiteral("INSERT INTO risk_questions (workspace_id, question_key, "
                                    "position, text, weight, choices) VALUES (?, ?, ?, ?, ?, ?)"),
                     {workspaceId, q.key, q.position, q.text, q.weight, choicesToJson(q.choices)}));
    return {};
}

Result<RiskQuestion> RiskAssessment::setQuestion(const Actor &caller, const RiskQuestion &input)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    static const QRegularExpression keyRe(QStringLiteral("^[a-z0-9_]{1,40}$"));
    RiskQuestion q = input;
    if (!keyRe.match(q.key).hasMatch())
        return Error::input(
            CoreText::tr("A question key is 1 to 40 lower-case letters, digits or '_'."),
            {{QStringLiteral("field"), QStringLiteral("key")}});
    if (q.text.trimmed().isEmpty() || q.text.size() > 500)
        return Error::input(CoreText::tr("A question needs a text of 1 to 500 characters."));
    VIGILO_TRY(input::checkText(QStringLiteral("text"), q.text, 500, input::Lines::Single));
    if (q.weight < 1 || q.weight > 10)
        return Error::input(CoreText::tr("A question's weight is between 1 and 10."));
    if (q.choices.size() < 2 || q.choices.size() > 10)
        return Error::input(CoreText::tr("A question needs 2 to 10 choices."));
    for (const auto &c : q.choices)
        if (c.label.trimmed().isEmpty() || c.score < 0 || c.score > 100)
            return Error::input(CoreText::tr("Each choice needs a label and a score from 0 to 100 "
                                             "(for example \"Never=100\")."));
    for (const auto &c : q.choices)
        VIGILO_TRY(input::checkText(QStringLiteral("choice"), c.label, input::kMaxName,
                                    input::Lines::Single));
    VIGILO_TRY(materializeDefaults(actor.workspace.id));
    auto before = questionsOf(actor.workspace.id);
    if (!before)
        return before.error();
    QJsonObject oldValues;
    for (const auto &b : *before)
        if (b.key == q.key) {
            oldValues = b.toJson();
            if (q.position <= 0)
                q.position = b.position;
        }
    if (q.position <= 0) {
        int last = 0;
        for (const auto &b : *before)
            last = qMax(last, b.position);
        q.position = last + 10;
    }
    VIGILO_TRY(sql::run(
        m_store,
        QStringLiteral("DELETE FROM risk_questions WHERE workspace_id = ? AND question_key = ?"),
        {actor.workspace.id, q.key}));
    VIGILO_TRY(
        sql::run(m_store,
                 QStringLiteral("INSERT INTO risk_questions (workspace_id, question_key, position, "
                                "text, weight, choices) VALUES (?, ?, ?, ?, ?, ?)"),
                 {actor.workspace.id, q.key, q.position, q.text.trimmed(), q.weight,
                  choicesToJson(q.choices)}));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("risk.question.set"), QStringLiteral("risk_question"),
                              0, 0, oldValues, q.toJson()));
    VIGILO_TRY(scope.commit());
    return q;
}

Status RiskAssessment::removeQuestion(const Actor &caller, const QString &key)
{
    WriteScope scope(m_store, caller, Permission::ManageWorkspace);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    VIGILO_TRY(materializeDefaults(actor.workspace.id));
    auto before = questionsOf(actor.workspace.id);
    if (!before)
        return before.error();
    QJsonObject oldValues;
    for (const auto &b : *before)
        if (b.key == key)
            oldValues = b.toJson();
    if (oldValues.isEmpty())
        return Error::notFound(
            CoreText::tr("There is no risk question \"%1\" (see `vigilo-cli risk "
                         "questions`).")
                .arg(key));
    if (before->size() <= 1)
        return Error::rule(QStringLiteral("validation_failed"),
                           CoreText::tr("The questionnaire needs at least one question."));
    VIGILO_TRY(sql::run(
        m_store,
        QStringLiteral("DELETE FROM risk_questions WHERE workspace_id = ? AND question_key = ?"),
        {actor.workspace.id, key}));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("risk.question.remove"),
                              QStringLiteral("risk_question"), 0, 0, oldValues, {}));
    return scope.commit();
}

Result<QList<RiskCondition>> RiskAssessment::conditionsOf(const Actor &actor,
                                                          const ChangeRequest &c) const
{
    // Judged as of the record: today for an open change, at its submission once it is closed.
    const QDateTime asOf = rules::riskAsOf(c, m_clock.now());
    QList<RiskCondition> out;
    if (const rules::LeadTime l = rules::leadTime(c, m_clock.now()); l.applies && !l.met)
        out << RiskCondition{
            QStringLiteral("insufficient_lead_time"),
            CoreText::tr("The planned start leaves less than the %1 hours of lead time this "
                         "change needs.")
                .arg(c.minLeadTimeHours),
            {{QStringLiteral("min_lead_time_hours"), c.minLeadTimeHours},
             {QStringLiteral("earliest_start"), jsonTime(l.earliestStart)},
             {QStringLiteral("as_of"), jsonTime(l.measuredFrom)}}};
    // A critical asset the change works on or affects (and nobody excluded with a reason).
    auto impact = Impact::compute(m_store, actor.workspace.id, c.id);
    if (!impact)
        return impact.error();
    QStringList critical;
    QJsonArray criticalItems;
    for (const QList<ImpactItem> *items : {&impact->touched, &impact->affected})
        for (const ImpactItem &i : *items)
            if (i.criticality == Criticality::Critical && !i.excluded) {
                critical << i.asset;
                criticalItems.append(QJsonObject{{QStringLiteral("asset"), i.asset},
                                                 {QStringLiteral("touched"), i.touched()},
                                                 {QStringLiteral("explanation"), i.explanation}});
            }
    for (const QString &name : std::as_const(impact->criticalAffected))
        if (!critical.contains(name)) { // affected beyond the listed items
            critical << name;
            criticalItems.append(QJsonObject{{QStringLiteral("asset"), name},
                                             {QStringLiteral("touched"), false},
                                             {QStringLiteral("explanation"), QString()}});
        }
    if (!critical.isEmpty())
        out << RiskCondition{QStringLiteral("critical_asset_impacted"),
                             CoreText::tr("The change affects %n critical assets: %1.", nullptr,
                                          int(critical.size()))
                                 .arg(critical.join(QStringLiteral(", "))),
                             {{QStringLiteral("assets"), criticalItems}}};
    auto similar = m_planning.similar(actor, c.number, 20);
    if (!similar)
        return similar.error();
    const QDateTime since = asOf.addDays(-90);
    for (const auto &s : *similar) {
        // Only failures the record could have known of then: ended in the 90 days before.
        if (!s.failed() || !s.endedAt.isValid() || s.endedAt < since || s.endedAt > asOf
            || s.score < 0.3)
            continue;
        out << RiskCondition{QStringLiteral("similar_change_failed"),
                             CoreText::tr("A similar change, %1 \"%2\", failed on %3 (%4).")
                                 .arg(formatChangeNumber(s.number), s.title,
                                      s.endedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                                      s.status == ChangeStatus::RolledBack
                                          ? CoreText::tr("rolled back: %1").arg(s.rollbackReason)
                                          : label(ClosureCode::Unsuccessful)),
                             s.toJson()};
    }
    return out;
}

Result<RiskProfile> RiskAssessment::profile(const Actor &actor, int changeNumber) const
{
    auto c = sql::loadChange(m_store, actor.workspace.id, changeNumber);
    if (!c)
        return c.error();
    auto qs = questionsOf(actor.workspace.id);
    if (!qs)
        return qs.error();
    auto a =
        sql::run(m_store,
                 QStringLiteral("SELECT r.question_key, r.choice, m.username, r.answered_at FROM "
                                "risk_answers r JOIN members m ON m.id = r.answered_by_id WHERE "
                                "r.change_id = ?"),
                 {c->id});
    if (!a)
        return a.error();
    QHash<QString, RiskAnswer> answers;
    while (a->next())
        answers.insert(a->value(0).toString(),
                       RiskAnswer{a->value(0).toString(), a->value(1).toInt(),
                                  a->value(2).toString(), Dialect::fromDb(a->value(3))});
    a->finish();
    RiskProfile p = evaluate(*qs, answers);
    p.current = c->riskLevel;

    auto conditions = conditionsOf(actor, *c);
    if (!conditions)
        return conditions.error();
    p.conditions = *conditions;
    return p;
}

Result<RiskProfile> RiskAssessment::answer(const Actor &caller, int changeNumber,
                                           const QString &key, int choice)
{
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin(changeNumber, {}, sql::ChangeParts::State));
    const Actor &actor = scope.actor();
    const ChangeRequest *c = &scope.change();
    if (auto refused = riskRefusal(actor, *c, RiskProfile{}, RiskAction::Answer))
        return *refused;
    auto qs = questionsOf(actor.workspace.id);
    if (!qs)
        return qs.error();
    const RiskQuestion *found = nullptr;
    for (const auto &q : *qs)
        if (q.key == key)
            found = &q;
    if (!found)
        return Error::notFound(
            CoreText::tr("There is no risk question \"%1\" (see `vigilo-cli risk "
                         "questions`).")
                .arg(key),
            {{QStringLiteral("question"), key}});
    if (choice < 0 || choice >= found->choices.size())
        return Error::input(CoreText::tr("Question \"%1\" has choices 1 to %2.")
                                .arg(key)
                                .arg(found->choices.size()),
                            {{QStringLiteral("question"), key}});
    auto old = sql::scalar(
        m_store,
        QStringLiteral("SELECT choice FROM risk_answers WHERE change_id = ? AND question_key = ?"),
        {c->id, key});
    if (!old)
        return old.error();
    QJsonObject oldValues;
    if (!old->isNull()) {
        if (old->toInt() == choice)
            return profile(actor, changeNumber);
        oldValues = {{QStringLiteral("question"), key},
                     {QStringLiteral("answer"), found->choices.value(old->toInt()).label}};
    }
    VIGILO_TRY(sql::run(
        m_store,
        QStringLiteral("DELETE FROM risk_answers WHERE change_id = ? AND question_key = ?"),
        {c->id, key}));
    VIGILO_TRY(sql::run(m_store,
                        QStringLiteral("INSERT INTO risk_answers (change_id, question_key, choice, "
                                       "answered_by_id, answered_at) VALUES (?, ?, ?, ?, ?)"),
                        {c->id, key, choice, actor.member.id, Dialect::toDb(m_clock.now())}));
    VIGILO_TRY(m_audit.record(actor.workspace.id, actor.member.username,
                              QStringLiteral("risk.answer"), QStringLiteral("change"), c->id,
                              c->number, oldValues,
                              {{QStringLiteral("question"), key},
                               {QStringLiteral("text"), found->text},
                               {QStringLiteral("answer"), found->choices[choice].label},
                               {QStringLiteral("score"), found->choices[choice].score},
                               {QStringLiteral("weight"), found->weight}}));
    VIGILO_TRY(scope.commit());
    return profile(actor, changeNumber);
}

Result<ChangeRequest> RiskAssessment::accept(const Actor &caller, int changeNumber,
                                             std::optional<RiskLevel> override,
                                             const QString &reason)
{
    VIGILO_TRY(
        input::checkText(QStringLiteral("reason"), reason, input::kMaxNote, input::Lines::Multi));
    WriteScope scope(m_store, caller, Permission::ChangesCreate);
    VIGILO_TRY(scope.begin());
    const Actor &actor = scope.actor();
    auto p = profile(actor, changeNumber);
    if (!p)
        return p.error();
    auto c = sql::loadChange(m_store, actor.workspace.id, changeNumber);
    if (!c)
        return c.error();
    // An explicit level equal to the suggestion is accepting it.
    const bool overriding = override && (!p->suggestion || *override != *p->suggestion);
    if (auto refused =
            riskRefusal(actor, *c, *p, overriding ? RiskAction::Override : RiskAction::Accept))
        return *refused;
    const RiskLevel level = override.value_or(*p->suggestion);
    if (overriding && reason.trimmed().isEmpty())
        return Error::rule(QStringLiteral("reason_required"),
                           CoreText::tr("Choosing a risk level other than the suggestion needs a "
                                        "reason (--reason), kept in the audit trail."));
    QJsonObject oldValues{{QStringLiteral("risk_level"),
                           c->riskLevel ? QJsonValue(toString(*c->riskLevel)) : QJsonValue()}};
    QJsonObject newValues{
        {QStringLiteral("risk_level"), toString(level)},
        {QStringLiteral("score"), p->score ? QJsonValue(*p->score) : QJsonValue()},
        {QStringLiteral("suggested_risk_level"),
         p->suggestion ? QJsonValue(toString(*p->suggestion)) : QJsonValue()},
        {QStringLiteral("answered"), QStringLiteral("%1/%2").arg(p->answered).arg(p->total)}};
    if (overriding)
        newValues.insert(QStringLiteral("reason"), reason.trimmed());
    const bool changed = !c->riskLevel || *c->riskLevel != level;
    ChangeRequest after = *c;
    after.riskLevel = level;
    VIGILO_TRY(sql::touchChange(m_store, c->id, c->version, m_clock.now()));
    VIGILO_TRY(sql::run(m_store, QStringLiteral("UPDATE changes SET risk_level = ? WHERE id = ?"),
                        {toString(level), c->id}));
    if (changed && c->status == ChangeStatus::Review) {
        auto steps = m_approvals.generateSteps(after);
        if (!steps)
            return steps.error();
        newValues.insert(QStringLiteral("reapproval"),
                         CoreText::tr("Risk level changed in review: approval requested again."));
    }
    VIGILO_TRY(
        m_audit.record(actor.workspace.id, actor.member.username,
                       overriding ? QStringLiteral("risk.override") : QStringLiteral("risk.accept"),
                       QStringLiteral("change"), c->id, c->number, oldValues, newValues));
    if (changed && c->status == ChangeStatus::Review)
        VIGILO_TRY(m_approvals.notifySubstitutes(actor, after));
    VIGILO_TRY(scope.commit());
    return sql::loadChangeById(m_store, c->id);
}

std::optional<Error> RiskAssessment::riskRefusal(const Actor &actor, const ChangeRequest &c,
                                                 const RiskProfile &p, RiskAction action)
{
    if (!actor.can(Permission::ChangesCreate))
        return sql::permissionDenied(actor, Permission::ChangesCreate);
    if (c.status != ChangeStatus::Draft && c.status != ChangeStatus::Review)
        return Error::rule(
            QStringLiteral("invalid_transition"),
            CoreText::tr("The risk assessment of %1 is locked (status: %2). It can be "
                         "answered and its level set while the change is a draft "
                         "or in review.")
                .arg(c.numberText(), label(c.status)),
            {{QStringLiteral("status"), toString(c.status)}});
    if (action != RiskAction::Accept)
        return std::nullopt;
    if (!p.suggestion)
        return Error::rule(QStringLiteral("risk_not_assessed"),
                           CoreText::tr("There is no suggestion yet: answer at least %1 of the %2 "
                                        "questions (%3 answered so far).")
                               .arg(p.requiredAnswers)
                               .arg(p.total)
                               .arg(p.answered),
                           {{QStringLiteral("answered"), p.answered},
                            {QStringLiteral("required_answers"), p.requiredAnswers}});
    if (p.current == p.suggestion)
        return Error::rule(QStringLiteral("risk_already_accepted"),
                           CoreText::tr("The risk level of %1 is already %2, the suggested level: "
                                        "there is nothing to accept.")
                               .arg(c.numberText(), label(*p.suggestion)),
                           {{QStringLiteral("risk_level"), toString(*p.suggestion)}});
    return std::nullopt;
}

QList<Answer<RiskAssessment::RiskAction>>
RiskAssessment::availableRiskActions(const Actor &actor, const ChangeRequest &change,
                                     const RiskProfile &profile)
{
    QList<Answer<RiskAction>> out;
    for (RiskAction a : {RiskAction::Answer, RiskAction::Accept, RiskAction::Override})
        out << Answer<RiskAction>{a, riskRefusal(actor, change, profile, a)};
    return out;
}

} // namespace vigilo
