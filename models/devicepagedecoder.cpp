#include "devicepagedecoder.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

DevicePageDecoder::DevicePageDecoder(QObject* parent)
    : QObject(parent)
{ }

DevicePageDecoder::~DevicePageDecoder() = default; // running decodes finish into watchers deleted with this

void DevicePageDecoder::reset()
{
    ++m_generation;
    m_next = 0;
    m_waiting.clear();
}

DevicePageDecoder::Page DevicePageDecoder::decodeNow(int index, const QByteArray& body)
{
    Page page;
    page.index = index;
    page.lastIndex = index;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject object = doc.object();
    if (error.error != QJsonParseError::NoError || !object.value(QStringLiteral("items")).isArray()) {
        page.error = error.error != QJsonParseError::NoError
            ? tr("the server's answer is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)
            : tr("the server's answer is not a list of phones");
        return page;
    }
    const QJsonArray items = object.value(QStringLiteral("items")).toArray();
    page.items = static_cast<int>(items.size());
    page.lastItems = page.items;
    page.total = static_cast<int>(object.value(QStringLiteral("total")).toDouble());
    page.rows = DeviceRow::fromItems(items);
    return page;
}

void DevicePageDecoder::decode(int index, const QByteArray& body)
{
    auto* watcher = new QFutureWatcher<Page>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<Page>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        arrived(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([index, body] { return decodeNow(index, body); }));
}

void DevicePageDecoder::arrived(quint64 generation, Page page)
{
    if (generation != m_generation) {
        return;
    }
    m_waiting.insert(page.index, std::move(page));
    if (m_waiting.isEmpty() || m_waiting.firstKey() != m_next) {
        return;
    }
    Page ready = m_waiting.take(m_next++);
    while (ready.error.isEmpty() && !m_waiting.isEmpty() && m_waiting.firstKey() == m_next
           && m_waiting.first().error.isEmpty()) {
        Page more = m_waiting.take(m_next++);
        ready.rows.append(std::move(more.rows));
        ready.items += more.items;
        ready.total = more.total;
        ready.lastIndex = more.lastIndex;
        ready.lastItems = more.lastItems;
    }
    Q_EMIT decoded(ready);
}
