#pragma once

#include "entityfields.h"
#include "jsoncursor.h"
#include "jsonwriter.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// The admin API's JSON of a row, from its field table: written once (straight from the row, by
// JsonWriter for lists or into a QJsonObject), read from a client's object with the table's
// one check, and read back by clients from the server's answers.
//
// Answers hold every field with a JSON key except write-only and secret ones; a reference or
// a time that is not set is null. A client's object may hold the writable fields; read-only
// ones are accepted and ignored (a client sends back what it got), unknown ones are refused.
namespace FieldJson {
void write(JsonWriter& writer, const FieldSpec& field, const FieldValue& value);
QJsonValue toJson(const FieldSpec& field, const FieldValue& value);
// A client's value: false with words that name the key when its type or value is not right.
bool fromClient(const FieldSpec& field, const QJsonValue& json, FieldValue* value, QString* error);
// A value as the server wrote it (lenient: what is not right reads as empty).
FieldValue fromAnswer(const FieldSpec& field, const JsonScalar& scalar);
JsonScalar scalarOf(const QJsonValue& value);

template <class Row>
void writeMembers(JsonWriter& writer, const Row& row)
{
    for (const Field<Row>& f : fieldsOf<Row>().fields()) {
        if (f.inJsonAnswers()) {
            writer.key(f.json);
            write(writer, f, f.get(row));
        }
    }
}

template <class Row>
QJsonObject toObject(const Row& row)
{
    QJsonObject object;
    for (const Field<Row>& f : fieldsOf<Row>().fields()) {
        if (f.inJsonAnswers()) {
            object.insert(QLatin1String(f.json), toJson(f, f.get(row)));
        }
    }
    return object;
}

// Applies a client's object to a row (a default one to create, the stored one to change).
// ignored: more keys a client may send back (names the server adds: "regionName"), besides
// the table's read-only fields; others: keys the caller reads itself. False with the first
// problem in *error; the row may then be partly changed.
template <class Row>
bool apply(const QJsonObject& object, Row* row, QString* error, const QStringList& ignored = {},
           const QStringList& others = {})
{
    const FieldTable<Row>& table = fieldsOf<Row>();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const Field<Row>* f = table.byJson(it.key());
        if (!f || f->has(FieldFlag::Internal)) {
            if (ignored.contains(it.key()) || others.contains(it.key())) {
                continue;
            }
            *error = QStringLiteral("unknown field '%1'").arg(it.key());
            return false;
        }
        if (!f->writableByClients()) {
            continue;
        }
        FieldValue value;
        QString why;
        if (!fromClient(*f, it.value(), &value, &why)) {
            *error = why;
            return false;
        }
        if (why = f->problemOf(value); !why.isEmpty()) {
            *error = QStringLiteral("'%1': %2").arg(it.key(), why);
            return false;
        }
        f->assign(row, value);
    }
    return true;
}

// One member of a row in the server's answer, as JsonCursor gives them; false for a key that
// is not the row's.
template <class Row>
bool readMember(QLatin1String key, const JsonScalar& scalar, Row* row)
{
    const Field<Row>* f = fieldsOf<Row>().byJson(key);
    if (!f) {
        return false;
    }
    f->set(row, fromAnswer(*f, scalar));
    return true;
}

// A row from the server's answer: every field it holds.
template <class Row>
void read(const QJsonObject& object, Row* row)
{
    const FieldTable<Row>& table = fieldsOf<Row>();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (const Field<Row>* f = table.byJson(it.key())) {
            f->set(row, fromAnswer(*f, scalarOf(it.value())));
        }
    }
}
} // namespace FieldJson
