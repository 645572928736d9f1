#pragma once
// One audit event in words, for people: what happened ("Task done") and what changed, field by
// field ("Task: 2 “Install certificate”", "Status: In progress → Completed"), never raw JSON. The
// Activity tab and the evidence pack's history both show exactly this. Strings live in the
// translation context "EvidencePack" (the words auditors read, wherever they read them); a pack
// passes its own translator so a German pack is German whatever language the application runs in.

#include "Entities.h"

#include <QLocale>
#include <QStringList>

#include <functional>

namespace vigilo {

class AuditText final {
public:
    using Translate = std::function<QString(const char *context, const char *source,
                                            const char *disambiguation, int n)>;
    using TimeText = std::function<QString(const QDateTime &utc)>;
    using PersonText = std::function<QString(const QString &username)>;

    // The application's translators, ISO 8601 times in UTC, user names as they are.
    AuditText();
    AuditText(Translate translate, QLocale locale, TimeText time, PersonText person);

    // "Task done", "Change closed", "Certificate revoked": one line per event.
    QString summary(const AuditEvent &event) const;
    // What the event changed or recorded, one line per field, in a stable order. Values keep their
    // line breaks (a comment, a plan); identical old and new values are left out.
    QStringList details(const AuditEvent &event) const;

    // "Closure code", "Planned start" … for a field of the audit records (the field itself when
    // unknown).
    QString fieldLabel(const QString &field) const;
    // A value as people read it: a status by its label, a time by the time format, a list joined.
    QString valueText(const QString &field, const QJsonValue &value) const;

private:
    QString t(const char *source) const;
    Translate m_translate;
    QLocale m_locale;
    TimeText m_time;
    PersonText m_person;
};

} // namespace vigilo
