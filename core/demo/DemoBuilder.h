#pragma once
// A realistic demo workspace `demo`, deterministic per seed (and anchor day): members of every
// role, assets, freeze windows, and changes in every status with tasks, approvals, comments and
// their history, all made through the core's own rules.

#include "Error.h"

#include <QDate>
#include <QString>

namespace vigilo {

class Store;

struct DemoOptions {
    int changes = 60;
    // Issue 16: generated assets on top of the hand-made inventory, with about five
    // relationships each (DemoInventory.h); 0: the hand-made inventory only.
    int assets = 0;
    quint32 seed = 42;
    QDate anchor;       // "today" for the demo; invalid: the current UTC date
    QString extraOwner; // the invoking user, made an owner so they can use the workspace
    // Service calls join the demo's transaction without savepoints of their own (fast). false:
    // each call in its own savepoint, as a caller outside the demo would run it (tests compare
    // the two: the same rows, the same audit chain).
    bool bulk = true;
};

struct DemoReport {
    QString slug;
    int changes = 0;
    int members = 0;
    int assets = 0;
    int relations = 0;
    qint64 auditEvents = 0;
};

class DemoBuilder final {
public:
    static Result<DemoReport> build(Store &store, const DemoOptions &options);
};

} // namespace vigilo
