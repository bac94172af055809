#pragma once

// JsonCursor's reading of a document as a QJsonValue tree, to compare with QJsonDocument's: the
// unit test (tst_jsoncursor) and the fuzz target (fuzz_admin_request) hold the two to the same
// rule, that the cursor reads nothing QJsonDocument refuses and reads alike what both take.
#include "jsoncursor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace JsonCompare {
// The value at the cursor as a QJsonValue (undefined on failure), to compare with QJsonDocument.
inline QJsonValue readValue(JsonCursor& c)
{
    if (c.atObject()) {
        c.beginObject();
        QJsonObject o;
        QByteArrayView key;
        while (c.nextMember(&key)) {
            const QString name = QString::fromUtf8(key);
            const QJsonValue v = readValue(c);
            if (c.failed()) {
                return QJsonValue::Undefined;
            }
            o.insert(name, v);
        }
        return c.failed() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(o);
    }
    if (c.atArray()) {
        c.beginArray();
        QJsonArray a;
        while (c.nextElement()) {
            const QJsonValue v = readValue(c);
            if (c.failed()) {
                return QJsonValue::Undefined;
            }
            a.append(v);
        }
        return c.failed() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(a);
    }
    JsonScalar s;
    if (!c.readScalar(&s)) {
        return QJsonValue::Undefined;
    }
    switch (s.kind) {
    case JsonScalar::Kind::Null:
        return QJsonValue::Null;
    case JsonScalar::Kind::Bool:
        return s.boolean;
    case JsonScalar::Kind::Number:
        return s.number;
    case JsonScalar::Kind::String:
        return s.text;
    }
    return QJsonValue::Undefined;
}

// The whole document through the cursor; false when it refuses it.
inline bool viaCursor(const QByteArray& text, QJsonValue* out, QString* error = nullptr)
{
    JsonCursor c(text);
    *out = readValue(c);
    const bool ok = !c.failed() && c.atEnd();
    if (error) {
        *error = c.failed() ? QStringLiteral("%1 at %2").arg(c.errorString()).arg(c.errorOffset())
                            : QStringLiteral("text after the end");
    }
    return ok;
}

inline bool viaQt(const QByteArray& text, QJsonValue* out)
{
    // QJsonDocument takes only an object or an array at the top: wrap the text to compare.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        return false;
    }
    *out = doc.array().first();
    return true;
}
// QJsonDocument's value as the cursor reads it: QJsonDocument keeps a lone surrogate in its
// QString, the cursor writes U+FFFD (it reads into UTF-8, which cannot hold one); QJsonDocument
// keeps a whole number up to 2^63 exact, the cursor holds every number as a double (as
// JavaScript does: 33333333333333333 is 33333333333333332, found by fuzz_admin_request). The
// same otherwise.
inline QJsonValue asCursorReads(const QJsonValue& v)
{
    const auto fix = [](QString s) {
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (s.at(i).isSurrogate()) {
                s[i] = QChar(0xFFFD);
            }
        }
        return s;
    };
    if (v.isString()) {
        return fix(v.toString());
    }
    if (v.isDouble()) {
        return QJsonValue(v.toDouble());
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray()) {
            out.append(asCursorReads(e));
        }
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out.insert(fix(it.key()), asCursorReads(it.value()));
        }
        return out;
    }
    return v;
}
} // namespace JsonCompare
