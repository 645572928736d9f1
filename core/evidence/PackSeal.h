#pragma once
// The pack's XMP metadata (PDF/A-1b identification, title, author, subject, keywords and
// Vigilo's own stamp) and its integrity seal: a SHA-256 of the file's bytes written into a
// fixed-size placeholder of the uncompressed XMP after the PDF is complete.

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
    PackStamp stamp; // seal: left as the placeholder
};

QByteArray xmpPacket(const XmpInfo &info);

// After QPdfWriter has finished, on the PDF's bytes in memory (the file is written once, whole,
// afterwards): aligns the XMP dates with the Info dictionary's /CreationDate, then computes and
// writes the seal. Returns the seal (hex).
Result<QString> sealBytes(QByteArray &bytes);

// The seal the bytes should carry (the placeholder zeroed) and the one they carry.
struct SealCheck {
    bool found = false;
    QString recorded;
    QString computed;
};
SealCheck checkSeal(const QByteArray &bytes);

// The Vigilo stamp from the XMP packet; found == false when the file carries none.
bool readStampFrom(const QByteArray &bytes, PackStamp *stamp);

} // namespace vigilo::pack
