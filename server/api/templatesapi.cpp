#include "templatesapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "defaulttemplates.h"
#include "jsonreader.h"
#include "rowqueries.h"
#include "rowscope.h"
#include "templateplacement.h"
#include "templatexml.h"

#include <QRegularExpression>

#include <limits>

namespace {
QJsonObject full(const PhoneTemplate& t)
{
    return ApiJson::toJson(t, true);
}

StoreError copyPlaceholders(Store& s, qint64 from, qint64 to)
{
    const StoreResult<QVector<Placeholder>> values =
        s.placeholders().query(RowQueries::placeholders(QStringLiteral("template"), from, {}, RegionScope {true, {}}));
    if (!values) {
        return values.error();
    }
    for (Placeholder p : values.value()) {
        p.id = 0;
        p.ownerId = to;
        if (StoreError e = s.placeholders().insert(p).error(); e.isError()) {
            return e;
        }
    }
    return {};
}
} // namespace

void TemplatesApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/templates", ApiNeed::Read, [this](const ApiRequestPtr& r) { list(r); });
    // Before /templates/{id}: the first route that matches answers.
    router.add("GET", "/api/v1/templates/unresolved", ApiNeed::Read,
               [this](const ApiRequestPtr& r) { unresolvedPhones(r); });
    router.add("GET", "/api/v1/templates/{id}", ApiNeed::Read, [this](const ApiRequestPtr& r) { get(r); });
    router.add("POST", "/api/v1/templates", ApiNeed::Write, [this](const ApiRequestPtr& r) { create(r); });
    router.add("PUT", "/api/v1/templates/{id}", ApiNeed::Write, [this](const ApiRequestPtr& r) { update(r); });
    router.add("DELETE", "/api/v1/templates/{id}", ApiNeed::Write, [this](const ApiRequestPtr& r) { remove(r); });
    router.add("POST", "/api/v1/templates/{id}/clone", ApiNeed::Write, [this](const ApiRequestPtr& r) { clone(r); });
    router.add("POST", "/api/v1/templates/{id}/restore-default", ApiNeed::Write,
               [this](const ApiRequestPtr& r) { restoreDefault(r); });
    router.add("GET", "/api/v1/templates/{id}/xml", ApiNeed::Read, [this](const ApiRequestPtr& r) { exportXml(r); });
    router.add("POST", "/api/v1/templates/import", ApiNeed::Write, [this](const ApiRequestPtr& r) { importXml(r); });
}

void TemplatesApi::list(const ApiRequestPtr& r)
{
    qint64 offset = 0;
    qint64 limit = 0;
    qint64 region = -1;
    if (!r->paging(&offset, &limit) || !r->queryNumber("region", &region, 0, std::numeric_limits<qint32>::max())) {
        return;
    }
    RowQuery q = RowQueries::templates(region, r->query("model"), AccessPolicy::visibleRegions(r->admin()));
    q.orderBy = QStringLiteral("name");
    const StoreResult<qint64> total = store().templates().count(q);
    q.offset = offset;
    q.limit = limit;
    const StoreResult<QVector<PhoneTemplate>> rows = store().templates().query(q);
    const StoreResult<QHash<qint64, qint64>> unresolved =
        store().unresolvedCounts(RowQueries::unresolvedFiles(-1, AccessPolicy::visibleRegions(r->admin())));
    if (!loaded(r, total) || !loaded(r, rows) || !loaded(r, unresolved)) {
        return;
    }
    QJsonArray items;
    for (const PhoneTemplate& t : rows.value()) {
        QJsonObject item = ApiJson::toJson(t, false);
        item.insert(QStringLiteral("unresolvedPhones"), unresolved->value(t.id));
        items.append(item);
    }
    r->replyList(items, total.value());
}

void TemplatesApi::unresolvedPhones(const ApiRequestPtr& r)
{
    qint64 offset = 0;
    qint64 limit = 0;
    qint64 templateId = -1;
    if (!r->paging(&offset, &limit)
        || !r->queryNumber("template", &templateId, 0, std::numeric_limits<qint64>::max())) {
        return;
    }
    RowQuery q = RowQueries::unresolvedFiles(templateId, AccessPolicy::visibleRegions(r->admin()));
    const StoreResult<qint64> total = store().configFiles().count(q);
    q.offset = offset;
    q.limit = limit;
    const StoreResult<QVector<ConfigFile>> files = store().configFiles().query(q);
    if (!loaded(r, total) || !loaded(r, files)) {
        return;
    }
    QVector<qint64> deviceIds;
    QVector<qint64> templateIds;
    for (const ConfigFile& f : files.value()) {
        deviceIds.append(f.deviceId);
        if (f.templateId > 0 && !templateIds.contains(f.templateId)) {
            templateIds.append(f.templateId);
        }
    }
    const StoreResult<QVector<Device>> devices = store().devices().getMany(deviceIds);
    const StoreResult<QVector<PhoneTemplate>> templates = store().templates().getMany(templateIds);
    if (!loaded(r, devices) || !loaded(r, templates)) {
        return;
    }
    QHash<qint64, const Device*> byId;
    for (const Device& d : devices.value()) {
        byId.insert(d.id, &d);
    }
    QHash<qint64, QString> templateNames;
    for (const PhoneTemplate& t : templates.value()) {
        if (RowScope::ofTemplate(t).visibleTo(r->admin())) { // a phone moved since may name another region's
            templateNames.insert(t.id, t.name);
        }
    }
    QJsonArray items;
    for (const ConfigFile& f : files.value()) {
        const Device* d = byId.value(f.deviceId);
        if (!d) {
            continue; // removed since the count (its files go with it)
        }
        QJsonObject item;
        item.insert(QStringLiteral("deviceId"), d->id);
        item.insert(QStringLiteral("mac"), d->mac.toString());
        item.insert(QStringLiteral("model"), d->model);
        item.insert(QStringLiteral("regionId"), d->regionId);
        // A template removed since the file was made has no name: the phone's next file comes from another.
        item.insert(QStringLiteral("templateId"), f.templateId > 0 ? QJsonValue(f.templateId) : QJsonValue());
        item.insert(QStringLiteral("templateName"),
                    templateNames.contains(f.templateId) ? QJsonValue(templateNames.value(f.templateId))
                                                         : QJsonValue());
        item.insert(QStringLiteral("fileName"), f.fileName);
        item.insert(QStringLiteral("generatedAt"), ApiJson::time(f.updatedAt));
        item.insert(QStringLiteral("placeholders"),
                    QJsonArray::fromStringList(f.unresolved.split(u',', Qt::SkipEmptyParts)));
        items.append(item);
    }
    r->replyList(items, total.value());
}

bool TemplatesApi::fetchVisible(const ApiRequestPtr& r, PhoneTemplate* t)
{
    return fetch(
        r, &Store::templates, "template",
        [&](const PhoneTemplate& x) { return RowScope::ofTemplate(x).visibleTo(r->admin()); }, t);
}

void TemplatesApi::get(const ApiRequestPtr& r)
{
    PhoneTemplate t;
    if (fetchVisible(r, &t)) {
        r->reply(200, full(t));
    }
}

bool TemplatesApi::placementAllowed(const ApiRequestPtr& r, const PhoneTemplate& t)
{
    if (t.name.trimmed().isEmpty()) {
        r->fail(400, QStringLiteral("a template needs a \"name\""));
        return false;
    }
    if (t.regionId > 0 && (!store().regions().get(t.regionId) || !AccessPolicy::canSee(r->admin(), t.regionId))) {
        r->fail(400, QStringLiteral("no region %1").arg(t.regionId));
        return false;
    }
    if (!RowScope::ofTemplate(t).modifiableBy(r->admin())) {
        r->forbidden(t.regionId > 0 ? QStringLiteral("you may not change the templates of region %1").arg(t.regionId)
                                    : QStringLiteral("only system administrators may change system-wide templates"));
        return false;
    }
    return true;
}

bool TemplatesApi::fileNamesAllowed(const ApiRequestPtr& r, PhoneTemplate* t, bool mayScope)
{
    const StoreResult<QVector<PhoneTemplate>> others = store().templates().list();
    if (!loaded(r, others)) {
        return false;
    }
    QString regionName;
    if (mayScope && t->regionId > 0) {
        const StoreResult<Region> region = store().regions().get(t->regionId);
        regionName = region ? region->name : QString();
    }
    const StoreResult<QString> problem =
        TemplatePlacement::fileNameProblem(store(), t, others.value(), mayScope, regionName);
    if (!loaded(r, problem)) {
        return false;
    }
    if (!problem->isEmpty()) {
        r->fail(400, problem.value());
        return false;
    }
    return true;
}

void TemplatesApi::save(const ApiRequestPtr& r, const PhoneTemplate& t, const AuditNote& note, bool isNew,
                        qint64 copyPlaceholdersFrom)
{
    const auto json = [](const PhoneTemplate& x) { return full(x); };
    const std::function<StoreError(Store&, const PhoneTemplate&)> after =
        [copyPlaceholdersFrom](Store& s, const PhoneTemplate& stored) -> StoreError {
        if (StoreError e = TemplatePlacement::keepOneDefault(s, stored); e.isError()) {
            return e;
        }
        return copyPlaceholdersFrom > 0 ? copyPlaceholders(s, copyPlaceholdersFrom, stored.id) : StoreError {};
    };
    if (isNew) {
        insertRow(r, &Store::templates, t, note, json, after);
    } else {
        updateRow(r, &Store::templates, t, note, json, after);
    }
}

void TemplatesApi::create(const ApiRequestPtr& r)
{
    QJsonObject body;
    PhoneTemplate t;
    QString error;
    if (!r->object(&body)) {
        return;
    }
    if (!ApiJson::fromJson(body, &t, &error)) {
        r->fail(400, error);
        return;
    }
    if (placementAllowed(r, t) && fileNamesAllowed(r, &t, true)) {
        save(r, t, {QStringLiteral("add template"), t.name, t.model, t.regionId}, true);
    }
}

void TemplatesApi::update(const ApiRequestPtr& r)
{
    PhoneTemplate t;
    QJsonObject body;
    QString error;
    if (!fetchVisible(r, &t) || !r->object(&body) || !r->revision(body, &t.revision)) {
        return;
    }
    if (!placementAllowed(r, t)) {
        return;
    }
    const PhoneTemplate before = t;
    if (!ApiJson::fromJson(body, &t, &error)) {
        r->fail(400, error);
        return;
    }
    if (placementAllowed(r, t) && fileNamesAllowed(r, &t, t.regionId != before.regionId)) {
        save(r, t, {QStringLiteral("change template"), before.name, ApiWrite::changes(before, t), t.regionId}, false);
    }
}

void TemplatesApi::remove(const ApiRequestPtr& r)
{
    PhoneTemplate t;
    qint64 revision = 0;
    if (!fetchVisible(r, &t) || !r->revision({}, &revision) || !placementAllowed(r, t)) {
        return;
    }
    const qint64 id = t.id;
    removeRow(r, &Store::templates, id, revision, {QStringLiteral("remove template"), t.name, {}, t.regionId},
              [id](Store& s) { return s.removeValuesOf(PlaceholderLevel::Template, id); });
}

void TemplatesApi::clone(const ApiRequestPtr& r)
{
    PhoneTemplate source;
    QJsonObject body;
    if (!fetchVisible(r, &source) || !r->object(&body)) {
        return;
    }
    PhoneTemplate copy = source;
    copy.id = 0;
    copy.revision = 0;
    copy.isDefault = false;
    JsonReader fields(body);
    fields.text("name", &copy.name);
    fields.integer("regionId", &copy.regionId, 0, std::numeric_limits<qint32>::max());
    fields.text("model", &copy.model);
    fields.text("description", &copy.description, true);
    QString error;
    if (!fields.finish(&error)) {
        r->fail(400, error);
        return;
    }
    if (copy.name == source.name && copy.regionId == source.regionId) {
        r->fail(400, QStringLiteral("give the copy a \"name\" of its own (or another \"regionId\")"));
        return;
    }
    if (placementAllowed(r, copy) && fileNamesAllowed(r, &copy, true)) {
        save(r, copy,
             {QStringLiteral("clone template"), copy.name, QStringLiteral("from %1").arg(source.name), copy.regionId},
             true, source.id);
    }
}

void TemplatesApi::restoreDefault(const ApiRequestPtr& r)
{
    PhoneTemplate t;
    QJsonObject body;
    if (!fetchVisible(r, &t) || !r->object(&body) || !r->revision(body, &t.revision) || !placementAllowed(r, t)) {
        return;
    }
    PhoneTemplate shipped;
    if (!DefaultTemplates::forModel(t.model, &shipped)) {
        r->fail(404,
                QStringLiteral("no default template is shipped for model '%1' (there are: %2)")
                    .arg(t.model, DefaultTemplates::models().join(QLatin1String(", "))));
        return;
    }
    t.globalFile = shipped.globalFile;
    t.deviceFile = shipped.deviceFile;
    if (!fileNamesAllowed(r, &t, true)) {
        return;
    }
    save(r, t, {QStringLiteral("restore template to default"), t.name, t.model, t.regionId}, false);
}

void TemplatesApi::exportXml(const ApiRequestPtr& r)
{
    PhoneTemplate t;
    if (!fetchVisible(r, &t)) {
        return;
    }
    QString file = t.name;
    file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    r->replyBytes("application/xml; charset=utf-8", TemplateXml::write(t),
                  {{"Content-Disposition", "attachment; filename=\"" + file.toLatin1() + ".xml\""}});
}

void TemplatesApi::importXml(const ApiRequestPtr& r)
{
    PhoneTemplate t;
    QString error;
    if (!TemplateXml::read(r->http().body(), &t, &error)) {
        r->fail(400, QStringLiteral("not a template file: %1").arg(error));
        return;
    }
    qint64 region = 0;
    if (!r->queryNumber("regionId", &region, 0, std::numeric_limits<qint32>::max())) {
        return;
    }
    t.regionId = region;
    if (r->hasQuery("name")) {
        t.name = r->query("name").trimmed();
    }
    if (placementAllowed(r, t) && fileNamesAllowed(r, &t, true)) {
        save(r, t, {QStringLiteral("import template"), t.name, t.model, t.regionId}, true);
    }
}
