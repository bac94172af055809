#pragma once

#include "devicerow.h"

#include <QMap>
#include <QObject>
#include <QVector>

// Turns pages of GET /api/v1/devices (their bodies as received) into rows on worker threads —
// parsing 100 000 phones' JSON takes longer than the GUI thread may be busy — and hands them
// back, in page order, on the thread it lives in. While one page is decoded, the next can be
// downloading, and on a machine with more cores several are decoded at once. Pages that are
// ready together are handed back together (one insert into the table instead of several).
class DevicePageDecoder : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        int index = 0;
        int lastIndex = 0; // pages decoded meanwhile come as one: index..lastIndex
        int lastItems = 0; // the items on page lastIndex
        QVector<DeviceRow> rows;
        int total = 0; // the "total" of the answer: every phone of the list
        int items = 0; // the items on the page (rows has those that are phones)
        QString error; // not a list of devices: nothing else is set
    };

    explicit DevicePageDecoder(QObject* parent = nullptr);
    ~DevicePageDecoder() override;

    // Forgets the pages in flight (a new load): their results are dropped.
    void reset();
    // Pages are numbered from 0 in the order they are to be handed back.
    void decode(int index, const QByteArray& body);

    // Decodes a page on the calling thread.
    static Page decodeNow(int index, const QByteArray& body);

Q_SIGNALS:
    void decoded(const DevicePageDecoder::Page& page);

private:
    void arrived(quint64 generation, Page page);

    quint64 m_generation = 0;
    int m_next = 0;
    QMap<int, Page> m_waiting; // decoded before an earlier page
};
