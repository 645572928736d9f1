#include "PackFonts.h"

#include <QFile>
#include <QFontDatabase>

#include <mutex>

namespace vigilo::pack {

bool loadBundledFonts()
{
    static std::once_flag once;
    static bool loaded = false;
    std::call_once(once, [] {
        loaded = true;
        for (const char *name : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"}) {
            QFile f(QStringLiteral(":/vigilo/fonts/") + QLatin1String(name));
            loaded = loaded && f.open(QIODevice::ReadOnly)
                     && QFontDatabase::addApplicationFontFromData(f.readAll()) >= 0;
        }
    });
    return loaded;
}

QFont sansFont(qreal pointSize)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString monoFamily()
{
    return QStringLiteral("DejaVu Sans Mono");
}

QFont monoFont(qreal pointSize)
{
    QFont f(monoFamily());
    f.setPointSizeF(pointSize);
    f.setFixedPitch(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace vigilo::pack
