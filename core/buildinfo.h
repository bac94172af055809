#pragma once

#include <QString>

// What this build is, for --version, the About box and bug reports: PhoneFleet's version, the
// commit it was built from, and the Qt and OpenSSL it runs with (the libraries loaded, which a
// system update can change under an installed PhoneFleet).
namespace BuildInfo {
QString version();        // "0.1.0"
QString commit();         // "1a2b3c4d5e6f", "1a2b3c4d5e6f-dirty" or "unknown"
QString qtVersion();      // "6.4.2", or "6.4.2 (built with 6.4.1)" when they differ
QString openSslVersion(); // "OpenSSL 3.0.17 1 Jul 2025"
// Two lines: "phonefleetd 0.1.0 (commit 1a2b3c4d5e6f)" and "Qt 6.4.2, OpenSSL 3.0.17 1 Jul 2025".
QString versionText(const QString& program);
} // namespace BuildInfo
