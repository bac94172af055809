#include "actionsapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "devicefilter.h"
#include "rowqueries.h"
#include "serverstate.h"

#include <QDateTime>
#include <QJsonDocument>

#include <limits>

namespace {
QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The ids of a JSON list; false for anything that is not a list of positive whole numbers.
bool idList(const QJsonValue& value, QVector<qint64>* ids)
{
    if (!value.isArray()) {
        return false;
    }
    for (const QJsonValue& v : value.toArray()) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != static_cast<double>(static_cast<qint64>(d))) {
            return false;
        }
        ids->append(static_cast<qint64>(d));
    }
    return true;
}

QString regionWord(qint64 regionId)
{
    return regionId > 0 ? QStringLiteral("region %1").arg(regionId) : QStringLiteral("no region");
}
} // namespace

void ActionsApi::addRoutes(ApiRouter& router)
{
    router.add("POST", "/api/v1/actions", ApiNeed::Write, [this](const ApiRequestPtr& r) { create(r); });
    router.add("GET", "/api/v1/jobs", ApiNeed::Read, [this](const ApiRequestPtr& r) { list(r); });
    router.add("GET", "/api/v1/jobs/{id}", ApiNeed::Read, [this](const ApiRequestPtr& r) { get(r); });
    router.add("GET", "/api/v1/jobs/{id}/targets", ApiNeed::Read, [this](const ApiRequestPtr& r) { targets(r); });
    router.add("POST", "/api/v1/jobs/{id}/cancel", ApiNeed::Write, [this](const ApiRequestPtr& r) { cancel(r); });
}

bool ActionsApi::mayWatch(const Admin& admin, const Job& job)
{
    return AccessPolicy::canAdministerSystem(admin) || job.adminId == admin.id;
}

QJsonObject ActionsApi::json(const Job& job)
{
    const StoreResult<JobCounts> counts = store().jobTargets().counts(job.id);
    return ApiJson::toJson(job, counts ? counts.value() : JobCounts());
}

bool ActionsApi::optionsAllowed(const ApiRequestPtr& r, const PhoneAction& a)
{
    using K = PhoneAction::Kind;
    if ((a.kind == K::ChangeRegion || a.kind == K::Approve)) {
        if (!store().regions().get(a.regionId) || !AccessPolicy::canSee(r->admin(), a.regionId)) {
            r->fail(400, QStringLiteral("%1: no region %2").arg(PhoneAction::kindName(a.kind)).arg(a.regionId));
            return false;
        }
        if (!AccessPolicy::canModify(r->admin(), a.regionId)) {
            r->forbidden(QStringLiteral("you may not put phones into region %1").arg(a.regionId));
            return false;
        }
    }
    if (a.kind == K::Approve && a.userId > 0) {
        const StoreResult<User> user = store().users().get(a.userId);
        if (!user || !AccessPolicy::canSee(r->admin(), user->regionId)) {
            r->fail(400, QStringLiteral("approve: no user %1").arg(a.userId));
            return false;
        }
    }
    if (a.kind == K::UpdateFirmware && !store().firmwareFiles().get(a.firmwareId)) {
        r->fail(400, QStringLiteral("update-firmware: no firmware file %1").arg(a.firmwareId));
        return false;
    }
    return true;
}

bool ActionsApi::deviceTargets(const ApiRequestPtr& r, const QJsonObject& body, QVector<JobTarget>* targets)
{
    const Admin& admin = r->admin();
    QVector<qint64> ids;
    if (body.contains(QStringLiteral("deviceIds"))) {
        if (!idList(body.value(QStringLiteral("deviceIds")), &ids)) {
            r->fail(400, QStringLiteral("'deviceIds' must be a list of device ids"));
            return false;
        }
    } else if (body.contains(QStringLiteral("filter"))) {
        QList<QPair<QString, QString>> pairs;
        const QJsonObject filter = body.value(QStringLiteral("filter")).toObject();
        for (auto it = filter.constBegin(); it != filter.constEnd(); ++it) {
            pairs.append({it.key(),
                          it.value().isBool() ? (it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                              : it.value().toString()});
        }
        DeviceFilter f;
        QString error;
        if (!DeviceFilter::fromPairs(pairs, &f, &error)) {
            r->fail(400, QStringLiteral("filter: %1").arg(error));
            return false;
        }
        const StoreResult<QVector<Device>> matching =
            store().devices().query(RowQueries::devices(f, AccessPolicy::visibleRegions(admin)));
        if (!loaded(r, matching)) {
            return false;
        }
        for (const Device& d : matching.value()) {
            ids.append(d.id);
        }
    } else if (body.contains(QStringLiteral("userIds"))) {
        if (!devicesOfUsers(r, body.value(QStringLiteral("userIds")), &ids)) {
            return false;
        }
    } else {
        r->fail(400, QStringLiteral("say which phones: \"deviceIds\": [...], \"filter\": {...} or \"userIds\": [...]"));
        return false;
    }
    if (ids.isEmpty()) {
        r->fail(400, QStringLiteral("no phone to act on"));
        return false;
    }
    if (ids.size() > maxTargets) {
        r->fail(413, QStringLiteral("at most %1 phones per action").arg(maxTargets));
        return false;
    }
    const StoreResult<QVector<Device>> devices = store().devices().getMany(ids);
    if (!loaded(r, devices)) {
        return false;
    }
    QHash<qint64, Device> byId;
    for (const Device& d : devices.value()) {
        byId.insert(d.id, d);
    }
    QSet<qint64> seen;
    for (const qint64 id : std::as_const(ids)) {
        if (seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        const auto found = byId.constFind(id);
        if (found == byId.constEnd() || !AccessPolicy::canSee(admin, found->regionId)) {
            r->fail(404, QStringLiteral("no device %1").arg(id));
            return false;
        }
        JobTarget t;
        t.position = static_cast<int>(targets->size());
        t.targetId = id;
        t.label = found->mac.toString();
        t.regionId = found->regionId;
        if (!AccessPolicy::canModify(admin, found->regionId)) {
            t.outcome = TargetOutcome::Skipped;
            t.reason = QStringLiteral("you may not change the phones of %1").arg(regionWord(found->regionId));
        }
        targets->append(t);
    }
    return true;
}

bool ActionsApi::devicesOfUsers(const ApiRequestPtr& r, const QJsonValue& userIds, QVector<qint64>* ids)
{
    QVector<qint64> users;
    if (!idList(userIds, &users)) {
        r->fail(400, QStringLiteral("'userIds' must be a list of user ids"));
        return false;
    }
    if (users.size() > maxTargets) {
        r->fail(413, QStringLiteral("at most %1 users per action").arg(maxTargets));
        return false;
    }
    for (const qint64 id : std::as_const(users)) {
        const StoreResult<User> user = store().users().get(id);
        if (!user || !AccessPolicy::canSee(r->admin(), user->regionId)) {
            r->fail(404, QStringLiteral("no user %1").arg(id));
            return false;
        }
        const StoreResult<QVector<Device>> devices = store().devices().listWhere(QStringLiteral("user_id"), id);
        if (!loaded(r, devices)) {
            return false;
        }
        for (const Device& d : devices.value()) {
            ids->append(d.id);
        }
    }
    return true;
}

bool ActionsApi::userTargets(const ApiRequestPtr& r, const QJsonObject& body, QVector<JobTarget>* targets)
{
    QVector<qint64> ids;
    if (!idList(body.value(QStringLiteral("userIds")), &ids) || ids.isEmpty()) {
        r->fail(400, QStringLiteral("reset-passwords acts on users: give \"userIds\": [...]"));
        return false;
    }
    if (ids.size() > maxTargets) {
        r->fail(413, QStringLiteral("at most %1 users per action").arg(maxTargets));
        return false;
    }
    const StoreResult<QVector<User>> users = store().users().getMany(ids);
    if (!loaded(r, users)) {
        return false;
    }
    QHash<qint64, User> byId;
    for (const User& u : users.value()) {
        byId.insert(u.id, u);
    }
    for (const qint64 id : std::as_const(ids)) {
        const auto found = byId.constFind(id);
        if (found == byId.constEnd() || !AccessPolicy::canSee(r->admin(), found->regionId)) {
            r->fail(404, QStringLiteral("no user %1").arg(id));
            return false;
        }
        JobTarget t;
        t.position = static_cast<int>(targets->size());
        t.targetId = id;
        t.label = found->name;
        t.regionId = found->regionId;
        if (!AccessPolicy::canModify(r->admin(), found->regionId)) {
            t.outcome = TargetOutcome::Skipped;
            t.reason = QStringLiteral("you may not change the users of %1").arg(regionWord(found->regionId));
        }
        targets->append(t);
    }
    return true;
}

void ActionsApi::create(const ApiRequestPtr& r)
{
    QJsonObject body;
    if (!r->object(&body)) {
        return;
    }
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        static const QStringList known = {QStringLiteral("action"),    QStringLiteral("options"),
                                          QStringLiteral("deviceIds"), QStringLiteral("filter"),
                                          QStringLiteral("userIds"),   QStringLiteral("pacing")};
        if (!known.contains(it.key())) {
            r->fail(400, QStringLiteral("unknown field '%1'").arg(it.key()));
            return;
        }
    }
    PhoneAction action;
    ActionPacing pacing;
    QString error;
    if (!PhoneAction::fromJson(body.value(QStringLiteral("action")).toString(),
                               body.value(QStringLiteral("options")).toObject(), &action, &error)
        || !action.pacingFromJson(body.value(QStringLiteral("pacing")).toObject(), &pacing, &error,
                                  state().settings.installDelaySeconds * 1000)) {
        r->fail(400, error);
        return;
    }
    if (!optionsAllowed(r, action)) {
        return;
    }
    QVector<JobTarget> targets;
    if (!(action.targetsUsers() ? userTargets(r, body, &targets) : deviceTargets(r, body, &targets))) {
        return;
    }
    Job job;
    job.action = PhoneAction::kindName(action.kind);
    job.options = compact(action.optionsJson());
    job.pacing = compact(pacing.toJson());
    job.description = action.describe(static_cast<int>(targets.size()));
    job.adminId = r->admin().id;
    job.adminName = r->admin().name;
    job.sourceAddress = r->peer();
    job.state = JobState::Queued;
    job.createdAt = QDateTime::currentDateTimeUtc();
    // The shared password of reset-passwords is kept with the job, so that a restart can finish
    // it; the job's JSON never shows it (the API answers with optionsJson, which leaves it out).
    if (action.kind == PhoneAction::Kind::ResetPasswords && action.passwordMode == PhoneAction::PasswordMode::Same) {
        QJsonObject options = action.optionsJson();
        options.insert(QStringLiteral("password"), action.password);
        job.options = compact(options);
    }
    int skipped = 0;
    for (const JobTarget& t : std::as_const(targets)) {
        skipped += t.outcome == TargetOutcome::Skipped ? 1 : 0;
    }
    auto stored = std::make_shared<Job>();
    AuditNote note {QStringLiteral("start action"), job.description,
                    skipped > 0 ? QStringLiteral("%1 skipped (not allowed)").arg(skipped) : QString()};
    if (!targets.isEmpty() && targets.first().regionId > 0) {
        note.regionId = targets.first().regionId;
    }
    write(
        r, note,
        [job, targets, stored](Store& s, AuditNote* n) -> StoreError {
            StoreResult<Job> saved = s.jobs().insert(job);
            if (!saved) {
                return saved.error();
            }
            *stored = saved.value();
            n->target = QStringLiteral("job %1: %2").arg(saved->id).arg(job.description);
            return s.jobTargets().add(saved->id, targets);
        },
        [this, r, stored] { r->reply(201, json(*stored)); });
}

void ActionsApi::list(const ApiRequestPtr& r)
{
    qint64 offset = 0;
    qint64 limit = 0;
    if (!r->paging(&offset, &limit, 100, 1000)) {
        return;
    }
    RowQuery q;
    if (!AccessPolicy::canAdministerSystem(r->admin())) {
        q.where = QStringLiteral("admin_id = ?");
        q.binds = {r->admin().id};
    }
    if (r->hasQuery("state")) {
        JobState state = JobState::Queued;
        if (!jobStateFromString(r->query("state"), &state)) {
            r->fail(400, QStringLiteral("'state' must be queued, running, done or cancelled"));
            return;
        }
        q.where += (q.where.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("state = ?");
        q.binds.append(jobStateToString(state));
    }
    q.descending = true;
    const StoreResult<qint64> total = store().jobs().count(q);
    q.offset = offset;
    q.limit = limit;
    const StoreResult<QVector<Job>> jobs = store().jobs().query(q);
    if (!loaded(r, total) || !loaded(r, jobs)) {
        return;
    }
    QJsonArray items;
    for (const Job& j : jobs.value()) {
        items.append(json(j));
    }
    r->replyList(items, total.value());
}

bool ActionsApi::fetchJob(const ApiRequestPtr& r, Job* job)
{
    return fetch(
        r, &Store::jobs, "job", [&](const Job& j) { return mayWatch(r->admin(), j); }, job);
}

void ActionsApi::get(const ApiRequestPtr& r)
{
    Job job;
    if (fetchJob(r, &job)) {
        r->reply(200, json(job));
    }
}

void ActionsApi::targets(const ApiRequestPtr& r)
{
    Job job;
    qint64 offset = 0;
    qint64 limit = 0;
    if (!fetchJob(r, &job) || !r->paging(&offset, &limit)) {
        return;
    }
    const StoreResult<QVector<JobTarget>> list = store().jobTargets().list(job.id, offset, limit);
    const StoreResult<JobCounts> counts = store().jobTargets().counts(job.id);
    if (!loaded(r, list) || !loaded(r, counts)) {
        return;
    }
    QJsonArray items;
    for (const JobTarget& t : list.value()) {
        items.append(ApiJson::toJson(t));
    }
    r->replyList(items, counts->total);
}

void ActionsApi::cancel(const ApiRequestPtr& r)
{
    Job job;
    if (!fetchJob(r, &job)) {
        return;
    }
    if (job.state != JobState::Queued && job.state != JobState::Running) {
        r->fail(409,
                QStringLiteral("job %1 is %2: there is nothing left to cancel")
                    .arg(job.id)
                    .arg(jobStateToString(job.state)));
        return;
    }
    const qint64 id = job.id;
    write(
        r, {QStringLiteral("cancel action"), QStringLiteral("job %1: %2").arg(id).arg(job.description), {}},
        [id](Store& s, AuditNote* n) -> StoreError {
            StoreResult<Job> current = s.jobs().get(id);
            if (!current) {
                return current.error();
            }
            if (current->state != JobState::Queued && current->state != JobState::Running) {
                return {StoreError::Code::Conflict,
                        QStringLiteral("job %1 is %2 already").arg(id).arg(jobStateToString(current->state))};
            }
            current->state = JobState::Cancelled;
            current->finishedAt = QDateTime::currentDateTimeUtc();
            if (StoreError e = s.jobs().update(current.value()).error(); e.isError()) {
                return e;
            }
            const StoreResult<int> withdrawn = s.jobTargets().cancel(id, QDateTime::currentDateTimeUtc());
            if (!withdrawn) {
                return withdrawn.error();
            }
            n->details = QStringLiteral("%1 phone(s) not sent to").arg(withdrawn.value());
            return {};
        },
        [this, r, id] {
            const StoreResult<Job> now = store().jobs().get(id);
            if (loaded(r, now)) {
                r->reply(200, json(now.value()));
            }
        });
}
