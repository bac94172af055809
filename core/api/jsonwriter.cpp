#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false; // a member's value follows its colon
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back()) {
            m_out.append(',');
        }
        m_first.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first.pop_back();
}

void JsonWriter::key(QLatin1String name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::writeString(const QString& text)
{
    m_out.append('"');
    bool plain = true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\') {
            plain = false;
            break;
        }
    }
    const QByteArray utf8 = text.toUtf8();
    if (plain) {
        m_out.append(utf8);
    } else {
        // Escapes are ASCII, and ASCII bytes never occur inside a multi-byte UTF-8 sequence.
        static const char hex[] = "0123456789abcdef";
        for (const char ch : utf8) {
            const auto b = static_cast<unsigned char>(ch);
            switch (b) {
            case '"':
                m_out.append("\\\"", 2);
                break;
            case '\\':
                m_out.append("\\\\", 2);
                break;
            case '\b':
                m_out.append("\\b", 2);
                break;
            case '\f':
                m_out.append("\\f", 2);
                break;
            case '\n':
                m_out.append("\\n", 2);
                break;
            case '\r':
                m_out.append("\\r", 2);
                break;
            case '\t':
                m_out.append("\\t", 2);
                break;
            default:
                if (b < 0x20) {
                    const char escape[] = {'\\', 'u', '0', '0', hex[b >> 4], hex[b & 0xF]};
                    m_out.append(escape, sizeof escape);
                } else {
                    m_out.append(ch);
                }
            }
        }
    }
    m_out.append('"');
}

void JsonWriter::value(const QString& text)
{
    separate();
    writeString(text);
}

void JsonWriter::value(QLatin1String text)
{
    value(QString(text));
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out.append("null", 4);
    } else if (number == std::floor(number) && std::fabs(number) < 9007199254740992.0) {
        m_out.append(QByteArray::number(static_cast<qint64>(number)));
    } else {
        m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    }
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
}

void JsonWriter::value(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        value(v.toBool());
        break;
    case QJsonValue::Double:
        value(v.toDouble());
        break;
    case QJsonValue::String:
        value(v.toString());
        break;
    case QJsonValue::Array:
        separate();
        m_out.append(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        separate();
        m_out.append(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        break;
    default:
        null();
        break;
    }
}

QByteArray JsonWriter::take()
{
    m_first.clear();
    m_afterKey = false;
    QByteArray out;
    out.swap(m_out);
    return out;
}
