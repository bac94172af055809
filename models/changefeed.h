#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>

class ConsoleSession;

// One entry of GET /api/v1/changes: a row written (item: as its collection lists it) or deleted.
struct FeedChange
{
    QString collection; // "devices", "regions", "users", "alarms", "settings", ...
    qint64 id = 0;
    qint64 revision = 0;
    bool deleted = false;
    QJsonObject item;
};

// Follows the server's change feed: asks for the rows changed since the last revision every
// interval (at once again while the server says there is more), one request at a time. When the
// server cannot be reached it says so once and keeps trying, slower, until it answers again.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(ConsoleSession* session, QObject* parent = nullptr);

    // The server's current revision (the feed is empty after it): where a console that has just
    // loaded its rows starts following.
    static void currentRevision(ConsoleSession* session, QObject* context,
                                std::function<void(bool ok, qint64 revision, const QString& error)> done);

    void follow(qint64 sinceRevision);
    void stop();
    bool isFollowing() const { return m_following; }
    qint64 revision() const { return m_revision; }
    void setInterval(int ms) { m_intervalMs = ms; }

Q_SIGNALS:
    void changed(const QVector<FeedChange>& changes);
    void unavailable(const QString& why);
    void available();

private:
    void poll();
    void schedule(int ms);

    ConsoleSession* m_session;
    QTimer m_timer;
    qint64 m_revision = 0;
    bool m_following = false;
    bool m_inFlight = false;
    bool m_failing = false;
    int m_intervalMs = 2000;
    int m_retryMs = 2000;
    quint64 m_generation = 0;
};
