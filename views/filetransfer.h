#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

// Local files a page uploads or saves: read off the GUI thread (a firmware image is up to
// 150 MB), written atomically (a failed save leaves the old file as it was).
namespace FileTransfer {
struct ReadResult
{
    QByteArray bytes;
    QString error; // in words, when the file could not be read whole
};

// Reads path in a worker thread, refusing a file over maxBytes; done runs in context's thread
// (not at all once context is gone).
void read(QObject* context, const QString& path, qint64 maxBytes, std::function<void(const ReadResult&)> done);
// Writes bytes to path; empty on success, else why not.
QString save(const QString& path, const QByteArray& bytes);
} // namespace FileTransfer
