#include "adminsapi.h"

#include "loginguard.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "offthread.h"
#include "passwordhash.h"
#include "serverstate.h"

namespace {
// Refuses a change that would leave no Super Administrator.
StoreError keepsASuperAdministrator(Store& s)
{
    const StoreResult<QVector<Admin>> admins =
        s.admins().listWhere(QStringLiteral("role"), adminRoleToString(AdminRole::SuperAdministrator));
    if (!admins) {
        return admins.error();
    }
    if (admins->isEmpty()) {
        return {StoreError::Code::Constraint,
                QStringLiteral("the last Super Administrator cannot be removed or demoted")};
    }
    return {};
}
} // namespace

void AdminsApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/admins", ApiNeed::SystemRead, [this](const ApiRequestPtr& r) { list(r); });
    router.add("GET", "/api/v1/admins/{id}", ApiNeed::SystemRead, [this](const ApiRequestPtr& r) { get(r); });
    router.add("POST", "/api/v1/admins", ApiNeed::SystemWrite, [this](const ApiRequestPtr& r) { create(r); });
    router.add("PUT", "/api/v1/admins/{id}", ApiNeed::SystemWrite, [this](const ApiRequestPtr& r) { update(r); });
    router.add("DELETE", "/api/v1/admins/{id}", ApiNeed::SystemWrite, [this](const ApiRequestPtr& r) { remove(r); });
    router.add("POST", "/api/v1/admins/{id}/unlock", ApiNeed::SystemWrite,
               [this](const ApiRequestPtr& r) { unlock(r); });
}

QJsonObject AdminsApi::json(const Admin& admin)
{
    QJsonObject o = ApiJson::toJson(admin);
    const StoreResult<LoginState> state = store().sessions().loginState(admin.id);
    o.insert(QStringLiteral("locked"), state && state->locked);
    o.insert(QStringLiteral("failedLogins"), state ? state->failedLogins : 0);
    return o;
}

void AdminsApi::list(const ApiRequestPtr& r)
{
    const StoreResult<QVector<Admin>> admins = store().admins().list();
    const StoreResult<QHash<qint64, LoginState>> states = store().sessions().loginStates();
    if (!loaded(r, admins) || !loaded(r, states)) {
        return;
    }
    QJsonArray items;
    for (const Admin& a : admins.value()) {
        QJsonObject o = ApiJson::toJson(a);
        o.insert(QStringLiteral("locked"), states->value(a.id).locked);
        o.insert(QStringLiteral("failedLogins"), states->value(a.id).failedLogins);
        items.append(o);
    }
    r->replyList(items, admins->size());
}

void AdminsApi::get(const ApiRequestPtr& r)
{
    Admin a;
    if (fetch(
            r, &Store::admins, "administrator", [](const Admin&) { return true; }, &a)) {
        r->reply(200, json(a));
    }
}

bool AdminsApi::valid(const ApiRequestPtr& r, const Admin& a)
{
    if (a.name.trimmed().isEmpty()) {
        r->fail(400, QStringLiteral("an administrator needs a \"name\""));
        return false;
    }
    if (!AccessPolicy::canManageAdmin(r->admin(), a)) {
        r->forbidden(QStringLiteral("only a Super Administrator manages Super Administrators"));
        return false;
    }
    for (auto it = a.regionLevels.cbegin(); it != a.regionLevels.cend(); ++it) {
        if (!store().regions().get(it.key())) {
            r->fail(400, QStringLiteral("regionLevels: no region %1").arg(it.key()));
            return false;
        }
    }
    return true;
}

void AdminsApi::withPassword(const ApiRequestPtr& r, Admin admin, const QString& password,
                             std::function<void(const Admin&)> save)
{
    if (password.isEmpty()) {
        save(admin);
        return;
    }
    runOffThread<QString>(
        state().owner, [password] { return PasswordHash::hash(password); },
        [admin, save](const QString& hash) mutable {
            admin.passwordHash = hash;
            save(admin);
        });
    Q_UNUSED(r)
}

void AdminsApi::create(const ApiRequestPtr& r)
{
    QJsonObject body;
    Admin a;
    QString password;
    QString error;
    if (!r->object(&body)) {
        return;
    }
    if (!ApiJson::fromJson(body, &a, &password, &error)) {
        r->fail(400, error);
        return;
    }
    if (!valid(r, a)) {
        return;
    }
    if (const QString weak = PasswordHash::weakness(password, a.name); !weak.isEmpty()) {
        r->fail(400, password.isEmpty() ? QStringLiteral("a new administrator needs a \"password\"") : weak);
        return;
    }
    withPassword(r, a, password, [this, r](const Admin& hashed) {
        insertRow(r, &Store::admins, hashed,
                  {QStringLiteral("add administrator"), hashed.name, adminRoleToString(hashed.role)},
                  [this](const Admin& x) { return json(x); });
    });
}

void AdminsApi::update(const ApiRequestPtr& r)
{
    Admin a;
    QJsonObject body;
    QString password;
    QString error;
    if (!fetch(
            r, &Store::admins, "administrator", [](const Admin&) { return true; }, &a)
        || !r->object(&body) || !r->revision(body, &a.revision) || !valid(r, a)) {
        return;
    }
    const Admin before = a;
    if (!ApiJson::fromJson(body, &a, &password, &error)) {
        r->fail(400, error);
        return;
    }
    if (!valid(r, a)) {
        return;
    }
    if (!password.isEmpty()) {
        if (const QString weak = PasswordHash::weakness(password, a.name); !weak.isEmpty()) {
            r->fail(400, weak);
            return;
        }
    }
    const bool endSessions = !password.isEmpty() || a.role != before.role || a.regionLevels != before.regionLevels;
    const qint64 keep = a.id == r->admin().id ? r->sessionId() : 0;
    // What the field table does not hold: the password (hashed later) and the region levels.
    QStringList extra;
    if (!password.isEmpty()) {
        extra << QStringLiteral("password");
    }
    if (a.regionLevels != before.regionLevels) {
        extra << QStringLiteral("regionLevels");
    }
    const AuditNote note {QStringLiteral("change administrator"), before.name, ApiWrite::changes(before, a, extra)};
    withPassword(r, a, password, [this, r, note, endSessions, keep](const Admin& hashed) {
        updateRow(
            r, &Store::admins, hashed, note, [this](const Admin& x) { return json(x); },
            [endSessions, keep](Store& s, const Admin& stored) -> StoreError {
                if (StoreError e = keepsASuperAdministrator(s); e.isError()) {
                    return e;
                }
                return endSessions ? s.sessions().removeAllOf(stored.id, keep) : StoreError {};
            });
    });
}

void AdminsApi::remove(const ApiRequestPtr& r)
{
    Admin a;
    qint64 revision = 0;
    if (!fetch(
            r, &Store::admins, "administrator", [](const Admin&) { return true; }, &a)
        || !r->revision({}, &revision) || !valid(r, a)) {
        return;
    }
    if (a.id == r->admin().id) {
        r->fail(409, QStringLiteral("you cannot remove your own account"));
        return;
    }
    write(
        r, {QStringLiteral("remove administrator"), a.name, {}},
        [id = a.id, revision](Store& s, AuditNote*) -> StoreError {
            if (StoreError e = s.admins().remove(id, revision).error(); e.isError()) {
                return e;
            }
            return keepsASuperAdministrator(s);
        },
        [r] { r->replyEmpty(); });
}

void AdminsApi::unlock(const ApiRequestPtr& r)
{
    Admin a;
    if (!fetch(
            r, &Store::admins, "administrator", [](const Admin&) { return true; }, &a)
        || !valid(r, a)) {
        return;
    }
    env().logins.forgetName(a.name);
    write(
        r, {QStringLiteral("unlock administrator"), a.name, QStringLiteral("login throttling of this name lifted")},
        [id = a.id](Store& s, AuditNote*) { return s.sessions().unlock(id); },
        [this, r, a] { r->reply(200, json(a)); });
}
