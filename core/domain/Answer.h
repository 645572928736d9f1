#pragma once
// "Can I, and if not why": an action a person may or may not take now. The core's write path
// refuses with exactly `refusal`; a widget shows the same answer (enabled, or disabled with the
// refusal's message as its tooltip), so the two cannot disagree.

#include "Error.h"

#include <QList>

#include <optional>

namespace vigilo {

template <typename A> struct Answer {
    A action;
    std::optional<Error> refusal; // unset: allowed now

    bool allowed() const { return !refusal.has_value(); }
    // The refusal's message, empty when allowed (a tooltip).
    QString reason() const { return refusal ? refusal->message : QString(); }
};

} // namespace vigilo
