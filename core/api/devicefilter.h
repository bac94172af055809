#pragma once

#include "device.h"

#include <QList>
#include <QPair>
#include <QString>

// The smart filters of Devices Status, in one place for everyone who filters phones: the admin
// API (query parameters, translated to SQL by the store), phonefleetctl (--filter KEY=VALUE,...)
// and the console (in memory, through matches()). Text criteria match a part of the field,
// ignoring case; all given criteria must hold.
struct DeviceFilter
{
    // Registered; anything but registered that is still reporting; silent past the timeout.
    enum class Status { Any, Registered, NotRegistered, Disconnected };
    enum class Approval { Any, Approved, Pending };

    QString text; // any of user, display name, phone number, MAC, IP, model, firmware, location
    QString user; // the user's name or display name, or the name the phone reported
    QString phoneNumber;
    QString mac; // any spelling: "00:90:8f" finds 00908F...
    QString ip;
    QString model;
    QString firmware;
    Status status = Status::Any;
    Approval approval = Approval::Any;
    QString region;               // a region's id or name (exact, ignoring case)
    bool multipleDevices = false; // phones of users who have more than one
    // Model and firmware name the whole field (ignoring case), not a part: the dashboard's
    // drill-down into one model or version; there a null string is no criterion and an empty
    // one asks for an empty field (phones that never said). Console only: not a query parameter.
    bool exactModelAndFirmware = false;

    bool isEmpty() const;

    // Keys: q, user, phoneNumber, mac, ip, model, firmware (or version), status (registered,
    // not-registered, disconnected), approval (approved, pending), region, multipleDevices
    // (true/false). Unknown keys and values are refused with a message naming them; keys in
    // ignoredKeys (paging, sorting) are skipped.
    static bool fromPairs(const QList<QPair<QString, QString>>& pairs, DeviceFilter* filter, QString* error,
                          const QStringList& ignoredKeys = {});
    // "status=registered,model=430HD" (phonefleetctl --filter).
    static bool fromText(const QString& text, DeviceFilter* filter, QString* error);
    QList<QPair<QString, QString>> toPairs() const;

    // A phone's status as the filter and the dashboard group it.
    static Status statusOf(SipStatus status);

    struct Context
    {
        QString userName;        // the user's name
        QString userDisplayName; // and display name
        QString regionName;
        int userDeviceCount = 0;
    };
    bool matches(const Device& device, const Context& context) const;

    // The MAC digits a MAC criterion stands for ("00:90:8f" -> "00908F"): separators dropped,
    // upper case. Empty when the text holds anything but hex digits and separators.
    static QString macDigits(const QString& text);
};
