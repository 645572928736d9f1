#pragma once
// The language of one evidence pack: an export-local translator and locale, so a German
// workspace gets a German pack whatever language the application itself runs in.

#include "Domain.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace vigilo {

class PackText final {
public:
    // `locale`: "de_DE", "de", "en_US", ... Loads :/i18n/vigilo_<lang>.qm when there is one.
    explicit PackText(const QString &locale);
    ~PackText();
    PackText(const PackText &) = delete;
    PackText &operator=(const PackText &) = delete;

    // Whether `locale` names a real locale ("C" and unknown names do not).
    static bool isValidLocale(const QString &locale);

    // Pack strings (context "EvidencePack", marked with QT_TRANSLATE_NOOP at the call site).
    // With n >= 0, "%n" becomes n in the pack's number format and plural forms apply.
    QString t(const char *source, const char *comment = nullptr, int n = -1) const;
    // The core's strings (context "Vigilo"): domain labels, default risk questions.
    QString core(const char *source, const char *comment = nullptr) const;
    // Stored text that may be the English source of a core string (a default risk question):
    // its translation when the catalogue knows it, else the text itself.
    QString coreOr(const QString &text) const;
    template <typename E> QString label(E v) const
    {
        const LabelSource s = labelSource(v);
        return core(s.source, s.comment);
    }

    QLocale locale() const { return m_locale; }
    QString localeName() const { return m_locale.name(); }
    bool hasCatalogue() const { return m_loaded; }

    // Any string of the catalogue, by context (AuditText's translator for the pack's history).
    QString translate(const char *context, const char *source, const char *comment, int n) const;

    // Times are printed in UTC (the pack says so), never in an ambiguous numeric form: ISO 8601 in
    // tables, the pack language's long form where there is room.
    QString dateTime(const QDateTime &t) const;     // "2026-03-05 10:00"
    QString longDateTime(const QDateTime &t) const; // "Donnerstag, 5. März 2026, 10:00"
    QString number(qint64 n) const { return m_locale.toString(n); }
    QString dataSize(qint64 bytes) const;

private:
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
    bool m_loaded = false;
    QString m_timeFormat;
};

} // namespace vigilo
