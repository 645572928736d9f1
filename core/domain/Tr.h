#pragma once
// Translation context for the core's messages: CoreText::tr("...") is found by lupdate.

#include <QCoreApplication>

namespace vigilo {
struct CoreText {
    Q_DECLARE_TR_FUNCTIONS(Vigilo)
};
} // namespace vigilo
