#include "changefeed.h"

#include "consolesession.h"

#include <QJsonArray>

namespace {
const QString maxRevision = QStringLiteral("4611686018427387903"); // the API's upper bound for "since"
}

ChangeFeed::ChangeFeed(ConsoleSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

void ChangeFeed::currentRevision(ConsoleSession* session, QObject* context,
                                 std::function<void(bool, qint64, const QString&)> done)
{
    session->get(QStringLiteral("changes"), {{QStringLiteral("since"), maxRevision}, {QStringLiteral("limit"), "1"}},
                 context, [done](const ApiReply& r) {
                     done(r.ok(), r.json.value(QStringLiteral("revision")).toInteger(), r.error);
                 });
}

void ChangeFeed::follow(qint64 sinceRevision)
{
    ++m_generation;
    m_revision = sinceRevision;
    m_following = true;
    m_inFlight = false;
    m_failing = false;
    m_retryMs = m_intervalMs;
    schedule(m_intervalMs);
}

void ChangeFeed::stop()
{
    ++m_generation;
    m_following = false;
    m_inFlight = false;
    m_timer.stop();
}

void ChangeFeed::schedule(int ms)
{
    if (m_following) {
        m_timer.start(ms);
    }
}

void ChangeFeed::poll()
{
    if (!m_following || m_inFlight || !m_session->isSignedIn()) {
        return;
    }
    m_inFlight = true;
    const quint64 generation = m_generation;
    m_session->get(QStringLiteral("changes"),
                   {{QStringLiteral("since"), QString::number(m_revision)}, {QStringLiteral("limit"), "2000"}}, this,
                   [this, generation](const ApiReply& r) {
                       if (generation != m_generation) {
                           return;
                       }
                       m_inFlight = false;
                       if (!r.ok()) {
                           if (!m_failing) {
                               m_failing = true;
                               Q_EMIT unavailable(r.error);
                           }
                           m_retryMs = qMin(m_retryMs * 2, 30000);
                           schedule(m_retryMs);
                           return;
                       }
                       if (m_failing) {
                           m_failing = false;
                           m_retryMs = m_intervalMs;
                           Q_EMIT available();
                       }
                       QVector<FeedChange> changes;
                       for (const QJsonValue& v : r.json.value(QStringLiteral("changes")).toArray()) {
                           const QJsonObject o = v.toObject();
                           changes.append({o.value(QStringLiteral("collection")).toString(),
                                           o.value(QStringLiteral("id")).toInteger(),
                                           o.value(QStringLiteral("revision")).toInteger(),
                                           o.value(QStringLiteral("deleted")).toBool(),
                                           o.value(QStringLiteral("item")).toObject()});
                       }
                       m_revision =
                           qMax(m_revision, r.json.value(QStringLiteral("revision")).toInteger());
                       const bool more = r.json.value(QStringLiteral("truncated")).toBool();
                       if (!changes.isEmpty()) {
                           Q_EMIT changed(changes);
                       }
                       schedule(more ? 0 : m_intervalMs);
                   });
}
