#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

// A ".cfg" file phones download from /configfiles/ (generated or uploaded). The bytes are
// stored apart from this record.
struct ConfigFile
{
    qint64 id = 0;
    qint64 revision = 0;
    QString fileName;
    qint64 size = 0;
    QString sha256; // lower-case hex
    QDateTime updatedAt;
    QString fingerprint; // generated files: digest of their inputs; empty for uploaded ones
};
