#include "listensocket.h"

#include "portablepaths.h"

#if PHONEFLEET_UNIX_PATHS
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ListenSocket {
bool isSupported()
{
    return true;
}

qintptr open(const QHostAddress& address, quint16 port, quint16* boundPort, QString* error)
{
    // Any: both IPv6 and IPv4 on one dual-stack socket.
    const bool any = address == QHostAddress::Any;
    const bool v6 = any || address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const int on = 1;
    const int off = 0;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);
    int bound = -1;
    if (v6) {
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, any ? &off : &on, sizeof on);
        sockaddr_in6 a {};
        a.sin6_family = AF_INET6;
        a.sin6_port = htons(port);
        if (any) {
            a.sin6_addr = in6addr_any;
        } else {
            const Q_IPV6ADDR ip = address.toIPv6Address();
            std::memcpy(&a.sin6_addr, ip.c, sizeof ip.c);
            a.sin6_scope_id = address.scopeId().toUInt();
        }
        bound = ::bind(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a);
    } else {
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(address == QHostAddress::AnyIPv4 ? INADDR_ANY : address.toIPv4Address());
        bound = ::bind(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a);
    }
    if (bound != 0 || ::listen(fd, 1024) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    sockaddr_storage local {};
    socklen_t length = sizeof local;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length);
    *boundPort = ntohs(local.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&local)->sin6_port
                                                   : reinterpret_cast<sockaddr_in*>(&local)->sin_port);
    return fd;
}

void close(qintptr descriptor)
{
    ::close(static_cast<int>(descriptor));
}
} // namespace ListenSocket
#else
namespace ListenSocket {
bool isSupported()
{
    return false;
}

qintptr open(const QHostAddress&, quint16, quint16*, QString* error)
{
    *error = QStringLiteral("shared listening sockets are not supported on this platform");
    return -1;
}

void close(qintptr) { }
} // namespace ListenSocket
#endif
