// policy, template, risk and maintenance: the planning commands.
#include "Commands.h"

#include "Client.h"

#include <QJsonArray>
#include <QTime>

#include <limits>

namespace vigilo::cli {

namespace {
// lupdate files bare tr() calls in this namespace under "vigilo::cli": translate in that context.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("vigilo::cli", text, comment, n);
}

template <typename E, typename F>
Result<QList<E>> parseList(const QString &option, const QStringList &values, F parse,
                           const QString &allowed)
{
    QList<E> out;
    for (const QString &v : values)
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto e = parse(part);
            if (!e)
                return Error::input(
                    tr("invalid %1 \"%2\": expected one of %3").arg(option, part, allowed));
            if (!out.contains(*e))
                out << *e;
        }
    return out;
}

// "NAME;ROLE_OR_MEMBERS;COUNT" with COUNT a number or "all".
Result<ApprovalPolicyStep> parseStep(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(';'));
    if (parts.size() < 2 || parts.size() > 3)
        return Error::input(tr("invalid --step \"%1\": expected \"NAME;ROLE;COUNT\" or "
                               "\"NAME;user1,user2;COUNT\" (COUNT is a number or all), for example "
                               "\"Security review;approver;1\"")
                                .arg(spec));
    ApprovalPolicyStep s;
    s.name = parts[0].trimmed();
    const QString who = parts[1].trimmed();
    if (auto role = parseRole(who)) {
        s.eligibleRole = *role;
    } else {
        s.eligibleRole = Role::Approver;
        for (const QString &m : who.split(QLatin1Char(','), Qt::SkipEmptyParts))
            s.eligibleMembers << m.trimmed();
        if (s.eligibleMembers.isEmpty())
            return Error::input(
                tr("invalid --step \"%1\": name a role (approver, admin, owner) or members")
                    .arg(spec));
    }
    const QString count = parts.value(2, QStringLiteral("1")).trimmed().toLower();
    if (count == QLatin1String("all")) {
        s.requiredApprovals = 0;
    } else {
        bool ok = false;
        s.requiredApprovals = count.toInt(&ok);
        if (!ok || s.requiredApprovals < 1)
            return Error::input(
                tr("invalid approval count \"%1\" in --step: use a number from 1 or \"all\"")
                    .arg(count));
    }
    return s;
}

QString policyText(const ApprovalPolicy &p)
{
    QStringList match;
    auto names = [](const auto &list) {
        QStringList n;
        for (auto v : list)
            n << toString(v);
        return n.join(QLatin1Char('|'));
    };
    if (!p.changeTypes.isEmpty())
        match << tr("type=%1").arg(names(p.changeTypes));
    if (!p.priorities.isEmpty())
        match << tr("priority=%1").arg(names(p.priorities));
    if (!p.riskLevels.isEmpty())
        match << tr("risk=%1").arg(names(p.riskLevels));
    if (!p.assets.isEmpty())
        match << tr("asset=%1").arg(p.assets.join(QLatin1Char('|')));
    QString out = tr("%1. %2%3  matches: %4\n")
                      .arg(p.position)
                      .arg(p.name, p.active ? QString() : tr(" (inactive)"),
                           match.isEmpty() ? tr("every change") : match.join(QStringLiteral(", ")));
    for (const auto &s : p.steps) {
        const QString who = s.eligibleMembers.isEmpty()
                                ? tr("%1 or above").arg(toString(s.eligibleRole))
                                : s.eligibleMembers.join(QStringLiteral(", "));
        out += (s.requiredApprovals == 0
                    ? tr("   step %1: %2 — all approvals from %3\n")
                    : tr("   step %1: %2 — %n approvals from %3\n", nullptr, s.requiredApprovals))
                   .arg(s.stepOrder)
                   .arg(s.name, who);
    }
    return out;
}

int policyAdd(CliContext &ctx, const ParsedArgs &a)
{
    ApprovalPolicy p;
    p.name = a.positional(0);
    CLI_TRY(types, (parseList<ChangeType>(QStringLiteral("--type"), a.all(QStringLiteral("type")),
                                          parseChangeType, names(allChangeTypes()))));
    CLI_TRY(priorities,
            (parseList<Priority>(QStringLiteral("--priority"), a.all(QStringLiteral("priority")),
                                 parsePriority, names(allPriorities()))));
    CLI_TRY(risks, (parseList<RiskLevel>(QStringLiteral("--risk"), a.all(QStringLiteral("risk")),
                                         parseRiskLevel, names(allRiskLevels()))));
    p.changeTypes = types;
    p.priorities = priorities;
    p.riskLevels = risks;
    p.assets = a.all(QStringLiteral("asset"));
    for (const QString &spec : a.all(QStringLiteral("step"))) {
        CLI_TRY(step, parseStep(spec));
        p.steps << step;
    }
    if (a.has(QStringLiteral("position"))) {
        CLI_TRY(pos, parseInt(QStringLiteral("--position"), a.value(QStringLiteral("position")), 1,
                              1000000));
        p.position = pos;
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(added, client->addPolicy(p));
    return ctx.out().print({{QStringLiteral("policy"), added.toJson()}},
                           tr("Added approval policy:\n") + policyText(added));
}

int policyList(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->policies());
    QString text;
    for (const auto &p : list)
        text += policyText(p);
    if (list.isEmpty())
        text = tr("No approval policies: every change gets the built-in matrix (emergency: 1 step; "
                  "normal: 1 step, or 2 for high risk or critical priority).");
    return ctx.out().print({{QStringLiteral("policies"), toJsonArray(list)}}, text.trimmed());
}

int policySetActive(CliContext &ctx, const ParsedArgs &a, bool active)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(p, client->setPolicyActive(a.positional(0), active));
    return ctx.out().print(
        {{QStringLiteral("policy"), p.toJson()}},
        (active ? tr("Policy \"%1\" is active.") : tr("Policy \"%1\" is inactive.")).arg(p.name));
}

int policyExplain(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(e, client->explainPolicy(number));
    QString text;
    if (e.source == QLatin1String("standard"))
        text = tr("%1 is a standard change: pre-approved, no approval steps.")
                   .arg(formatChangeNumber(number));
    else if (!e.policyName.isEmpty())
        text = tr("%1 matches the policy \"%2\":\n").arg(formatChangeNumber(number), e.policyName);
    else
        text = tr("No policy matches %1; the built-in matrix (%2) applies:\n")
                   .arg(formatChangeNumber(number), e.source);
    for (int i = 0; i < e.steps.size(); ++i) {
        const auto &s = e.steps[i];
        const QString who = s.eligibleMembers.isEmpty()
                                ? tr("%1 or above").arg(toString(s.eligibleRole))
                                : s.eligibleMembers.join(QStringLiteral(", "));
        text += tr("  step %1: %2 — %n approvals from %3; could decide now: %4\n", nullptr,
                   s.requiredApprovals)
                    .arg(s.stepOrder)
                    .arg(s.name)
                    .arg(who, e.eligible.value(i).isEmpty()
                                  ? tr("nobody")
                                  : e.eligible.value(i).join(QStringLiteral(", ")));
    }
    return ctx.out().print({{QStringLiteral("explanation"), e.toJson()}}, text.trimmed());
}

int templateAdd(CliContext &ctx, const ParsedArgs &a)
{
    ChangeTemplate t;
    t.name = a.positional(0);
    t.title = a.value(QStringLiteral("title"));
    t.description = a.value(QStringLiteral("description"));
    t.implementationPlan = a.value(QStringLiteral("implementation-plan"));
    t.rollbackPlan = a.value(QStringLiteral("rollback-plan"));
    t.testPlan = a.value(QStringLiteral("test-plan"));
    t.assets = a.all(QStringLiteral("asset"));
    if (a.has(QStringLiteral("priority"))) {
        auto p = parsePriority(a.value(QStringLiteral("priority")));
        if (!p)
            return ctx.out().fail(Error::input(
                tr("invalid --priority \"%1\": expected %2")
                    .arg(a.value(QStringLiteral("priority")), names(allPriorities()))));
        t.priority = *p;
    }
    if (a.has(QStringLiteral("risk"))) {
        auto r = parseRiskLevel(a.value(QStringLiteral("risk")));
        if (!r)
            return ctx.out().fail(
                Error::input(tr("invalid --risk \"%1\": expected %2")
                                 .arg(a.value(QStringLiteral("risk")), names(allRiskLevels()))));
        t.riskLevel = *r;
    }
    if (a.has(QStringLiteral("lead-time-hours"))) {
        CLI_TRY(h, parseInt(QStringLiteral("--lead-time-hours"),
                            a.value(QStringLiteral("lead-time-hours")), 0, 8760));
        t.minLeadTimeHours = h;
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(added, client->addTemplate(t));
    return ctx.out().print({{QStringLiteral("template"), added.toJson()}},
                           tr("Added standard change template \"%1\". Use it with: vigilo-cli "
                              "change create --template \"%1\"")
                               .arg(added.name));
}

int templateList(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->templates());
    Table t({tr("NAME"), tr("ACTIVE"), tr("LEAD"), tr("ASSETS"), tr("TITLE")});
    for (const auto &tmpl : list)
        t.addRow({tmpl.name, tmpl.active ? tr("yes") : tr("no"),
                  tr("%1 h").arg(tmpl.minLeadTimeHours), tmpl.assets.join(QStringLiteral(", ")),
                  tmpl.title});
    return ctx.out().print({{QStringLiteral("templates"), toJsonArray(list)}},
                           list.isEmpty() ? tr("No standard change templates yet.")
                                          : t.render().trimmed());
}

int templateSetActive(CliContext &ctx, const ParsedArgs &a, bool active)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(t, client->setTemplateActive(a.positional(0), active));
    return ctx.out().print(
        {{QStringLiteral("template"), t.toJson()}},
        (active ? tr("Template \"%1\" is active.") : tr("Template \"%1\" is retired."))
            .arg(t.name));
}

QString questionsText(const QList<RiskQuestion> &qs, const RiskProfile *profile = nullptr)
{
    QString out;
    for (const auto &q : qs) {
        out += tr("%1  (weight %2)  %3\n").arg(q.key).arg(q.weight).arg(q.text);
        const RiskAnswer *answer = nullptr;
        if (profile && profile->answers.contains(q.key))
            answer = &profile->answers.find(q.key).value();
        for (int i = 0; i < q.choices.size(); ++i)
            out +=
                QStringLiteral("    %1 %2. %3 (%4)\n")
                    .arg(answer && answer->choice == i ? QStringLiteral("●") : QStringLiteral(" "))
                    .arg(i + 1)
                    .arg(q.choices[i].label)
                    .arg(q.choices[i].score);
    }
    return out;
}

QString profileText(const RiskProfile &p, int number)
{
    QString out = tr("Risk assessment of %1\n\n").arg(formatChangeNumber(number));
    out += questionsText(p.questions, &p);
    out += QLatin1Char('\n');
    out += tr("Answered: %1 of %2 (a level is suggested from %3)\n")
               .arg(p.answered)
               .arg(p.total)
               .arg(p.requiredAnswers);
    out += tr("Score: %1\n").arg(p.score ? tr("%1 / 100").arg(*p.score) : tr("-"));
    out += tr("Suggested risk level: %1\n")
               .arg(p.suggestion ? toString(*p.suggestion) : tr("- (answer more questions)"));
    out += tr("Current risk level: %1\n").arg(p.current ? toString(*p.current) : tr("-"));
    for (const auto &c : p.conditions)
        out += tr("Condition [%1]: %2\n").arg(c.code, c.message);
    return out.trimmed();
}

int riskQuestions(CliContext &ctx, const ParsedArgs &)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(questionnaire, client->riskQuestions());
    const auto &qs = questionnaire.questions;
    return ctx.out().print(
        {{QStringLiteral("questions"), toJsonArray(qs)}},
        questionsText(qs).trimmed() + QLatin1Char('\n')
            + tr("\nA level is suggested once %1 of the %2 questions are answered.")
                  .arg(questionnaire.requiredAnswers)
                  .arg(qs.size()));
}

int riskShow(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(p, client->riskProfile(number));
    return ctx.out().print({{QStringLiteral("risk"), p.toJson()}}, profileText(p, number));
}

int riskAnswer(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    CLI_TRY(client, ctx.workspaceClient());
    const QString key = a.positional(1);
    CLI_TRY(p, client->answerRisk(number, key, a.positional(2)));
    QString text =
        tr("%1: %2 answered. Score %3, %4 of %5 answered.")
            .arg(formatChangeNumber(number), key, p.score ? QString::number(*p.score) : tr("-"))
            .arg(p.answered)
            .arg(p.total);
    if (p.suggestion)
        text += QLatin1Char(' ')
                + tr("Suggested risk level: %1 (accept with: vigilo-cli risk accept %2).")
                      .arg(toString(*p.suggestion), formatChangeNumber(number));
    return ctx.out().print({{QStringLiteral("risk"), p.toJson()}}, text);
}

int riskAccept(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    std::optional<RiskLevel> level;
    if (a.has(QStringLiteral("level"))) {
        level = parseRiskLevel(a.value(QStringLiteral("level")));
        if (!level)
            return ctx.out().fail(
                Error::input(tr("invalid --level \"%1\": expected %2")
                                 .arg(a.value(QStringLiteral("level")), names(allRiskLevels()))));
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(c, client->acceptRisk(number, level, a.value(QStringLiteral("reason"))));
    return ctx.out().print(
        {{QStringLiteral("change"), c.toJson()}},
        tr("%1 risk level is now %2.").arg(c.numberText(), toString(*c.riskLevel)));
}

int riskQuestionSet(CliContext &ctx, const ParsedArgs &a)
{
    RiskQuestion q;
    q.key = a.positional(0);
    q.text = a.value(QStringLiteral("text"));
    CLI_TRY(w, parseInt(QStringLiteral("--weight"),
                        a.value(QStringLiteral("weight"), QStringLiteral("1")), 1, 10));
    q.weight = w;
    for (const QString &c : a.all(QStringLiteral("choice"))) {
        const int eq = c.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const int score = eq > 0 ? c.mid(eq + 1).trimmed().toInt(&ok) : -1;
        if (!ok)
            return ctx.out().fail(
                Error::input(tr("invalid --choice \"%1\": expected LABEL=SCORE with a score from 0 "
                                "to 100, for example \"Never=100\"")
                                 .arg(c)));
        q.choices << RiskChoice{c.left(eq).trimmed(), score};
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(saved, client->setRiskQuestion(q));
    return ctx.out().print({{QStringLiteral("question"), saved.toJson()}},
                           tr("Saved risk question \"%1\".").arg(saved.key));
}

int riskQuestionRemove(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_CHECK(client->removeRiskQuestion(a.positional(0)));
    return ctx.out().print({{QStringLiteral("removed"), a.positional(0)}},
                           tr("Removed risk question \"%1\".").arg(a.positional(0)));
}

int maintenanceAdd(CliContext &ctx, const ParsedArgs &a)
{
    static const QStringList days = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    MaintenanceWindow w;
    w.asset = a.positional(0);
    const int day = days.indexOf(a.value(QStringLiteral("day")).left(3).toLower());
    if (day < 0)
        return ctx.out().fail(
            Error::input(tr("invalid --day \"%1\": expected mon, tue, wed, thu, fri, sat or sun")
                             .arg(a.value(QStringLiteral("day")))));
    w.weekday = day + 1;
    w.start = QTime::fromString(a.value(QStringLiteral("start")), QStringLiteral("HH:mm"));
    if (!w.start.isValid())
        return ctx.out().fail(
            Error::input(tr("invalid --start \"%1\": expected a local time like 02:00")
                             .arg(a.value(QStringLiteral("start")))));
    CLI_TRY(minutes,
            parseInt(QStringLiteral("--duration"), a.value(QStringLiteral("duration")), 1, 10080));
    w.durationMinutes = minutes;
    w.timeZone = a.value(QStringLiteral("tz"), QStringLiteral("UTC")).toLatin1();
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(added, client->addMaintenanceWindow(w));
    return ctx.out().print(
        {{QStringLiteral("maintenance_window"), added.toJson()}},
        tr("Added maintenance window for %1: %2.").arg(added.asset, added.describe()));
}

int maintenanceRemove(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(id,
            parseInt(QStringLiteral("ID"), a.positional(0), 1, std::numeric_limits<int>::max()));
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(removed, client->removeMaintenanceWindow(id));
    return ctx.out().print(
        {{QStringLiteral("removed"), removed.toJson()}},
        tr("Removed maintenance window %1 of %2: %3.")
            .arg(QString::number(removed.id), removed.asset, removed.describe()));
}

int maintenanceList(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(list, client->maintenanceWindows(a.value(QStringLiteral("asset"))));
    Table t({tr("ID"), tr("ASSET"), tr("WINDOW")});
    for (const auto &w : list)
        t.addRow({QString::number(w.id), w.asset, w.describe()});
    return ctx.out().print({{QStringLiteral("maintenance_windows"), toJsonArray(list)}},
                           list.isEmpty() ? tr("No maintenance windows.") : t.render().trimmed());
}

// change next-slot: the earliest window without conflicts (the core's answer; nothing written).
int changeNextSlot(CliContext &ctx, const ParsedArgs &a)
{
    CLI_TRY(number, parseChange(a.positional(0)));
    QDateTime notBefore;
    if (a.has(QStringLiteral("after"))) {
        CLI_TRY(t, parseTime(QStringLiteral("--after"), a.value(QStringLiteral("after"))));
        notBefore = t;
    }
    int horizon = Planning::kDefaultHorizonDays;
    if (a.has(QStringLiteral("horizon-days"))) {
        CLI_TRY(h, parseInt(QStringLiteral("--horizon-days"),
                            a.value(QStringLiteral("horizon-days")), 1, 366));
        horizon = h;
    }
    CLI_TRY(client, ctx.workspaceClient());
    CLI_TRY(slot, client->nextFreeSlot(number, notBefore, horizon));
    const QString iso = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'");
    return ctx.out().print(
        {{QStringLiteral("next_slot"), slot.toJson()}},
        tr("Next free slot for %1: %2 to %3 (UTC).\nMove it there with: vigilo-cli "
           "change edit %1 --start %2 --end %3")
            .arg(formatChangeNumber(number), slot.start.toUTC().toString(iso),
                 slot.end.toUTC().toString(iso)));
}

PositionalSpec pos(const char *name, const char *help)
{
    return {QString::fromLatin1(name), tr(help)};
}

} // namespace

QList<CommandSpec> planningCommands()
{
    using namespace std::placeholders;
    return {
        {{QStringLiteral("policy"), QStringLiteral("add")},
         {pos("NAME", "The policy's name")},
         {repeatOpt(QStringLiteral("type"), QStringLiteral("TYPE"), tr("Match these change types")),
          repeatOpt(QStringLiteral("priority"), QStringLiteral("P"), tr("Match these priorities")),
          repeatOpt(QStringLiteral("risk"), QStringLiteral("R"), tr("Match these risk levels")),
          repeatOpt(QStringLiteral("asset"), QStringLiteral("A"),
                    tr("Match changes touching any of these assets")),
          [] {
              OptionSpec o =
                  repeatOpt(QStringLiteral("step"), QStringLiteral("\"NAME;ROLE|USERS;COUNT|all\""),
                            tr("An approval step, in order"));
              o.required = true;
              return o;
          }(),
          valueOpt(QStringLiteral("position"), QStringLiteral("N"),
                   tr("Order among policies (lower first; default: last)"))},
         tr("Add an approval policy (admins)."),
         policyAdd},
        {{QStringLiteral("policy"), QStringLiteral("list")},
         {},
         {},
         tr("The approval policies, in matching order."),
         policyList},
        {{QStringLiteral("policy"), QStringLiteral("explain")},
         {changeArg()},
         {},
         tr("Dry run: which approval steps the change would get, and who could decide them."),
         policyExplain},
        {{QStringLiteral("policy"), QStringLiteral("enable")},
         {pos("NAME", "The policy's name")},
         {},
         tr("Make a policy active."),
         std::bind(policySetActive, _1, _2, true)},
        {{QStringLiteral("policy"), QStringLiteral("disable")},
         {pos("NAME", "The policy's name")},
         {},
         tr("Make a policy inactive."),
         std::bind(policySetActive, _1, _2, false)},
        {{QStringLiteral("template"), QStringLiteral("add")},
         {pos("NAME", "The template's name")},
         {requiredOpt(QStringLiteral("title"), QStringLiteral("T"),
                      tr("Title of the changes made from it")),
          valueOpt(QStringLiteral("description"), QStringLiteral("D"), tr("Description")),
          requiredOpt(QStringLiteral("implementation-plan"), QStringLiteral("TEXT"),
                      tr("The pre-approved runbook (numbered lines)")),
          requiredOpt(QStringLiteral("rollback-plan"), QStringLiteral("TEXT"),
                      tr("The rollback plan")),
          valueOpt(QStringLiteral("test-plan"), QStringLiteral("TEXT"), tr("The test plan")),
          repeatOpt(QStringLiteral("asset"), QStringLiteral("A"), tr("Affected asset")),
          valueOpt(QStringLiteral("priority"), QStringLiteral("P"), tr("Priority (default low)")),
          valueOpt(QStringLiteral("risk"), QStringLiteral("R"), tr("Risk level")),
          valueOpt(QStringLiteral("lead-time-hours"), QStringLiteral("N"),
                   tr("Minimum lead time (default 4)"))},
         tr("Add a pre-approved standard change template (admins)."),
         templateAdd},
        {{QStringLiteral("template"), QStringLiteral("list")},
         {},
         {},
         tr("The standard change catalogue."),
         templateList},
        {{QStringLiteral("template"), QStringLiteral("retire")},
         {pos("NAME", "The template's name")},
         {},
         tr("Retire a template (admins)."),
         std::bind(templateSetActive, _1, _2, false)},
        {{QStringLiteral("template"), QStringLiteral("activate")},
         {pos("NAME", "The template's name")},
         {},
         tr("Reactivate a template (admins)."),
         std::bind(templateSetActive, _1, _2, true)},
        {{QStringLiteral("risk"), QStringLiteral("questions")},
         {},
         {},
         tr("The workspace's risk questionnaire."),
         riskQuestions},
        {{QStringLiteral("risk"), QStringLiteral("show")},
         {changeArg()},
         {},
         tr("A change's answers, score, suggested level and risk conditions."),
         riskShow},
        {{QStringLiteral("risk"), QStringLiteral("answer")},
         {changeArg(), pos("QUESTION", "The question's key (see risk questions)"),
          pos("CHOICE", "The choice's number or label")},
         {},
         tr("Answer one question of a change's risk assessment."),
         riskAnswer},
        {{QStringLiteral("risk"), QStringLiteral("accept")},
         {changeArg()},
         {valueOpt(QStringLiteral("level"), QStringLiteral("LEVEL"),
                   tr("Choose this level instead of the suggestion")),
          valueOpt(QStringLiteral("reason"), QStringLiteral("R"),
                   tr("Why (required with a level other than the suggestion)"))},
         tr("Set the change's risk level to the suggestion, or override it with a reason."),
         riskAccept},
        {{QStringLiteral("risk"), QStringLiteral("question"), QStringLiteral("set")},
         {pos("KEY", "The question's key")},
         {requiredOpt(QStringLiteral("text"), QStringLiteral("T"), tr("The question")),
          valueOpt(QStringLiteral("weight"), QStringLiteral("1-10"), tr("Its weight (default 1)")),
          [] {
              OptionSpec o = repeatOpt(QStringLiteral("choice"), QStringLiteral("LABEL=SCORE"),
                                       tr("A choice, score 0 to 100"));
              o.required = true;
              return o;
          }()},
         tr("Add or replace a question of the workspace's questionnaire (admins)."),
         riskQuestionSet},
        {{QStringLiteral("risk"), QStringLiteral("question"), QStringLiteral("remove")},
         {pos("KEY", "The question's key")},
         {},
         tr("Remove a question from the questionnaire (admins)."),
         riskQuestionRemove},
        {{QStringLiteral("maintenance"), QStringLiteral("add")},
         {pos("ASSET", "The asset")},
         {requiredOpt(QStringLiteral("day"), QStringLiteral("mon..sun"),
                      tr("Weekday, in the time zone")),
          requiredOpt(QStringLiteral("start"), QStringLiteral("HH:MM"), tr("Local start time")),
          requiredOpt(QStringLiteral("duration"), QStringLiteral("MINUTES"),
                      tr("Length in minutes")),
          valueOpt(QStringLiteral("tz"), QStringLiteral("ZONE"),
                   tr("IANA time zone (default UTC)"))},
         tr("Add a weekly maintenance window to an asset (admins)."),
         maintenanceAdd},
        {{QStringLiteral("change"), QStringLiteral("next-slot")},
         {changeArg()},
         {valueOpt(QStringLiteral("after"), QStringLiteral("T"),
                   tr("Not before this time (default: now)")),
          valueOpt(QStringLiteral("horizon-days"), QStringLiteral("N"),
                   tr("How far ahead to look (default 90 days)"))},
         tr("The earliest window of the change's length without conflicts, after its lead time."),
         changeNextSlot},
        {{QStringLiteral("maintenance"), QStringLiteral("remove")},
         {pos("ID", "The window's id (maintenance list)")},
         {},
         tr("Remove a maintenance window (admins)."),
         maintenanceRemove},
        {{QStringLiteral("maintenance"), QStringLiteral("list")},
         {},
         {valueOpt(QStringLiteral("asset"), QStringLiteral("A"), tr("Only this asset"))},
         tr("The assets' maintenance windows."),
         maintenanceList},
    };
}

} // namespace vigilo::cli
