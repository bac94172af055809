#pragma once

#include "portablepaths.h"

#include <QObject>

#if PHONEFLEET_UNIX_PATHS
class QSocketNotifier;

// Tells when a socket descriptor can be read or written, as QSocketNotifier does (level-triggered,
// on the thread it was made in), for the thousands of connections a serving thread holds. Qt's
// Unix event loop polls every notifier's descriptor on every pass: with 4 000 connections that
// poll() was 45 % of phonefleetd's time in a 100 000-phone boot storm (bench/bootstorm.sh,
// perf). On Linux all of a thread's descriptors go into one epoll set, which the event loop
// watches as one descriptor; elsewhere this is a QSocketNotifier.
class DescriptorNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Read, Write };

    DescriptorNotifier(int descriptor, Kind kind, QObject* parent = nullptr);
    ~DescriptorNotifier() override;

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    int descriptor() const { return m_fd; }
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void activated();

private:
    int m_fd;
    Kind m_kind;
    bool m_enabled = false;
    QSocketNotifier* m_fallback = nullptr; // where there is no epoll
};
#endif
