// What the field tables (entityfields.cpp) cannot say about the store: the SQL that finds a
// row's region, times given when a row is stored, and an administrator's child rows.
#include "rowtraits.h"

#include "database.h"

#include <QSqlQuery>

const char* RowTraits<Placeholder>::regionExpression()
{
    return "CASE level WHEN 'region' THEN owner_id "
           "WHEN 'device' THEN (SELECT d.region_id FROM devices d WHERE d.id = placeholders.owner_id) "
           "WHEN 'site' THEN (SELECT s.region_id FROM sites s WHERE s.id = placeholders.owner_id) "
           "WHEN 'template' THEN (SELECT t.region_id FROM templates t WHERE t.id = placeholders.owner_id) "
           "ELSE NULL END";
}

const char* RowTraits<Alarm>::regionExpression()
{
    return "(SELECT d.region_id FROM devices d WHERE d.id = alarms.device_id)";
}

const char* RowTraits<OverwriteValue>::regionExpression()
{
    return "CASE level WHEN 'region' THEN owner_id "
           "WHEN 'device' THEN (SELECT d.region_id FROM devices d WHERE d.id = overwrite_values.owner_id) "
           "ELSE NULL END";
}

namespace {
// The row's values, with the time given now when the row has none.
template <class Row>
QVariantList valuesTimedNow(const Row& row, QDateTime Row::*time)
{
    if ((row.*time).isValid()) {
        return FieldRows::values(row);
    }
    Row now = row;
    now.*time = QDateTime::currentDateTimeUtc();
    return FieldRows::values(now);
}
} // namespace

QVariantList RowTraits<AuditEntry>::values(const AuditEntry& entry)
{
    return valuesTimedNow(entry, &AuditEntry::time);
}

QVariantList RowTraits<Job>::values(const Job& job)
{
    return valuesTimedNow(job, &Job::createdAt);
}

StoreError RowTraits<Admin>::writeChildren(Database& db, const Admin& admin)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM admin_region_levels WHERE admin_id = ?"));
    q.addBindValue(admin.id);
    if (StoreError e = db.exec(q, QStringLiteral("updating the region levels of %1").arg(admin.name)); e.isError()) {
        return e;
    }
    for (auto it = admin.regionLevels.constBegin(); it != admin.regionLevels.constEnd(); ++it) {
        if (it.value() == AccessLevel::NotVisible) {
            continue; // the default: no row
        }
        q.prepare(QStringLiteral("INSERT INTO admin_region_levels (admin_id, region_id, level) VALUES (?, ?, ?)"));
        q.addBindValue(admin.id);
        q.addBindValue(it.key());
        q.addBindValue(accessLevelToString(it.value()));
        if (StoreError e =
                db.exec(q, QStringLiteral("setting the level of %1 in region %2").arg(admin.name).arg(it.key()));
            e.isError()) {
            return e;
        }
    }
    return {};
}
StoreError RowTraits<Admin>::readChildren(Database& db, Admin* admin)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT region_id, level FROM admin_region_levels WHERE admin_id = ?"));
    q.addBindValue(admin->id);
    if (StoreError e = db.exec(q, QStringLiteral("reading the region levels of %1").arg(admin->name)); e.isError()) {
        return e;
    }
    admin->regionLevels.clear();
    while (q.next()) {
        AccessLevel level = AccessLevel::NotVisible;
        if (accessLevelFromString(q.value(1).toString(), &level)) {
            admin->regionLevels.insert(q.value(0).toLongLong(), level);
        }
    }
    return {};
}
