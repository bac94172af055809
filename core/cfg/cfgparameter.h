#pragma once

#include <QString>
#include <QStringList>

// What the parameter catalogue knows of one cfg key. A key pattern may hold the segment "N"
// for an index ("voip/line/N/enabled") or '*' inside a segment ("zzz*_cfg").
struct CfgParameter
{
    enum class Type { String, Integer, Boolean, Enum, Time, Url, Host };

    QString key;
    Type type = Type::String;
    qint64 minimum = 0;     // Integer
    qint64 maximum = 0;     // Integer
    int maxLength = 0;      // String, Url, Host; 0: no limit known
    QStringList values;     // Enum, compared without regard to case
    bool strictEnum = true; // false: a value outside the list is a warning, not an error
    bool secret = false;    // passwords: shown masked, never logged
    QString defaultValue;
    QString description;

    static QString typeToString(Type type);
    static bool typeFromString(const QString& text, Type* type);
};
