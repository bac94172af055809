#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

// Writes many files into one folder, each atomically (a reader sees the old file or the new
// one, never a part), and makes them all durable with one sync at the end instead of one per
// file: QSaveFile's per-file fsync costs about a millisecond, a minute and a half for 100 000
// phones. The writing happens on threads of their own, so that it overlaps with the caller's
// rendering and database work; with compress on, they also keep each file's qCompress form
// for the caller to store (takeCompressed()). Call finish() before recording the files as
// written anywhere else: it waits for every write and reports the first failure.
class AtomicFileBatch
{
public:
    explicit AtomicFileBatch(const QString& folder, bool compress = false);
    ~AtomicFileBatch();
    AtomicFileBatch(const AtomicFileBatch&) = delete;
    AtomicFileBatch& operator=(const AtomicFileBatch&) = delete;

    // Queues one file (fileName: a plain name inside the folder). False when an earlier
    // write already failed, with its message.
    bool write(const QString& fileName, const QByteArray& content, QString* error);
    // Waits for the queued files and flushes them to disk; the batch takes no more files after.
    // False with a message on failure.
    bool finish(QString* error);
    // With compress on: file name -> qCompress(content, 1) for the files written so far (all of
    // them after finish()); each is handed out once.
    QHash<QString, QByteArray> takeCompressed();

private:
    bool writeNow(const QString& fileName, const QByteArray& content, QString* error);
    void drain();
    void stop();

    QString m_folder;
    bool m_compress = false;
    int m_written = 0;
    QHash<QString, QByteArray> m_compressed;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<QString, QByteArray>> m_queue;
    QString m_error;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};
