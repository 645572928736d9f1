#include "CliContext.h"

#include "Client.h"
#include "LocalTransport.h"
#include "Store.h"
#include "Vigilo.h"
#include "WorkspaceService.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace vigilo::cli {

namespace {

CliContext::RemoteFactory &remoteFactory()
{
    static CliContext::RemoteFactory factory;
    return factory;
}
} // namespace

QString CliContext::user() const
{
    if (onServer())
        return m_client ? m_client->transport().username() : QString();
    return m_user;
}

bool CliContext::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("vigilo://"))
           || location.startsWith(QLatin1String("vigilo+insecure://"));
}

void CliContext::setRemoteFactory(RemoteFactory factory)
{
    remoteFactory() = std::move(factory);
}

CliContext::CliContext(const ParsedArgs &args, Output output)
    : m_args(args)
    , m_output(output)
{
    m_db = args.value(QStringLiteral("db"), qEnvironmentVariable("VIGILO_DB"));
    if (m_db.isEmpty())
        m_db = Store::defaultLocation();
    m_workspace = args.value(QStringLiteral("workspace"), qEnvironmentVariable("VIGILO_WORKSPACE"));
    m_user = args.value(QStringLiteral("as"), qEnvironmentVariable("VIGILO_USER"));
    if (m_user.isEmpty())
        m_user = qEnvironmentVariable("USER");
    if (m_user.isEmpty())
        m_user = qEnvironmentVariable("USERNAME");
    m_asGiven = args.has(QStringLiteral("as"));
    if (onServer())
        m_user.clear(); // the server says who is signed in
    if (args.command)
        m_usage = args.command->usage();
}

CliContext::~CliContext()
{
    m_client.reset();
    m_core.reset();
    m_store.reset();
}

Result<client::Client *> CliContext::client(StoreOpenMode mode)
{
    if (m_client)
        return m_client.get();
    std::unique_ptr<client::Transport> transport;
    if (onServer()) {
        if (m_asGiven)
            return Error::input(
                QCoreApplication::translate(
                    "vigilo-cli", "--as works on a database file only: on a server you act as "
                                  "the account you signed in with (vigilo-cli login USER)"),
                {{QStringLiteral("option"), QStringLiteral("as")}}, QStringLiteral("usage"));
        if (!remoteFactory())
            return Error::storage(
                QCoreApplication::translate("vigilo-cli",
                                            "this program cannot reach a server; run "
                                            "vigilo-cli (it hands servers to vigilo-cli-net)"),
                {}, QStringLiteral("helper_missing"));
        auto remote = remoteFactory()(*this);
        if (!remote)
            return remote.error();
        transport = std::move(remote).value();
    } else {
        auto s = store(mode);
        if (!s)
            return s.error();
        transport = std::make_unique<client::LocalTransport>(**s, m_user, &m_clock);
    }
    m_client = std::make_unique<client::Client>(std::move(transport), m_workspace);
    return m_client.get();
}

Result<client::Client *> CliContext::workspaceClient()
{
    if (m_user.isEmpty() && !onServer())
        return Error::input(QCoreApplication::translate(
                                "vigilo-cli", "no acting user: pass --as USER or set VIGILO_USER"),
                            {}, QStringLiteral("user_required"));
    auto c = client();
    if (!c)
        return c.error();
    VIGILO_TRY(checkWorkspace());
    return c;
}

Status CliContext::checkWorkspace()
{
    if (!m_workspace.isEmpty())
        return {};
    QString known;
    if (auto list = m_client->workspaces(); list.ok()) {
        QStringList slugs;
        for (const Workspace &w : list.value())
            slugs << w.slug;
        if (!slugs.isEmpty())
            known = QLatin1Char(' ')
                    + QCoreApplication::translate("vigilo-cli", "(your workspaces: %1)")
                          .arg(slugs.join(QStringLiteral(", ")));
    } else if (list.error().kind() == ErrorKind::Storage) {
        return list.error();
    }
    return Error::input(
        QCoreApplication::translate("vigilo-cli",
                                    "no workspace selected: pass -w SLUG or set VIGILO_WORKSPACE")
            + known,
        {}, QStringLiteral("workspace_required"));
}

Result<Store *> CliContext::store(StoreOpenMode mode)
{
    if (m_store)
        return m_store.get();
    if (onServer())
        return Error::input(QCoreApplication::translate(
                                "vigilo-cli", "this command works on a database, not on a "
                                              "server: pass --db FILE or --db postgresql://..."),
                            {{QStringLiteral("location"), m_db}}, QStringLiteral("usage"));
    auto opened = Store::open(m_db, mode);
    if (!opened.ok())
        return opened.error();
    // PostgreSQL: the connection is the server's role (or the schema owner's), as on a team
    // server; members have no login of their own. Who acts is --as / VIGILO_USER, as on a file.
    m_store = std::move(opened).value();
    return m_store.get();
}

Result<Vigilo *> CliContext::core(StoreOpenMode mode)
{
    if (m_core)
        return m_core.get();
    auto s = store(mode);
    if (!s.ok())
        return s.error();
    m_core = std::make_unique<Vigilo>(**s, m_clock);
    return m_core.get();
}

Result<Actor> CliContext::actor()
{
    auto c = workspaceClient();
    if (!c.ok())
        return c.error();
    auto core = this->core();
    if (!core.ok())
        return core.error();
    return (*core)->workspaces().signIn(m_workspace, m_user);
}

int CliContext::usageError(const QString &message) const
{
    return m_output.usage(message, m_usage);
}

std::optional<ArgumentEncodingProblem> findInvalidArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (const auto bad = input::firstInvalidUtf8(arg)) {
            ArgumentEncodingProblem p;
            p.index = i;
            const QByteArrayView previous(argv[i - 1]);
            if (i > 1 && previous.startsWith("-") && !arg.startsWith("-"))
                p.name = QString::fromUtf8(previous);
            p.text = QString::fromUtf8(arg);
            p.at = *bad;
            return p;
        }
    }
    for (const char *name : {"VIGILO_DB", "VIGILO_WORKSPACE", "VIGILO_USER"}) {
        const QByteArray value = qgetenv(name);
        if (const auto bad = input::firstInvalidUtf8(value)) {
            ArgumentEncodingProblem p;
            p.name = QString::fromLatin1(name);
            p.text = QString::fromUtf8(value);
            p.at = *bad;
            return p;
        }
    }
    return std::nullopt;
}

Error ArgumentEncodingProblem::error() const
{
    const QString byte = QStringLiteral("0x%1").arg(uint(at.byte), 2, 16, QLatin1Char('0'));
    QString what;
    if (index == 0)
        what = QCoreApplication::translate("vigilo-cli", "the environment variable %1").arg(name);
    else if (!name.isEmpty())
        what = QCoreApplication::translate("vigilo-cli", "the value of %1 (argument %2)")
                   .arg(name)
                   .arg(index);
    else
        what = QCoreApplication::translate("vigilo-cli", "argument %1").arg(index);
    return Error::input(QCoreApplication::translate(
                            "vigilo-cli",
                            "%1 is not valid UTF-8: byte %2 at byte offset %3 (\"%4\"). Vigilo "
                            "reads arguments as UTF-8: convert the text, e.g. with iconv -f "
                            "latin1 -t utf-8.")
                            .arg(what, byte)
                            .arg(at.offset)
                            .arg(input::visible(text.left(80), input::Lines::Single)),
                        {{QStringLiteral("argument"), index},
                         {QStringLiteral("field"), name},
                         {QStringLiteral("offset"), qint64(at.offset)},
                         {QStringLiteral("byte"), byte}},
                        QStringLiteral("invalid_utf8"));
}

Result<QDateTime> parseTime(const QString &option, const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$)"));
    const QString t = text.trimmed();
    QDateTime dt;
    if (re.match(t).hasMatch())
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return Error::input(
            QCoreApplication::translate(
                "vigilo-cli", "invalid time for --%1: \"%2\"; expected ISO 8601 with a zone, e.g. "
                              "2026-12-01T08:00:00Z or 2026-12-01T09:00:00+01:00")
                .arg(option, text),
            {{QStringLiteral("option"), option},
             {QStringLiteral("value"), text},
             {QStringLiteral("expected"), QStringLiteral("2026-12-01T08:00:00Z")}});
    return dt.toUTC();
}

Result<int> parseChange(const QString &text)
{
    if (const std::optional<int> n = parseChangeNumber(text); n && *n > 0)
        return *n;
    return Error::input(
        QCoreApplication::translate("vigilo-cli",
                                    "invalid change \"%1\": expected a number like CHG-00012 or 12")
            .arg(text),
        {{QStringLiteral("value"), text}});
}

Result<int> parseInt(const QString &what, const QString &text, int min, int max)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return Error::input(
            QCoreApplication::translate("vigilo-cli",
                                        "invalid %1 \"%2\": expected a whole number from %3 to %4")
                .arg(what, text)
                .arg(min)
                .arg(max),
            {{QStringLiteral("value"), text}});
    return v;
}

} // namespace vigilo::cli

namespace vigilo::cli {

Result<ChangeFilter> changeFilterFrom(const ParsedArgs &a)
{
    ChangeFilter f;
    if (a.has(QStringLiteral("status"))) {
        auto v =
            parseEnum<ChangeStatus>(QStringLiteral("status"), a.value(QStringLiteral("status")),
                                    &parseChangeStatus, allChangeStatuses());
        if (!v.ok())
            return v.error();
        f.status = *v;
    }
    if (a.has(QStringLiteral("type"))) {
        auto v = parseEnum<ChangeType>(QStringLiteral("type"), a.value(QStringLiteral("type")),
                                       &parseChangeType, allChangeTypes());
        if (!v.ok())
            return v.error();
        f.changeType = *v;
    }
    if (a.has(QStringLiteral("priority"))) {
        auto v =
            parseEnum<Priority>(QStringLiteral("priority"), a.value(QStringLiteral("priority")),
                                &parsePriority, allPriorities());
        if (!v.ok())
            return v.error();
        f.priority = *v;
    }
    if (a.has(QStringLiteral("risk"))) {
        auto v = parseEnum<RiskLevel>(QStringLiteral("risk"), a.value(QStringLiteral("risk")),
                                      &parseRiskLevel, allRiskLevels());
        if (!v.ok())
            return v.error();
        f.riskLevel = *v;
    }
    if (a.has(QStringLiteral("limit"))) {
        auto v = parseInt(QStringLiteral("--limit"), a.value(QStringLiteral("limit")), 1, 1000000);
        if (!v.ok())
            return v.error();
        f.limit = *v;
    }
    f.assignee = a.value(QStringLiteral("assignee"));
    f.search = a.value(QStringLiteral("search"));
    return f;
}

} // namespace vigilo::cli
