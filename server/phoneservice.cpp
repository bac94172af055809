#include "phoneservice.h"

#include "alarmforwarder.h"
#include "alertreport.h"
#include "audittrail.h"
#include "groupcommitter.h"
#include "httpcredentials.h"
#include "keepalivereport.h"
#include "newphonelimiter.h"
#include "provisioningcache.h"
#include "serverstate.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QByteArray statusPrefix = "/rest/v1/ipphoneMgrStatus/";
const QByteArray alertPath = "/rest/v1/ipphoneMgrAlert/alert";
constexpr qsizetype maxBody = 64 * 1024;

void unavailable(const HttpExchangePtr& exchange, const StoreError& error)
{
    exchange->respond(503, "application/json",
                      QJsonDocument(QJsonObject {{QStringLiteral("error"),
                                                  QStringLiteral("the report was not stored: %1").arg(error.message)}})
                          .toJson(QJsonDocument::Compact),
                      {{"Retry-After", "5"}});
}
} // namespace

PhoneService::PhoneService(ServerState& state, AlarmForwarder& forwarder, NewPhoneLimiter& newPhones)
    : m_state(state)
    , m_forwarder(forwarder)
    , m_newPhones(newPhones)
{ }

bool PhoneService::handles(const QByteArray& path)
{
    return path.startsWith(statusPrefix) || path == alertPath;
}

HttpHeadDecision PhoneService::inspect(const HttpRequest& head)
{
    const bool isStatus = head.path == statusPrefix + "keep-alive" || head.path == statusPrefix + "init";
    if (!isStatus && head.path != alertPath) {
        return {404, QStringLiteral("not found"), 0};
    }
    if (head.method != "POST") {
        return {405, QStringLiteral("phones report with POST"), 0};
    }
    return {0, {}, maxBody};
}

void PhoneService::handle(const HttpExchangePtr& exchange)
{
    const QByteArray& path = exchange->encodedPath();
    const bool isStatus = path == statusPrefix + "keep-alive" || path == statusPrefix + "init";
    if (!isStatus && path != alertPath) {
        exchange->respondError(404, QStringLiteral("not found"));
        return;
    }
    if (exchange->method() != "POST") {
        exchange->respond(405, "application/json", R"({"error":"phones report with POST"})", {{"Allow", "POST"}});
        return;
    }
    if (exchange->body().size() > maxBody) {
        exchange->respondError(413, QStringLiteral("a report is at most %1 bytes").arg(maxBody));
        return;
    }
    if (isStatus) {
        keepAlive(exchange);
    } else {
        alert(exchange);
    }
}

void PhoneService::keepAlive(const HttpExchangePtr& exchange)
{
    KeepAliveReport report;
    QString error;
    if (!KeepAliveReport::parse(exchange->body(), QString::fromUtf8(exchange->header("User-Agent")), &report, &error)) {
        exchange->respondError(400, error);
        return;
    }
    report.peerAddress = exchange->peerText();
    StoreResult<ProvisioningCache::DeviceEntry> device = m_state.cache.device(report.mac);
    if (!device && device.error().code == StoreError::Code::NotFound) {
        // Added a moment ago (by another thread or node) and not in this thread's cache yet?
        device = m_state.store.phoneTrust().byMac(report.mac.toString());
    }
    if (device) {
        // A phone that sends HTTP credentials with its report proves itself with them.
        const HttpCredentials credentials = HttpCredentials::parse(exchange->header("Authorization"));
        report.authenticated = credentials.scheme() != HttpCredentials::Scheme::None
            && credentials.verify(device->user, device->secret, exchange->method(), exchange->target(),
                                  m_state.nonceKey, QDateTime::currentMSecsSinceEpoch());
    } else if (device.error().code == StoreError::Code::NotFound
               && !m_newPhones.allow(report.peerAddress, QDateTime::currentMSecsSinceEpoch())) {
        exchange->respond(429, "application/json",
                          R"({"error":"too many new phones from this address; try again later"})",
                          {{"Retry-After", "60"}});
        return;
    }
    auto outcome = std::make_shared<KeepAliveOutcome>();
    m_state.writer.submit(
        [report, outcome](Store& store) -> StoreError {
            StoreResult<QVector<KeepAliveOutcome>> r =
                store.phoneStatus().applyKeepAlives({report}, QDateTime::currentDateTimeUtc());
            if (!r) {
                return r.error();
            }
            *outcome = r->constFirst();
            return {};
        },
        m_state.owner,
        [this, exchange, outcome, mac = report.mac.toString(), peer = exchange->peerText()](const StoreError& e) {
            if (e.isError()) {
                unavailable(exchange, e);
                return;
            }
            if (outcome->created) {
                m_state.audit.record(LogLevel::Info, peer, QStringLiteral("phone waiting for approval"), mac,
                                     QStringLiteral("first keep-alive from an unknown phone"));
            } else if (m_state.audit.records(LogLevel::Verbose)) {
                m_state.audit.record(LogLevel::Verbose, peer, QStringLiteral("keep-alive"), mac,
                                     outcome->proven
                                         ? QStringLiteral("%1 command(s) handed").arg(outcome->commands.size())
                                         : QStringLiteral("proves nothing: SIP status only"));
            }
            for (const QByteArray& command : std::as_const(outcome->givenUp)) {
                m_state.audit.record(LogLevel::Warn, peer, QStringLiteral("command given up"), mac,
                                     QStringLiteral("%1: handed in an answer that may not have reached the phone; "
                                                    "not given again, so that it cannot restart twice")
                                         .arg(QString::fromUtf8(command.left(200))));
            }
            if (outcome->commands.isEmpty()) {
                exchange->respondJson(200, R"({"Requests":[]})"); // nearly every keep-alive
                return;
            }
            QJsonArray requests;
            for (const QByteArray& command : std::as_const(outcome->commands)) {
                requests.append(QString::fromUtf8(command));
            }
            exchange->respondJson(
                200,
                QJsonDocument(QJsonObject {{QStringLiteral("Requests"), requests}}).toJson(QJsonDocument::Compact));
            // Delivered only now: had this node died before the answer went out, the commands
            // would have stayed handed, for the phone's next keep-alive to decide
            // (CommandHandover). A phone that went away before its answer gets them again.
            settleHanded(outcome->commandIds, exchange->answerWentOut(), mac);
        });
}

void PhoneService::settleHanded(const QVector<qint64>& commandIds, bool wentOut, const QString& mac)
{
    m_state.writer.submit(
        [commandIds, wentOut](Store& store) -> StoreError {
            return wentOut ? store.phoneStatus().confirmDelivered(commandIds, QDateTime::currentDateTimeUtc())
                           : store.phoneStatus().returnHanded(commandIds);
        },
        m_state.owner,
        [this, mac, wentOut](const StoreError& e) {
            if (e.isError()) {
                // Still handed: the phone's next keep-alive decides (CommandHandover).
                m_state.audit.record(LogLevel::Warn, QString(),
                                     wentOut ? QStringLiteral("commands not recorded delivered")
                                             : QStringLiteral("commands not queued again"),
                                     mac, e.message);
            }
        });
}

void PhoneService::alert(const HttpExchangePtr& exchange)
{
    AlertReport report;
    QString error;
    if (!AlertReport::parse(exchange->body(), &report, &error)) {
        exchange->respondError(400, error);
        return;
    }
    auto outcome = std::make_shared<AlertOutcome>();
    m_state.writer.submit(
        [report, outcome](Store& store) -> StoreError {
            StoreResult<AlertOutcome> r = store.phoneStatus().applyAlerts(report.alerts);
            if (!r) {
                return r.error();
            }
            *outcome = r.value();
            return {};
        },
        m_state.owner,
        [this, exchange, outcome](const StoreError& e) {
            if (e.isError()) {
                unavailable(exchange, e);
                return;
            }
            exchange->respondJson(200, "{}");
            for (const Alarm& a : std::as_const(outcome->raised)) {
                m_state.audit.record(LogLevel::Info, exchange->peerText(), QStringLiteral("alarm raised"), a.sourceMac,
                                     QStringLiteral("%1 (%2)").arg(a.name, alarmSeverityToString(a.severity)));
            }
            for (const Alarm& a : std::as_const(outcome->cleared)) {
                m_state.audit.record(LogLevel::Info, exchange->peerText(), QStringLiteral("alarm cleared"), a.sourceMac,
                                     a.name);
            }
            if (!outcome->raised.isEmpty() || !outcome->cleared.isEmpty()) {
                // The forwarder lives on the main thread; this may be a serving thread.
                QMetaObject::invokeMethod(
                    &m_forwarder,
                    [forwarder = &m_forwarder, settings = m_state.settings, outcome] {
                        forwarder->forward(settings, outcome->raised, outcome->cleared);
                    },
                    Qt::QueuedConnection);
            }
        });
}
