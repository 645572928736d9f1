#include "Catalogue.h"

#include <QLocale>
#include <QTranslator>

namespace vigilo {

bool loadVigiloCatalogue(QTranslator &translator, const QLocale &locale)
{
    const QString dir = QStringLiteral(":/i18n");
    if (locale.language() != QLocale::English && locale.language() != QLocale::C
        && translator.load(locale, QStringLiteral("vigilo"), QStringLiteral("_"), dir))
        return true;
    return translator.load(QStringLiteral("vigilo_en"), dir);
}

} // namespace vigilo
