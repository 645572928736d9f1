#include "TextIndex.h"

#include <QRegularExpression>

namespace vigilo {

QSet<QString> titleWords(const QString &title)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    static const QSet<QString> stop = {QStringLiteral("the"),  QStringLiteral("and"),
                                       QStringLiteral("for"),  QStringLiteral("with"),
                                       QStringLiteral("from"), QStringLiteral("into"),
                                       QStringLiteral("der"),  QStringLiteral("die"),
                                       QStringLiteral("das"),  QStringLiteral("und")};
    QSet<QString> out;
    for (const QString &w : title.toLower().split(split, Qt::SkipEmptyParts))
        if (w.size() >= 3 && !stop.contains(w))
            out.insert(w.left(40));
    return out;
}

} // namespace vigilo
