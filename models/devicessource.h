#pragma once

#include "devicepagedecoder.h"

#include <QElapsedTimer>
#include <QObject>

class ChangeFeed;
class ConsoleSession;
class DeviceTableModel;
struct FeedChange;

// Keeps a DeviceTableModel in step with the server: loads every phone the administrator may
// see, a page at a time (the first page shows at once), then applies the change feed to it row
// by row — phones added, changed, removed, and the names of renamed users and regions.
class DevicesSource : public QObject
{
    Q_OBJECT

public:
    DevicesSource(ConsoleSession* session, DeviceTableModel* model, ChangeFeed* feed, QObject* parent = nullptr);

    // Loads everything again (after connecting); the feed follows from where the load began.
    void reload();
    bool isLoading() const { return m_loading; }
    // Rows per request (the API's maximum is 10 000).
    void setPageSize(int rows) { m_pageSize = rows; }

Q_SIGNALS:
    void progress(int loaded, int total);
    void loaded(int rows, qint64 milliseconds);
    void failed(const QString& why);

private:
    void requestMore();
    void pageDecoded(const DevicePageDecoder::Page& page);
    void apply(const QVector<FeedChange>& changes);

    ConsoleSession* m_session;
    DeviceTableModel* m_model;
    ChangeFeed* m_feed;
    DevicePageDecoder* m_decoder;
    QElapsedTimer m_clock;
    qint64 m_revision = 0;
    bool m_inFlight = false;
    int m_nextPage = 0;
    int m_decodedPages = 0;
    qint64 m_total = -1; // unknown until the first page is decoded
    bool m_loading = false;
    int m_pageSize = 10000;
    quint64 m_generation = 0;
};
