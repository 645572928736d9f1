#include "PageFrame.h"

#include "Certificates.h"
#include "Clock.h"
#include "PackFonts.h"
#include "PackText.h"
#include "SigningKey.h"
#include "Tr.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace vigilo::pack {

PageGeometry::PageGeometry(qreal dotsPerInch)
    : dpi(dotsPerInch)
    , page(mm(210), mm(297))
    , left(mm(18))
    , right(mm(18))
    , top(mm(24))
    , bottom(mm(26))
    , body(page.width() - left - right, page.height() - top - bottom)
{}

Result<int> paintFramed(QPdfWriter &writer, const Flow &flow, const PageGeometry &g,
                        const PageFrame &frame, const PackText &text)
{
    const int pages = flow.pageCount();
    QPainter p;
    if (!p.begin(&writer))
        return Error::storage(
            text.t(QT_TRANSLATE_NOOP("EvidencePack", "Cannot write the PDF file.")), {},
            QStringLiteral("file_unwritable"));
    QFont small = sansFont(7);
    if (frame.letterSpacing != 0)
        small.setLetterSpacing(QFont::AbsoluteSpacing, frame.letterSpacing);
    QFont smallBold = small;
    smallBold.setBold(true);
    const QFont mono = monoFont(6.5);
    const QString digestLabel = text.t(QT_TRANSLATE_NOOP("EvidencePack", "Evidence SHA-256:"));
    const qreal lineH = g.mm(3.6);
    const qreal width = g.body.width();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        // Header: one text left, one right, a rule under both.
        const qreal headerBase = g.mm(15);
        p.setPen(frame.accent);
        p.setFont(smallBold);
        p.drawText(QRectF(g.left, headerBase - lineH, width / 2, lineH),
                   Qt::AlignLeft | Qt::AlignBottom, frame.headerLeft);
        p.drawText(QRectF(g.left + width / 2, headerBase - lineH, width / 2, lineH),
                   Qt::AlignRight | Qt::AlignBottom, frame.headerRight);
        p.setPen(QPen(frame.accent, g.mm(0.3)));
        p.drawLine(QPointF(g.left, headerBase + g.mm(1.5)),
                   QPointF(g.page.width() - g.right, headerBase + g.mm(1.5)));

        // Body: this page's share of the flow.
        flow.paintPage(p, i, QPointF(g.left, g.top));

        // Footer: rule, the document's line, page X of Y, and the evidence digest.
        const qreal footerTop = g.page.height() - g.bottom + g.mm(8);
        p.setPen(QPen(frame.rule, g.mm(0.25)));
        p.drawLine(QPointF(g.left, footerTop), QPointF(g.page.width() - g.right, footerTop));
        p.setPen(frame.muted);
        p.setFont(small);
        p.drawText(QRectF(g.left, footerTop + g.mm(1.5), width * 0.7, lineH),
                   Qt::AlignLeft | Qt::AlignVCenter, frame.footerLeft);
        p.setPen(frame.pageNumberInk);
        p.setFont(smallBold);
        p.drawText(QRectF(g.left + width * 0.7, footerTop + g.mm(1.5), width * 0.3, lineH),
                   Qt::AlignRight | Qt::AlignVCenter,
                   text.t(QT_TRANSLATE_NOOP("EvidencePack", "Page %1 of %2"))
                       .arg(text.number(i + 1), text.number(pages)));
        p.setPen(frame.muted);
        p.setFont(small);
        const qreal digestY = footerTop + g.mm(1.5) + lineH;
        const qreal labelW = p.fontMetrics().horizontalAdvance(digestLabel) + g.mm(1.5);
        p.drawText(QRectF(g.left, digestY, labelW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   digestLabel);
        p.setFont(mono);
        p.drawText(QRectF(g.left + labelW, digestY, width - labelW, lineH),
                   Qt::AlignLeft | Qt::AlignVCenter, frame.digest);
    }
    p.end();
    return pages;
}

Result<QByteArray> writePdf(const XmpInfo &xmp,
                            const std::function<Result<int>(QPdfWriter &)> &paint, int *pageCount)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::storage(CoreText::tr("Printing an evidence pack needs a QGuiApplication."),
                              {}, QStringLiteral("no_gui_application"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(xmp.title);
        writer.setCreator(xmp.creatorTool);
        writer.setDocumentXmpMetadata(xmpPacket(xmp));
        auto painted = paint(writer);
        if (!painted)
            return painted.error();
        pages = *painted;
    } // the writer completes the document when it goes out of scope
    QByteArray pdf = buffer.data();
    alignPdfDates(pdf);
    if (pageCount)
        *pageCount = pages;
    return pdf;
}

Result<ExportCheck> checkExport(const Actor &actor, const PackExport &options, const Clock &clock)
{
    ExportCheck out;
    out.locale =
        options.locale.trimmed().isEmpty() ? actor.workspace.locale : options.locale.trimmed();
    if (!PackText::isValidLocale(out.locale))
        return Error::input(
            CoreText::tr("Unknown locale \"%1\": use a name like de_DE or en_US.").arg(out.locale),
            {{QStringLiteral("locale"), out.locale}}, QStringLiteral("invalid_locale"));
    if (!options.signer)
        return Error::rule(QStringLiteral("signing_key_missing"),
                           CoreText::tr("Every evidence pack is signed: choose a signing key."));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::storage(CoreText::tr("Printing an evidence pack needs a QGuiApplication."),
                              {}, QStringLiteral("no_gui_application"));
    const CertificateInfo &cert = options.signer->certificate();
    QDateTime now = clock.now().toUTC();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    const auto iso = [](const QDateTime &t) {
        return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    if (cert.notAfter.isValid() && now > cert.notAfter)
        return Error::rule(QStringLiteral("certificate_expired"),
                           CoreText::tr("Your signing certificate expired on %1: create or import "
                                        "a new key (vigilo-cli key create).")
                               .arg(iso(cert.notAfter)),
                           {{QStringLiteral("fingerprint"), cert.fingerprint}});
    if (cert.notBefore.isValid() && now < cert.notBefore)
        return Error::rule(QStringLiteral("certificate_not_yet_valid"),
                           CoreText::tr("Your signing certificate is valid only from %1.")
                               .arg(iso(cert.notBefore)),
                           {{QStringLiteral("fingerprint"), cert.fingerprint}});
    out.now = now;
    out.cert = cert;
    return out;
}

Result<QByteArray> signWithEvidence(const QByteArray &pdf, EmbeddedFile file,
                                    const PackSigner &signer, const QString &reason,
                                    const QDateTime &now)
{
    const CertificateInfo &cert = signer.certificate();
    file.mimeType = QStringLiteral("application/json");
    file.modified = now;
    SignatureInfo sig;
    sig.signerName = cert.commonName.isEmpty() ? cert.subject : cert.commonName;
    sig.reason = reason;
    sig.time = now;
    return signPdf(pdf, file, signer, sig);
}

} // namespace vigilo::pack
