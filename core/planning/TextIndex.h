#pragma once
// The words of a title that Suggest similar compares: lower-case, letters and digits, 3+ chars.

#include <QSet>
#include <QString>

namespace vigilo {

class Store;

QSet<QString> titleWords(const QString &title);

} // namespace vigilo
