#pragma once

#include "accesspolicy.h"
#include "alarm.h"
#include "auditentry.h"
#include "devicefilter.h"
#include "placeholder.h"
#include "repository.h"

#include <QString>

// The SQL behind the admin API's filters: what a client asks for, limited to the regions the
// administrator may see. Every value a client gives is bound, never spliced into the SQL.
// Text criteria match a part of the field, ignoring case (ASCII case in SQLite).
namespace RowQueries {
// Sortable device fields by their API names (mac, model, ip, firmware, status, lastReport,
// lastStatusChange, phoneNumber, location, displayName, region, user); empty when unknown.
QString deviceSortColumn(const QString& field);

RowQuery devices(const DeviceFilter& filter, const RegionScope& scope);

struct UserFilter
{
    QString text;   // name or display name
    QString region; // id or name
};
RowQuery users(const UserFilter& filter, const RegionScope& scope);

struct AlarmFilter
{
    enum class State { Any, Active, Cleared };
    State state = State::Any;
    QString text; // name, MAC or the phone's IP
    int minSeverity = 0;
    qint64 deviceId = 0;
};
RowQuery alarms(const AlarmFilter& filter, const RegionScope& scope);

struct LogFilter
{
    LogKind kind = LogKind::WebAdmin;
    LogLevel level = LogLevel::Verbose; // this level and more severe ones
    QString text;                       // action, target, details, admin or source
};
RowQuery logs(const LogFilter& filter, const RegionScope& scope);

// System-wide templates are everyone's; region templates follow the scope.
RowQuery templates(qint64 regionId, const QString& model, const RegionScope& scope);
// Placeholders and overwrite values: of one level (and owner) when given; only those whose owner
// the scope shows (system and system-wide template values are everyone's).
RowQuery placeholders(const QString& level, qint64 ownerId, const QString& text, const RegionScope& scope);
RowQuery overwriteValues(const QString& level, qint64 ownerId, const RegionScope& scope);
// Regions: the scope's own.
RowQuery regions(const QString& text, const RegionScope& scope);
// The sites of one region (0: all) the scope sees, by name.
RowQuery sites(qint64 regionId, const QString& text, const RegionScope& scope);
RowQuery fileNames(const QString& text);
// Phones' generated files that left placeholders unresolved, of phones the scope shows: those of
// one stored template (templateId > 0), of the shipped defaults (0) or of any template (-1).
RowQuery unresolvedFiles(qint64 templateId, const RegionScope& scope);

// "a%b_c" -> "%a\%b\_c%" for LIKE ... ESCAPE '\'.
QString likePattern(const QString& text);
} // namespace RowQueries
