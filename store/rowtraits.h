#pragma once

#include "storeerror.h"

#include "admin.h"
#include "alarm.h"
#include "auditentry.h"
#include "configfile.h"
#include "device.h"
#include "firmwarefile.h"
#include "job.h"
#include "overwritevalue.h"
#include "phonetemplate.h"
#include "placeholder.h"
#include "region.h"
#include "user.h"

#include <QStringList>
#include <QVariantList>

class Database;
class RowRecord;

// How each domain type maps to its table. Every table has "id" and "revision" besides the
// columns listed here; values() gives the columns' values in the order of columns().
template <class T>
struct RowTraits;

// Rows without child tables. regionExpression(): an SQL expression, evaluated on the row,
// giving the region a row belongs to (recorded with a deletion, so that the change feed can hide
// it from administrators who may not see that region); nullptr when rows have none.
template <class T>
struct PlainRow
{
    static StoreError writeChildren(Database&, const T&) { return {}; }
    static StoreError readChildren(Database&, T*) { return {}; }
    static const char* regionExpression() { return nullptr; }
};

#define PHONEFLEET_DECLARE_ROW(Type)                                                                                   \
    static const char* table();                                                                                        \
    static const QStringList& columns();                                                                               \
    static QVariantList values(const Type& row);                                                                       \
    static Type read(const RowRecord& record);                                                                         \
    static StoreError validate(const Type& row);

template <>
struct RowTraits<Region> : PlainRow<Region>
{
    PHONEFLEET_DECLARE_ROW(Region)
    static const char* regionExpression() { return "id"; }
};
template <>
struct RowTraits<User> : PlainRow<User>
{
    PHONEFLEET_DECLARE_ROW(User)
    static const char* regionExpression() { return "region_id"; }
};
template <>
struct RowTraits<Device> : PlainRow<Device>
{
    PHONEFLEET_DECLARE_ROW(Device)
    static const char* regionExpression() { return "region_id"; }
};
template <>
struct RowTraits<PhoneTemplate> : PlainRow<PhoneTemplate>
{
    PHONEFLEET_DECLARE_ROW(PhoneTemplate)
    static const char* regionExpression() { return "region_id"; }
};
template <>
struct RowTraits<Placeholder> : PlainRow<Placeholder>
{
    PHONEFLEET_DECLARE_ROW(Placeholder)
    static const char* regionExpression();
};
template <>
struct RowTraits<Alarm> : PlainRow<Alarm>
{
    PHONEFLEET_DECLARE_ROW(Alarm)
    static const char* regionExpression();
};
template <>
struct RowTraits<FirmwareFile> : PlainRow<FirmwareFile>
{
    PHONEFLEET_DECLARE_ROW(FirmwareFile)
};
template <>
struct RowTraits<ConfigFile> : PlainRow<ConfigFile>
{
    PHONEFLEET_DECLARE_ROW(ConfigFile)
};
template <>
struct RowTraits<OverwriteValue> : PlainRow<OverwriteValue>
{
    PHONEFLEET_DECLARE_ROW(OverwriteValue)
    static const char* regionExpression();
};
template <>
struct RowTraits<AuditEntry> : PlainRow<AuditEntry>
{
    PHONEFLEET_DECLARE_ROW(AuditEntry)
};
template <>
struct RowTraits<Job> : PlainRow<Job>
{
    PHONEFLEET_DECLARE_ROW(Job)
};
// An administrator's per-region levels live in admin_region_levels, written with the admin.
template <>
struct RowTraits<Admin>
{
    PHONEFLEET_DECLARE_ROW(Admin)
    static StoreError writeChildren(Database& db, const Admin& admin);
    static StoreError readChildren(Database& db, Admin* admin);
    static const char* regionExpression() { return nullptr; }
};

#undef PHONEFLEET_DECLARE_ROW
