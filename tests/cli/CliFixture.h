#pragma once
// Shared set-up for the CLI suites: a sandbox database with workspace `ops` made through the CLI
// itself, and windows relative to the real clock (the binary uses the system clock).

#include "CliRunner.h"
#include "RawSql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace vigilo::test {

// Command-line arguments from literals: args({"change", "show", "1"}).
inline QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

inline QString isoIn(qint64 secsFromNow)
{
    // Whole minutes, so the text round-trips exactly.
    QDateTime t = QDateTime::currentDateTimeUtc().addSecs(secsFromNow);
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    return t.toString(Qt::ISODate);
}

// Members of workspace `ops`: olga (owner), adam (admin), anna and alex (approvers),
// erik and emma (engineers), vera (viewer). Assets: web (service), db (database).
inline bool setUpOps(const CliSandbox &box, QByteArray *why)
{
    const QList<std::pair<QString, QStringList>> steps = {
        {QStringLiteral("olga"), {QStringLiteral("init")}},
        {QStringLiteral("olga"),
         {QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("ops"),
          QStringLiteral("--name"), QStringLiteral("Operations")}},
        {QStringLiteral("olga"),
         {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("adam"),
          QStringLiteral("--role"), QStringLiteral("admin")}},
        {QStringLiteral("olga"),
         {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("anna"),
          QStringLiteral("--role"), QStringLiteral("approver")}},
        {QStringLiteral("olga"),
         {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("alex"),
          QStringLiteral("--role"), QStringLiteral("approver")}},
        {QStringLiteral("olga"),
         {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("erik"),
          QStringLiteral("--role"), QStringLiteral("engineer")}},
        {QStringLiteral("olga"),
         {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("emma"),
          QStringLiteral("--role"), QStringLiteral("engineer")}},
        {QStringLiteral("olga"),
         {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("vera"),
          QStringLiteral("--role"), QStringLiteral("viewer")}},
        {QStringLiteral("adam"),
         {QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("web"),
          QStringLiteral("--kind"), QStringLiteral("service")}},
        {QStringLiteral("adam"),
         {QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("db"),
          QStringLiteral("--kind"), QStringLiteral("database")}},
    };
    for (const auto &[user, args] : steps) {
        const CliResult r = box.run(user, args);
        if (r.exitCode != 0) {
            *why = r.describe();
            return false;
        }
    }
    return true;
}

// `change create` arguments for a valid normal change on `web`, three days ahead.
inline QStringList validCreate(const QString &title = QStringLiteral("Rotate TLS certificate"))
{
    return {QStringLiteral("change"),
            QStringLiteral("create"),
            QStringLiteral("--title"),
            title,
            QStringLiteral("--asset"),
            QStringLiteral("web"),
            QStringLiteral("--start"),
            isoIn(3 * 86400),
            QStringLiteral("--end"),
            isoIn(3 * 86400 + 7200),
            QStringLiteral("--implementation-plan"),
            QStringLiteral("1. Drain node A\n2. Install certificate\n3. Restore traffic"),
            QStringLiteral("--rollback-plan"),
            QStringLiteral("Reinstall the old certificate")};
}

// The change's JSON as `change show --json` prints it.
inline QJsonObject showChange(const CliSandbox &box, const QString &number)
{
    const CliResult r = box.runJson(QStringLiteral("vera"),
                                    {QStringLiteral("change"), QStringLiteral("show"), number});
    return r.json().object().value(QStringLiteral("change")).toObject();
}

inline QString statusOf(const CliSandbox &box, const QString &number)
{
    return showChange(box, number).value(QStringLiteral("status")).toString();
}

} // namespace vigilo::test

// Runs a CLI command and checks its exit status, printing the whole exchange otherwise.
// (The result is bound once: a command must not run twice.)
#define CLI_EXPECT(result, code)                                                                   \
    do {                                                                                           \
        const ::vigilo::test::CliResult &cliRes_ = (result);                                       \
        QVERIFY2(cliRes_.exitCode == (code), cliRes_.describe().constData());                      \
    } while (false)

// A failed command with --json: exit status, error code, a message, details, and stderr text.
#define CLI_EXPECT_ERROR(result, exit, errorCode)                                                  \
    do {                                                                                           \
        const ::vigilo::test::CliResult &cliErr_ = (result);                                       \
        CLI_EXPECT(cliErr_, exit);                                                                 \
        QVERIFY2(cliErr_.json().isObject(), cliErr_.describe().constData());                       \
        const QJsonObject e_ = cliErr_.error();                                                    \
        QVERIFY2(e_.value(QStringLiteral("code")).toString() == QLatin1String(errorCode),          \
                 cliErr_.describe().constData());                                                  \
        QVERIFY2(!e_.value(QStringLiteral("message")).toString().isEmpty(),                        \
                 cliErr_.describe().constData());                                                  \
        QVERIFY2(e_.value(QStringLiteral("details")).isObject(), cliErr_.describe().constData());  \
        QVERIFY2(!cliErr_.err.trimmed().isEmpty(), "nothing on stderr");                           \
    } while (false)
