#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

// A JSON scalar as JsonCursor reads it. The accessors answer as QJsonValue's do for a value of
// another kind (toString() of a number is empty, toDouble() of a string is 0), so that code
// reading a field behaves the same whichever way the document was parsed.
struct JsonScalar
{
    enum class Kind { Null, Bool, Number, String };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    QString text;

    QString toString() const { return kind == Kind::String ? text : QString(); }
    double toDouble() const { return kind == Kind::Number ? number : 0; }
    // As QJsonValue::toInteger(): a number with a whole value that fits in qint64, else
    // defaultValue (a cast of 9e91 or NaN would be undefined behaviour).
    qint64 toInteger(qint64 defaultValue = 0) const
    {
        if (kind != Kind::Number || !(number >= -9223372036854775808.0 && number < 9223372036854775808.0)) {
            return defaultValue;
        }
        const auto whole = static_cast<qint64>(number);
        return static_cast<double>(whole) == number ? whole : defaultValue;
    }
    bool toBool() const { return kind == Kind::Bool && boolean; }
    bool isNull() const { return kind == Kind::Null; }
};

// Reads JSON text (RFC 8259) front to back without building a tree. QJsonDocument builds every
// value of a 100 000-phone list and the reader then looks each field up by name; reading the
// fields as they come, straight into the rows, does one pass and allocates only the strings
// kept. Malformed input stops the cursor with a message and the byte offset, like
// QJsonParseError; every later call then returns false.
//
//   JsonCursor c(text);
//   c.beginObject();
//   QByteArrayView key;
//   while (c.nextMember(&key)) { if (key == "total") c.readScalar(&s); else c.skipValue(); }
//   if (c.failed() || !c.atEnd()) ...
class JsonCursor
{
public:
    explicit JsonCursor(QByteArrayView text);

    // At a '{': enters the object. False (and an error) for anything else.
    bool beginObject();
    // Within an object: the next member's key (escapes decoded; valid until the next call),
    // the cursor then at its value, which the caller must read or skip. False at the closing
    // '}', which is consumed, or on an error.
    bool nextMember(QByteArrayView* key);
    // At a '[': enters the array. False (and an error) for anything else.
    bool beginArray();
    // Within an array: true with the cursor at the next element; false at the closing ']',
    // which is consumed, or on an error.
    bool nextElement();

    // Whether the value at the cursor is an object or an array.
    bool atObject();
    bool atArray();
    // At a string, number, true, false or null: reads it. False without an error at an object
    // or array (skipValue() it), false with one for malformed input.
    bool readScalar(JsonScalar* out);
    // Skips the value at the cursor, nested ones included.
    bool skipValue();
    // Only white space is left.
    bool atEnd();

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

private:
    bool fail(const char* message);
    void skipSpace();
    bool expectSeparator(char close);
    bool readString(QByteArrayView* raw, bool* escaped);
    bool unescape(QByteArrayView raw, QByteArray* out);
    bool readNumber(double* out);
    bool readLiteral(const char* word, qsizetype length);

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    std::vector<bool> m_first; // per open container: no member or element read yet
    QByteArray m_key;          // a key that held escapes, decoded
    QByteArray m_text;         // a string that held escapes, decoded
    QString m_error;
    qsizetype m_errorOffset = -1;
};
