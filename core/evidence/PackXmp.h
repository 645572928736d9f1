#pragma once
// The pack's XMP metadata: PDF/A-3b identification (the pack carries its evidence JSON as an
// associated file, which PDF/A-3 allows), title, author, subject, keywords and Vigilo's own stamp
// (workspace, change, audit seq, locale, evidence digest), described by a PDF/A extension schema.

#include "EvidencePack.h"

#include <QByteArray>
#include <QDateTime>

namespace vigilo::pack {

struct XmpInfo {
    QString title;
    QString author;
    QString subject;
    QStringList keywords;
    QString language; // "de-DE"
    QString creatorTool;
    QString producer; // must equal the Info dictionary's /Producer (PDF/A)
    QDateTime created;
    PackStamp stamp;
};

QByteArray xmpPacket(const XmpInfo &info);

// After QPdfWriter has finished: the XMP dates must equal the Info dictionary's /CreationDate
// (PDF/A); QPdfWriter takes its own "now" a moment after the XMP was made, so align them here
// (same length, same offsets).
void alignXmpDates(QByteArray &pdf);

// The Vigilo stamp from the XMP packet; false when the file carries none.
bool readStampFrom(const QByteArray &bytes, PackStamp *stamp);

} // namespace vigilo::pack
