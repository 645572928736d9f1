#pragma once
// Where "now" comes from: the system clock in the apps, a settable clock in tests and the demo.

#include <QDateTime>

namespace vigilo {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime now = QDateTime::currentDateTimeUtc())
        : m_now(now.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace vigilo
