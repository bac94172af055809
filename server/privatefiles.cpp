#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
#ifdef Q_OS_UNIX
bool setMode(const QString& path, mode_t mode, QString* error)
{
    if (::chmod(QFile::encodeName(path).constData(), mode) != 0 && errno != ENOENT) {
        *error = QStringLiteral("cannot make %1 private: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}
#endif
} // namespace

namespace PrivateFiles {
bool folder(const QString& path, QString* error)
{
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create the folder %1").arg(path);
        return false;
    }
#ifdef Q_OS_UNIX
    return setMode(path, 0700, error);
#else
    return true;
#endif
}

bool sqliteDatabase(const QString& path, QString* error)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error =
            QStringLiteral("cannot open the database %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    if (!ok) {
        *error = QStringLiteral("cannot make %1 private: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (!setMode(path + QLatin1String(suffix), 0600, error)) {
            return false;
        }
    }
#else
    Q_UNUSED(path)
    Q_UNUSED(error)
#endif
    return true;
}
} // namespace PrivateFiles
