#pragma once

#include "contentcodec.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

// Writes many files into one folder, each atomically (a reader sees the old file or the new
// one, never a part), and makes them all durable with one sync at the end instead of one per
// file: QSaveFile's per-file fsync costs about a millisecond, a minute and a half for 100 000
// phones. Everything per file happens on threads of their own, so that it overlaps with the
// caller's rendering and database work: the SHA-256 (skipping files whose bytes did not
// change), the write, and with encodeForStore on the form the caller stores (ContentCodec). Results come
// back through takeFinished(). Call finish() before recording the files as written anywhere
// else: it waits for every write and reports the first failure.
//
// The folder changes only if the caller says so: a file it replaces keeps its previous version
// as a hard link (".<name>.previous") until the changes are kept; undoing them, or destroying a
// batch whose changes nobody took, puts the previous versions back and removes the files it
// created. A failure half-way (a full disk, a database error) thus leaves no file without its
// row and no row whose file changed under it. takeChanges() hands the decision to whoever
// knows when the rows are committed (Database::whenFinished). A name is written once per batch.
class AtomicFileBatch
{
public:
    struct Finished
    {
        QString fileName;
        QString sha256;                // of the content, lower-case hex
        qint64 size = 0;               // of the content
        ContentCodec::Encoded encoded; // with encodeForStore and the file written: what the store keeps
        bool unchanged = false;        // same bytes as unchangedIfSha and already there: not rewritten
    };

    explicit AtomicFileBatch(const QString& folder, bool encodeForStore = false);
    // Whether there is a file at path (following links, as a phone's request would).
    static bool fileExists(const QString& path);
    ~AtomicFileBatch();
    AtomicFileBatch(const AtomicFileBatch&) = delete;
    AtomicFileBatch& operator=(const AtomicFileBatch&) = delete;

    // Queues one file (fileName: a plain name inside the folder). When unchangedIfSha is the
    // content's SHA-256 and the file exists, it is left as it is. False when an earlier write
    // already failed, with its message.
    bool write(const QString& fileName, const QByteArray& content, const QString& unchangedIfSha, QString* error);
    // Waits for the queued files and flushes the written ones to disk; the batch takes no more
    // files after. False with a message on failure.
    bool finish(QString* error);
    // The files finished so far (all of them after finish()); each is handed out once.
    std::vector<Finished> takeFinished();

    // How a written file can be undone.
    enum class UndoKind { Remove, Restore, Keep }; // Keep: no previous version could be kept
    struct Written
    {
        QString fileName;
        UndoKind undo = UndoKind::Remove;
    };
    // What a batch changed in its folder, to keep or to put back (once; then it is empty).
    class Changes
    {
    public:
        // The previous versions are let go.
        void keep();
        // Previous versions back, created files removed (newest first).
        void undo();

    private:
        friend class AtomicFileBatch;
        QString m_folder;
        std::vector<Written> m_written;
    };
    // Waits for the writes and hands over what they changed; the batch then undoes nothing.
    Changes takeChanges();
    void commit() { takeChanges().keep(); }
    void rollback() { takeChanges().undo(); }
    // ".<name>.previous": starts with '.', which no served or generated name does.
    static QString previousPathOf(const QString& folder, const QString& fileName);

private:
    struct Queued
    {
        QString fileName;
        QByteArray content;
        QString unchangedIfSha;
    };
    // likelyNew: try to place the file without looking for a previous version first.
    bool writeNow(const QString& fileName, const QByteArray& content, bool likelyNew, QString* error);
    bool exists(const QString& fileName) const;
    Finished process(const Queued& item, bool* ok, QString* error);
    void drain();
    void stop();

    QString m_folder;
    bool m_encodeForStore = false;
    int m_written = 0;
    std::vector<Finished> m_finished;
    std::vector<Written> m_undo; // every file written, failed batches included
    QSet<QString> m_names;       // queued in this batch
    std::mutex m_mutex;
    std::condition_variable m_work; // files to take (a handful at a time) or stopping
    std::condition_variable m_room; // the queue is below its limit again
    std::deque<Queued> m_queue;
    QString m_error;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};
