#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <vector>

// Writes JSON text (RFC 8259, compact, as QJsonDocument::Compact spells it) straight into a
// buffer. For lists of thousands of rows: a QJsonObject per row inserts every key in sorted
// place and converts every value, which was two thirds of serving GET /api/v1/devices.
//
//   JsonWriter w;
//   w.beginObject();
//   w.key("total");
//   w.value(12);
//   w.endObject();
//   reply(w.take());
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next member's name, within an object: plain ASCII, as every field name of the API is.
    void key(QLatin1String name);
    void key(const char* name) { key(QLatin1String(name)); }

    void value(const QString& text);
    void value(QLatin1String text);
    void value(double number); // whole numbers without a fraction; NaN and infinities as null
    void value(qint64 number);
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(bool flag);
    void value(const char*) = delete;    // would be taken for a bool: say QLatin1String or QString
    void value(const QJsonValue& value); // objects and arrays too
    void null();
    // key() then value(), for an object's members.
    template <class T>
    void member(const char* name, const T& v)
    {
        key(name);
        value(v);
    }

    // The text so far; the writer starts again empty.
    QByteArray take();

private:
    void separate(); // the comma before a value or member, where one is due
    void writeString(const QString& text);

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: nothing in it yet
    bool m_afterKey = false;
};
