#include "authapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "digest.h"
#include "loginguard.h"
#include "offthread.h"
#include "passwordhash.h"
#include "randomsecret.h"
#include "serverstate.h"
#include "store.h"

#include <QDateTime>

#include <limits>

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray retryAfter(qint64 ms)
{
    return QByteArray::number(qMax<qint64>(1, (ms + 999) / 1000));
}

QJsonObject adminWithRights(const Admin& admin)
{
    QJsonObject o = ApiJson::toJson(admin);
    o.insert(QStringLiteral("canAdministerSystem"), AccessPolicy::canAdministerSystem(admin));
    o.insert(QStringLiteral("canWrite"), AccessPolicy::canWriteAnywhere(admin));
    return o;
}
} // namespace

void AuthApi::addRoutes(ApiRouter& router)
{
    router.add("POST", "/api/v1/login", ApiNeed::Public, [this](const ApiRequestPtr& r) { login(r); });
    router.add("POST", "/api/v1/logout", ApiNeed::Self, [this](const ApiRequestPtr& r) { logout(r); });
    router.add("GET", "/api/v1/me", ApiNeed::Self, [this](const ApiRequestPtr& r) { me(r); });
    router.add("PUT", "/api/v1/me/password", ApiNeed::Self, [this](const ApiRequestPtr& r) { changePassword(r); });
}

QString AuthApi::newToken()
{
    return QStringLiteral("pft_")
        + QString::fromLatin1(
               RandomSecret::bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString AuthApi::tokenHash(const QString& token)
{
    return Digest::sha256Hex(token.toUtf8());
}

bool AuthApi::authenticate(const ApiRequestPtr& r)
{
    const HttpExchange::Headers challenge = {{"WWW-Authenticate", "Bearer realm=\"PhoneFleet\""}};
    const QByteArray header = r->http().header("Authorization").trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer ")) {
        r->fail(401, QStringLiteral("sign in first: POST /api/v1/login, then send Authorization: Bearer <token>"),
                challenge);
        return false;
    }
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    const StoreResult<AdminSession> session = store().sessions().find(tokenHash(token));
    if (!session) {
        if (session.error().code == StoreError::Code::NotFound) {
            r->fail(401, QStringLiteral("this session has ended (signed out, or the account changed); sign in again"),
                    challenge);
        } else {
            r->failStore(session.error());
        }
        return false;
    }
    if (session->expiresAt <= QDateTime::currentDateTimeUtc()) {
        r->fail(
            401,
            QStringLiteral("the session expired at %1; sign in again").arg(session->expiresAt.toString(Qt::ISODate)),
            challenge);
        return false;
    }
    const StoreResult<Admin> admin = store().admins().get(session->adminId);
    const StoreResult<LoginState> state = store().sessions().loginState(session->adminId);
    if (!admin || !state) {
        if (!admin && admin.error().code == StoreError::Code::NotFound) {
            r->fail(401, QStringLiteral("the account of this session no longer exists"), challenge);
        } else {
            r->failStore(admin ? state.error() : admin.error());
        }
        return false;
    }
    if (state->locked) {
        r->fail(401, QStringLiteral("the account is locked; an administrator must unlock it"), challenge);
        return false;
    }
    r->setAdmin(admin.value(), session->id);
    return true;
}

bool AuthApi::hasOpenSession(const QByteArray& authorization)
{
    const QByteArray header = authorization.trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer ")) {
        return false;
    }
    const StoreResult<AdminSession> session =
        store().sessions().find(tokenHash(QString::fromLatin1(header.mid(7).trimmed())));
    return session && session->expiresAt > QDateTime::currentDateTimeUtc();
}

StoreResult<Admin> AuthApi::sessionAdmin(const QByteArray& authorization)
{
    const StoreError none {StoreError::Code::NotFound, QStringLiteral("no open session")};
    const QByteArray header = authorization.trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer ")) {
        return none;
    }
    const StoreResult<AdminSession> session =
        store().sessions().find(tokenHash(QString::fromLatin1(header.mid(7).trimmed())));
    if (!session || session->expiresAt <= QDateTime::currentDateTimeUtc()) {
        return none;
    }
    return store().admins().get(session->adminId);
}

void AuthApi::login(const ApiRequestPtr& r)
{
    QJsonObject body;
    if (!r->object(&body)) {
        return;
    }
    const QString name = body.value(QStringLiteral("username")).toString().trimmed();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (name.isEmpty() || password.isEmpty()) {
        r->fail(400, QStringLiteral("give \"username\" and \"password\""));
        return;
    }
    const qint64 now = nowMs();
    const StoreResult<Admin> admin = store().admins().findOne(QStringLiteral("name"), name);
    if (!admin && admin.error().code != StoreError::Code::NotFound) {
        r->failStore(admin.error());
        return;
    }
    // Waiting is per address and per (name, address), for names that are accounts and names
    // that are not alike: the answer tells nothing, and nobody can make another address wait.
    if (const qint64 wait = env().logins.waitMs(r->peer(), name, now); wait > 0) {
        refuseLogin(r, name, admin ? admin->id : 0, QStringLiteral("too many failed logins; try again later"), 429,
                    wait);
        return;
    }
    const bool known = admin.ok();
    const Admin account = known ? admin.value() : Admin();
    const QString hash = known ? account.passwordHash : env().logins.decoyHash();
    runOffThread<bool>(
        state().owner, [password, hash] { return PasswordHash::verify(password, hash); },
        [this, r, account, known, name](bool ok) { loginChecked(r, name, account, known, ok && known); });
}

void AuthApi::loginChecked(const ApiRequestPtr& r, const QString& name, const Admin& admin, bool known, bool passwordOk)
{
    if (!passwordOk) {
        refuseLogin(r, name, known ? admin.id : 0, QStringLiteral("wrong user name or password"), 401, 0);
        return;
    }
    const bool lifted = env().logins.recordSuccess(r->peer(), name);
    const QString token = newToken();
    const QString hash = tokenHash(token);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ServerSettings settings = state().settings;
    if (const StoreResult<QString> v = store().settings().value(QStringLiteral("admin_session_seconds"));
        v && !v->isEmpty()) {
        settings = ServerSettings::fromValues({{QStringLiteral("admin_session_seconds"), v.value()}});
    }
    const QDateTime expires = now.addSecs(settings.adminSessionSeconds);
    r->setAdmin(admin, 0);
    AuditNote note {QStringLiteral("login"), admin.name,
                    QStringLiteral("session until %1").arg(expires.toString(Qt::ISODate))
                        + (lifted ? QStringLiteral("; login throttling of this address lifted") : QString())};
    const qint64 adminId = admin.id;
    const QString peer = r->peer();
    write(
        r, note,
        [adminId, hash, now, expires, peer](Store& s, AuditNote*) -> StoreError {
            if (StoreError e = s.sessions().recordSuccess(adminId); e.isError()) {
                return e;
            }
            return s.sessions().create(adminId, hash, now, expires, peer).error();
        },
        [r, token, expires, admin] {
            r->reply(200,
                     {{QStringLiteral("token"), token},
                      {QStringLiteral("expiresAt"), ApiJson::time(expires)},
                      {QStringLiteral("admin"), adminWithRights(admin)}});
        });
}

void AuthApi::refuseLogin(const ApiRequestPtr& r, const QString& name, qint64 adminId, const QString& why, int status,
                          qint64 retryAfterMs)
{
    const qint64 now = nowMs();
    const LoginGuard::Change change = env().logins.recordFailure(r->peer(), name, now);
    HttpExchange::Headers headers;
    if (retryAfterMs > 0) {
        headers.emplace_back("Retry-After", retryAfter(retryAfterMs));
    }
    // Wrong names and wrong passwords read alike; the log says which it was.
    QString logged = adminId == 0 && status == 401 ? QStringLiteral("no such account") : why;
    switch (change) {
    case LoginGuard::Change::None:
        break;
    case LoginGuard::Change::PairThrottled:
        logged += QStringLiteral("; this name is throttled from this address (each attempt waits)");
        break;
    case LoginGuard::Change::AddressThrottled:
        logged += QStringLiteral("; this address is throttled (each attempt waits)");
        break;
    case LoginGuard::Change::AddressLocked:
        logged += QStringLiteral("; this address is refused for an hour after %1 failed logins")
                      .arg(LoginBackoff::lockFailures);
        break;
    }
    // While a client waits, its further attempts are counted but not each written: a flood would
    // fill the log (the start of the throttling and the address's lock are written).
    const bool quiet = status == 429 && change == LoginGuard::Change::None;
    AuditNote note {quiet ? QString() : QStringLiteral("login refused"), name.left(128), logged, 0, LogLevel::Warn};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    ApiWrite::submit(
        state(), r, note,
        [adminId, when](Store& s, AuditNote*) -> StoreError {
            if (adminId <= 0) {
                return {};
            }
            // Counted for the Administrators page; never a lock (anyone could cause it).
            return s.sessions().recordFailure(adminId, when, std::numeric_limits<int>::max()).error();
        },
        [r, status, why, headers] { r->fail(status, why, headers); },
        [r, status, why, headers](const StoreError&) { r->fail(status, why, headers); });
}

void AuthApi::logout(const ApiRequestPtr& r)
{
    const qint64 session = r->sessionId();
    write(
        r, {QStringLiteral("logout"), r->admin().name, {}},
        [session](Store& s, AuditNote*) { return s.sessions().remove(session); }, [r] { r->replyEmpty(); });
}

void AuthApi::me(const ApiRequestPtr& r)
{
    r->reply(200, adminWithRights(r->admin()));
}

void AuthApi::changePassword(const ApiRequestPtr& r)
{
    QJsonObject body;
    if (!r->object(&body)) {
        return;
    }
    const QString current = body.value(QStringLiteral("currentPassword")).toString();
    const QString next = body.value(QStringLiteral("newPassword")).toString();
    if (current.isEmpty() || next.isEmpty()) {
        r->fail(400, QStringLiteral("give \"currentPassword\" and \"newPassword\""));
        return;
    }
    if (const QString weak = PasswordHash::weakness(next, r->admin().name); !weak.isEmpty()) {
        r->fail(400, weak);
        return;
    }
    const Admin admin = r->admin();
    // The new hash, or empty when the current password is wrong.
    std::function<QString()> check = [current, next, stored = admin.passwordHash] {
        return PasswordHash::verify(current, stored) ? PasswordHash::hash(next) : QString();
    };
    runOffThread<QString>(state().owner, check, [this, r, admin](const QString& hash) {
        if (hash.isEmpty()) {
            r->fail(403, QStringLiteral("the current password is wrong"));
            return;
        }
        const qint64 session = r->sessionId();
        write(
            r, {QStringLiteral("change own password"), admin.name, {}},
            [id = admin.id, hash, session](Store& s, AuditNote*) -> StoreError {
                StoreResult<Admin> stored = s.admins().get(id);
                if (!stored) {
                    return stored.error();
                }
                stored->passwordHash = hash;
                if (StoreError e = s.admins().update(stored.value()).error(); e.isError()) {
                    return e;
                }
                // Other sign-ins of the account end; this one goes on.
                return s.sessions().removeAllOf(id, session);
            },
            [r] { r->replyEmpty(); });
    });
}
