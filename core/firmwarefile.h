#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

// A ".img" firmware image phones download from /firmwarefiles/. The bytes are stored apart
// from this record (see the store's content API).
struct FirmwareFile
{
    qint64 id = 0;
    qint64 revision = 0;
    QString fileName;
    QString model;
    QString version;
    qint64 size = 0;
    QString sha256; // lower-case hex
    QDateTime uploadedAt;
};
