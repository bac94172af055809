#include "filetransfer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent>

namespace {
FileTransfer::ReadResult readWhole(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, file.errorString()};
    }
    if (file.size() > maxBytes) {
        return {{},
                QCoreApplication::translate("FileTransfer", "the file is %1; at most %2 are accepted")
                    .arg(QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(maxBytes))};
    }
    FileTransfer::ReadResult r {file.readAll(), {}};
    if (r.bytes.size() != file.size()) {
        r.error = file.errorString();
    }
    return r;
}
} // namespace

namespace FileTransfer {
void read(QObject* context, const QString& path, qint64 maxBytes, std::function<void(const ReadResult&)> done)
{
    auto* watcher = new QFutureWatcher<ReadResult>(context);
    QObject::connect(watcher, &QFutureWatcher<ReadResult>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(readWhole, path, maxBytes));
}

QString save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        return {};
    }
    return file.errorString();
}
} // namespace FileTransfer
