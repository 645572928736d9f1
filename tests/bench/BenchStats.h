#pragma once
// Summary statistics of repeated timings, shared by the benchmark programs (they print tables;
// nothing here asserts anything about time).

#include <QList>

#include <algorithm>

namespace vigilo::bench {

struct Stats {
    double median = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
};

inline Stats stats(QList<double> ms)
{
    Stats s;
    if (ms.isEmpty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.median = ms[ms.size() / 2];
    s.p95 = ms[qMin<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95))];
    s.p99 = ms[qMin<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99))];
    s.max = ms.last();
    return s;
}

} // namespace vigilo::bench
