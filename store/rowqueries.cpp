#include "rowqueries.h"

#include <QStringList>

namespace {
const QString like = QStringLiteral(" LIKE ? ESCAPE '\\'");

// Collects clauses joined by AND, with their binds in order.
struct Where
{
    QStringList clauses;
    QVariantList binds;

    void add(const QString& clause, const QVariantList& values = {})
    {
        clauses.append(clause);
        binds += values;
    }
    RowQuery query() const
    {
        RowQuery q;
        q.where = clauses.join(QLatin1String(" AND "));
        q.binds = binds;
        return q;
    }
};

// "column IN (?, ?, ...)" for the scope's regions; nothing when it shows all.
void inScope(Where* w, const QString& column, const RegionScope& scope)
{
    if (scope.all) {
        return;
    }
    if (scope.regions.isEmpty()) {
        w->add(QStringLiteral("1 = 0"));
        return;
    }
    QVariantList ids;
    for (const qint64 id : scope.regions) {
        ids.append(id);
    }
    w->add(QStringLiteral("%1 IN (%2)").arg(column, QStringList(ids.size(), QStringLiteral("?")).join(u',')), ids);
}

QString scopeList(const RegionScope& scope, QVariantList* binds)
{
    for (const qint64 id : scope.regions) {
        binds->append(id);
    }
    return scope.regions.isEmpty() ? QStringLiteral("NULL")
                                   : QStringList(scope.regions.size(), QStringLiteral("?")).join(u',');
}

QString lowerLike(const QString& column)
{
    return QStringLiteral("LOWER(%1)").arg(column) + like;
}

QString lowered(const QString& text)
{
    return RowQueries::likePattern(text.toLower());
}

void regionCriterion(Where* w, const QString& column, const QString& region)
{
    if (region.isEmpty()) {
        return;
    }
    bool isId = false;
    const qint64 id = region.toLongLong(&isId);
    if (isId) {
        w->add(column + QStringLiteral(" = ?"), {id});
    } else {
        w->add(column + QStringLiteral(" IN (SELECT id FROM regions WHERE LOWER(name) = ?)"), {region.toLower()});
    }
}
} // namespace

namespace RowQueries {
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

QString deviceSortColumn(const QString& field)
{
    static const QHash<QString, QString> columns = {
        {QStringLiteral("id"), QStringLiteral("id")},
        {QStringLiteral("mac"), QStringLiteral("mac")},
        {QStringLiteral("model"), QStringLiteral("model")},
        {QStringLiteral("ip"), QStringLiteral("ip_address")},
        {QStringLiteral("ipAddress"), QStringLiteral("ip_address")},
        {QStringLiteral("firmware"), QStringLiteral("firmware_version")},
        {QStringLiteral("firmwareVersion"), QStringLiteral("firmware_version")},
        {QStringLiteral("status"), QStringLiteral("sip_status")},
        {QStringLiteral("lastReport"), QStringLiteral("last_report")},
        {QStringLiteral("lastStatusChange"), QStringLiteral("last_status_change")},
        {QStringLiteral("phoneNumber"), QStringLiteral("phone_number")},
        {QStringLiteral("location"), QStringLiteral("location")},
        {QStringLiteral("displayName"), QStringLiteral("display_name")},
        {QStringLiteral("region"), QStringLiteral("region_id")},
        {QStringLiteral("user"), QStringLiteral("user_id")},
    };
    return columns.value(field);
}

RowQuery devices(const DeviceFilter& f, const RegionScope& scope)
{
    Where w;
    inScope(&w, QStringLiteral("region_id"), scope);
    const QString userMatch = QStringLiteral("user_id IN (SELECT id FROM users WHERE ")
        + lowerLike(QStringLiteral("name")) + QStringLiteral(" OR ") + lowerLike(QStringLiteral("display_name")) + u')';
    if (!f.text.isEmpty()) {
        const QString t = lowered(f.text);
        QStringList any = {userMatch,
                           lowerLike(QStringLiteral("reported_user")),
                           lowerLike(QStringLiteral("display_name")),
                           lowerLike(QStringLiteral("phone_number")),
                           lowerLike(QStringLiteral("ip_address")),
                           lowerLike(QStringLiteral("model")),
                           lowerLike(QStringLiteral("firmware_version")),
                           lowerLike(QStringLiteral("location"))};
        QVariantList binds = {t, t, t, t, t, t, t, t, t};
        const QString digits = DeviceFilter::macDigits(f.text);
        if (!digits.isEmpty()) {
            any.append(QStringLiteral("mac") + like);
            binds.append(likePattern(digits));
        }
        w.add(u'(' + any.join(QLatin1String(" OR ")) + u')', binds);
    }
    if (!f.user.isEmpty()) {
        const QString t = lowered(f.user);
        w.add(u'(' + userMatch + QStringLiteral(" OR ") + lowerLike(QStringLiteral("reported_user")) + u')', {t, t, t});
    }
    const struct
    {
        const QString& value;
        const char* column;
    } texts[] = {
        {f.phoneNumber, "phone_number"}, {f.ip, "ip_address"}, {f.model, "model"}, {f.firmware, "firmware_version"}};
    for (const auto& t : texts) {
        if (!t.value.isEmpty()) {
            w.add(lowerLike(QLatin1String(t.column)), {lowered(t.value)});
        }
    }
    if (!f.mac.isEmpty()) {
        w.add(QStringLiteral("mac") + like, {likePattern(DeviceFilter::macDigits(f.mac))});
    }
    switch (f.status) {
    case DeviceFilter::Status::Registered:
        w.add(QStringLiteral("sip_status = 'registered'"));
        break;
    case DeviceFilter::Status::Disconnected:
        w.add(QStringLiteral("sip_status = 'disconnected'"));
        break;
    case DeviceFilter::Status::NotRegistered:
        w.add(QStringLiteral("sip_status NOT IN ('registered', 'disconnected')"));
        break;
    case DeviceFilter::Status::Any:
        break;
    }
    if (f.approval != DeviceFilter::Approval::Any) {
        w.add(
            QStringLiteral("approval = ?"),
            {f.approval == DeviceFilter::Approval::Approved ? QStringLiteral("approved") : QStringLiteral("pending")});
    }
    regionCriterion(&w, QStringLiteral("region_id"), f.region);
    if (f.multipleDevices) {
        w.add(QStringLiteral("user_id IN (SELECT user_id FROM devices WHERE user_id IS NOT NULL GROUP BY user_id "
                             "HAVING COUNT(*) > 1)"));
    }
    return w.query();
}

RowQuery users(const UserFilter& f, const RegionScope& scope)
{
    Where w;
    inScope(&w, QStringLiteral("region_id"), scope);
    if (!f.text.isEmpty()) {
        const QString t = lowered(f.text);
        w.add(u'(' + lowerLike(QStringLiteral("name")) + QStringLiteral(" OR ")
                  + lowerLike(QStringLiteral("display_name")) + u')',
              {t, t});
    }
    regionCriterion(&w, QStringLiteral("region_id"), f.region);
    return w.query();
}

RowQuery alarms(const AlarmFilter& f, const RegionScope& scope)
{
    Where w;
    if (!scope.all) {
        QVariantList binds;
        const QString list = scopeList(scope, &binds);
        w.add(QStringLiteral("device_id IN (SELECT id FROM devices WHERE region_id IN (%1))").arg(list), binds);
    }
    if (f.state == AlarmFilter::State::Active) {
        w.add(QStringLiteral("cleared_at IS NULL"));
    } else if (f.state == AlarmFilter::State::Cleared) {
        w.add(QStringLiteral("cleared_at IS NOT NULL"));
    }
    if (!f.text.isEmpty()) {
        const QString t = lowered(f.text);
        QStringList any = {lowerLike(QStringLiteral("name")),
                           QStringLiteral("device_id IN (SELECT id FROM devices WHERE ")
                               + lowerLike(QStringLiteral("ip_address")) + u')'};
        QVariantList binds = {t, t};
        const QString digits = DeviceFilter::macDigits(f.text);
        if (!digits.isEmpty()) {
            any.append(QStringLiteral("UPPER(source_mac)") + like);
            binds.append(likePattern(digits));
        }
        w.add(u'(' + any.join(QLatin1String(" OR ")) + u')', binds);
    }
    if (f.minSeverity > 0) {
        w.add(QStringLiteral("severity >= ?"), {f.minSeverity});
    }
    if (f.deviceId > 0) {
        w.add(QStringLiteral("device_id = ?"), {f.deviceId});
    }
    return w.query();
}

RowQuery logs(const LogFilter& f, const RegionScope& scope)
{
    Where w;
    w.add(QStringLiteral("kind = ?"), {logKindToString(f.kind)});
    QVariantList levels;
    for (int l = static_cast<int>(LogLevel::Error); l <= static_cast<int>(f.level); ++l) {
        levels.append(logLevelToString(static_cast<LogLevel>(l)));
    }
    w.add(QStringLiteral("level IN (%1)").arg(QStringList(levels.size(), QStringLiteral("?")).join(u',')), levels);
    inScope(&w, QStringLiteral("region_id"), scope);
    if (!f.text.isEmpty()) {
        const QString t = lowered(f.text);
        QStringList any;
        QVariantList binds;
        for (const char* column : {"action", "target", "details", "admin_name", "source_address"}) {
            any.append(lowerLike(QLatin1String(column)));
            binds.append(t);
        }
        w.add(u'(' + any.join(QLatin1String(" OR ")) + u')', binds);
    }
    return w.query();
}

RowQuery templates(qint64 regionId, const QString& model, const RegionScope& scope)
{
    Where w;
    if (!scope.all) {
        QVariantList binds;
        const QString list = scopeList(scope, &binds);
        w.add(QStringLiteral("(region_id IS NULL OR region_id IN (%1))").arg(list), binds);
    }
    if (regionId > 0) {
        w.add(QStringLiteral("region_id = ?"), {regionId});
    } else if (regionId == 0) {
        w.add(QStringLiteral("region_id IS NULL"));
    }
    if (!model.isEmpty()) {
        w.add(QStringLiteral("LOWER(model) = ?"), {model.toLower()});
    }
    return w.query();
}

namespace {
// The owners a scope shows, per level, as one clause.
void ownersInScope(Where* w, const RegionScope& scope, bool withTemplates)
{
    if (scope.all) {
        return;
    }
    QVariantList binds;
    QStringList any = {QStringLiteral("level = 'system'")};
    if (withTemplates) {
        const QString list = scopeList(scope, &binds);
        any.append(QStringLiteral("(level = 'template' AND owner_id IN (SELECT id FROM templates WHERE region_id IS "
                                  "NULL OR region_id IN (%1)))")
                       .arg(list));
    }
    any.append(QStringLiteral("(level = 'region' AND owner_id IN (%1))").arg(scopeList(scope, &binds)));
    any.append(QStringLiteral("(level = 'device' AND owner_id IN (SELECT id FROM devices WHERE region_id IN (%1)))")
                   .arg(scopeList(scope, &binds)));
    if (withTemplates) { // placeholder values only: a site has no overwrite values
        any.append(QStringLiteral("(level = 'site' AND owner_id IN (SELECT id FROM sites WHERE region_id IN (%1)))")
                       .arg(scopeList(scope, &binds)));
    }
    w->add(u'(' + any.join(QLatin1String(" OR ")) + u')', binds);
}
} // namespace

RowQuery placeholders(const QString& level, qint64 ownerId, const QString& text, const RegionScope& scope)
{
    Where w;
    ownersInScope(&w, scope, true);
    if (!level.isEmpty()) {
        w.add(QStringLiteral("level = ?"), {level});
    }
    if (ownerId > 0) {
        w.add(QStringLiteral("owner_id = ?"), {ownerId});
    }
    if (!text.isEmpty()) {
        const QString t = lowered(text);
        w.add(u'(' + lowerLike(QStringLiteral("name")) + QStringLiteral(" OR ") + lowerLike(QStringLiteral("value"))
                  + u')',
              {t, t});
    }
    return w.query();
}

RowQuery overwriteValues(const QString& level, qint64 ownerId, const RegionScope& scope)
{
    Where w;
    ownersInScope(&w, scope, false);
    if (!level.isEmpty()) {
        w.add(QStringLiteral("level = ?"), {level});
    }
    if (ownerId > 0) {
        w.add(QStringLiteral("owner_id = ?"), {ownerId});
    }
    return w.query();
}

RowQuery regions(const QString& text, const RegionScope& scope)
{
    Where w;
    inScope(&w, QStringLiteral("id"), scope);
    if (!text.isEmpty()) {
        w.add(lowerLike(QStringLiteral("name")), {lowered(text)});
    }
    return w.query();
}

RowQuery sites(qint64 regionId, const QString& text, const RegionScope& scope)
{
    Where w;
    inScope(&w, QStringLiteral("region_id"), scope);
    if (regionId > 0) {
        w.add(QStringLiteral("region_id = ?"), {regionId});
    }
    if (!text.isEmpty()) {
        w.add(lowerLike(QStringLiteral("name")), {lowered(text)});
    }
    RowQuery q = w.query();
    q.orderBy = QStringLiteral("name");
    return q;
}

RowQuery fileNames(const QString& text)
{
    Where w;
    if (!text.isEmpty()) {
        w.add(lowerLike(QStringLiteral("file_name")), {lowered(text)});
    }
    return w.query();
}

RowQuery unresolvedFiles(qint64 templateId, const RegionScope& scope)
{
    Where w;
    w.add(QStringLiteral("origin = 'device' AND unresolved <> ''"));
    if (!scope.all) {
        QVariantList binds;
        const QString list = scopeList(scope, &binds);
        w.add(QStringLiteral("device_id IN (SELECT id FROM devices WHERE region_id IN (%1))").arg(list), binds);
    }
    if (templateId > 0) {
        w.add(QStringLiteral("template_id = ?"), {templateId});
    } else if (templateId == 0) {
        w.add(QStringLiteral("template_id IS NULL"));
    }
    RowQuery q = w.query();
    q.orderBy = QStringLiteral("file_name");
    return q;
}
} // namespace RowQueries
