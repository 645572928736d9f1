// Methods on impact analysis (issue 16): what a change affects through the asset relationships,
// and the exclusions people curate. The asset methods (asset.*) are in their own file.
#include "ApiUtil.h"

#include "Vigilo.h"

namespace vigilo::api {

namespace {

Result<QJsonValue> changeImpact(const Call &c)
{
    ImpactLimits limits;
    limits.maxDepth = int(c.args.integer(QStringLiteral("depth"), ImpactLimits::kDefaultDepth));
    limits.maxItems = int(c.args.integer(QStringLiteral("limit"), ImpactLimits::kDefaultItems));
    return one(QStringLiteral("impact"),
               c.core.impact().analyse(*c.actor, c.args.change(), limits));
}

Result<QJsonValue> impactExclude(const Call &c)
{
    return one(QStringLiteral("exclusion"),
               c.core.impact().exclude(*c.actor, c.args.change(),
                                       c.args.text(QStringLiteral("asset")),
                                       c.args.text(QStringLiteral("reason"))));
}

Result<QJsonValue> impactInclude(const Call &c)
{
    const QString asset = c.args.text(QStringLiteral("asset"));
    VIGILO_TRY(c.core.impact().include(*c.actor, c.args.change(), asset));
    return QJsonValue(QJsonObject{{QStringLiteral("included"), asset}});
}

} // namespace

QList<Method> impactMethods()
{
    return {
        {QStringLiteral("change.impact"),
         Scope::Workspace,
         QStringLiteral("The assets the change works on and everything affected through the "
                        "relationships, each with its path; the exclusions; whether the caller "
                        "may exclude."),
         {change(),
          integer(QStringLiteral("depth"), 1, 20,
                  QStringLiteral("Follow relationships up to N steps (default 6)")),
          integer(QStringLiteral("limit"), 1, 10000,
                  QStringLiteral("List at most N affected assets (default 100)"))},
         QStringLiteral("{impact: {number, touched, affected, omitted, depth_limited, more, "
                        "exclusions, critical_affected, may_exclude, exclude_refusal}}"),
         {},
         changeImpact},
        {QStringLiteral("impact.exclude"),
         Scope::Workspace,
         QStringLiteral("Mark an affected asset as not affected, with a reason (engineers and "
                        "up, while the change can be edited; audited)."),
         {change(), text(QStringLiteral("asset"), QStringLiteral("The affected asset"), true),
          text(QStringLiteral("reason"), QStringLiteral("Why it is not affected"), true)},
         QStringLiteral("{exclusion: {asset, reason, excluded_by, excluded_at}}"),
         {QStringLiteral("reason_required"), QStringLiteral("not_impacted"),
          QStringLiteral("already_excluded"), QStringLiteral("invalid_transition"),
          QStringLiteral("permission_denied")},
         impactExclude},
        {QStringLiteral("impact.include"),
         Scope::Workspace,
         QStringLiteral("Undo an exclusion: the asset counts in the change's impact again "
                        "(audited)."),
         {change(), text(QStringLiteral("asset"), QStringLiteral("The excluded asset"), true)},
         QStringLiteral("{included}"),
         {QStringLiteral("invalid_transition"), QStringLiteral("permission_denied")},
         impactInclude},
    };
}

} // namespace vigilo::api
