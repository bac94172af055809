#include "atomicfilebatch.h"

#include "contentcodec.h"

#include "digest.h"
#include "portablepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <iterator>

#if PHONEFLEET_UNIX_PATHS
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
constexpr size_t maxQueued = 256; // about 2.5 MB of typical cfg files waiting
// Workers wake for this many files at once, not for each: with rendering on one thread and
// writing on the others, a wake-up per file cost the renderer as much as rendering it.
constexpr size_t handful = 16;
} // namespace

AtomicFileBatch::AtomicFileBatch(const QString& folder, bool encodeForStore)
    : m_folder(folder)
    , m_encodeForStore(encodeForStore)
{
    const unsigned int count = qBound(1u, std::thread::hardware_concurrency(), 4u);
    for (unsigned int i = 0; i < count; ++i) {
        m_threads.emplace_back([this] { drain(); });
    }
}

AtomicFileBatch::~AtomicFileBatch()
{
    rollback(); // nothing left to undo once the changes were taken
}

QString AtomicFileBatch::previousPathOf(const QString& folder, const QString& fileName)
{
    return QDir(folder).filePath(QStringLiteral(".") + fileName + QStringLiteral(".previous"));
}

AtomicFileBatch::Changes AtomicFileBatch::takeChanges()
{
    stop();
    Changes changes;
    changes.m_folder = m_folder;
    std::lock_guard<std::mutex> lock(m_mutex);
    changes.m_written.swap(m_undo);
    return changes;
}

void AtomicFileBatch::Changes::keep()
{
    for (const Written& w : m_written) {
        if (w.undo == UndoKind::Restore) {
            QFile::remove(previousPathOf(m_folder, w.fileName));
        }
    }
    m_written.clear();
}

void AtomicFileBatch::Changes::undo()
{
    for (auto it = m_written.rbegin(); it != m_written.rend(); ++it) {
        const QString path = QDir(m_folder).filePath(it->fileName);
        switch (it->undo) {
        case UndoKind::Restore:
#if PHONEFLEET_UNIX_PATHS
            // rename() replaces the target atomically: a reader sees one version or the other.
            if (::rename(QFile::encodeName(previousPathOf(m_folder, it->fileName)).constData(),
                         QFile::encodeName(path).constData())
                != 0) {
                qWarning("generation: cannot put back the previous %s: %s", qPrintable(path), std::strerror(errno));
            }
#else
            QFile::remove(path);
            if (!QFile::rename(previousPathOf(m_folder, it->fileName), path)) {
                qWarning("generation: cannot put back the previous %s", qPrintable(path));
            }
#endif
            break;
        case UndoKind::Remove:
            QFile::remove(path);
            break;
        case UndoKind::Keep:
            break;
        }
    }
    m_written.clear();
}

void AtomicFileBatch::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_work.notify_all();
    m_room.notify_all();
    for (std::thread& thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
}

void AtomicFileBatch::drain()
{
    std::vector<Queued> taken;
    std::vector<Finished> done;
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_work.wait(lock, [this] { return m_stopping || m_queue.size() >= handful; });
        if (m_queue.empty()) {
            return; // stopping, nothing left
        }
        const size_t count = std::min(handful, m_queue.size());
        for (size_t i = 0; i < count; ++i) {
            taken.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        bool failed = !m_error.isEmpty();
        lock.unlock();
        m_room.notify_one();
        QString error;
        int written = 0;
        for (const Queued& item : taken) {
            if (failed) {
                break;
            }
            bool ok = true;
            done.push_back(process(item, &ok, &error));
            written += done.back().unchanged ? 0 : 1;
            failed = !ok;
        }
        taken.clear();
        lock.lock();
        if (!error.isEmpty() && m_error.isEmpty()) {
            m_error = error;
        }
        if (m_error.isEmpty()) {
            m_written += written;
            std::move(done.begin(), done.end(), std::back_inserter(m_finished));
        } else {
            m_room.notify_all(); // a producer waiting for room learns of the failure
        }
        done.clear();
    }
}

AtomicFileBatch::Finished AtomicFileBatch::process(const Queued& item, bool* ok, QString* error)
{
    Finished result;
    result.fileName = item.fileName;
    result.sha256 = Digest::sha256Hex(item.content);
    result.size = item.content.size();
    if (!item.unchangedIfSha.isEmpty() && item.unchangedIfSha == result.sha256 && exists(item.fileName)) {
        result.unchanged = true;
        return result;
    }
    // No previous version named: the caller knows of no file by that name.
    *ok = writeNow(item.fileName, item.content, item.unchangedIfSha.isEmpty(), error);
    if (*ok && m_encodeForStore) {
        result.encoded = ContentCodec::encodeGenerated(item.content);
    }
    return result;
}

bool AtomicFileBatch::write(const QString& fileName, const QByteArray& content, const QString& unchangedIfSha,
                            QString* error)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_room.wait(lock, [this] { return m_queue.size() < maxQueued || !m_error.isEmpty() || m_stopping; });
    if (!m_error.isEmpty() || m_stopping) {
        *error = m_stopping ? QStringLiteral("the batch is already finished") : m_error;
        return false;
    }
    // Two writes of one name would share its temporary file and lose the first's undo.
    if (m_names.contains(fileName)) {
        *error = QStringLiteral("%1 is written twice in one run").arg(fileName);
        return false;
    }
    m_names.insert(fileName);
    m_queue.push_back({fileName, content, unchangedIfSha});
    const bool wake = m_queue.size() % handful == 0;
    lock.unlock();
    if (wake) {
        m_work.notify_one();
    }
    return true;
}

bool AtomicFileBatch::exists(const QString& fileName) const
{
    return fileExists(QDir(m_folder).filePath(fileName));
}

bool AtomicFileBatch::fileExists(const QString& path)
{
#if PHONEFLEET_UNIX_PATHS
    // One system call: QFileInfo builds a file-system entry and engine around its stat, which a
    // generation checking 100 000 unchanged files feels.
    return ::access(QFile::encodeName(path).constData(), F_OK) == 0;
#else
    return QFileInfo::exists(path);
#endif
}

bool AtomicFileBatch::writeNow(const QString& fileName, const QByteArray& content, bool likelyNew, QString* error)
{
    const QString path = QDir(m_folder).filePath(fileName);
#if PHONEFLEET_UNIX_PATHS
    // Same folder, so the rename is atomic; the name starts with '.' so no phone asks for it.
    // Plain system calls: QFile adds a stat or two per file, which 100 000 files feel.
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary =
        QFile::encodeName(QDir(m_folder).filePath(QStringLiteral(".") + fileName + QStringLiteral(".partial")));
    // Owner-only whatever the umask: a phone's file holds its SIP password. Created here and
    // now (O_EXCL), so 0600 less the umask, never more; a temporary file a crash left, with
    // whatever mode it had, is replaced rather than reused (no fchmod per file).
    int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST) {
        ::unlink(temporary.constData());
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    }
    if (fd < 0) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(QFile::decodeName(temporary), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, static_cast<size_t>(content.size() - done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            *error = QStringLiteral("cannot write %1: %2")
                         .arg(QFile::decodeName(temporary), QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            ::unlink(temporary.constData());
            return false;
        }
        done += n;
    }
    if (::close(fd) != 0) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(QFile::decodeName(temporary), QString::fromLocal8Bit(std::strerror(errno)));
        ::unlink(temporary.constData());
        return false;
    }
#ifdef Q_OS_LINUX
    if (likelyNew) {
        // Most files of a generation are new: one call that refuses an existing name, rather
        // than a hard link that fails for every new file before the rename. An existing name
        // (or a file system without RENAME_NOREPLACE) takes the way below.
        if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_undo.push_back({fileName, UndoKind::Remove});
            return true;
        }
        if (errno != EEXIST && errno != EINVAL && errno != ENOSYS) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            ::unlink(temporary.constData());
            return false;
        }
    }
#else
    Q_UNUSED(likelyNew);
#endif
    // The version being replaced stays under a second name until commit() (a hard link: no copy).
    const QByteArray previous = QFile::encodeName(previousPathOf(m_folder, fileName));
    UndoKind undo = UndoKind::Restore;
    int linked = ::link(target.constData(), previous.constData());
    if (linked != 0 && errno == EEXIST) { // left by a crash: the file itself is the newer one
        ::unlink(previous.constData());
        linked = ::link(target.constData(), previous.constData());
    }
    if (linked != 0) {
        // A new file, or a file system without hard links (then a failure cannot undo it).
        undo = errno == ENOENT ? UndoKind::Remove : UndoKind::Keep;
    }
    if (::rename(temporary.constData(), target.constData()) != 0) {
        *error = QStringLiteral("cannot replace %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        ::unlink(temporary.constData());
        if (undo == UndoKind::Restore) {
            ::unlink(previous.constData());
        }
        return false;
    }
#else
    // Elsewhere QSaveFile gives the atomic replacement (and a sync per file).
    Q_UNUSED(likelyNew);
    UndoKind undo = UndoKind::Remove;
    if (QFileInfo::exists(path)) {
        QFile::remove(previousPathOf(m_folder, fileName));
        undo = QFile::copy(path, previousPathOf(m_folder, fileName)) ? UndoKind::Restore : UndoKind::Keep;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(content) != content.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        if (undo == UndoKind::Restore) {
            QFile::remove(previousPathOf(m_folder, fileName));
        }
        return false;
    }
#endif
    std::lock_guard<std::mutex> lock(m_mutex);
    m_undo.push_back({fileName, undo});
    return true;
}

std::vector<AtomicFileBatch::Finished> AtomicFileBatch::takeFinished()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<Finished> done;
    done.swap(m_finished);
    return done;
}

bool AtomicFileBatch::finish(QString* error)
{
    stop();
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    if (m_written == 0) {
        return true;
    }
#if PHONEFLEET_UNIX_PATHS
    const int fd = ::open(QFile::encodeName(m_folder).constData(), O_RDONLY);
    if (fd < 0) {
        *error = QStringLiteral("cannot open %1 to sync it").arg(m_folder);
        return false;
    }
#ifdef Q_OS_LINUX
    const bool synced = ::syncfs(fd) == 0; // the files' data and the folder's renames
#else
    ::sync();
    const bool synced = ::fsync(fd) == 0;
#endif
    ::close(fd);
    if (!synced) {
        *error = QStringLiteral("cannot sync %1 to disk").arg(m_folder);
        return false;
    }
#else
    Q_UNUSED(error);
#endif
    m_written = 0;
    return true;
}
