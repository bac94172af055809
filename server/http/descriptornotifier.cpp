#include "descriptornotifier.h"

#if PHONEFLEET_UNIX_PATHS
#include <QHash>
#include <QSocketNotifier>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/epoll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace {
// One epoll set per thread, watched by the thread's event loop through one QSocketNotifier.
// Each descriptor has one entry, whose events are those of its enabled notifiers.
class EpollSet
{
public:
    EpollSet()
        : m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    {
        if (m_epoll >= 0) {
            m_notifier = std::make_unique<QSocketNotifier>(m_epoll, QSocketNotifier::Read);
            QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] { dispatch(); });
        }
    }
    ~EpollSet()
    {
        m_notifier.reset();
        if (m_epoll >= 0) {
            ::close(m_epoll);
        }
    }
    bool isValid() const { return m_epoll >= 0; }

    // The set of the calling thread (made on first use, gone with the thread).
    static EpollSet& ofThisThread()
    {
        thread_local EpollSet set;
        return set;
    }

    void update(DescriptorNotifier* n, bool on)
    {
        Entry& e = m_entries[n->descriptor()];
        DescriptorNotifier*& slot = n->kind() == DescriptorNotifier::Kind::Read ? e.read : e.write;
        if (on) {
            slot = n;
        } else if (slot == n) {
            slot = nullptr;
        }
        apply(n->descriptor(), e);
    }
    void forget(DescriptorNotifier* n)
    {
        const auto it = m_entries.find(n->descriptor());
        if (it == m_entries.end()) {
            return;
        }
        DescriptorNotifier*& slot = n->kind() == DescriptorNotifier::Kind::Read ? it->read : it->write;
        if (slot == n) {
            slot = nullptr;
            apply(n->descriptor(), *it);
        }
    }

private:
    struct Entry
    {
        DescriptorNotifier* read = nullptr;
        DescriptorNotifier* write = nullptr;
        bool registered = false;
    };

    void apply(int fd, Entry& e)
    {
        const uint32_t events = (e.read ? EPOLLIN | EPOLLRDHUP : 0u) | (e.write ? EPOLLOUT : 0u);
        epoll_event ev {};
        ev.events = events;
        ev.data.fd = fd;
        if (events == 0) {
            if (e.registered) {
                ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &ev);
            }
            m_entries.remove(fd);
            return;
        }
        if (::epoll_ctl(m_epoll, e.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) == 0) {
            e.registered = true;
        } else if (errno == ENOENT || errno == EEXIST) {
            // The descriptor was closed and its number reused behind our back: start afresh.
            ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &ev);
            e.registered = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) == 0;
        }
        if (!e.registered) {
            // (ENOMEM, or fs.epoll.max_user_watches reached): the connection would never be
            // served; say so once, and its idle timeout closes it.
            static bool said = false;
            if (!said) {
                said = true;
                qWarning("phonefleetd: cannot watch connection descriptors with epoll: %s", strerror(errno));
            }
        }
    }

    // What is ready now, each to its notifier. A handler may close descriptors and disable or
    // delete notifiers (its own or others'), so each event is looked up again as it comes; one
    // for a number already reused is a spurious wake-up, which non-blocking reads and writes
    // take in their stride. What is left over (more than a batch) wakes the loop again.
    void dispatch()
    {
        epoll_event events[256];
        const int n = ::epoll_wait(m_epoll, events, 256, 0);
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            const uint32_t what = events[i].events;
            const bool failed = (what & (EPOLLERR | EPOLLHUP)) != 0;
            if ((what & (EPOLLIN | EPOLLRDHUP)) || failed) {
                const auto it = m_entries.constFind(fd);
                if (it != m_entries.constEnd() && it->read) {
                    Q_EMIT it->read->activated();
                }
            }
            if ((what & EPOLLOUT) || failed) {
                const auto it = m_entries.constFind(fd);
                if (it != m_entries.constEnd() && it->write) {
                    Q_EMIT it->write->activated();
                }
            }
        }
    }

    int m_epoll = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QHash<int, Entry> m_entries;
};
} // namespace
#endif

DescriptorNotifier::DescriptorNotifier(int descriptor, Kind kind, QObject* parent)
    : QObject(parent)
    , m_fd(descriptor)
    , m_kind(kind)
{
#ifdef Q_OS_LINUX
    if (EpollSet::ofThisThread().isValid()) {
        setEnabled(true);
        return;
    }
#endif
    m_fallback =
        new QSocketNotifier(descriptor, kind == Kind::Read ? QSocketNotifier::Read : QSocketNotifier::Write, this);
    connect(m_fallback, &QSocketNotifier::activated, this, &DescriptorNotifier::activated);
    m_enabled = true;
}

DescriptorNotifier::~DescriptorNotifier()
{
#ifdef Q_OS_LINUX
    if (!m_fallback) {
        EpollSet::ofThisThread().forget(this);
    }
#endif
}

void DescriptorNotifier::setEnabled(bool on)
{
    if (m_fallback) {
        m_fallback->setEnabled(on);
        m_enabled = on;
        return;
    }
#ifdef Q_OS_LINUX
    if (on == m_enabled) {
        return;
    }
    m_enabled = on;
    EpollSet::ofThisThread().update(this, on);
#endif
}
#endif
