#pragma once
// The one API of Vigilo: a table of methods (change.open, change.apply, task.start, ...), each
// with its declared parameters, the result it returns and a handler that calls the core as the
// acting member. vigilo-server dispatches JSON-RPC requests through this table with the
// session's member; LocalClient dispatches through the same table in process, so a method
// cannot drift between the two. docs/protocol.md lists the table (tst_api compares them).

#include "Actor.h"
#include "AuditLog.h"
#include "Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace vigilo {
class Vigilo;
}

namespace vigilo::api {

// What a method needs before it runs.
enum class Scope {
    Public,    // nothing (the handshake, signing in)
    Account,   // a signed-in user (create a workspace, list yours)
    Workspace, // the signed-in user as a member of params.workspace
};

// One declared parameter. The dispatcher checks every request against the declaration before
// the handler runs: unknown fields, missing required ones, wrong types and values outside the
// allowed set are refused with invalid_input naming the field (JSON-RPC -32602).
struct Param {
    enum class Type {
        Text,
        Integer,
        Boolean,
        Time,
        Change,
        Enum,
        TextList,
        ChangeList,
        ObjectList,
        Bytes
    };
    QString name;
    Type type = Type::Text;
    bool required = false;
    QString help;
    QStringList values; // Enum: the allowed wire names
    qint64 min = 0;     // Integer
    qint64 max = 0;
    qint64 maxLength = 0;     // Text and Bytes (decoded bytes); 0: the default text limit
    QString typeName() const; // "string", "integer", "CHG", "low|medium|high", ...
};

// Parameter declarations, read like a sentence: text("title").required().help("...").
Param text(const QString &name, const QString &help, bool required = false);
Param integer(const QString &name, qint64 min, qint64 max, const QString &help,
              bool required = false);
Param boolean(const QString &name, const QString &help);
Param time(const QString &name, const QString &help, bool required = false);
Param change(const QString &name = QStringLiteral("number"), const QString &help = {});
Param oneOf(const QString &name, const QStringList &values, const QString &help,
            bool required = false);
Param textList(const QString &name, const QString &help);
Param changeList(const QString &name, const QString &help);
// A list of objects whose fields the handler reads (policy steps, risk choices).
Param objectList(const QString &name, const QString &help, bool required = false);
Param bytes(const QString &name, qint64 maxBytes, const QString &help, bool required = false);

// The validated parameters of one call. Getters return the declared type; a field sent as
// JSON null is present (has() is true) and reads as empty, which clears where that means
// something (a planned window, an assignee).
class Args {
public:
    explicit Args(QJsonObject params)
        : m_params(std::move(params))
    {}
    bool has(const QString &name) const { return m_params.contains(name); }
    bool isNull(const QString &name) const { return m_params.value(name).isNull(); }
    QString text(const QString &name, const QString &fallback = {}) const;
    std::optional<QString> optText(const QString &name) const;
    qint64 integer(const QString &name, qint64 fallback = 0) const;
    bool boolean(const QString &name, bool fallback = false) const;
    QDateTime time(const QString &name) const; // invalid when absent or null
    int change(const QString &name = QStringLiteral("number")) const;
    QStringList textList(const QString &name) const;
    QList<int> changeList(const QString &name) const;
    QList<QJsonObject> objectList(const QString &name) const;
    QByteArray bytes(const QString &name) const; // base64 on the wire
    const QJsonObject &json() const { return m_params; }

private:
    QJsonObject m_params;
};

// What the host of the table adds: vigilo-server issues enrollment codes, and decides whether
// the demo may be built. In process there is no host.
class Host {
public:
    virtual ~Host() = default;
    // After `member.add`: what the result gains (the server: a one-time enrollment code for a
    // member who has no password yet).
    virtual Result<QJsonObject> memberAdded(const Actor &actor, const Member &member) = 0;
    virtual bool allowsDemo() const = 0;
    // Inside `member.revoke_sessions` and `member.deactivate`, once the core has allowed it:
    // ends every session of the member's account and says how many (the server: its sessions).
    virtual Result<int> revokeSessions(const Actor &actor, const Member &member) = 0;
    // After `audit.verify`: the host's own checks (the server: the history against the anchors
    // it signed). Problems go into `v`; `extra` is added to the result.
    virtual Status auditVerified(const Actor &actor, AuditVerification &v, QJsonObject &extra)
    {
        Q_UNUSED(actor)
        Q_UNUSED(v)
        Q_UNUSED(extra)
        return {};
    }
};

struct Call {
    Vigilo &core;
    QString username;           // the acting user (the session's, or --as on SQLite)
    std::optional<Actor> actor; // Scope::Workspace: the member in params.workspace
    const Args &args;
    Host *host = nullptr;
};

using Handler = std::function<Result<QJsonValue>(const Call &)>;

struct Method {
    QString name;
    Scope scope = Scope::Workspace;
    QString summary;
    QList<Param> params; // besides `workspace` for Scope::Workspace
    QString result;      // what the result object holds, for the document
    QStringList errors;  // the rule codes it may refuse with, besides the common ones
    Handler handler;
    bool answeredByHost = false; // vigilo-server answers it; in process: server_only
};

// Every method of the table, by group.
const QList<Method> &methods();
// The methods the server answers itself (ApiHost.cpp).
const QList<Method> &serverMethods();
// A method of either list.
const Method *find(const QString &name);
// The method reference of docs/protocol.md (between its "methods" markers), in Markdown.
QString methodReference();

// Checks `params` against the method's declaration (workspace excluded).
Status validate(const Method &method, const QJsonObject &params);

// Runs `name` for `username`: validates the parameters, resolves the acting member of
// params.workspace for workspace methods, and calls the handler.
Result<QJsonValue> dispatch(Vigilo &core, const QString &username, const QString &name,
                            const QJsonObject &params, Host *host = nullptr);

// Method groups (ApiChanges.cpp, ApiWorkspace.cpp, ...).
QList<Method> workspaceMethods();
QList<Method> changeMethods();
QList<Method> planningMethods();
QList<Method> insightMethods();
QList<Method> webhookMethods();
QList<Method> approvalMethods(); // delegation, approval settings, bulk approval, saved filters
// change.list's personal views (ApiChanges.cpp): the parameters, and the listing by them.
QList<Param> changeViewParams();
Result<QJsonValue> listChanges(const Call &c, const Args &a);
QList<Method> hostMethods();
QList<Method> cabMethods();
QList<Method> assetMethods();  // ApiAssets.cpp: the inventory and its relationships
QList<Method> impactMethods(); // change.impact, impact.exclude, impact.include

} // namespace vigilo::api
