#include "valuesapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "apiwrite.h"
#include "placeholderimporter.h"
#include "rowqueries.h"
#include "rowscope.h"

#include <limits>
#include <type_traits>

namespace {
// What differs between the two collections.
template <class T>
struct Values;

template <>
struct Values<Placeholder>
{
    static constexpr const char* what = "placeholder";
    static Repository<Placeholder>& (Store::*repository())() { return &Store::placeholders; }
    static QString name(const Placeholder& p) { return QStringLiteral("%ITCS_") + p.name + u'%'; }
    static RowQuery query(const ApiRequest& r, const QString& level, qint64 owner)
    {
        return RowQueries::placeholders(level, owner, r.query("q"), AccessPolicy::visibleRegions(r.admin()));
    }
    static bool levelAllowed(PlaceholderLevel) { return true; }
};

template <>
struct Values<OverwriteValue>
{
    static constexpr const char* what = "overwrite value";
    static Repository<OverwriteValue>& (Store::*repository())() { return &Store::overwriteValues; }
    static QString name(const OverwriteValue& v) { return v.key; }
    static RowQuery query(const ApiRequest& r, const QString& level, qint64 owner)
    {
        return RowQueries::overwriteValues(level, owner, AccessPolicy::visibleRegions(r.admin()));
    }
    static bool levelAllowed(PlaceholderLevel level)
    {
        return level == PlaceholderLevel::Region || level == PlaceholderLevel::Device;
    }
};

QString ownerText(PlaceholderLevel level, qint64 owner)
{
    return level == PlaceholderLevel::System ? QStringLiteral("system")
                                             : QStringLiteral("%1 %2").arg(placeholderLevelToString(level)).arg(owner);
}
} // namespace

void ValuesApi::addRoutes(ApiRouter& router)
{
    addRoutesOf<Placeholder>(router, "/api/v1/placeholders", "/api/v1/placeholders/{id}");
    addRoutesOf<OverwriteValue>(router, "/api/v1/overwrites", "/api/v1/overwrites/{id}");
    router.add("POST", "/api/v1/import/placeholders", ApiNeed::Write,
               [this](const ApiRequestPtr& r) { importFile(r); });
    router.add("GET", "/api/v1/export/placeholders", ApiNeed::Read, [this](const ApiRequestPtr& r) { exportFile(r); });
}

namespace {
QJsonArray lineMessages(const QVector<PlaceholderCsv::Problem>& problems)
{
    QJsonArray out;
    for (const PlaceholderCsv::Problem& p : problems) {
        out.append(QJsonObject {{QStringLiteral("line"), p.line}, {QStringLiteral("message"), p.message}});
    }
    return out;
}

QJsonObject importSummary(const PlaceholderImportResult& r, PlaceholderLevel level)
{
    const bool refused = !r.problems.isEmpty();
    return {{QStringLiteral("level"), placeholderLevelToString(level)},
            {QStringLiteral("imported"), refused ? 0 : r.added + r.updated + r.unchanged},
            {QStringLiteral("added"), refused ? 0 : r.added},
            {QStringLiteral("updated"), refused ? 0 : r.updated},
            {QStringLiteral("unchanged"), refused ? 0 : r.unchanged},
            {QStringLiteral("errors"), lineMessages(r.problems)}};
}

QString refusal(int lines)
{
    return QStringLiteral("%1 line(s) of the file cannot be imported; nothing was imported").arg(lines);
}
} // namespace

void ValuesApi::importFile(const ApiRequestPtr& r)
{
    PlaceholderCsv file;
    QString error;
    if (!PlaceholderCsv::parse(r->http().body(), &file, &error)) {
        r->failWith(422,
                    {{QStringLiteral("error"), error},
                     {QStringLiteral("errors"), lineMessages({{1, error}})},
                     {QStringLiteral("imported"), 0}});
        return;
    }
    if (!file.problems.isEmpty()) {
        PlaceholderImportResult parsed;
        parsed.problems = file.problems;
        QJsonObject body = importSummary(parsed, file.level);
        body.insert(QStringLiteral("error"), refusal(static_cast<int>(file.problems.size())));
        r->failWith(422, body);
        return;
    }
    const Admin admin = r->admin();
    auto result = std::make_shared<PlaceholderImportResult>();
    const AuditNote note {
        QStringLiteral("import placeholders"),
        QStringLiteral("%1 %2 value(s)").arg(file.rows.size()).arg(placeholderLevelToString(file.level)),
        {}};
    ApiWrite::submit(
        state(), r, note,
        [file, admin, result](Store& s, AuditNote* n) -> StoreError {
            const StoreError e = PlaceholderImporter::apply(s, file, admin, result.get());
            n->details = QStringLiteral("%1 added, %2 changed, %3 unchanged")
                             .arg(result->added)
                             .arg(result->updated)
                             .arg(result->unchanged);
            return e;
        },
        [r, result, level = file.level] { r->reply(200, importSummary(*result, level)); },
        [r, result, level = file.level](const StoreError& e) {
            if (e.code != StoreError::Code::Invalid || result->problems.isEmpty()) {
                r->failStore(e);
                return;
            }
            QJsonObject body = importSummary(*result, level);
            body.insert(QStringLiteral("error"), e.message);
            r->failWith(422, body);
        });
}

void ValuesApi::exportFile(const ApiRequestPtr& r)
{
    PlaceholderLevel level = PlaceholderLevel::System;
    if (!placeholderLevelFromString(r->query("level"), &level)) {
        r->fail(400, QStringLiteral("give ?level=system, template, region, site or device"));
        return;
    }
    const StoreResult<QVector<PlaceholderCsv::Row>> rows = PlaceholderImporter::exportRows(store(), level, r->admin());
    if (!loaded(r, rows)) {
        return;
    }
    const QByteArray name = "phonefleet-placeholders-" + placeholderLevelToString(level).toLatin1() + ".csv";
    r->replyBytes("text/csv; charset=utf-8", PlaceholderCsv::write(level, rows.value()),
                  {{"Content-Disposition", "attachment; filename=\"" + name + '"'}});
}

template <class T>
void ValuesApi::addRoutesOf(ApiRouter& router, const char* collection, const char* row)
{
    router.add("GET", collection, ApiNeed::Read, [this](const ApiRequestPtr& r) { list<T>(r); });
    router.add("GET", row, ApiNeed::Read, [this](const ApiRequestPtr& r) { get<T>(r); });
    router.add("POST", collection, ApiNeed::Write, [this](const ApiRequestPtr& r) { create<T>(r); });
    router.add("PUT", row, ApiNeed::Write, [this](const ApiRequestPtr& r) { update<T>(r); });
    router.add("DELETE", row, ApiNeed::Write, [this](const ApiRequestPtr& r) { remove<T>(r); });
}

template <class T>
void ValuesApi::list(const ApiRequestPtr& r)
{
    qint64 offset = 0;
    qint64 limit = 0;
    qint64 owner = 0;
    if (!r->paging(&offset, &limit) || !r->queryNumber("owner", &owner, 0, std::numeric_limits<qint32>::max())) {
        return;
    }
    QString level;
    if (r->hasQuery("level")) {
        PlaceholderLevel parsed = PlaceholderLevel::System;
        if (!placeholderLevelFromString(r->query("level"), &parsed) || !Values<T>::levelAllowed(parsed)) {
            r->fail(400, QStringLiteral("'level' must be system, template, region, site or device"));
            return;
        }
        level = placeholderLevelToString(parsed);
    }
    RowQuery q = Values<T>::query(*r, level, owner);
    const StoreResult<qint64> total = (store().*Values<T>::repository())().count(q);
    q.offset = offset;
    q.limit = limit;
    const StoreResult<QVector<T>> rows = (store().*Values<T>::repository())().query(q);
    if (!loaded(r, total) || !loaded(r, rows)) {
        return;
    }
    QJsonArray items;
    for (const T& row : rows.value()) {
        items.append(ApiJson::toJson(row));
    }
    r->replyList(items, total.value());
}

template <class T>
bool ValuesApi::fetchVisible(const ApiRequestPtr& r, T* row)
{
    return fetch(
        r, Values<T>::repository(), Values<T>::what,
        [&](const T& x) { return RowScope::of(store(), x).visibleTo(r->admin()); }, row);
}

template <class T>
void ValuesApi::get(const ApiRequestPtr& r)
{
    T row;
    if (fetchVisible(r, &row)) {
        r->reply(200, ApiJson::toJson(row));
    }
}

bool ValuesApi::ownerAllowed(const ApiRequestPtr& r, PlaceholderLevel level, qint64 ownerId)
{
    bool exists = true;
    switch (level) {
    case PlaceholderLevel::System:
        exists = ownerId == 0;
        break;
    case PlaceholderLevel::Template:
        exists = store().templates().get(ownerId).ok();
        break;
    case PlaceholderLevel::Region:
        exists = store().regions().get(ownerId).ok();
        break;
    case PlaceholderLevel::Device:
        exists = store().devices().get(ownerId).ok();
        break;
    case PlaceholderLevel::Site:
        exists = store().sites().get(ownerId).ok();
        break;
    }
    Placeholder probe;
    probe.level = level;
    probe.ownerId = ownerId;
    const RowScope scope = RowScope::of(store(), probe);
    if (!exists || !scope.visibleTo(r->admin())) {
        r->fail(400,
                level == PlaceholderLevel::System ? QStringLiteral("a system value has no \"ownerId\"")
                                                  : QStringLiteral("no %1").arg(ownerText(level, ownerId)));
        return false;
    }
    if (!scope.modifiableBy(r->admin())) {
        r->forbidden(QStringLiteral("you may not change the values of %1").arg(ownerText(level, ownerId)));
        return false;
    }
    return true;
}

template <class T>
bool ValuesApi::read(const ApiRequestPtr& r, const QJsonObject& body, T* row)
{
    QString error;
    if (!ApiJson::fromJson(body, row, &error)) {
        r->fail(400, error);
        return false;
    }
    if (!Values<T>::levelAllowed(row->level)) {
        r->fail(400, QStringLiteral("an overwrite value belongs to a region or a device"));
        return false;
    }
    return true;
}

template <class T>
void ValuesApi::create(const ApiRequestPtr& r)
{
    QJsonObject body;
    T row;
    if (!r->object(&body)) {
        return;
    }
    if constexpr (std::is_same_v<T, OverwriteValue>) {
        row.level = PlaceholderLevel::Region;
    }
    if (!read(r, body, &row)) {
        return;
    }
    if (!ownerAllowed(r, row.level, row.ownerId)) {
        return;
    }
    insertRow(r, Values<T>::repository(), row,
              {QStringLiteral("add %1").arg(QLatin1String(Values<T>::what)), Values<T>::name(row),
               ownerText(row.level, row.ownerId), RowScope::of(store(), row).regionId},
              [](const T& x) { return ApiJson::toJson(x); });
}

template <class T>
void ValuesApi::update(const ApiRequestPtr& r)
{
    T row;
    QJsonObject body;
    if (!fetchVisible(r, &row) || !r->object(&body) || !r->revision(body, &row.revision)
        || !ownerAllowed(r, row.level, row.ownerId)) {
        return;
    }
    const T before = row;
    if (!read(r, body, &row)) {
        return;
    }
    if ((row.level != before.level || row.ownerId != before.ownerId) && !ownerAllowed(r, row.level, row.ownerId)) {
        return;
    }
    updateRow(r, Values<T>::repository(), row,
              {QStringLiteral("change %1").arg(QLatin1String(Values<T>::what)), Values<T>::name(before),
               ApiWrite::changes(before, row) + QStringLiteral(" (") + ownerText(row.level, row.ownerId) + u')',
               RowScope::of(store(), row).regionId},
              [](const T& x) { return ApiJson::toJson(x); });
}

template <class T>
void ValuesApi::remove(const ApiRequestPtr& r)
{
    T row;
    qint64 revision = 0;
    if (!fetchVisible(r, &row) || !r->revision({}, &revision) || !ownerAllowed(r, row.level, row.ownerId)) {
        return;
    }
    removeRow(r, Values<T>::repository(), row.id, revision,
              {QStringLiteral("remove %1").arg(QLatin1String(Values<T>::what)), Values<T>::name(row),
               ownerText(row.level, row.ownerId), RowScope::of(store(), row).regionId});
}
