#include "devicepagedecoder.h"

#include <QFutureWatcher>
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
    // {"items":[...],"total":N}, read as it comes (DeviceRow::read).
    JsonCursor cursor(body);
    bool sawItems = false;
    if (cursor.atObject()) {
        cursor.beginObject();
        QByteArrayView key;
        while (cursor.nextMember(&key)) {
            if (key == QByteArrayView("items") && cursor.atArray()) {
                sawItems = true;
                cursor.beginArray();
                while (cursor.nextElement()) {
                    ++page.items;
                    DeviceRow row;
                    if (DeviceRow::read(cursor, &row)) {
                        page.rows.append(std::move(row));
                    }
                }
            } else if (JsonScalar total; key == QByteArrayView("total") && cursor.readScalar(&total)) {
                page.total = static_cast<int>(total.toInteger());
            } else {
                cursor.skipValue();
            }
        }
    } else if (!cursor.atEnd()) {
        cursor.skipValue(); // a JSON value, but not an object?
    }
    if (cursor.failed() || !cursor.atEnd()) {
        page.error = tr("the server's answer is not JSON (%1 at byte %2)")
                         .arg(cursor.failed() ? cursor.errorString() : tr("text after the end"))
                         .arg(cursor.failed() ? cursor.errorOffset() : body.size());
        page.rows.clear();
        page.items = 0;
        return page;
    }
    if (!sawItems) {
        page.error = tr("the server's answer is not a list of phones");
        return page;
    }
    page.lastItems = page.items;
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
