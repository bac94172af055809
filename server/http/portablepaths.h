#pragma once

#include <QtGlobal>

// Which implementation the server takes where platforms differ. On Unix, plain HTTP goes
// straight through socket descriptors (DescriptorTransport, accept4, one listening socket shared
// by the serving threads) and generated files are written with plain system calls and synced
// per folder; elsewhere (Windows) Qt's sockets, one serving thread and QSaveFile do the same
// jobs. PHONEFLEET_PORTABLE (cmake -DPHONEFLEET_PORTABLE=ON) makes a Unix build take the
// portable ones too, so that the code Windows runs is built and tested here (scripts/test).
// What is a fact of the system rather than a choice (file modes, descriptor limits, signals)
// follows the system whatever this says.
#if defined(Q_OS_UNIX) && !defined(PHONEFLEET_PORTABLE)
#define PHONEFLEET_UNIX_PATHS 1
#else
#define PHONEFLEET_UNIX_PATHS 0
#endif
