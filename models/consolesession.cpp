#include "consolesession.h"

#include <QJsonDocument>

#include "apijson.h"
#include "templateworkspace.h"

#include <QJsonArray>

namespace {
QVector<Region> regionsOf(const QJsonArray& items)
{
    QVector<Region> out;
    for (const QJsonValue& v : items) {
        Region region;
        if (ApiJson::read(v.toObject(), &region)) {
            out.append(region);
        }
    }
    return out;
}
} // namespace

ConsoleSession::ConsoleSession(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_probe(new QTimer(this))
    , m_templates(new TemplateWorkspace(this, this))
{
    m_probe->setInterval(5000);
    connect(m_probe, &QTimer::timeout, this, &ConsoleSession::probe);
}

void ConsoleSession::setProbeInterval(int ms)
{
    m_probe->setInterval(ms);
}

void ConsoleSession::setReachable(bool reachable)
{
    if (reachable) {
        m_probe->stop();
    } else if (!m_probe->isActive()) {
        m_probe->start();
    }
    if (m_reachable != reachable) {
        m_reachable = reachable;
        Q_EMIT reachableChanged(reachable);
    }
}

void ConsoleSession::probe()
{
    if (!m_api || m_state != State::SignedIn) {
        m_probe->stop();
        return;
    }
    get(QStringLiteral("me"), {}, this, [](const ApiReply&) {}); // guarded() notes the outcome
}

void ConsoleSession::start(const ServerUrl& server, const QString& pinnedFingerprint, const QString& label, bool local)
{
    if (m_api) {
        m_api->deleteLater();
    }
    ++m_generation;
    m_api = new AdminApiClient(m_network, server, this);
    m_api->setPinnedFingerprint(pinnedFingerprint);
    m_api->setTimeout(30);
    m_label = label;
    m_local = local;
    m_admin = Admin();
    m_regions.clear();
    m_identity = {};
    m_offlineStart = false;
    setReachable(true);
    setState(State::Connecting);
}

void ConsoleSession::openWithToken(const ServerUrl& server, const QString& pinnedFingerprint, const QString& token,
                                   const QString& label, bool local)
{
    start(server, pinnedFingerprint, label, local);
    m_api->setToken(token);
    loadMe();
}

void ConsoleSession::signIn(const ServerUrl& server, const QString& pinnedFingerprint, const QString& user,
                            const QString& password, const QString& label)
{
    start(server, pinnedFingerprint, label, false);
    const quint64 generation = m_generation;
    m_api->login(user, password, this, [this, generation](const ApiReply& r) {
        if (generation != m_generation) {
            return;
        }
        if (!r.ok()) {
            setState(State::SignedOut);
            Q_EMIT connectFailed(r);
            return;
        }
        loadMe();
    });
}

void ConsoleSession::loadMe()
{
    const quint64 generation = m_generation;
    m_api->get(QStringLiteral("me"), {}, this, [this, generation](const ApiReply& r) {
        if (generation != m_generation) {
            return;
        }
        Admin admin;
        if (!r.ok() || !ApiJson::read(r.json, &admin)) {
            setState(State::SignedOut);
            ApiReply failed = r;
            if (failed.ok()) {
                failed.status = 0;
                failed.error = tr("the server's answer about the signed-in account cannot be read");
            }
            Q_EMIT connectFailed(failed);
            return;
        }
        const QJsonObject me = r.json;
        m_api->get(QStringLiteral("regions"), {{QStringLiteral("limit"), QStringLiteral("10000")}}, this,
                   [this, generation, me](const ApiReply& regions) {
                       if (generation != m_generation) {
                           return;
                       }
                       adopt(me, regions.items());
                       setState(State::SignedIn);
                       Q_EMIT signedIn();
                   });
    });
}

void ConsoleSession::adopt(const QJsonObject& me, const QJsonArray& regions)
{
    ApiJson::read(me, &m_admin);
    m_canAdministerSystem = me.value(QStringLiteral("canAdministerSystem")).toBool();
    m_canWrite = me.value(QStringLiteral("canWrite")).toBool();
    m_regions = regionsOf(regions);
    m_identity = {{QStringLiteral("me"), me}, {QStringLiteral("regions"), regions}};
}

void ConsoleSession::openOffline(const ServerUrl& server, const QString& pinnedFingerprint, const QString& label,
                                 const QJsonObject& identity)
{
    start(server, pinnedFingerprint, label, false);
    m_offlineStart = true;
    adopt(identity.value(QStringLiteral("me")).toObject(), identity.value(QStringLiteral("regions")).toArray());
    setState(State::SignedIn);
    setReachable(false);
    Q_EMIT signedIn();
}

void ConsoleSession::signOut()
{
    if (m_api && m_state == State::SignedIn) {
        // Best effort: the token is forgotten here whatever the server says.
        m_api->sendJson("POST", QStringLiteral("logout"), {}, m_api, [](const ApiReply&) {});
    }
    ++m_generation;
    m_admin = Admin();
    m_regions.clear();
    setReachable(true);
    setState(State::SignedOut);
}

QString ConsoleSession::serverKey() const
{
    if (!m_api) {
        return {};
    }
    return m_local ? QStringLiteral("local") : m_api->server().toString();
}

QString ConsoleSession::presentedFingerprint() const
{
    return m_api ? m_api->presentedFingerprint() : QString();
}

QString ConsoleSession::regionName(qint64 regionId) const
{
    for (const Region& r : m_regions) {
        if (r.id == regionId) {
            return r.name;
        }
    }
    return {};
}

AdminApiClient::Callback ConsoleSession::guarded(AdminApiClient::Callback done)
{
    const quint64 generation = m_generation;
    return [this, generation, done = std::move(done)](const ApiReply& r) {
        if (generation != m_generation) {
            return; // an answer for a session that is over
        }
        if (m_state == State::SignedIn) {
            // An answer of any kind: there is a server. No connection at all: there is none. (A
            // certificate refused says nothing either way.)
            if (r.status != 0) {
                setReachable(true);
            } else if (r.failure == ApiReply::Failure::Unreachable || r.failure == ApiReply::Failure::Timeout) {
                setReachable(false);
            }
        }
        if (r.status == 401 && m_state == State::SignedIn) {
            ++m_generation;
            setState(State::SignedOut);
            Q_EMIT sessionEnded(r.error);
            return;
        }
        done(r);
    };
}

void ConsoleSession::get(const QString& path, const QUrlQuery& query, QObject* context, AdminApiClient::Callback done)
{
    if (!m_api) {
        return;
    }
    m_api->get(path, query, context, guarded(std::move(done)));
}

void ConsoleSession::getRaw(const QString& path, const QUrlQuery& query, QObject* context,
                            AdminApiClient::Callback done)
{
    if (!m_api) {
        return;
    }
    m_api->getRaw(path, query, context, guarded(std::move(done)));
}

void ConsoleSession::sendJson(const QByteArray& method, const QString& path, const QJsonObject& body, QObject* context,
                              AdminApiClient::Callback done)
{
    if (!m_api) {
        return;
    }
    m_api->sendJson(method, path, body, context, guarded(std::move(done)));
}

void ConsoleSession::sendJson(const QByteArray& method, const QString& path, const QUrlQuery& query,
                              const QJsonObject& body, QObject* context, AdminApiClient::Callback done)
{
    if (!m_api) {
        return;
    }
    m_api->send(method, path, query, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", context,
                guarded(std::move(done)));
}

void ConsoleSession::sendBytes(const QByteArray& method, const QString& path, const QUrlQuery& query,
                               const QByteArray& body, const QByteArray& contentType, QObject* context,
                               AdminApiClient::Callback done)
{
    if (!m_api) {
        return;
    }
    m_api->send(method, path, query, body, contentType, context, guarded(std::move(done)));
}

void ConsoleSession::refreshRegions()
{
    get(QStringLiteral("regions"), {{QStringLiteral("limit"), QStringLiteral("10000")}}, this,
        [this](const ApiReply& r) {
            if (!r.ok()) {
                return;
            }
            m_regions = regionsOf(r.items());
            Q_EMIT regionsChanged();
        });
}

void ConsoleSession::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}
