#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

// Reads the fields of a JSON object a client sent, checking each one's type and range, and
// remembers the first problem in words that name the field ("'vlanId' must be a whole number
// from 0 to 4094"). A field that is absent leaves the target alone, so the same code serves a
// full object and a partial update. finish() also refuses fields nobody read: a typo in a
// field name is an error, not a silently ignored value.
class JsonReader
{
public:
    // ignored: fields a client may send back as it got them (id, revision, names of ids, ...).
    explicit JsonReader(const QJsonObject& object, const QStringList& ignored = {});

    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }
    // Strings may not hold line breaks unless multiLine.
    void text(const char* key, QString* out, bool multiLine = false);
    void integer(const char* key, qint64* out, qint64 min, qint64 max);
    void integer(const char* key, int* out, int min, int max);
    void boolean(const char* key, bool* out);
    // A field whose value the caller reads itself; it is marked as known.
    QJsonValue value(const char* key);
    void fail(const QString& message);

    bool ok() const { return m_error.isEmpty(); }
    // False with the first problem (or an unknown field) in *error.
    bool finish(QString* error);

private:
    QJsonObject m_object;
    QSet<QString> m_known;
    QString m_error;
};
