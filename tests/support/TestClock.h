#pragma once
// The suites' clock shared with a test-only vigilo-server (vigilo-server-testclock): the suite's
// TestClock writes its "now" to a file whenever it is set or moved, and that server's FileClock
// reads the file on every now(). The shipped vigilo-server has no such code: it is built without
// VIGILO_TEST_CLOCK and never includes this header.

#include "Clock.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace vigilo::test {

// The environment variable naming the clock file of vigilo-server-testclock.
inline constexpr char kTestClockFileVariable[] = "VIGILO_TEST_CLOCK_FILE";

// A ManualClock that also writes its time to a file when given one (the server backend).
class TestClock final : public Clock {
public:
    explicit TestClock(const QDateTime &now)
        : m_now(now.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now)
    {
        m_now = now.toUTC();
        publish();
    }
    void advanceSecs(qint64 secs) { setNow(m_now.addSecs(secs)); }
    // From now on every change goes to `path` too (written at once); false if it cannot be.
    bool shareWith(const QString &path)
    {
        m_file = path;
        return publish();
    }
    QString sharedFile() const { return m_file; }

private:
    bool publish() const
    {
        if (m_file.isEmpty())
            return true;
        // Atomically replaced: the server never reads half a time.
        QSaveFile f(m_file);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(m_now.toString(Qt::ISODateWithMs).toUtf8());
        return f.commit();
    }

    QDateTime m_now;
    QString m_file;
};

// The clock of vigilo-server-testclock: the time in the file named by VIGILO_TEST_CLOCK_FILE,
// read on every call; the system's time while there is no such file or it holds no time.
class FileClock final : public Clock {
public:
    FileClock()
        : m_file(qEnvironmentVariable(kTestClockFileVariable))
    {}
    QDateTime now() const override
    {
        QFile f(m_file);
        if (!m_file.isEmpty() && f.open(QIODevice::ReadOnly)) {
            const QDateTime t =
                QDateTime::fromString(QString::fromUtf8(f.readAll()).trimmed(), Qt::ISODateWithMs);
            if (t.isValid())
                return t.toUTC();
        }
        return QDateTime::currentDateTimeUtc();
    }

private:
    QString m_file;
};

} // namespace vigilo::test
