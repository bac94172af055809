#include "devicessource.h"

#include "changefeed.h"
#include "consolesession.h"
#include "devicetablemodel.h"

#include <QJsonArray>

#ifdef __GLIBC__
#include <malloc.h>
#endif

DevicesSource::DevicesSource(ConsoleSession* session, DeviceTableModel* model, ChangeFeed* feed, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_feed(feed)
    , m_decoder(new DevicePageDecoder(this))
{
    connect(feed, &ChangeFeed::changed, this, &DevicesSource::apply);
    connect(m_decoder, &DevicePageDecoder::decoded, this, &DevicesSource::pageDecoded);
}

void DevicesSource::reload()
{
    ++m_generation;
    m_decoder->reset();
    m_loading = true;
    m_inFlight = false;
    m_nextPage = 0;
    m_decodedPages = 0;
    m_total = -1;
    m_clock.start();
    m_feed->stop();
    const quint64 generation = m_generation;
    // The revision first: whatever changes while the pages load is in the feed after it.
    ChangeFeed::currentRevision(m_session, this, [this, generation](bool ok, qint64 revision, const QString& error) {
        if (generation != m_generation) {
            return;
        }
        if (!ok) {
            m_loading = false;
            Q_EMIT failed(error);
            return;
        }
        m_revision = revision;
        requestMore();
    });
}

void DevicesSource::requestMore()
{
    // One request at a time, at most two pages ahead of the ones decoded; none past the total.
    if (!m_loading || m_inFlight || m_nextPage > m_decodedPages + 2
        || (m_total >= 0 && static_cast<qint64>(m_nextPage) * m_pageSize >= m_total)) {
        return;
    }
    const int page = m_nextPage++;
    m_inFlight = true;
    const quint64 generation = m_generation;
    const QUrlQuery query {{QStringLiteral("offset"), QString::number(static_cast<qint64>(page) * m_pageSize)},
                           {QStringLiteral("limit"), QString::number(m_pageSize)},
                           {QStringLiteral("sort"), QStringLiteral("id")}};
    m_session->getRaw(QStringLiteral("devices"), query, this, [this, generation, page](const ApiReply& r) {
        if (generation != m_generation) {
            return;
        }
        m_inFlight = false;
        if (!r.ok()) {
            m_loading = false;
            Q_EMIT failed(r.error);
            return;
        }
        m_decoder->decode(page, r.body); // on a worker thread; meanwhile the next page downloads
        requestMore();
    });
}

void DevicesSource::pageDecoded(const DevicePageDecoder::Page& page)
{
    if (!m_loading) {
        return; // a page asked for ahead of a total that turned out smaller
    }
    if (!page.error.isEmpty()) {
        m_loading = false;
        Q_EMIT failed(page.error);
        return;
    }
    if (page.index == 0) {
        m_model->setRows(page.rows, page.total);
    } else {
        m_model->upsertRows(page.rows);
    }
    m_total = page.total;
    m_decodedPages += page.lastIndex - page.index + 1;
    Q_EMIT progress(m_model->rowCount(), page.total);
    const qint64 end = static_cast<qint64>(page.lastIndex) * m_pageSize + page.lastItems;
    if (page.lastItems == 0 || end >= page.total) {
        m_loading = false;
#ifdef __GLIBC__
        // The pages' JSON was freed on the decoding threads, whose malloc arenas keep it: give it
        // back (100 000 phones: about 100 MB of resident memory).
        malloc_trim(0);
#endif
        m_feed->follow(m_revision);
        Q_EMIT loaded(m_model->rowCount(), m_clock.elapsed());
        return;
    }
    requestMore();
}

void DevicesSource::apply(const QVector<FeedChange>& changes)
{
    QVector<DeviceRow> rows;
    QVector<qint64> removed;
    for (const FeedChange& c : changes) {
        if (c.collection == QLatin1String("devices")) {
            DeviceRow row;
            if (c.deleted) {
                removed.append(c.id);
            } else if (DeviceRow::fromJson(c.item, &row)) {
                rows.append(std::move(row));
            }
        } else if (c.collection == QLatin1String("regions") && !c.deleted) {
            m_model->setRegionName(c.id, c.item.value(QStringLiteral("name")).toString());
        } else if (c.collection == QLatin1String("users") && !c.deleted) {
            m_model->setUserName(c.id, c.item.value(QStringLiteral("name")).toString());
        }
    }
    if (!rows.isEmpty()) {
        m_model->upsertRows(rows);
    }
    if (!removed.isEmpty()) {
        m_model->removeDevices(removed);
    }
}
