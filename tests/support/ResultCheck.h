#pragma once
// Checks for the core's Result in tests: a Result is never dereferenced unchecked, so a test
// cannot read a default value out of an error and pass by accident.

#include "Error.h"

#include <QByteArray>
#include <QTest>

#include <utility>

namespace vigilo::test {

// "code: message" for QVERIFY2 messages.
QByteArray describe(const Error &e);
template <typename T> QByteArray describe(const Result<T> &r)
{
    return r.ok() ? QByteArray("ok") : describe(r.error());
}

// The value of `r`; when it holds an error, records a test failure that names the expression and
// the error, and returns a default value (the failure stands whatever the test does next).
template <typename T> T valueOk(Result<T> r, const char *expr, const char *file, int line)
{
    if (r.ok())
        return std::move(r).value();
    QTest::qFail(QByteArray(QByteArray(expr) + " failed: " + describe(r.error())).constData(), file,
                 line);
    return T{};
}

} // namespace vigilo::test

// Asserts a Result is ok, printing its error otherwise.
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &verifyOkResult_ = (expr);                                                      \
        QVERIFY2(verifyOkResult_.ok(), ::vigilo::test::describe(verifyOkResult_).constData());     \
    } while (false)

// Asserts a Result failed with `code`.
#define VERIFY_ERROR(expr, expectedCode)                                                           \
    do {                                                                                           \
        const auto &verifyErrResult_ = (expr);                                                     \
        QVERIFY2(!verifyErrResult_.ok(), "expected error " expectedCode ", got success");          \
        QCOMPARE(verifyErrResult_.error().code, QStringLiteral(expectedCode));                     \
        QVERIFY2(!verifyErrResult_.error().message.trimmed().isEmpty(),                            \
                 "error without a message");                                                       \
    } while (false)

// The value of a Result inside an expression (`VALUE_OK(core.changes().get(a, n)).status`): an
// error fails the test with the expression and the error instead of being dereferenced.
#define VALUE_OK(expr) ::vigilo::test::valueOk((expr), #expr, __FILE__, __LINE__)
