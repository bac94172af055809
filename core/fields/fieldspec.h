#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// What one field of an entity is, apart from the entity: its names in each place it appears
// (the store's column, the admin API's JSON key, the users CSV's header, the console's label),
// its type and range, and who may see and change it. FieldTable<Row> (fieldtable.h) pairs a
// spec with the member of the row; the store, the JSON reader and writer, CSV and the console's
// tables are all written from the table, so a field is described once (docs/fields.md).
enum class FieldType {
    Text,      // one line
    Lines,     // text that may hold line breaks (descriptions, cfg data)
    Integer,   // a whole number in [min, max]
    Reference, // the id of another row; 0 is "none": NULL in the store, null in JSON
    Flag,      // true or false; 0 or 1 in the store
    Time,      // a UTC time; invalid is "never": NULL in the store, null in JSON
    Choice,    // one of choices, as text
    Mac,       // a MAC address, as text (12 hexadecimal digits)
};

namespace FieldFlag {
enum : unsigned {
    None = 0,
    Required = 1u << 0,      // may not be empty (text) or 0 (a reference)
    Trimmed = 1u << 1,       // white space around the value is dropped before it is checked and stored
    ReadOnly = 1u << 2,      // set by the server; written to clients, ignored when a client sends it back
    WriteOnly = 1u << 3,     // a client may set it; it is never written back (a SIP password)
    Secret = 1u << 4,        // never in JSON answers, logs, audit details or diffs
    Internal = 1u << 5,      // the server's own: no JSON key (a phone's file credentials)
    Reported = 1u << 6,      // what a phone said, kept as it said it: not checked (escaped where shown)
    ZeroStored = 1u << 7,    // a Reference whose "none" the store keeps as 0, not NULL
    StoredAsIndex = 1u << 8, // a Choice the store keeps as its index in choices (alarm severity)
    Bytes = 1u << 9,         // an Integer that is a size in bytes (shown as "1.5 MB")
};
}

// A field's value, whatever its type: text (Text, Lines, Choice, Mac), number (Integer,
// Reference, Flag as 0/1) or time (Time).
struct FieldValue
{
    QString text;
    qint64 number = 0;
    QDateTime time;

    static FieldValue ofText(const QString& t)
    {
        FieldValue v;
        v.text = t;
        return v;
    }
    static FieldValue ofNumber(qint64 n)
    {
        FieldValue v;
        v.number = n;
        return v;
    }
    static FieldValue ofTime(const QDateTime& t)
    {
        FieldValue v;
        v.time = t;
        return v;
    }
};

struct FieldSpec
{
    const char* member = nullptr;      // the C++ member ("vlanPriority"), for docs and tests
    const char* column = nullptr;      // the store's column; nullptr: not stored with the row
    const char* json = nullptr;        // the admin API's key; nullptr: not in the API
    const char* csv = nullptr;         // the users CSV's header; nullptr: not in the file
    const char* label = nullptr;       // the console's words (translated with the "Field" context)
    const char* placeholder = nullptr; // the built-in %ITCS_<name>% that is this field's value
    FieldType type = FieldType::Text;
    unsigned flags = FieldFlag::None;
    qint64 min = 0;
    qint64 max = 0;
    QStringList choices; // Choice: the words it takes
    QStringList aliases; // Choice: other words it takes for one of them (the vendor's "model")

    bool has(unsigned flag) const { return (flags & flag) != 0; }
    bool inJsonAnswers() const
    {
        return json && !has(FieldFlag::WriteOnly) && !has(FieldFlag::Secret) && !has(FieldFlag::Internal);
    }
    bool writableByClients() const { return json && !has(FieldFlag::ReadOnly); }

    // The one check of a value, for the store, the API, CSV import and the console alike:
    // empty when it is fine, else a sentence that starts with the field's label ("VLAN priority
    // must be a whole number from 0 to 7, not 9"). value: as it will be stored (trimmed).
    QString problem(const FieldValue& value) const;
    // Reads a field's value from text (a CSV cell, a console's line edit): false with
    // problem() words in *error when the text is no such value.
    bool fromText(const QString& text, FieldValue* value, QString* error) const;
    // The value as a CSV cell or a console's text shows it.
    QString toText(const FieldValue& value) const;
};

namespace Fields {
// The largest id a JSON number holds exactly (2^53 - 1).
constexpr qint64 maxId = 9007199254740991LL;
bool hasLineBreak(const QString& text);
} // namespace Fields
