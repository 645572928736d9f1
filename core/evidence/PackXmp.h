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

// After QPdfWriter has finished: the Info dictionary's /CreationDate and /ModDate must equal the
// XMP dates (PDF/A). The XMP carries the core's injected clock, QPdfWriter its own "now": write
// the XMP time over the Info dates, in their UTC offset (same length, same offsets).
void alignPdfDates(QByteArray &pdf);

// The Vigilo stamp from the XMP packet; false when the file carries none.
bool readStampFrom(const QByteArray &bytes, PackStamp *stamp);

} // namespace vigilo::pack
