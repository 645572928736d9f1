#include "ServerSubstitutes.h"

#include "Clock.h"
#include "Delegations.h"
#include "Dialect.h"
#include "Schema.h"
#include "SqlUtil.h"
#include "Store.h"
#include "Vigilo.h"
#include "WorkspaceService.h"

#include <cstdio>

namespace vigilo::server {

ServerSubstitutes::ServerSubstitutes(Vigilo &core, int intervalSecs, QObject *parent)
    : QObject(parent)
    , m_core(core)
{
    m_timer.setInterval(intervalSecs * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)sweep(); });
}

void ServerSubstitutes::start()
{
    (void)sweep();
    m_timer.start();
}

int ServerSubstitutes::sweep()
{
    // Acting for nobody, the server's login sees no workspace (schema 14): the owner's function
    // names the delegations with steps to look at and the absent member to act for.
    Store &store = m_core.store();
    (void)store.bindMember(QString());
    const QVariant now = Dialect::toDb(m_core.clock().now());
    const bool rls = store.dialect().isPostgres() && store.schemaVersion() >= 14;
    auto due = sql::run(store,
                        rls ? QStringLiteral("SELECT ws, slug, delegation, member FROM "
                                             "vigilo_substitutes_due(?)")
                            : substitutesDueQuery({}, QStringLiteral("?")),
                        rls ? QVariantList{now} : QVariantList{now, now});
    if (!due) {
        std::fprintf(stderr, "vigilo-server: substitutes: %s\n", qPrintable(due.error().message));
        return 0;
    }
    struct Due {
        qint64 workspaceId;
        QString slug;
        qint64 delegationId;
        QString member;
    };
    QList<Due> list;
    while (due->next())
        list << Due{due->value(0).toLongLong(), due->value(1).toString(),
                    due->value(2).toLongLong(), due->value(3).toString()};
    due->finish();
    int told = 0;
    for (const Due &d : std::as_const(list)) {
        if (!store.bindMember(d.member).ok())
            continue;
        auto actor = m_core.workspaces().signIn(d.slug, d.member);
        if (!actor)
            continue;
        // A large backlog in batches, each its own short write.
        for (;;) {
            auto swept = m_core.delegations().tellSubstitutes(*actor, d.delegationId);
            if (!swept) {
                std::fprintf(stderr, "vigilo-server: substitutes: %s\n",
                             qPrintable(swept.error().message));
                break;
            }
            told += swept->told;
            if (!swept->more)
                break;
        }
    }
    (void)store.bindMember(QString());
    return told;
}

} // namespace vigilo::server
