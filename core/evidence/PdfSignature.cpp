#include "PdfSignature.h"

#include "PdfFile.h"
#include "SigningKey.h"
#include "Tr.h"

#include <QCryptographicHash>

namespace vigilo::pack {

using pdf::Object;

namespace {

const QByteArray kRangePlaceholder = QByteArrayLiteral("[0 0000000000 0000000000 0000000000]");

Error broken(const QString &why)
{
    return Error::storage(CoreText::tr("The PDF cannot be signed: %1").arg(why), {},
                          QStringLiteral("pack_unsigned"));
}

Object refArray(int num)
{
    return Object::makeArray({Object::makeRef(num)});
}

} // namespace

Result<QByteArray> signPdf(const QByteArray &pdfBytes, const EmbeddedFile &file,
                           const PackSigner &signer, const SignatureInfo &info)
{
    pdf::Reader reader(pdfBytes);
    QString error;
    if (!reader.load(&error))
        return broken(error);
    const Object &rootRef = reader.trailer()["Root"];
    Object catalog = reader.resolve(rootRef);
    const QList<int> pages = reader.pages();
    if (rootRef.kind != Object::Ref || catalog.kind != Object::Dict || pages.isEmpty())
        return broken(QStringLiteral("no catalog or no pages"));
    if (catalog.has("AcroForm") || catalog.has("AF") || catalog.has("Names"))
        return broken(QStringLiteral("the document is already signed or has attachments"));

    pdf::Update update(reader);
    // The evidence: an embedded file stream, its file specification, the associated-file link.
    const int efNum = update.newObject();
    Object params = Object::makeDict();
    params.set("Size", Object::makeInt(file.data.size()));
    params.set("ModDate", Object::makeString(pdf::dateString(file.modified).mid(1).chopped(1)));
    params.set("CheckSum",
               Object::makeString(QCryptographicHash::hash(file.data, QCryptographicHash::Md5)));
    Object ef = Object::makeDict();
    ef.set("Type", Object::makeName("EmbeddedFile"));
    ef.set("Subtype", Object::makeName(file.mimeType.toLatin1()));
    ef.set("Params", params);
    update.set(efNum, pdf::flateStream(ef, file.data));

    const int fsNum = update.newObject();
    Object efRefs = Object::makeDict();
    efRefs.set("F", Object::makeRef(efNum));
    efRefs.set("UF", Object::makeRef(efNum));
    update.set(fsNum, "<< /Type /Filespec /F " + pdf::textString(file.name) + " /UF "
                          + pdf::textString(file.name) + " /Desc "
                          + pdf::textString(file.description) + " /AFRelationship /Source /EF "
                          + pdf::serialize(efRefs) + " >>");

    // The signature: a value dictionary with room for the CMS, an invisible widget on page 1.
    qsizetype certBytes = signer.certificate().der.size();
    for (const CertificateInfo &c : signer.chain())
        certBytes += c.der.size();
    const qsizetype room = 2 * (certBytes + 4096);
    const int sigNum = update.newObject();
    update.set(sigNum, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached "
                       "/ByteRange "
                           + kRangePlaceholder + " /Contents <" + QByteArray(room, '0') + "> /M "
                           + pdf::dateString(info.time) + " /Name "
                           + pdf::textString(info.signerName) + " /Reason "
                           + pdf::textString(info.reason) + " >>");
    const int widgetNum = update.newObject();
    update.set(widgetNum, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Vigilo evidence "
                          "signature) /V "
                              + QByteArray::number(sigNum) + " 0 R /F 132 /Rect [0 0 0 0] /P "
                              + QByteArray::number(pages.first()) + " 0 R >>");
    const int formNum = update.newObject();
    update.set(formNum, "<< /Fields [" + QByteArray::number(widgetNum) + " 0 R] /SigFlags 3 >>");

    // Page 1 lists the widget among its annotations.
    Object page = reader.object(pages.first());
    const Object &annots = page["Annots"];
    if (annots.kind == Object::Ref) {
        Object list = reader.resolve(annots);
        if (list.kind != Object::Array)
            list = Object::makeArray({});
        list.items.push_back(Object::makeRef(widgetNum));
        update.set(int(annots.integer), pdf::serialize(list));
    } else {
        Object list = annots.kind == Object::Array ? annots : Object::makeArray({});
        list.items.push_back(Object::makeRef(widgetNum));
        page.set("Annots", list);
        update.set(pages.first(), pdf::serialize(page));
    }

    Object names = Object::makeDict();
    Object embedded = Object::makeDict();
    embedded.set("Names", Object::makeArray(
                              {Object::makeString(file.name.toUtf8()), Object::makeRef(fsNum)}));
    names.set("EmbeddedFiles", embedded);
    catalog.set("Names", names);
    catalog.set("AF", refArray(fsNum));
    catalog.set("AcroForm", Object::makeRef(formNum));
    update.set(int(rootRef.integer), pdf::serialize(catalog));

    QByteArray out = update.finish();

    // Where the placeholders ended up.
    const QByteArray header = '\n' + QByteArray::number(sigNum) + " 0 obj\n";
    const qsizetype sigAt = out.indexOf(header, pdfBytes.size() - 1);
    const qsizetype rangeAt = out.indexOf(kRangePlaceholder, sigAt);
    const qsizetype contentsAt = out.indexOf("/Contents <", sigAt) + 10;
    if (sigAt < 0 || rangeAt < 0 || contentsAt < 10)
        return broken(QStringLiteral("placeholder not found"));
    const qint64 a = contentsAt;
    const qint64 b = contentsAt + room + 2;
    const qint64 c = out.size() - b;
    QByteArray ranges = "[0 " + QByteArray::number(a) + ' ' + QByteArray::number(b) + ' '
                        + QByteArray::number(c) + ']';
    ranges = ranges.leftJustified(kRangePlaceholder.size(), ' ');
    ranges.replace(ranges.indexOf(']'), 1, " ");
    ranges[ranges.size() - 1] = ']';
    out.replace(rangeAt, ranges.size(), ranges);

    auto cms = signer.sign(out.left(a) + out.mid(b));
    if (!cms)
        return cms.error();
    const QByteArray hex = cms->toHex();
    if (hex.size() > room)
        return broken(QStringLiteral("the signature is larger than the room reserved for it"));
    out.replace(a + 1, hex.size(), hex);
    return out;
}

SignatureCheck checkSignature(const pdf::Reader &reader)
{
    SignatureCheck check;
    const QByteArray &bytes = reader.bytes();
    check.fileBytes = bytes.size();
    const Object root = reader.resolve(reader.trailer()["Root"]);
    const Object form = reader.resolve(root["AcroForm"]);
    const Object fields = reader.resolve(form["Fields"]);
    Object sig;
    for (const Object &f : fields.items) {
        const Object field = reader.resolve(f);
        if (!reader.resolve(field["FT"]).isName("Sig"))
            continue;
        const Object value = reader.resolve(field["V"]);
        if (!value.isDict())
            continue;
        ++check.signatures;
        sig = value;
    }
    if (check.signatures == 0)
        return check;
    check.found = true;
    check.subFilter = QString::fromLatin1(reader.resolve(sig["SubFilter"]).bytes);
    const Object ranges = reader.resolve(sig["ByteRange"]);
    const Object contents = reader.resolve(sig["Contents"]);
    if (ranges.kind != Object::Array || ranges.items.size() != 4 || contents.kind != Object::String)
        return check;
    qint64 r[4];
    for (int i = 0; i < 4; ++i) {
        if (ranges.items[size_t(i)].kind != Object::Int)
            return check;
        r[i] = ranges.items[size_t(i)].integer;
    }
    const qint64 a = r[1], b = r[2], len2 = r[3];
    // The gap must be exactly one hex string: this signature's /Contents.
    bool gapIsContents = r[0] == 0 && a > 0 && b > a + 1 && b <= bytes.size() && len2 >= 0
                         && bytes.at(a) == '<' && bytes.at(b - 1) == '>';
    if (gapIsContents) {
        const QByteArray hex = bytes.mid(a + 1, b - a - 2);
        gapIsContents =
            QByteArray::fromHex(hex) == contents.bytes && hex.size() == contents.bytes.size() * 2;
    }
    check.rangesValid = gapIsContents;
    check.signedEnd = b + len2;
    check.coversWholeFile = gapIsContents && b + len2 == bytes.size();
    if (!gapIsContents || b + len2 > bytes.size())
        return check;
    check.cms = verifyDetachedCms(contents.bytes, bytes.left(a) + bytes.mid(b, len2));
    return check;
}

Result<QByteArray> associatedFile(const pdf::Reader &reader, const QString &name)
{
    const Object root = reader.resolve(reader.trailer()["Root"]);
    const Object names = reader.resolve(reader.resolve(root["Names"])["EmbeddedFiles"]);
    const Object list = reader.resolve(names["Names"]);
    Object spec;
    for (size_t i = 0; i + 1 < list.items.size(); i += 2)
        if (reader.resolve(list.items[i]).bytes == name.toUtf8())
            spec = list.items[i + 1];
    const auto missing = [&name](const QString &what) {
        return Error::input(
            CoreText::tr("The pack carries no embedded evidence (%1: %2).").arg(name, what), {},
            QStringLiteral("evidence_missing"));
    };
    if (spec.kind != Object::Ref)
        return missing(QStringLiteral("not in /EmbeddedFiles"));
    bool associated = false;
    for (const Object &af : reader.resolve(root["AF"]).items)
        associated = associated || (af.kind == Object::Ref && af.integer == spec.integer);
    if (!associated)
        return missing(QStringLiteral("not an associated file (/AF)"));
    const Object fs = reader.resolve(spec);
    if (!reader.resolve(fs["AFRelationship"]).isName("Source"))
        return missing(QStringLiteral("/AFRelationship is not /Source"));
    const Object stream = reader.resolve(reader.resolve(fs["EF"])["F"]);
    bool ok = false;
    const QByteArray data = reader.streamData(stream, &ok);
    if (!ok)
        return missing(QStringLiteral("the embedded stream cannot be read"));
    return data;
}

} // namespace vigilo::pack
