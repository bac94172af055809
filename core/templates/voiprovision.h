#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// The VoIProvision utility of the administrator's manual: a CSV whose first line lists tags
// (written any way: "mac", "@mac@", "[mac]"), one phone per further line, and a cfg template
// in which each tag found in a value is replaced by that phone's value. One file per phone,
// named by the value of the name tag ("00908F123456" -> "00908F123456.cfg").
namespace VoIProvision {
struct File
{
    int line = 0; // the CSV line it comes from
    QString fileName;
    QByteArray content;
};
struct Problem
{
    int line = 0;
    QString message;
};
struct Result
{
    QVector<File> files;
    QVector<Problem> problems; // bad rows, skipped
};

// False with a message when nothing can be generated at all (unreadable CSV, no such name tag).
bool generate(const QByteArray& csv, const QByteArray& templ, const QString& nameTag, Result* result, QString* error);
// A file name that stays inside the output folder: no separators, no "..", no drive, not empty.
bool isSafeFileName(const QString& name);
} // namespace VoIProvision
