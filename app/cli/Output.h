#pragma once
// Everything the CLI prints: JSON documents, aligned tables, detail blocks and errors.

#include "Error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigilo::cli {

// Exit statuses of the command-line contract.
enum ExitStatus { ExitOk = 0, ExitRule = 1, ExitUsage = 2, ExitStorage = 3 };

class Output final {
public:
    explicit Output(bool json)
        : m_json(json)
    {}
    bool json() const { return m_json; }

    // A successful result: `object` in JSON mode, `human` otherwise.
    int print(const QJsonObject &object, const QString &human) const;
    // A refusal or failure: stderr always, plus the error document on stdout with --json.
    int fail(const Error &error, const QString &hint = {}) const;
    // Bad usage (parser errors): exit 2 with the right usage line.
    int usage(const QString &message, const QString &usageLine) const;

    static int exitStatusFor(const Error &error);
    static void writeOut(const QString &text);
    static void writeErr(const QString &text);

private:
    bool m_json;
};

// An aligned text table; the last column is not padded.
class Table final {
public:
    explicit Table(QStringList headers)
        : m_headers(std::move(headers))
    {}
    void addRow(QStringList cells) { m_rows << std::move(cells); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

// "2026-12-01T08:00:00Z", or "-" when unset.
QString formatTime(const QDateTime &t);
QString orDash(const QString &s);
// A labelled line for detail blocks: "  Label:      value".
QString field(const QString &label, const QString &value, int width = 18);
QString indentLines(const QString &text, int spaces);

} // namespace vigilo::cli
