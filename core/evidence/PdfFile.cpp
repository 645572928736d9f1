#include "PdfFile.h"

#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace vigilo::pdf {

namespace {

const Object kNull;

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{'
           || c == '}' || c == '/' || c == '%';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A recursive-descent parser over the file's bytes.
class Parser {
public:
    Parser(const QByteArray &b, qint64 pos)
        : m_b(b)
        , m_pos(pos)
    {}
    qint64 pos() const { return m_pos; }
    bool failed() const { return m_failed; }

    void skipWhite()
    {
        while (m_pos < m_b.size()) {
            const char c = m_b.at(m_pos);
            if (isWhite(c)) {
                ++m_pos;
            } else if (c == '%') {
                while (m_pos < m_b.size() && m_b.at(m_pos) != '\n' && m_b.at(m_pos) != '\r')
                    ++m_pos;
            } else {
                break;
            }
        }
    }

    QByteArray keyword()
    {
        skipWhite();
        const qint64 start = m_pos;
        while (m_pos < m_b.size() && !isWhite(m_b.at(m_pos)) && !isDelimiter(m_b.at(m_pos)))
            ++m_pos;
        return m_b.mid(start, m_pos - start);
    }

    bool expect(const QByteArray &word)
    {
        const qint64 save = m_pos;
        if (keyword() == word)
            return true;
        m_pos = save;
        return false;
    }

    // An unsigned integer token, without consuming anything when there is none.
    bool peekInteger(qint64 *value)
    {
        const qint64 save = m_pos;
        skipWhite();
        const qint64 start = m_pos;
        while (m_pos < m_b.size() && isDigit(m_b.at(m_pos)))
            ++m_pos;
        if (m_pos == start
            || (m_pos < m_b.size() && !isWhite(m_b.at(m_pos)) && !isDelimiter(m_b.at(m_pos)))) {
            m_pos = save;
            return false;
        }
        *value = m_b.mid(start, m_pos - start).toLongLong();
        return true;
    }

    Object parse(int depth = 0)
    {
        Object o;
        if (depth > 64)
            return fail();
        skipWhite();
        if (m_pos >= m_b.size())
            return fail();
        const char c = m_b.at(m_pos);
        if (c == '<' && m_pos + 1 < m_b.size() && m_b.at(m_pos + 1) == '<') {
            m_pos += 2;
            o.kind = Object::Dict;
            for (;;) {
                skipWhite();
                if (m_pos + 1 < m_b.size() && m_b.at(m_pos) == '>' && m_b.at(m_pos + 1) == '>') {
                    m_pos += 2;
                    break;
                }
                if (m_pos >= m_b.size() || m_b.at(m_pos) != '/')
                    return fail();
                const Object key = parse(depth + 1);
                const Object value = parse(depth + 1);
                if (m_failed)
                    return fail();
                o.keys.push_back(key.bytes);
                o.items.push_back(value);
            }
            return o;
        }
        if (c == '[') {
            ++m_pos;
            o.kind = Object::Array;
            for (;;) {
                skipWhite();
                if (m_pos < m_b.size() && m_b.at(m_pos) == ']') {
                    ++m_pos;
                    break;
                }
                o.items.push_back(parse(depth + 1));
                if (m_failed)
                    return fail();
            }
            return o;
        }
        if (c == '(')
            return literal();
        if (c == '<')
            return hex();
        if (c == '/') {
            ++m_pos;
            const qint64 start = m_pos;
            while (m_pos < m_b.size() && !isWhite(m_b.at(m_pos)) && !isDelimiter(m_b.at(m_pos)))
                ++m_pos;
            QByteArray name;
            const QByteArray raw = m_b.mid(start, m_pos - start);
            for (qsizetype i = 0; i < raw.size(); ++i) {
                if (raw.at(i) == '#' && i + 2 < raw.size() && hexValue(raw.at(i + 1)) >= 0
                    && hexValue(raw.at(i + 2)) >= 0) {
                    name += char(hexValue(raw.at(i + 1)) * 16 + hexValue(raw.at(i + 2)));
                    i += 2;
                } else {
                    name += raw.at(i);
                }
            }
            o.kind = Object::Name;
            o.bytes = name;
            return o;
        }
        if (isDigit(c) || c == '-' || c == '+' || c == '.') {
            const qint64 start = m_pos;
            ++m_pos;
            while (m_pos < m_b.size()
                   && (isDigit(m_b.at(m_pos)) || m_b.at(m_pos) == '.' || m_b.at(m_pos) == '-'))
                ++m_pos;
            const QByteArray text = m_b.mid(start, m_pos - start);
            if (text.contains('.')) {
                o.kind = Object::Real;
                o.real = text.toDouble();
                return o;
            }
            o.kind = Object::Int;
            o.integer = text.toLongLong();
            // "N G R" is a reference.
            if (o.integer >= 0 && text.at(0) != '-' && text.at(0) != '+') {
                const qint64 save = m_pos;
                qint64 gen = 0;
                if (peekInteger(&gen) && expect(QByteArrayLiteral("R"))) {
                    o.kind = Object::Ref;
                    o.generation = int(gen);
                    return o;
                }
                m_pos = save;
            }
            return o;
        }
        const QByteArray word = keyword();
        if (word == "true" || word == "false") {
            o.kind = Object::Bool;
            o.boolean = word == "true";
            return o;
        }
        if (word == "null")
            return o;
        return fail();
    }

private:
    Object fail()
    {
        m_failed = true;
        return {};
    }

    Object literal()
    {
        Object o;
        o.kind = Object::String;
        ++m_pos;
        int depth = 1;
        while (m_pos < m_b.size()) {
            const char c = m_b.at(m_pos++);
            if (c == '\\') {
                if (m_pos >= m_b.size())
                    break;
                const char e = m_b.at(m_pos++);
                switch (e) {
                case 'n': o.bytes += '\n'; break;
                case 'r': o.bytes += '\r'; break;
                case 't': o.bytes += '\t'; break;
                case 'b': o.bytes += '\b'; break;
                case 'f': o.bytes += '\f'; break;
                case '\r':
                    if (m_pos < m_b.size() && m_b.at(m_pos) == '\n')
                        ++m_pos;
                    break;
                case '\n': break;
                default:
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int i = 0; i < 2 && m_pos < m_b.size() && m_b.at(m_pos) >= '0'
                                        && m_b.at(m_pos) <= '7';
                             ++i)
                            v = v * 8 + (m_b.at(m_pos++) - '0');
                        o.bytes += char(v & 0xff);
                    } else {
                        o.bytes += e;
                    }
                }
            } else if (c == '(') {
                ++depth;
                o.bytes += c;
            } else if (c == ')') {
                if (--depth == 0)
                    return o;
                o.bytes += c;
            } else {
                o.bytes += c;
            }
        }
        return fail();
    }

    Object hex()
    {
        Object o;
        o.kind = Object::String;
        ++m_pos;
        int high = -1;
        while (m_pos < m_b.size()) {
            const char c = m_b.at(m_pos++);
            if (c == '>') {
                if (high >= 0)
                    o.bytes += char(high << 4);
                return o;
            }
            if (isWhite(c))
                continue;
            const int v = hexValue(c);
            if (v < 0)
                return fail();
            if (high < 0) {
                high = v;
            } else {
                o.bytes += char((high << 4) | v);
                high = -1;
            }
        }
        return fail();
    }

    const QByteArray &m_b;
    qint64 m_pos;
    bool m_failed = false;
};

QByteArray number(double v)
{
    if (v == double(qint64(v)))
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'f', 6);
}

QByteArray nameText(const QByteArray &n)
{
    QByteArray out = "/";
    for (char c : n) {
        const auto u = uchar(c);
        if (u < 0x21 || u > 0x7e || c == '#' || isDelimiter(c))
            out += '#' + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

} // namespace

const Object &Object::operator[](const char *key) const
{
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key)
            return items[i];
    return kNull;
}

bool Object::has(const char *key) const
{
    for (const QByteArray &k : keys)
        if (k == key)
            return true;
    return false;
}

void Object::set(const QByteArray &key, const Object &value)
{
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) {
            items[i] = value;
            return;
        }
    keys.push_back(key);
    items.push_back(value);
}

void Object::remove(const QByteArray &key)
{
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) {
            keys.erase(keys.begin() + qsizetype(i));
            items.erase(items.begin() + qsizetype(i));
            return;
        }
}

Object Object::makeInt(qint64 v)
{
    Object o;
    o.kind = Int;
    o.integer = v;
    return o;
}

Object Object::makeName(const QByteArray &n)
{
    Object o;
    o.kind = Name;
    o.bytes = n;
    return o;
}

Object Object::makeRef(int num)
{
    Object o;
    o.kind = Ref;
    o.integer = num;
    return o;
}

Object Object::makeString(const QByteArray &s)
{
    Object o;
    o.kind = String;
    o.bytes = s;
    return o;
}

Object Object::makeArray(std::vector<Object> items)
{
    Object o;
    o.kind = Array;
    o.items = std::move(items);
    return o;
}

Object Object::makeDict()
{
    Object o;
    o.kind = Dict;
    return o;
}

QByteArray serialize(const Object &o)
{
    switch (o.kind) {
    case Object::Null: return "null";
    case Object::Bool: return o.boolean ? "true" : "false";
    case Object::Int: return QByteArray::number(o.integer);
    case Object::Real: return number(o.real);
    case Object::String: return '<' + o.bytes.toHex() + '>';
    case Object::Name: return nameText(o.bytes);
    case Object::Ref:
        return QByteArray::number(o.integer) + ' ' + QByteArray::number(o.generation) + " R";
    case Object::Array: {
        QByteArray out = "[";
        for (size_t i = 0; i < o.items.size(); ++i)
            out += (i ? " " : "") + serialize(o.items[i]);
        return out + ']';
    }
    case Object::Dict:
    case Object::Stream: {
        QByteArray out = "<<";
        for (size_t i = 0; i < o.keys.size(); ++i)
            out += ' ' + nameText(o.keys[i]) + ' ' + serialize(o.items[i]);
        return out + " >>";
    }
    }
    return "null";
}

QByteArray textString(const QString &s)
{
    bool ascii = true;
    for (QChar c : s)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii) {
        QByteArray out = "(";
        for (QChar c : s) {
            const char ch = char(c.unicode());
            if (ch == '(' || ch == ')' || ch == '\\')
                out += '\\';
            out += ch;
        }
        return out + ')';
    }
    QByteArray utf16 = "\xFE\xFF";
    for (QChar c : s) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex() + '>';
}

QByteArray dateString(const QDateTime &t)
{
    return "(D:" + t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

Reader::Reader(const QByteArray &bytes)
    : m_bytes(bytes)
{}

bool Reader::load(QString *error)
{
    const qsizetype tail = qMax<qsizetype>(0, m_bytes.size() - 1024);
    const qsizetype at = m_bytes.lastIndexOf("startxref");
    if (at < 0 || at < tail) {
        *error = QStringLiteral("no startxref at the end of the file");
        return false;
    }
    Parser p(m_bytes, at + 9);
    qint64 offset = 0;
    if (!p.peekInteger(&offset) || offset <= 0 || offset >= m_bytes.size()) {
        *error = QStringLiteral("startxref does not point into the file");
        return false;
    }
    m_startXref = offset;
    return readXref(offset, error, 0);
}

bool Reader::readXref(qint64 offset, QString *error, int depth)
{
    if (depth > 32) {
        *error = QStringLiteral("too many revisions");
        return false;
    }
    Parser p(m_bytes, offset);
    if (!p.expect(QByteArrayLiteral("xref"))) {
        *error = QStringLiteral("unsupported cross-reference (not a classic xref table)");
        return false;
    }
    for (;;) {
        qint64 first = 0, count = 0;
        if (!p.peekInteger(&first))
            break;
        if (!p.peekInteger(&count) || count < 0 || count > 10000000) {
            *error = QStringLiteral("damaged xref subsection");
            return false;
        }
        for (qint64 i = 0; i < count; ++i) {
            qint64 off = 0, gen = 0;
            if (!p.peekInteger(&off) || !p.peekInteger(&gen)) {
                *error = QStringLiteral("damaged xref entry");
                return false;
            }
            const QByteArray type = p.keyword();
            const int num = int(first + i);
            // Newer revisions are read first: they win.
            if (type == "n" && !m_offsets.contains(num))
                m_offsets.insert(num, off);
            else if (type == "f" && !m_offsets.contains(num))
                m_offsets.insert(num, -1);
            else if (type != "n" && type != "f") {
                *error = QStringLiteral("damaged xref entry type");
                return false;
            }
        }
    }
    if (!p.expect(QByteArrayLiteral("trailer"))) {
        *error = QStringLiteral("no trailer after the xref table");
        return false;
    }
    const Object trailer = p.parse();
    if (p.failed() || trailer.kind != Object::Dict) {
        *error = QStringLiteral("damaged trailer");
        return false;
    }
    if (depth == 0) {
        m_trailer = trailer;
        m_size = int(trailer["Size"].integer);
    }
    const Object &prev = trailer["Prev"];
    if (prev.kind == Object::Int)
        return readXref(prev.integer, error, depth + 1);
    return true;
}

QList<qint64> Reader::revisionEnds() const
{
    QList<qint64> out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = m_bytes.indexOf("%%EOF", from);
        if (at < 0)
            break;
        qint64 end = at + 5;
        if (end < m_bytes.size() && m_bytes.at(end) == '\r')
            ++end;
        if (end < m_bytes.size() && m_bytes.at(end) == '\n')
            ++end;
        out << end;
        from = at + 5;
    }
    return out;
}

Object Reader::object(int num) const
{
    const qint64 offset = m_offsets.value(num, -1);
    if (offset < 0 || offset >= m_bytes.size())
        return {};
    Parser p(m_bytes, offset);
    qint64 n = 0, gen = 0;
    if (!p.peekInteger(&n) || n != num || !p.peekInteger(&gen) || !p.expect("obj"))
        return {};
    Object o = p.parse();
    if (p.failed())
        return {};
    if (o.kind == Object::Dict) {
        const qint64 save = p.pos();
        Parser s(m_bytes, save);
        if (s.expect("stream")) {
            qint64 data = s.pos();
            if (data < m_bytes.size() && m_bytes.at(data) == '\r')
                ++data;
            if (data < m_bytes.size() && m_bytes.at(data) == '\n')
                ++data;
            const Object length = resolve(o["Length"]);
            if (length.kind != Object::Int || length.integer < 0
                || data + length.integer > m_bytes.size())
                return {};
            o.kind = Object::Stream;
            o.streamOffset = data;
            o.streamLength = length.integer;
        }
    }
    return o;
}

Object Reader::resolve(const Object &o) const
{
    Object cur = o;
    for (int i = 0; i < 16 && cur.kind == Object::Ref; ++i)
        cur = object(int(cur.integer));
    return cur.kind == Object::Ref ? Object() : cur;
}

QByteArray Reader::streamData(const Object &stream, bool *ok) const
{
    if (ok)
        *ok = false;
    if (stream.kind != Object::Stream)
        return {};
    const QByteArray raw = m_bytes.mid(stream.streamOffset, stream.streamLength);
    const Object filter = resolve(stream["Filter"]);
    if (filter.isNull()) {
        if (ok)
            *ok = true;
        return raw;
    }
    if (!filter.isName("FlateDecode"))
        return {};
    // qUncompress wants a 4-byte size hint before a zlib stream; it grows past a small one.
    QByteArray framed(4, '\0');
    qToBigEndian<quint32>(quint32(qMin<qint64>(raw.size() * 8 + 64, 0x7fffffff)), framed.data());
    const QByteArray out = qUncompress(framed + raw);
    if (ok)
        *ok = !out.isEmpty() || raw.isEmpty();
    return out;
}

QList<int> Reader::pages() const
{
    QList<int> out;
    const Object root = resolve(m_trailer["Root"]);
    const Object &pagesRef = root["Pages"];
    // Depth-first over the page tree, guarding against loops.
    QList<Object> stack{pagesRef};
    QSet<qint64> seen;
    while (!stack.isEmpty() && out.size() < 100000) {
        const Object ref = stack.takeFirst();
        if (ref.kind != Object::Ref || seen.contains(ref.integer))
            continue;
        seen.insert(ref.integer);
        const Object node = object(int(ref.integer));
        if (node["Type"].isName("Page")) {
            out << int(ref.integer);
        } else if (node["Type"].isName("Pages")) {
            const Object kids = resolve(node["Kids"]);
            QList<Object> children;
            for (const Object &k : kids.items)
                children << k;
            stack = children + stack;
        }
    }
    return out;
}

Update::Update(const Reader &base)
    : m_base(base)
    , m_next(base.size())
{}

int Update::newObject()
{
    return m_next++;
}

void Update::set(int num, const QByteArray &body)
{
    m_objects << qMakePair(num, body);
}

QByteArray Update::finish() const
{
    QByteArray out = m_base.bytes();
    if (!out.endsWith('\n'))
        out += '\n';
    QList<QPair<int, qint64>> offsets;
    for (const auto &[num, body] : m_objects) {
        offsets << qMakePair(num, qint64(out.size()));
        out += QByteArray::number(num) + " 0 obj\n" + body + "\nendobj\n";
    }
    std::sort(offsets.begin(), offsets.end());
    const qint64 xref = out.size();
    out += "xref\n";
    // One subsection per run of consecutive numbers.
    for (qsizetype i = 0; i < offsets.size();) {
        qsizetype j = i;
        while (j + 1 < offsets.size() && offsets.at(j + 1).first == offsets.at(j).first + 1)
            ++j;
        out += QByteArray::number(offsets.at(i).first) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k)
            out += QByteArray::number(offsets.at(k).second).rightJustified(10, '0') + " 00000 n \n";
        i = j + 1;
    }
    Object trailer = Object::makeDict();
    trailer.set("Size", Object::makeInt(qMax(m_next, m_base.size())));
    trailer.set("Root", m_base.trailer()["Root"]);
    if (m_base.trailer().has("Info"))
        trailer.set("Info", m_base.trailer()["Info"]);
    if (m_base.trailer().has("ID"))
        trailer.set("ID", m_base.trailer()["ID"]);
    trailer.set("Prev", Object::makeInt(m_base.lastStartXref()));
    out +=
        "trailer\n" + serialize(trailer) + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray flateStream(Object dict, const QByteArray &data)
{
    const QByteArray packed = qCompress(data, 9).mid(4);
    dict.set("Filter", Object::makeName("FlateDecode"));
    dict.set("Length", Object::makeInt(packed.size()));
    return serialize(dict) + "\nstream\n" + packed + "\nendstream";
}

} // namespace vigilo::pdf
