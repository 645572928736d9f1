#pragma once
// The signed, self-contained pack: after QPdfWriter has written the pages, ONE incremental update
// adds the evidence JSON as a PDF/A-3 associated file (/AF, /AFRelationship /Source, the
// /EmbeddedFiles name tree) and an invisible signature field, and the signature (CMS detached,
// adbe.pkcs7.detached) covers every byte of the file but its own /Contents. Embedding and signing
// in one update means nothing can be added to the file after signing without breaking the
// signature's coverage.

#include "Certificates.h"
#include "Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace vigilo {
class PackSigner;
}

namespace vigilo::pdf {
class Reader;
}

namespace vigilo::pack {

struct EmbeddedFile {
    QString name;        // "evidence.json"
    QString description; // shown by PDF readers
    QString mimeType;    // "application/json"
    QByteArray data;
    QDateTime modified;
};

struct SignatureInfo {
    QString signerName; // /Name
    QString reason;     // /Reason
    QDateTime time;     // /M
};

Result<QByteArray> signPdf(const QByteArray &pdf, const EmbeddedFile &file,
                           const PackSigner &signer, const SignatureInfo &info);

// What the file's one signature says about the file.
struct SignatureCheck {
    bool found = false;
    int signatures = 0;       // signature fields with a value
    bool rangesValid = false; // /ByteRange starts at 0 and skips exactly the /Contents string
    bool coversWholeFile = false;
    qint64 fileBytes = 0;
    qint64 signedEnd = 0; // where the signed bytes end
    QString subFilter;
    CmsCheck cms;
    bool ok() const { return found && signatures == 1 && rangesValid && coversWholeFile && cms.ok; }
};
SignatureCheck checkSignature(const pdf::Reader &reader);

// The document-level associated file called `name`: its bytes, or an error saying what is missing.
Result<QByteArray> associatedFile(const pdf::Reader &reader, const QString &name);

} // namespace vigilo::pack
