#pragma once
// A small table-driven parser for `vigilo-cli [global options] GROUP [COMMAND] [args]`:
// each command declares its positionals and options; globals are accepted anywhere.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace vigilo::cli {

class CliContext;

struct OptionSpec {
    QString name;      // long name without dashes, e.g. "closure-code"
    QChar shortName;   // optional, e.g. 'w'
    QString valueName; // empty: a flag; otherwise the option takes a value
    bool repeatable = false;
    bool required = false;     // the parser refuses the command without it
    bool ruleRequired = false; // shown as required, but the core refuses with its own rule code
    QString help;
    bool takesValue() const { return !valueName.isEmpty(); }
};

struct PositionalSpec {
    QString name; // "CHG", "SEQ", "TEXT"
    QString help;
};

struct ParsedArgs;
using CommandHandler = std::function<int(CliContext &, const ParsedArgs &)>;

struct CommandSpec {
    QStringList path;                  // {"change", "create"} or {"init"}
    QList<PositionalSpec> positionals; // all required
    QList<OptionSpec> options;
    QString summary;
    CommandHandler handler;
    QString usage() const; // "change reject CHG --reason R"
};

struct ParsedArgs {
    const CommandSpec *command = nullptr;
    QStringList positionals;
    QHash<QString, QStringList> values; // option name -> values (a flag holds one empty string)
    bool help = false;
    bool version = false;

    bool has(const QString &name) const { return values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList all(const QString &name) const { return values.value(name); }
    QString positional(int i) const { return positionals.value(i); }
};

struct ParseError {
    QString message;
    const CommandSpec *command = nullptr; // for the usage line, when known
};

class ArgParser final {
public:
    ArgParser(QList<OptionSpec> globals, QList<CommandSpec> commands);

    // Fills `out` or returns false with `error` set.
    bool parse(const QStringList &args, ParsedArgs &out, ParseError &error) const;

    const QList<OptionSpec> &globals() const { return m_globals; }
    const QList<CommandSpec> &commands() const { return m_commands; }
    QString helpText() const;
    QString commandHelp(const CommandSpec &command) const;

private:
    const CommandSpec *findCommand(const QStringList &words, int *consumed) const;
    bool isKnownOption(const CommandSpec *command, const QString &arg) const;
    const OptionSpec *findOption(const CommandSpec *command, const QString &longName,
                                 QChar shortName) const;

    QList<OptionSpec> m_globals;
    QList<CommandSpec> m_commands;
};

} // namespace vigilo::cli
