#include "PackXmp.h"

#include "InputRules.h"
#include "Tr.h"

#include <QXmlStreamReader>

namespace vigilo::pack {

namespace {

const QByteArray kFormat = QByteArrayLiteral("vigilo-evidence-pack/2");
const QByteArray kNs = QByteArrayLiteral("https://vigilo.dev/ns/evidence-pack/1.0/");

// XML cannot carry control characters at all (not even as references): a title written by an
// older build or by SQL is shown with them escaped, so the pack still reads back.
QByteArray esc(const QString &s)
{
    return input::visible(s, input::Lines::Single).toHtmlEscaped().toUtf8();
}

QByteArray isoDate(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
}

// PDF/A wants custom XMP properties described by an extension schema.
QByteArray extensionSchema()
{
    struct Prop {
        const char *name;
        const char *type;
        const char *description;
    };
    const Prop props[] = {
        {"Format", "Text", "Format of the evidence pack"},
        {"Workspace", "Text", "Slug of the workspace"},
        {"Change", "Text", "Number of the change request"},
        {"AuditSeq", "Integer", "Workspace audit sequence number covered by the pack"},
        {"Locale", "Text", "Locale the pack was printed in"},
        {"EvidenceDigest", "Text", "SHA-256 of the embedded evidence JSON (evidence.json)"},
    };
    QByteArray out;
    out += "  <rdf:Description rdf:about=\"\"\n"
           "      xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
           "      xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
           "      xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
           "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
           "    <pdfaSchema:schema>Vigilo evidence pack</pdfaSchema:schema>\n"
           "    <pdfaSchema:namespaceURI>"
           + kNs
           + "</pdfaSchema:namespaceURI>\n"
             "    <pdfaSchema:prefix>vigilo</pdfaSchema:prefix>\n"
             "    <pdfaSchema:property><rdf:Seq>\n";
    for (const Prop &p : props)
        out += QByteArray("     <rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>") + p.name
               + "</pdfaProperty:name><pdfaProperty:valueType>" + p.type
               + "</pdfaProperty:valueType><pdfaProperty:category>internal</pdfaProperty:category>"
                 "<pdfaProperty:description>"
               + p.description + "</pdfaProperty:description></rdf:li>\n";
    out += "    </rdf:Seq></pdfaSchema:property>\n"
           "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
           "  </rdf:Description>\n";
    return out;
}

} // namespace

QByteArray xmpPacket(const XmpInfo &i)
{
    QByteArray keywords;
    for (const QString &k : i.keywords)
        keywords += "      <rdf:li>" + esc(k) + "</rdf:li>\n";
    const QByteArray date = isoDate(i.created);
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
         "   <dc:format>application/pdf</dc:format>\n"
         "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
         + esc(i.title)
         + "</rdf:li></rdf:Alt></dc:title>\n"
           "   <dc:creator><rdf:Seq><rdf:li>"
         + esc(i.author)
         + "</rdf:li></rdf:Seq></dc:creator>\n"
           "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
         + esc(i.subject)
         + "</rdf:li></rdf:Alt></dc:description>\n"
           "   <dc:subject><rdf:Bag>\n"
         + keywords
         + "   </rdf:Bag></dc:subject>\n"
           "   <dc:language><rdf:Bag><rdf:li>"
         + esc(i.language) + "</rdf:li></rdf:Bag></dc:language>\n  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
         "   <xmp:CreatorTool>"
         + esc(i.creatorTool) + "</xmp:CreatorTool>\n   <xmp:CreateDate>" + date
         + "</xmp:CreateDate>\n   <xmp:ModifyDate>" + date
         + "</xmp:ModifyDate>\n   <xmp:MetadataDate>" + date
         + "</xmp:MetadataDate>\n  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
         "   <pdf:Producer>"
         + esc(i.producer) + "</pdf:Producer>\n   <pdf:Keywords>"
         + esc(i.keywords.join(QStringLiteral("; "))) + "</pdf:Keywords>\n  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
         "   <pdfaid:part>3</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n"
         "  </rdf:Description>\n";
    x += extensionSchema();
    const PackStamp &s = i.stamp;
    x += "  <rdf:Description rdf:about=\"\" xmlns:vigilo=\"" + kNs + "\">\n" + "   <vigilo:Format>"
         + kFormat + "</vigilo:Format>\n" + "   <vigilo:Workspace>" + esc(s.workspace)
         + "</vigilo:Workspace>\n" + "   <vigilo:Change>" + esc(formatChangeNumber(s.number))
         + "</vigilo:Change>\n" + "   <vigilo:AuditSeq>" + QByteArray::number(s.auditSeq)
         + "</vigilo:AuditSeq>\n" + "   <vigilo:Locale>" + esc(s.locale) + "</vigilo:Locale>\n"
         + "   <vigilo:EvidenceDigest>" + s.digest.toLatin1() + "</vigilo:EvidenceDigest>\n"
         + "  </rdf:Description>\n";
    x += " </rdf:RDF>\n</x:xmpmeta>\n";
    // Padding lets XMP editors update in place; the packet ends "writable".
    for (int line = 0; line < 8; ++line)
        x += QByteArray(99, ' ') + '\n';
    x += "<?xpacket end=\"w\"?>";
    return x;
}

void alignPdfDates(QByteArray &bytes)
{
    // The XMP carries the core's injected clock; QPdfWriter wrote its own "now" (local time with
    // its UTC offset) into the Info dictionary, so write the XMP time in that offset over it.
    const QByteArray xmpTag = QByteArrayLiteral("<xmp:CreateDate>");
    const qsizetype xmpAt = bytes.indexOf(xmpTag);
    const QDateTime created =
        xmpAt < 0 ? QDateTime()
                  : QDateTime::fromString(QString::fromLatin1(bytes.mid(xmpAt + xmpTag.size(), 20)),
                                          Qt::ISODate);
    if (!created.isValid())
        return;
    for (const QByteArray &infoTag :
         {QByteArrayLiteral("/CreationDate (D:"), QByteArrayLiteral("/ModDate (D:")}) {
        const qsizetype info = bytes.indexOf(infoTag);
        if (info < 0)
            continue;
        const qsizetype at = info + infoTag.size();
        const QByteArray d = bytes.mid(at, 14);
        bool digits = d.size() == 14 && bytes.size() > at + 14;
        for (char ch : d)
            digits = digits && ch >= '0' && ch <= '9';
        if (!digits)
            continue;
        const char sign = bytes.at(at + 14);
        int offset = 0;
        if (sign == '+' || sign == '-')
            offset = (sign == '-' ? -1 : 1)
                     * (bytes.mid(at + 15, 2).toInt() * 3600 + bytes.mid(at + 18, 2).toInt() * 60);
        else if (sign != 'Z')
            continue;
        bytes.replace(
            at, 14,
            created.toOffsetFromUtc(offset).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1());
    }
}

bool readStampFrom(const QByteArray &bytes, PackStamp *stamp)
{
    const qsizetype begin = bytes.indexOf("<x:xmpmeta");
    const qsizetype end = bytes.indexOf("</x:xmpmeta>", begin);
    if (begin < 0 || end < 0)
        return false;
    QXmlStreamReader xml(bytes.mid(begin, end - begin + 12));
    bool format = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement
            || xml.namespaceUri() != QLatin1String(kNs))
            continue;
        const QString name = xml.name().toString();
        const QString text = xml.readElementText().trimmed();
        if (name == QLatin1String("Format"))
            format = text == QLatin1String(kFormat);
        else if (name == QLatin1String("Workspace"))
            stamp->workspace = text;
        else if (name == QLatin1String("Change"))
            stamp->number = parseChangeNumber(text).value_or(0);
        else if (name == QLatin1String("AuditSeq"))
            stamp->auditSeq = text.toLongLong();
        else if (name == QLatin1String("Locale"))
            stamp->locale = text;
        else if (name == QLatin1String("EvidenceDigest"))
            stamp->digest = text;
    }
    return format && !xml.hasError() && stamp->number > 0 && stamp->auditSeq > 0;
}

} // namespace vigilo::pack
