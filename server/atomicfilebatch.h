#pragma once

#include <QByteArray>
#include <QString>

// Writes many files into one folder, each atomically (a reader sees the old file or the new
// one, never a part), and makes them all durable with one sync at the end instead of one per
// file: QSaveFile's per-file fsync costs about a millisecond, a minute and a half for 100 000
// phones. Call finish() before recording the files as written anywhere else.
class AtomicFileBatch
{
public:
    explicit AtomicFileBatch(const QString& folder);
    ~AtomicFileBatch();
    AtomicFileBatch(const AtomicFileBatch&) = delete;
    AtomicFileBatch& operator=(const AtomicFileBatch&) = delete;

    // fileName: a plain name inside the folder. False with a message on failure.
    bool write(const QString& fileName, const QByteArray& content, QString* error);
    // Flushes everything written to disk. False with a message on failure.
    bool finish(QString* error);

private:
    QString m_folder;
    int m_written = 0;
};
