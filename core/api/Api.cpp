#include "Api.h"

#include "Store.h"
#include "Tr.h"
#include "Vigilo.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace vigilo::api {

namespace {

constexpr qint64 kDefaultTextLength = 200000;

Error badParam(const QString &name, const QString &message)
{
    return Error::input(message, {{QStringLiteral("field"), name}});
}

bool validTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$)"));
    return re.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

std::optional<int> changeRef(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 1 && d <= 2147483647 && d == double(qint64(d)))
            return int(d);
        return std::nullopt;
    }
    if (v.isString())
        if (const auto n = parseChangeNumber(v.toString()); n && *n > 0)
            return n;
    return std::nullopt;
}

Status checkValue(const Param &p, const QJsonValue &v)
{
    const QString &n = p.name;
    const qint64 maxLength = p.maxLength > 0 ? p.maxLength : kDefaultTextLength;
    switch (p.type) {
    case Param::Type::Text:
        if (!v.isString())
            return badParam(n, CoreText::tr("The parameter \"%1\" must be a string.").arg(n));
        if (v.toString().size() > maxLength)
            return badParam(n, CoreText::tr("The parameter \"%1\" is too long (at most %2 "
                                            "characters).")
                                   .arg(n)
                                   .arg(maxLength));
        return {};
    case Param::Type::Integer: {
        const double d = v.toDouble(0.5);
        if (!v.isDouble() || d != double(qint64(d)) || qint64(d) < p.min || qint64(d) > p.max)
            return badParam(n, CoreText::tr("The parameter \"%1\" must be a whole number from %2 "
                                            "to %3.")
                                   .arg(n)
                                   .arg(p.min)
                                   .arg(p.max));
        return {};
    }
    case Param::Type::Boolean:
        if (!v.isBool())
            return badParam(n, CoreText::tr("The parameter \"%1\" must be true or false.").arg(n));
        return {};
    case Param::Type::Time:
        if (!v.isString() || !validTime(v.toString()))
            return badParam(n, CoreText::tr("The parameter \"%1\" must be a time in ISO 8601 with "
                                            "a zone, e.g. 2026-12-01T08:00:00Z.")
                                   .arg(n));
        return {};
    case Param::Type::Change:
        if (!changeRef(v))
            return badParam(n, CoreText::tr("The parameter \"%1\" must name a change: "
                                            "\"CHG-00012\" or 12.")
                                   .arg(n));
        return {};
    case Param::Type::Enum:
        if (!v.isString() || !p.values.contains(v.toString()))
            return badParam(n, CoreText::tr("The parameter \"%1\" must be one of %2.")
                                   .arg(n, p.values.join(QStringLiteral(", "))));
        return {};
    case Param::Type::TextList:
        if (!v.isArray())
            return badParam(n,
                            CoreText::tr("The parameter \"%1\" must be a list of strings.").arg(n));
        for (const QJsonValue &item : v.toArray())
            if (!item.isString() || item.toString().size() > maxLength)
                return badParam(
                    n, CoreText::tr("The parameter \"%1\" must be a list of strings.").arg(n));
        return {};
    case Param::Type::ChangeList:
        if (!v.isArray())
            return badParam(n,
                            CoreText::tr("The parameter \"%1\" must be a list of changes.").arg(n));
        for (const QJsonValue &item : v.toArray())
            if (!changeRef(item))
                return badParam(n, CoreText::tr("The parameter \"%1\" must be a list of changes "
                                                "(\"CHG-00012\" or 12).")
                                       .arg(n));
        return {};
    case Param::Type::ObjectList:
        if (!v.isArray())
            return badParam(n,
                            CoreText::tr("The parameter \"%1\" must be a list of objects.").arg(n));
        for (const QJsonValue &item : v.toArray())
            if (!item.isObject())
                return badParam(
                    n, CoreText::tr("The parameter \"%1\" must be a list of objects.").arg(n));
        return {};
    case Param::Type::Bytes: {
        if (!v.isString())
            return badParam(n, CoreText::tr("The parameter \"%1\" must be base64 text.").arg(n));
        const QByteArray raw = v.toString().toLatin1();
        if (raw.size() / 4 * 3 > p.maxLength + 3)
            return badParam(n, CoreText::tr("The parameter \"%1\" is too large (at most %2 "
                                            "bytes).")
                                   .arg(n)
                                   .arg(p.maxLength));
        const auto decoded =
            QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return badParam(n, CoreText::tr("The parameter \"%1\" must be base64 text.").arg(n));
        if (decoded.decoded.size() > p.maxLength)
            return badParam(n, CoreText::tr("The parameter \"%1\" is too large (at most %2 "
                                            "bytes).")
                                   .arg(n)
                                   .arg(p.maxLength));
        return {};
    }
    }
    return {};
}

Param make(const QString &name, Param::Type type, bool required, const QString &help)
{
    Param p;
    p.name = name;
    p.type = type;
    p.required = required;
    p.help = help;
    return p;
}

} // namespace

QString Param::typeName() const
{
    switch (type) {
    case Type::Text: return QStringLiteral("string");
    case Type::Integer: return QStringLiteral("integer %1..%2").arg(min).arg(max);
    case Type::Boolean: return QStringLiteral("boolean");
    case Type::Time: return QStringLiteral("time");
    case Type::Change: return QStringLiteral("CHG");
    case Type::Enum: return values.join(QLatin1Char('|'));
    case Type::TextList: return QStringLiteral("[string]");
    case Type::ChangeList: return QStringLiteral("[CHG]");
    case Type::ObjectList: return QStringLiteral("[object]");
    case Type::Bytes: return QStringLiteral("base64 (at most %1 bytes)").arg(maxLength);
    }
    return {};
}

Param text(const QString &name, const QString &help, bool required)
{
    return make(name, Param::Type::Text, required, help);
}
Param integer(const QString &name, qint64 min, qint64 max, const QString &help, bool required)
{
    Param p = make(name, Param::Type::Integer, required, help);
    p.min = min;
    p.max = max;
    return p;
}
Param boolean(const QString &name, const QString &help)
{
    return make(name, Param::Type::Boolean, false, help);
}
Param time(const QString &name, const QString &help, bool required)
{
    return make(name, Param::Type::Time, required, help);
}
Param change(const QString &name, const QString &help)
{
    return make(name, Param::Type::Change, true,
                help.isEmpty() ? QStringLiteral("The change: \"CHG-00012\" or 12") : help);
}
Param oneOf(const QString &name, const QStringList &values, const QString &help, bool required)
{
    Param p = make(name, Param::Type::Enum, required, help);
    p.values = values;
    return p;
}
Param textList(const QString &name, const QString &help)
{
    return make(name, Param::Type::TextList, false, help);
}
Param changeList(const QString &name, const QString &help)
{
    return make(name, Param::Type::ChangeList, false, help);
}
Param objectList(const QString &name, const QString &help, bool required)
{
    return make(name, Param::Type::ObjectList, required, help);
}
Param bytes(const QString &name, qint64 maxBytes, const QString &help, bool required)
{
    Param p = make(name, Param::Type::Bytes, required, help);
    p.maxLength = maxBytes;
    return p;
}

QString Args::text(const QString &name, const QString &fallback) const
{
    const QJsonValue v = m_params.value(name);
    return v.isString() ? v.toString() : fallback;
}

std::optional<QString> Args::optText(const QString &name) const
{
    if (!m_params.contains(name))
        return std::nullopt;
    return m_params.value(name).toString();
}

qint64 Args::integer(const QString &name, qint64 fallback) const
{
    const QJsonValue v = m_params.value(name);
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

bool Args::boolean(const QString &name, bool fallback) const
{
    const QJsonValue v = m_params.value(name);
    return v.isBool() ? v.toBool() : fallback;
}

QDateTime Args::time(const QString &name) const
{
    const QJsonValue v = m_params.value(name);
    if (!v.isString())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

int Args::change(const QString &name) const
{
    return changeRef(m_params.value(name)).value_or(0);
}

QStringList Args::textList(const QString &name) const
{
    QStringList out;
    for (const QJsonValue &v : m_params.value(name).toArray())
        out << v.toString();
    return out;
}

QList<int> Args::changeList(const QString &name) const
{
    QList<int> out;
    for (const QJsonValue &v : m_params.value(name).toArray())
        out << changeRef(v).value_or(0);
    return out;
}

QList<QJsonObject> Args::objectList(const QString &name) const
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : m_params.value(name).toArray())
        out << v.toObject();
    return out;
}

QByteArray Args::bytes(const QString &name) const
{
    return QByteArray::fromBase64(m_params.value(name).toString().toLatin1());
}

const QList<Method> &methods()
{
    static const QList<Method> all = workspaceMethods() + changeMethods() + planningMethods()
                                     + insightMethods() + webhookMethods() + approvalMethods()
                                     + cabMethods() + assetMethods() + impactMethods();
    return all;
}

const QList<Method> &serverMethods()
{
    static const QList<Method> all = hostMethods();
    return all;
}

const Method *find(const QString &name)
{
    for (const Method &m : methods())
        if (m.name == name)
            return &m;
    for (const Method &m : serverMethods())
        if (m.name == name)
            return &m;
    return nullptr;
}

Status validate(const Method &method, const QJsonObject &params)
{
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (method.scope == Scope::Workspace && it.key() == QLatin1String("workspace"))
            continue;
        const Param *declared = nullptr;
        for (const Param &p : method.params)
            if (p.name == it.key())
                declared = &p;
        if (!declared) {
            static const QStringList identity = {
                QStringLiteral("actor"), QStringLiteral("as"),     QStringLiteral("username"),
                QStringLiteral("user"),  QStringLiteral("member"), QStringLiteral("requester")};
            QString message = CoreText::tr("The method %1 has no parameter \"%2\".")
                                  .arg(method.name, it.key().left(80));
            if (identity.contains(it.key()))
                message += QLatin1Char(' ')
                           + CoreText::tr("Who acts is the signed-in member, never a field of "
                                          "the request.");
            return Error::input(message, {{QStringLiteral("field"), it.key().left(80)}},
                                QStringLiteral("unknown_parameter"));
        }
        if (it.value().isNull() && !declared->required)
            continue;
        VIGILO_TRY(checkValue(*declared, it.value()));
    }
    for (const Param &p : method.params)
        if (p.required && (!params.contains(p.name) || params.value(p.name).isNull()))
            return Error::input(
                CoreText::tr("The method %1 needs the parameter \"%2\".").arg(method.name, p.name),
                {{QStringLiteral("field"), p.name}}, QStringLiteral("missing_parameter"));
    return {};
}

Result<QJsonValue> dispatch(Vigilo &core, const QString &username, const QString &name,
                            const QJsonObject &params, Host *host)
{
    const Method *method = find(name);
    if (!method)
        return Error::input(CoreText::tr("There is no method \"%1\".").arg(name.left(80)),
                            {{QStringLiteral("method"), name.left(80)}},
                            QStringLiteral("unknown_method"));
    VIGILO_TRY(validate(*method, params));
    // Every request runs for its signed-in member and nobody else (PostgreSQL: row-level
    // security keyed to the binding; a public method runs with nobody bound).
    VIGILO_TRY(core.store().bindMember(username));
    const Args args(params);
    Call call{core, username, std::nullopt, args, host};
    if (method->scope != Scope::Public && username.isEmpty())
        return Error::rule(
            QStringLiteral("not_signed_in"),
            CoreText::tr("Sign in first: %1 acts for a signed-in user.").arg(method->name));
    if (method->scope == Scope::Workspace) {
        const QJsonValue ws = params.value(QStringLiteral("workspace"));
        if (!ws.isString() || ws.toString().isEmpty())
            return Error::input(
                CoreText::tr("No workspace given. Pass -w SLUG or set VIGILO_WORKSPACE."),
                {{QStringLiteral("field"), QStringLiteral("workspace")}},
                QStringLiteral("workspace_required"));
        auto actor = core.workspaces().signIn(ws.toString().left(80), username);
        if (!actor)
            return actor.error();
        call.actor = *actor;
    }
    return method->handler(call);
}

} // namespace vigilo::api
