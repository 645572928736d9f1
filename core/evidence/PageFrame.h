#pragma once
// What evidence packs and CAB minutes share: the checks before an export (locale, signing key,
// certificate validity), the PDF/A-1b A4 writer with its XMP, the page frame painted around each
// page of a Flow (a header over a rule; a footer with "Page X of Y" and the evidence digest), and
// the signature that embeds the evidence JSON.

#include "Actor.h"
#include "Certificates.h"
#include "Error.h"
#include "PackLayout.h"
#include "PackXmp.h"
#include "PdfSignature.h"

#include <QColor>
#include <QDateTime>
#include <QSizeF>

#include <functional>

class QPdfWriter;

namespace vigilo {
class Clock;
class PackText;
} // namespace vigilo

namespace vigilo::pack {

// A4 with the packs' margins, in device units at `dpi`.
struct PageGeometry {
    explicit PageGeometry(qreal dpi);
    qreal mm(qreal v) const { return v * dpi / 25.4; }
    qreal dpi;
    QSizeF page;
    qreal left, right, top, bottom;
    QSizeF body;
};

// The texts and inks of the header and footer.
struct PageFrame {
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
    QString digest; // printed after "Evidence SHA-256:" on every page
    QColor accent;
    QColor muted;
    QColor rule;
    QColor pageNumberInk;
    qreal letterSpacing = 0; // of the header's and footer's small type
};

// Paints every page of `flow`: the header, the page's share of the flow, the footer. Returns the
// number of pages.
Result<int> paintFramed(QPdfWriter &writer, const Flow &flow, const PageGeometry &geometry,
                        const PageFrame &frame, const PackText &text);

// A PDF/A-1b A4 document at 300 dpi with `xmp`, painted by `paint` (which returns its page
// count), with the Info dates aligned to the XMP.
Result<QByteArray> writePdf(const XmpInfo &xmp,
                            const std::function<Result<int>(QPdfWriter &)> &paint,
                            int *pageCount = nullptr);

// What an export may go on with: the locale to print in (the options', else the workspace's)
// and the time it is signed at (whole seconds), once the locale, the signer and its
// certificate's validity are checked.
struct ExportCheck {
    QString locale;
    QDateTime now;
    CertificateInfo cert; // the signer's
};
Result<ExportCheck> checkExport(const Actor &actor, const PackExport &options, const Clock &clock);

// Signs `pdf` with `signer`, embedding `file` (its time: `now`) as the associated evidence.
Result<QByteArray> signWithEvidence(const QByteArray &pdf, EmbeddedFile file,
                                    const PackSigner &signer, const QString &reason,
                                    const QDateTime &now);

} // namespace vigilo::pack
