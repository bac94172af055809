#pragma once

#include "admin.h"
#include "alarm.h"
#include "auditentry.h"
#include "configfile.h"
#include "device.h"
#include "firmwarefile.h"
#include "job.h"
#include "jsoncursor.h"
#include "jsonwriter.h"
#include "overwritevalue.h"
#include "phonetemplate.h"
#include "placeholder.h"
#include "region.h"
#include "site.h"
#include "user.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The admin API's JSON form of each domain row (camelCase fields, times as ISO 8601 UTC, null
// when there is none), shared by the server, the console and phonefleetctl.
//
// toJson() never writes a secret: a user's SIP password, an administrator's password hash and a
// phone's file credentials stay on the server ("hasPassword" says whether one is set).
// fromJson() applies the fields an object holds to a row, so it serves creation (on a default
// row) and partial updates (on the stored row) alike; id, revision and the other read-only
// fields are accepted and ignored, unknown fields are refused. On failure the row may be
// partly changed and *error names the field.
namespace ApiJson {
QJsonValue time(const QDateTime& time);
// Accepts ISO 8601 with or without milliseconds and zone (UTC assumed); invalid otherwise.
QDateTime parseTime(const QString& text);

QJsonObject toJson(const Region& region);
QJsonObject toJson(const Site& site);
QJsonObject toJson(const User& user);
QJsonObject toJson(const Device& device);
// The same fields written into an object the caller has begun (and may add to): lists of
// thousands of devices are written this way, without a QJsonObject each.
void writeMembers(JsonWriter& writer, const Device& device);
// withData: the files' texts too (lists leave them out: they are large).
QJsonObject toJson(const PhoneTemplate& templ, bool withData = true);
QJsonObject toJson(const Placeholder& placeholder);
QJsonObject toJson(const OverwriteValue& value);
QJsonObject toJson(const Alarm& alarm);
QJsonObject toJson(const ConfigFile& file);
QJsonObject toJson(const FirmwareFile& file);
QJsonObject toJson(const Admin& admin);
QJsonObject toJson(const AuditEntry& entry);
// A job with its progress: "counts" by outcome, and "progress" (0..100) of targets worked on.
QJsonObject toJson(const Job& job, const JobCounts& counts);
QJsonObject toJson(const JobTarget& target);

// "password" is write-only: given, it becomes the user's SIP password.
bool fromJson(const QJsonObject& object, User* user, QString* error);
bool fromJson(const QJsonObject& object, Region* region, QString* error);
bool fromJson(const QJsonObject& object, Site* site, QString* error);
bool fromJson(const QJsonObject& object, Device* device, QString* error);
bool fromJson(const QJsonObject& object, PhoneTemplate* templ, QString* error);
bool fromJson(const QJsonObject& object, Placeholder* placeholder, QString* error);
bool fromJson(const QJsonObject& object, OverwriteValue* value, QString* error);
// Only a firmware file's description (model, version) is written through JSON.
bool fromJson(const QJsonObject& object, FirmwareFile* file, QString* error);
// "password" (write-only) is returned in *password, for the caller to hash.
bool fromJson(const QJsonObject& object, Admin* admin, QString* password, QString* error);

// The reverse of toJson(), for clients (console, phonefleetctl): every field, read-only ones
// included. False when the object is not a row of that type.
bool read(const QJsonObject& object, Device* device);
bool read(const QJsonObject& object, User* user);
bool read(const QJsonObject& object, Region* region);
bool read(const QJsonObject& object, Alarm* alarm);
bool read(const QJsonObject& object, AuditEntry* entry);
bool read(const QJsonObject& object, Admin* admin);
bool read(const QJsonObject& object, FirmwareFile* file);
bool read(const QJsonObject& object, Job* job, JobCounts* counts);
bool read(const QJsonObject& object, JobTarget* target);
// One field of a device item, for reading a list field by field as JsonCursor gives them;
// false for a key that is not a device's. A device read this way is valid when its MAC is.
// read(QJsonObject, Device*) goes through it too: both ways read a device alike.
bool readDeviceField(QLatin1String key, const JsonScalar& value, Device* device);
} // namespace ApiJson
