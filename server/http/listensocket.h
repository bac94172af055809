#pragma once

#include <QHostAddress>
#include <QString>

// Listening sockets that several threads can share a port through (SO_REUSEPORT: the kernel
// spreads new connections over them). Each serving thread gets its own; the first one picks
// the port when 0 is asked for. Unix only: elsewhere the server runs one serving thread on
// Qt's own listening socket.
namespace ListenSocket {
bool isSupported();
// A listening, non-blocking socket descriptor, or -1 with *error set. *boundPort gets the port.
qintptr open(const QHostAddress& address, quint16 port, quint16* boundPort, QString* error);
void close(qintptr descriptor);
} // namespace ListenSocket
