#include "ArgParser.h"

#include <QCoreApplication>

namespace vigilo::cli {

namespace {

QString optionUsage(const OptionSpec &o)
{
    QString s = QStringLiteral("--") + o.name;
    if (o.takesValue())
        s += QLatin1Char(' ') + o.valueName;
    if (o.repeatable)
        s += QStringLiteral("...");
    return o.required || o.ruleRequired ? s : QLatin1Char('[') + s + QLatin1Char(']');
}
} // namespace

QString ParsedArgs::value(const QString &name, const QString &fallback) const
{
    const auto it = values.constFind(name);
    return it == values.cend() || it->isEmpty() ? fallback : it->constLast();
}

QString CommandSpec::usage() const
{
    QStringList parts = path;
    for (const PositionalSpec &p : positionals)
        parts << p.name;
    for (const OptionSpec &o : options)
        if (o.required || o.ruleRequired)
            parts << optionUsage(o);
    for (const OptionSpec &o : options)
        if (!o.required && !o.ruleRequired)
            parts << optionUsage(o);
    return parts.join(QLatin1Char(' '));
}

ArgParser::ArgParser(QList<OptionSpec> globals, QList<CommandSpec> commands)
    : m_globals(std::move(globals))
    , m_commands(std::move(commands))
{}

const CommandSpec *ArgParser::findCommand(const QStringList &words, int *consumed) const
{
    // Exact match wins; *consumed reports whether `words` is a prefix of some command.
    *consumed = 0;
    for (const CommandSpec &c : m_commands) {
        if (c.path == words)
            return &c;
        if (c.path.size() > words.size() && c.path.mid(0, words.size()) == words)
            *consumed = 1;
    }
    return nullptr;
}

const OptionSpec *ArgParser::findOption(const CommandSpec *command, const QString &longName,
                                        QChar shortName) const
{
    auto matches = [&](const OptionSpec &o) {
        return longName.isEmpty() ? (!o.shortName.isNull() && o.shortName == shortName)
                                  : o.name == longName;
    };
    for (const OptionSpec &o : m_globals)
        if (matches(o))
            return &o;
    if (command)
        for (const OptionSpec &o : command->options)
            if (matches(o))
                return &o;
    return nullptr;
}

bool ArgParser::isKnownOption(const CommandSpec *command, const QString &arg) const
{
    // "--title --type x" is a forgotten value, not the title "--type".
    if (arg == QStringLiteral("--help") || arg == QStringLiteral("--version"))
        return true;
    if (arg.startsWith(QStringLiteral("--")))
        return findOption(command, arg.mid(2).section(QLatin1Char('='), 0, 0), QChar()) != nullptr;
    return arg.size() == 2 && arg.at(0) == QLatin1Char('-')
           && findOption(command, QString(), arg.at(1));
}

bool ArgParser::parse(const QStringList &args, ParsedArgs &out, ParseError &error) const
{
    out = ParsedArgs{};
    QStringList words;
    bool optionsEnded = false;
    auto fail = [&](const QString &message) {
        error.message = message;
        error.command = out.command;
        return false;
    };

    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool looksLikeOption =
            !optionsEnded && arg.size() > 1 && arg.startsWith(QLatin1Char('-'));
        if (!optionsEnded && arg == QStringLiteral("--")) {
            optionsEnded = true;
            continue;
        }
        if (looksLikeOption) {
            if (arg == QStringLiteral("--help") || arg == QStringLiteral("-h")) {
                out.help = true;
                continue;
            }
            if (arg == QStringLiteral("--version")) {
                out.version = true;
                continue;
            }
            QString name;
            QChar shortName;
            std::optional<QString> inlineValue;
            if (arg.startsWith(QStringLiteral("--"))) {
                name = arg.mid(2);
                const int eq = name.indexOf(QLatin1Char('='));
                if (eq >= 0) {
                    inlineValue = name.mid(eq + 1);
                    name.truncate(eq);
                }
            } else if (arg.size() == 2) {
                shortName = arg.at(1);
            } else {
                return fail(
                    QCoreApplication::translate("vigilo-cli", "unknown option %1").arg(arg));
            }
            const OptionSpec *opt = findOption(out.command, name, shortName);
            if (!opt) {
                if (!out.command && !words.isEmpty())
                    return fail(QCoreApplication::translate("vigilo-cli", "unknown command \"%1\"")
                                    .arg(words.join(QLatin1Char(' '))));
                return fail(
                    out.command
                        ? QCoreApplication::translate("vigilo-cli", "unknown option %1 for \"%2\"")
                              .arg(arg, out.command->path.join(QLatin1Char(' ')))
                        : QCoreApplication::translate(
                              "vigilo-cli",
                              "unknown option %1 (command options go after the command)")
                              .arg(arg));
            }
            QString value;
            if (opt->takesValue()) {
                if (inlineValue) {
                    value = *inlineValue;
                } else if (i + 1 < args.size() && !isKnownOption(out.command, args.at(i + 1))) {
                    value = args.at(++i);
                } else {
                    return fail(
                        QCoreApplication::translate("vigilo-cli", "option --%1 needs a value (%2)")
                            .arg(opt->name, opt->valueName));
                }
            } else if (inlineValue) {
                return fail(QCoreApplication::translate("vigilo-cli", "option --%1 takes no value")
                                .arg(opt->name));
            }
            QStringList &slot = out.values[opt->name];
            if (!slot.isEmpty() && !opt->repeatable)
                return fail(
                    QCoreApplication::translate("vigilo-cli", "option --%1 given more than once")
                        .arg(opt->name));
            slot << value;
            continue;
        }
        if (!out.command) {
            words << arg;
            int isPrefix = 0;
            out.command = findCommand(words, &isPrefix);
            if (!out.command && !isPrefix && !out.help)
                return fail(QCoreApplication::translate("vigilo-cli", "unknown command \"%1\"")
                                .arg(words.join(QLatin1Char(' '))));
            continue;
        }
        out.positionals << arg;
    }

    if (out.help || out.version)
        return true;
    if (!out.command) {
        if (words.isEmpty())
            return fail(QCoreApplication::translate("vigilo-cli", "no command given"));
        QStringList subs;
        for (const CommandSpec &c : m_commands)
            if (c.path.size() > words.size() && c.path.mid(0, words.size()) == words)
                subs << c.path.at(words.size());
        return fail(QCoreApplication::translate("vigilo-cli", "\"%1\" needs a command: %2")
                        .arg(words.join(QLatin1Char(' ')), subs.join(QStringLiteral(", "))));
    }
    const CommandSpec &c = *out.command;
    if (out.positionals.size() < c.positionals.size())
        return fail(QCoreApplication::translate("vigilo-cli", "missing %1")
                        .arg(c.positionals.at(out.positionals.size()).name));
    // A last positional named "X..." takes the rest (change approve-many CHG...).
    const bool variadic =
        !c.positionals.isEmpty() && c.positionals.last().name.endsWith(QLatin1String("..."));
    if (out.positionals.size() > c.positionals.size() && !variadic)
        return fail(
            QCoreApplication::translate(
                "vigilo-cli", "unexpected argument \"%1\" (quote text that contains spaces)")
                .arg(out.positionals.at(c.positionals.size())));
    for (const OptionSpec &o : c.options)
        if (o.required && !out.has(o.name))
            return fail(QCoreApplication::translate("vigilo-cli", "missing required option --%1")
                            .arg(o.name));
    return true;
}

QString ArgParser::helpText() const
{
    QString text = QCoreApplication::translate(
        "vigilo-cli", "Usage: vigilo-cli [global options] COMMAND [arguments]\n\n"
                      "Vigilo change management from the command line.\n\n"
                      "Global options:\n");
    auto line = [](const QString &left, const QString &right) -> QString {
        return QStringLiteral("  ") + left.leftJustified(32) + QLatin1Char(' ') + right
               + QLatin1Char('\n');
    };
    for (const OptionSpec &o : m_globals) {
        QString left = o.shortName.isNull()
                           ? QString()
                           : QStringLiteral("-") + o.shortName + QStringLiteral(", ");
        left += QStringLiteral("--") + o.name;
        if (o.takesValue())
            left += QLatin1Char(' ') + o.valueName;
        text += line(left, o.help);
    }
    text += line(QStringLiteral("-h, --help"),
                 QCoreApplication::translate("vigilo-cli", "Show this help, or a command's help"));
    text += line(QStringLiteral("--version"),
                 QCoreApplication::translate("vigilo-cli", "Show the version"));
    text += QLatin1Char('\n') + QCoreApplication::translate("vigilo-cli", "Commands:\n");
    for (const CommandSpec &c : m_commands)
        text += QStringLiteral("  ") + c.usage() + QLatin1Char('\n');
    text +=
        QLatin1Char('\n')
        + QCoreApplication::translate(
            "vigilo-cli",
            "Changes are named CHG-00012 or 12. Times are ISO 8601 with a zone, e.g.\n"
            "2026-12-01T08:00:00Z or 2026-12-01T09:00:00+01:00; output times are UTC.\n\n"
            "With --json, stdout carries one JSON object: a single record under its\n"
            "singular name ({\"change\": {...}}), a list under the plural name\n"
            "({\"changes\": [...]}), a failure as {\"error\": {\"code\", \"message\", "
            "\"details\"}}.\n"
            "\"change show\" adds \"approval_steps\", \"tasks\" and \"available_actions\" beside\n"
            "\"change\"; field names are the seed's (status, change_type, planned_start...).\n\n"
            "Exit status: 0 done, 1 refused by a rule, 2 bad usage or invalid input,\n"
            "3 storage or connection failure.\n\n"
            "Run \"vigilo-cli COMMAND --help\" for a command's options.\n");
    return text;
}

QString ArgParser::commandHelp(const CommandSpec &c) const
{
    QString text = QCoreApplication::translate("vigilo-cli", "Usage: vigilo-cli %1").arg(c.usage())
                   + QStringLiteral("\n\n") + c.summary + QLatin1Char('\n');
    if (!c.positionals.isEmpty() || !c.options.isEmpty())
        text += QLatin1Char('\n');
    for (const PositionalSpec &p : c.positionals)
        text += QStringLiteral("  ") + p.name.leftJustified(32) + QLatin1Char(' ') + p.help
                + QLatin1Char('\n');
    for (const OptionSpec &o : c.options) {
        QString left = QStringLiteral("--") + o.name;
        if (o.takesValue())
            left += QLatin1Char(' ') + o.valueName;
        QString help = o.help;
        if (o.repeatable)
            help += QLatin1Char(' ') + QCoreApplication::translate("vigilo-cli", "(repeatable)");
        if (o.required || o.ruleRequired)
            help += QLatin1Char(' ') + QCoreApplication::translate("vigilo-cli", "(required)");
        text += QStringLiteral("  ") + left.leftJustified(32) + QLatin1Char(' ') + help
                + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
            + QCoreApplication::translate(
                "vigilo-cli", "Global options (--db, -w, --as, --json) are accepted too; see "
                              "\"vigilo-cli --help\".")
            + QLatin1Char('\n');
    return text;
}

} // namespace vigilo::cli
