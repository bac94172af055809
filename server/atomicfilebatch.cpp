#include "atomicfilebatch.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {
constexpr size_t maxQueued = 256; // about 2.5 MB of typical cfg files waiting
}

AtomicFileBatch::AtomicFileBatch(const QString& folder, bool compress)
    : m_folder(folder)
    , m_compress(compress)
{
    const unsigned int count = qBound(1u, std::thread::hardware_concurrency(), 4u);
    for (unsigned int i = 0; i < count; ++i) {
        m_threads.emplace_back([this] { drain(); });
    }
}

AtomicFileBatch::~AtomicFileBatch()
{
    stop();
}

void AtomicFileBatch::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    for (std::thread& thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
}

void AtomicFileBatch::drain()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) {
            return; // stopping, nothing left
        }
        std::pair<QString, QByteArray> item = std::move(m_queue.front());
        m_queue.pop_front();
        const bool failedBefore = !m_error.isEmpty();
        lock.unlock();
        m_changed.notify_all(); // room in the queue
        QString error;
        const bool ok = failedBefore || writeNow(item.first, item.second, &error);
        const QByteArray compressed = ok && m_compress && !failedBefore ? qCompress(item.second, 1) : QByteArray();
        lock.lock();
        if (!ok && m_error.isEmpty()) {
            m_error = error;
        }
        if (ok && !failedBefore) {
            ++m_written;
            if (m_compress) {
                m_compressed.insert(item.first, compressed);
            }
        }
    }
}

bool AtomicFileBatch::write(const QString& fileName, const QByteArray& content, QString* error)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < maxQueued || !m_error.isEmpty(); });
    if (!m_error.isEmpty() || m_stopping) {
        *error = m_stopping ? QStringLiteral("the batch is already finished") : m_error;
        return false;
    }
    m_queue.emplace_back(fileName, content);
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool AtomicFileBatch::writeNow(const QString& fileName, const QByteArray& content, QString* error)
{
    const QString path = QDir(m_folder).filePath(fileName);
#ifdef Q_OS_UNIX
    // Same folder, so the rename is atomic; the name starts with '.' so no phone asks for it.
    // Plain system calls: QFile adds a stat or two per file, which 100 000 files feel.
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary =
        QFile::encodeName(QDir(m_folder).filePath(QStringLiteral(".") + fileName + QStringLiteral(".partial")));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
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
    if (::close(fd) != 0 || ::rename(temporary.constData(), target.constData()) != 0) {
        *error = QStringLiteral("cannot replace %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        ::unlink(temporary.constData());
        return false;
    }
#else
    // Elsewhere QSaveFile gives the atomic replacement (and a sync per file).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
#endif
    return true;
}

QHash<QString, QByteArray> AtomicFileBatch::takeCompressed()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    QHash<QString, QByteArray> done;
    done.swap(m_compressed);
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
#ifdef Q_OS_UNIX
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
