#pragma once

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
    void loadPage(int offset, qint64 revision);
    void apply(const QVector<FeedChange>& changes);

    ConsoleSession* m_session;
    DeviceTableModel* m_model;
    ChangeFeed* m_feed;
    QElapsedTimer m_clock;
    bool m_loading = false;
    int m_pageSize = 10000;
    quint64 m_generation = 0;
};
