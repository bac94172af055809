#pragma once

#include "storeerror.h"

#include "entityfields.h"
#include "fieldrows.h"

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
// columns of the row's field table (entityfields.cpp); values() gives the columns' values in
// the order of columns().
template <class T>
struct RowTraits;

// The columns, values, reading and check of a row, from its field table; children: none.
// regionExpression(): an SQL expression, evaluated on the row, giving the region a row belongs
// to (recorded with a deletion, so that the change feed can hide it from administrators who may
// not see that region); nullptr when rows have none.
template <class T>
struct FieldRow
{
    static const QStringList& columns() { return fieldsOf<T>().columns(); }
    static QVariantList values(const T& row) { return FieldRows::values(row); }
    static T read(const RowRecord& record) { return FieldRows::read<T>(record); }
    static StoreError validate(const T& row) { return FieldRows::validate(row); }
    static StoreError writeChildren(Database&, const T&) { return {}; }
    static StoreError readChildren(Database&, T*) { return {}; }
    static const char* regionExpression() { return nullptr; }
};

template <>
struct RowTraits<Region> : FieldRow<Region>
{
    static const char* table() { return "regions"; }
    static const char* regionExpression() { return "id"; }
};
template <>
struct RowTraits<Site> : FieldRow<Site>
{
    static const char* table() { return "sites"; }
    static const char* regionExpression() { return "region_id"; }
};
template <>
struct RowTraits<User> : FieldRow<User>
{
    static const char* table() { return "users"; }
    static const char* regionExpression() { return "region_id"; }
};
template <>
struct RowTraits<Device> : FieldRow<Device>
{
    static const char* table() { return "devices"; }
    static const char* regionExpression() { return "region_id"; }
};
template <>
struct RowTraits<PhoneTemplate> : FieldRow<PhoneTemplate>
{
    static const char* table() { return "templates"; }
    static const char* regionExpression() { return "region_id"; }
};
template <>
struct RowTraits<Placeholder> : FieldRow<Placeholder>
{
    static const char* table() { return "placeholders"; }
    static const char* regionExpression();
};
template <>
struct RowTraits<Alarm> : FieldRow<Alarm>
{
    static const char* table() { return "alarms"; }
    static const char* regionExpression();
};
template <>
struct RowTraits<FirmwareFile> : FieldRow<FirmwareFile>
{
    static const char* table() { return "firmware_files"; }
};
template <>
struct RowTraits<ConfigFile> : FieldRow<ConfigFile>
{
    static const char* table() { return "config_files"; }
};
template <>
struct RowTraits<OverwriteValue> : FieldRow<OverwriteValue>
{
    static const char* table() { return "overwrite_values"; }
    static const char* regionExpression();
};
// A log entry without a time is written at the time it is stored.
template <>
struct RowTraits<AuditEntry> : FieldRow<AuditEntry>
{
    static const char* table() { return "audit_log"; }
    static QVariantList values(const AuditEntry& entry);
};
// A job without a creation time is created when it is stored.
template <>
struct RowTraits<Job> : FieldRow<Job>
{
    static const char* table() { return "jobs"; }
    static QVariantList values(const Job& job);
};
// An administrator's per-region levels live in admin_region_levels, written with the admin.
template <>
struct RowTraits<Admin> : FieldRow<Admin>
{
    static const char* table() { return "admins"; }
    static StoreError writeChildren(Database& db, const Admin& admin);
    static StoreError readChildren(Database& db, Admin* admin);
};
