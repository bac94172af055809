#include "devicessource.h"

#include "changefeed.h"
#include "consolesession.h"
#include "devicetablemodel.h"

#include <QJsonArray>

DevicesSource::DevicesSource(ConsoleSession* session, DeviceTableModel* model, ChangeFeed* feed, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_feed(feed)
{
    connect(feed, &ChangeFeed::changed, this, &DevicesSource::apply);
}

void DevicesSource::reload()
{
    ++m_generation;
    m_loading = true;
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
        loadPage(0, revision);
    });
}

void DevicesSource::loadPage(int offset, qint64 revision)
{
    const quint64 generation = m_generation;
    const QUrlQuery query {{QStringLiteral("offset"), QString::number(offset)},
                           {QStringLiteral("limit"), QString::number(m_pageSize)},
                           {QStringLiteral("sort"), QStringLiteral("id")}};
    m_session->get(QStringLiteral("devices"), query, this, [this, generation, offset, revision](const ApiReply& r) {
        if (generation != m_generation) {
            return;
        }
        if (!r.ok()) {
            m_loading = false;
            Q_EMIT failed(r.error);
            return;
        }
        const QJsonArray items = r.items();
        QVector<DeviceRow> rows = DeviceRow::fromItems(items);
        if (offset == 0) {
            m_model->setRows(std::move(rows));
        } else {
            m_model->upsertRows(rows);
        }
        const int total = static_cast<int>(r.json.value(QStringLiteral("total")).toDouble());
        const int next = offset + static_cast<int>(items.size());
        Q_EMIT progress(m_model->rowCount(), total);
        if (!items.isEmpty() && next < total) {
            loadPage(next, revision);
            return;
        }
        m_loading = false;
        m_feed->follow(revision);
        Q_EMIT loaded(m_model->rowCount(), m_clock.elapsed());
    });
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
