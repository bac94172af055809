#include "jsonreader.h"

#include <QJsonValue>

#include <cmath>

JsonReader::JsonReader(const QJsonObject& object, const QStringList& ignored)
    : m_object(object)
{
    for (const QString& key : ignored) {
        m_known.insert(key);
    }
}

void JsonReader::fail(const QString& message)
{
    if (m_error.isEmpty()) {
        m_error = message;
    }
}

QJsonValue JsonReader::value(const char* key)
{
    const QString name = QLatin1String(key);
    m_known.insert(name);
    return m_object.value(name);
}

void JsonReader::text(const char* key, QString* out, bool multiLine)
{
    if (!has(key)) {
        m_known.insert(QLatin1String(key));
        return;
    }
    const QJsonValue v = value(key);
    if (v.isNull()) {
        out->clear();
        return;
    }
    if (!v.isString()) {
        fail(QStringLiteral("'%1' must be a string").arg(QLatin1String(key)));
        return;
    }
    const QString s = v.toString();
    if (!multiLine && (s.contains(u'\n') || s.contains(u'\r'))) {
        fail(QStringLiteral("'%1' cannot hold a line break").arg(QLatin1String(key)));
        return;
    }
    if (s.contains(QChar(0))) {
        fail(QStringLiteral("'%1' cannot hold a NUL character").arg(QLatin1String(key)));
        return;
    }
    *out = s;
}

void JsonReader::integer(const char* key, qint64* out, qint64 min, qint64 max)
{
    if (!has(key)) {
        m_known.insert(QLatin1String(key));
        return;
    }
    const QJsonValue v = value(key);
    const double d = v.toDouble(std::nan(""));
    if (v.isNull() && min <= 0 && max >= 0) {
        *out = 0; // null for "none" (a device without user)
        return;
    }
    if (!v.isDouble() || std::floor(d) != d || d < static_cast<double>(min) || d > static_cast<double>(max)) {
        fail(QStringLiteral("'%1' must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(max));
        return;
    }
    *out = static_cast<qint64>(d);
}

void JsonReader::integer(const char* key, int* out, int min, int max)
{
    qint64 wide = *out;
    integer(key, &wide, min, max);
    *out = static_cast<int>(wide);
}

void JsonReader::boolean(const char* key, bool* out)
{
    if (!has(key)) {
        m_known.insert(QLatin1String(key));
        return;
    }
    const QJsonValue v = value(key);
    if (!v.isBool()) {
        fail(QStringLiteral("'%1' must be true or false").arg(QLatin1String(key)));
        return;
    }
    *out = v.toBool();
}

bool JsonReader::finish(QString* error)
{
    if (m_error.isEmpty()) {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key())) {
                m_error = QStringLiteral("unknown field '%1'").arg(it.key());
                break;
            }
        }
    }
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return true;
}
