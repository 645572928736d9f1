#include "PackText.h"

#include <QTimeZone>
#include <QTranslator>

#include "Catalogue.h"

namespace vigilo {

PackText::PackText(const QString &locale)
    : m_locale(QString(locale).replace(QLatin1Char('-'), QLatin1Char('_')))
    , m_translator(std::make_unique<QTranslator>())
{
    m_loaded = loadVigiloCatalogue(*m_translator, m_locale);
    m_timeFormat = m_locale.timeFormat(QLocale::ShortFormat);
}

PackText::~PackText() = default;

bool PackText::isValidLocale(const QString &locale)
{
    const QString name = QString(locale).replace(QLatin1Char('-'), QLatin1Char('_')).trimmed();
    if (name.isEmpty())
        return false;
    const QLocale l(name);
    return l.language() != QLocale::C && l.language() != QLocale::AnyLanguage;
}

QString PackText::translate(const char *context, const char *source, const char *comment,
                            int n) const
{
    QString out;
    if (m_loaded)
        out = m_translator->translate(context, source, comment, n);
    if (out.isEmpty())
        out = QString::fromUtf8(source);
    if (n >= 0) {
        // The plural form comes from the catalogue, English included (vigilo_en.ts).
        out.replace(QLatin1String("%n"), m_locale.toString(n));
    }
    return out;
}

QString PackText::t(const char *source, const char *comment, int n) const
{
    return translate("EvidencePack", source, comment, n);
}

QString PackText::core(const char *source, const char *comment) const
{
    return translate("Vigilo", source, comment, -1);
}

QString PackText::coreOr(const QString &text) const
{
    if (!m_loaded || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    const QString t = m_translator->translate("Vigilo", utf8.constData());
    return t.isEmpty() ? text : t;
}

QString PackText::dateTime(const QDateTime &t) const
{
    if (!t.isValid())
        return QStringLiteral("–");
    // ISO 8601: 12/3/2026 means the 3rd of December to some readers and the 12th of March to
    // others; 2026-03-12 means one thing to everyone.
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString PackText::longDateTime(const QDateTime &t) const
{
    if (!t.isValid())
        return QStringLiteral("–");
    const QDateTime u = t.toUTC();
    return m_locale.toString(u.date(), QLocale::LongFormat) + QStringLiteral(", ")
           + m_locale.toString(u.time(), m_timeFormat);
}

QString PackText::dataSize(qint64 bytes) const
{
    return m_locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace vigilo
