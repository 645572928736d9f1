#include "Output.h"

#include "InputRules.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace vigilo::cli {

namespace {

// Everything printed goes through here: control characters in it (from rows written by an
// older build, by SQL or by another program) are shown escaped, never sent to the terminal.
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = input::visible(text, input::Lines::Multi).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void Output::writeOut(const QString &text)
{
    write(stdout, text);
}
void Output::writeErr(const QString &text)
{
    write(stderr, text);
}

int Output::print(const QJsonObject &object, const QString &human) const
{
    if (m_json) {
        write(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else if (!human.isEmpty()) {
        write(stdout, human.endsWith(QLatin1Char('\n')) ? human : human + QLatin1Char('\n'));
    }
    return ExitOk;
}

int Output::exitStatusFor(const Error &error)
{
    // Error::kind() knows the core's codes; these are the CLI's own.
    static const QStringList usageCodes{QStringLiteral("usage"),
                                        QStringLiteral("user_required"),
                                        QStringLiteral("workspace_required"),
                                        QStringLiteral("file_not_found"),
                                        QStringLiteral("file_unreadable"),
                                        QStringLiteral("attachment_too_large"),
                                        QStringLiteral("not_available")};
    if (usageCodes.contains(error.code))
        return ExitUsage;
    switch (error.kind()) {
    case ErrorKind::Rule: return ExitRule;
    case ErrorKind::Input: return ExitUsage;
    case ErrorKind::Storage: return ExitStorage;
    }
    return ExitStorage;
}

int Output::fail(const Error &error, const QString &hint) const
{
    QString message = error.message.isEmpty()
                          ? QCoreApplication::translate("vigilo-cli", "unknown error")
                          : error.message;
    QString text =
        QStringLiteral("vigilo-cli: ")
        + QCoreApplication::translate("vigilo-cli", "error [%1]: %2").arg(error.code, message)
        + QLatin1Char('\n');
    // Blockers and conflicts are part of the answer: show them to people too.
    for (auto it = error.details.begin(); it != error.details.end(); ++it) {
        if (!it.value().isArray())
            continue;
        for (const QJsonValue &v : it.value().toArray()) {
            if (!v.isObject())
                continue;
            const QJsonObject o = v.toObject();
            QStringList parts;
            for (auto f = o.begin(); f != o.end(); ++f)
                if (!f.value().isObject() && !f.value().isArray())
                    parts << f.key() + QLatin1Char('=') + f.value().toVariant().toString();
            text += QStringLiteral("  - ") + parts.join(QStringLiteral(", ")) + QLatin1Char('\n');
        }
    }
    if (!hint.isEmpty())
        text += QStringLiteral("vigilo-cli: ") + hint + QLatin1Char('\n');
    write(stderr, text);
    if (m_json) {
        QJsonObject err = error.toJson();
        if (!err.contains(QStringLiteral("details")))
            err.insert(QStringLiteral("details"), QJsonObject());
        write(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), err}})
                                            .toJson(QJsonDocument::Indented)));
    }
    return exitStatusFor(error);
}

int Output::usage(const QString &message, const QString &usageLine) const
{
    QJsonObject details;
    if (!usageLine.isEmpty())
        details.insert(QStringLiteral("usage"), usageLine);
    QString text = QStringLiteral("vigilo-cli: ") + message + QLatin1Char('\n');
    if (!usageLine.isEmpty())
        text += QCoreApplication::translate("vigilo-cli", "Usage: vigilo-cli %1").arg(usageLine)
                + QLatin1Char('\n');
    text += QCoreApplication::translate("vigilo-cli", "Run \"vigilo-cli --help\" for all commands.")
            + QLatin1Char('\n');
    write(stderr, text);
    if (m_json) {
        const QJsonObject err{{QStringLiteral("code"), QStringLiteral("usage")},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("details"), details}};
        write(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), err}})
                                            .toJson(QJsonDocument::Indented)));
    }
    return ExitUsage;
}

QString Table::render() const
{
    // One row per line: a line break or tab inside a cell is shown escaped.
    QList<QStringList> rows;
    rows.reserve(m_rows.size());
    for (const QStringList &row : m_rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << input::visible(cell, input::Lines::Single);
        rows << cells;
    }
    QList<int> widths;
    for (const QString &h : m_headers)
        widths << h.size();
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    auto renderRow = [&](const QStringList &row) -> QString {
        QString line;
        for (int i = 0; i < m_headers.size(); ++i) {
            const QString cell = row.value(i);
            line += i + 1 < m_headers.size() ? cell.leftJustified(widths[i] + 2) : cell;
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line + QLatin1Char('\n');
    };
    QString out = renderRow(m_headers);
    for (const QStringList &row : rows)
        out += renderRow(row);
    return out;
}

QString formatTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                       : QStringLiteral("-");
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString field(const QString &label, const QString &value, int width)
{
    return QStringLiteral("  ") + QString(label + QLatin1Char(':')).leftJustified(width)
           + QLatin1Char(' ') + orDash(value) + QLatin1Char('\n');
}

QString indentLines(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    for (QString &l : lines)
        l = pad + l;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace vigilo::cli
