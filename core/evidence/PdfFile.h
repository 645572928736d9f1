#pragma once
// Just enough of PDF to sign and verify our own packs: a reader for the objects, the classic
// cross-reference tables and trailers that QPdfWriter writes (incremental updates included), and a
// writer that appends an incremental update. Not a general PDF library: it refuses what it does
// not understand (object streams, cross-reference streams) instead of guessing.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace vigilo::pdf {

struct Object {
    enum Kind { Null, Bool, Int, Real, String, Name, Array, Dict, Ref, Stream };
    Kind kind = Null;
    bool boolean = false;
    qint64 integer = 0; // Int; Ref: object number
    int generation = 0; // Ref
    double real = 0;
    QByteArray bytes;             // String (decoded), Name (without '/')
    std::vector<Object> items;    // Array items; Dict and Stream values
    std::vector<QByteArray> keys; // Dict and Stream keys (parallel to items)
    qint64 streamOffset = -1;     // Stream: offset of the raw data in the file
    qint64 streamLength = 0;

    bool isNull() const { return kind == Null; }
    bool isDict() const { return kind == Dict || kind == Stream; }
    // Dictionary lookup (Dict and Stream); a Null object when absent.
    const Object &operator[](const char *key) const;
    bool has(const char *key) const;
    void set(const QByteArray &key, const Object &value);
    void remove(const QByteArray &key);
    bool isName(const char *name) const { return kind == Name && bytes == name; }
    double number() const { return kind == Int ? double(integer) : real; }

    static Object makeInt(qint64 v);
    static Object makeName(const QByteArray &n);
    static Object makeRef(int num);
    static Object makeString(const QByteArray &s);
    static Object makeArray(std::vector<Object> items);
    static Object makeDict();
};

// Serialises a (non-stream) object in PDF syntax.
QByteArray serialize(const Object &o);
// A text string: PDFDocEncoding-safe ASCII as a literal, anything else as UTF-16BE hex.
QByteArray textString(const QString &s);
// A date string "(D:20260302090000Z)".
QByteArray dateString(const QDateTime &t);

class Reader final {
public:
    explicit Reader(const QByteArray &bytes);
    // Reads the cross-reference chain from the last startxref; false with `error` set otherwise.
    bool load(QString *error);

    const QByteArray &bytes() const { return m_bytes; }
    const Object &trailer() const { return m_trailer; }
    // The trailer's /Size: the first free object number for an update.
    int size() const { return m_size; }
    qint64 lastStartXref() const { return m_startXref; }
    // Offset of each revision's end ("%%EOF" and its line end), oldest first.
    QList<qint64> revisionEnds() const;

    bool hasObject(int num) const { return m_offsets.contains(num); }
    Object object(int num) const;
    // Follows a reference (one level or more); anything else is returned as it is.
    Object resolve(const Object &o) const;
    // The stream's bytes, decoded when it is FlateDecode (the only filter we write).
    QByteArray streamData(const Object &stream, bool *ok = nullptr) const;
    // Object numbers of the pages in order.
    QList<int> pages() const;

private:
    bool readXref(qint64 offset, QString *error, int depth);
    QByteArray m_bytes;
    Object m_trailer;
    QHash<int, qint64> m_offsets;
    int m_size = 0;
    qint64 m_startXref = -1;
};

// An incremental update: new and replaced objects, a cross-reference section and a trailer that
// points back at the previous one. finish() returns the whole file.
class Update final {
public:
    explicit Update(const Reader &base);
    int newObject(); // reserves the next object number
    // `body`: what goes between "N 0 obj" and "endobj".
    void set(int num, const QByteArray &body);
    QByteArray finish() const;

private:
    const Reader &m_base;
    int m_next;
    QList<QPair<int, QByteArray>> m_objects;
};

// A stream object's body with its dictionary (no /Length: added here), compressed with Flate.
QByteArray flateStream(Object dict, const QByteArray &data);

} // namespace vigilo::pdf
