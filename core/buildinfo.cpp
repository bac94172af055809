#include "buildinfo.h"

#include "buildcommit.h"

#include <openssl/crypto.h>

#include <QtGlobal>

namespace BuildInfo {

QString version()
{
    return QStringLiteral(PHONEFLEET_VERSION);
}

QString commit()
{
    return QStringLiteral(PHONEFLEET_COMMIT);
}

QString qtVersion()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? running : QStringLiteral("%1 (built with %2)").arg(running, built);
}

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString versionText(const QString& program)
{
    return QStringLiteral("%1 %2 (commit %3)\nQt %4, %5")
        .arg(program, version(), commit(), qtVersion(), openSslVersion());
}

} // namespace BuildInfo
