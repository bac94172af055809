#pragma once

#include "device.h"
#include "jsoncursor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringMatcher>
#include <QVector>

// One phone as Devices Status shows it: the device and the names the server resolved for it,
// with the lower-case text the search box looks in, built once when the row arrives.
struct DeviceRow
{
    Device device;
    QString userName;   // the user's name; empty: no user
    QString regionName; // empty: no region yet (waiting for approval)
    QString search;     // see matchesSearch()
    quint64 ipKey = 0;  // IPv4 as a number, for numeric order (10.0.0.9 before 10.0.0.10); 0: none
    quint64 macKey = 0; // the MAC's 48 bits: sorting's tie-break, compared without touching strings

    // Reads one item of GET /api/v1/devices or of the change feed; false when it is not a phone.
    static bool fromJson(const QJsonObject& object, DeviceRow* row);
    // The phones among a page's items (those that are not are left out).
    static QVector<DeviceRow> fromItems(const QJsonArray& items);
    // The same as fromJson() for the item at the cursor, read without a QJsonObject (Devices
    // Status's pages: a third of the cost). False when it is not a phone (it is skipped) or the
    // text is malformed (cursor.failed()).
    static bool read(JsonCursor& cursor, DeviceRow* row);
    // Whether the row holds every word of needle (lower case, words separated by spaces):
    // user, reported user, display name, phone number, MAC (with or without colons), IP,
    // model, firmware, location, region and status.
    bool matchesSearch(const QStringList& needleWords) const;
    // The same with the words prepared once for many rows (QStringMatcher, lower case).
    bool matchesSearch(const QVector<QStringMatcher>& needleWords) const;
    static QVector<QStringMatcher> searchMatchers(const QStringList& needleWords);
    // The user the row shows: the user's name, else the one the phone reported.
    QString shownUser() const { return userName.isEmpty() ? device.reportedUser : userName; }

    // Builds search and ipKey from the fields; after any change to them.
    void prepare();
};
// Every member is relocatable (QString, QDateTime, numbers): vectors of rows grow by moving memory.
Q_DECLARE_TYPEINFO(DeviceRow, Q_RELOCATABLE_TYPE);
