#pragma once
// What every command needs: the global options, the output, the opened store and core,
// and the signed-in actor. Also the value parsers shared by the commands.

#include "ArgParser.h"
#include "Output.h"

#include "Actor.h"
#include "Clock.h"
#include "Error.h"
#include "InputRules.h"
#include "Inputs.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace vigilo {
class Vigilo;
} // namespace vigilo

namespace vigilo::cli {

using StoreOpenMode = Store::OpenMode;

class CliContext final {
public:
    CliContext(const ParsedArgs &args, Output output);
    ~CliContext();

    const Output &out() const { return m_output; }
    QString dbLocation() const { return m_db; }
    QString workspaceSlug() const { return m_workspace; }
    QString user() const { return m_user; }

    // Opens the database. Only the commands that create by contract (init, demo) pass
    // CreateIfMissing; for every other one a missing, empty or foreign database is refused
    // (not_a_vigilo_database, exit 3) and nothing is written.
    Result<Store *> store(StoreOpenMode mode = StoreOpenMode::ExistingOnly);
    Result<Vigilo *> core(StoreOpenMode mode = StoreOpenMode::ExistingOnly);
    // The core plus the acting member of the selected workspace.
    Result<Actor> actor();

    // Helpers that return a usage error through `out()`.
    int usageError(const QString &message) const;
    // Where "now" comes from for this command (the same clock the core gets).
    const Clock &clock() const { return m_clock; }

private:
    QString m_db;
    QString m_workspace;
    QString m_user;
    QString m_usage;
    bool m_asGiven = false;
    Output m_output;
    SystemClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Vigilo> m_core;
};

// The first command-line argument (or VIGILO_* variable) that is not valid UTF-8: found in the
// raw bytes before Qt decodes them (which would silently turn a bad byte into U+FFFD).
struct ArgumentEncodingProblem {
    int index = 0; // 1 = the first argument after the program; 0: an environment variable
    QString name;  // the option the argument belongs to, or the variable's name
    QString text;  // the argument, decoded with replacement characters
    input::Utf8Problem at;
    Error error() const; // invalid_utf8, exit 2
};
std::optional<ArgumentEncodingProblem> findInvalidArgument(int argc, char *argv[]);

// Value parsers: each returns an Input error whose message names the expected format.
Result<QDateTime> parseTime(const QString &option, const QString &text);
Result<int> parseChange(const QString &text);
// The change-list filter options (--status --type --priority --risk --assignee --search --limit).
Result<ChangeFilter> changeFilterFrom(const ParsedArgs &args);
Result<int> parseInt(const QString &what, const QString &text, int min, int max);

template <typename T>
Result<T> parseEnum(const QString &option, const QString &text,
                    std::optional<T> (*parser)(const QString &), const QList<T> &all)
{
    if (const std::optional<T> v = parser(text))
        return *v;
    QStringList names;
    for (T t : all)
        names << toString(t);
    return Error::input(
        QCoreApplication::translate("vigilo-cli", "invalid %1 \"%2\": use one of %3")
            .arg(option, text, names.join(QStringLiteral(", "))),
        {{QStringLiteral("option"), option}, {QStringLiteral("value"), text}});
}

} // namespace vigilo::cli
