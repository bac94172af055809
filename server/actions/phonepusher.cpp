#include "phonepusher.h"

#include <memory>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

PhonePusher::PhonePusher(QObject* parent)
    : QObject(parent)
{
    // Phones are on the local network: a proxy from the environment would only get in the way.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

bool PhonePusher::reachable(const Device& device, int port, QString* why)
{
    if (port <= 0) {
        *why = QStringLiteral("direct pushes are off (phone_push_port is 0)");
        return false;
    }
    if (device.approval != ApprovalState::Approved) {
        *why = QStringLiteral("the phone waits for approval");
        return false;
    }
    // Only where the phone proved itself (a keep-alive that proved it, or the fetch of its own
    // file): never where a report merely claimed it is, since the push carries its credentials.
    if (QHostAddress(device.pushAddress).isNull()) {
        *why = QStringLiteral("the phone has not proved its address yet (it does when it fetches its file or "
                              "sends a keep-alive that proves it)");
        return false;
    }
    if (device.provisioningSecret.isEmpty()) {
        *why = QStringLiteral("the phone has no credentials to be pushed to with");
        return false;
    }
    return true;
}

void PhonePusher::push(const Device& device, int port, const QByteArray& command, Done done)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(device.pushAddress);
    url.setPort(port);
    url.setPath(QStringLiteral("/phonefleet/push"));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization",
                         "Basic " + (device.provisioningUser + u':' + device.provisioningSecret).toUtf8().toBase64());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A fresh connection each time: a pooled one to a phone that has restarted since would take
    // the request and fail it, and the command would count as possibly carried out.
    request.setRawHeader("Connection", "close");
    const QByteArray body =
        QJsonDocument(QJsonObject {{QStringLiteral("Requests"), QJsonArray {QString::fromUtf8(command)}}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_network.post(request, body);
    auto sent = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::uploadProgress, this, [sent](qint64 written, qint64 total) {
        if (total > 0 && written >= total) {
            *sent = true;
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, sent, timeoutMs = m_timeoutMs, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            done(true, true, {});
            return;
        }
        if (status > 0) { // a phone that answers otherwise has not taken the command
            done(false, false, QStringLiteral("the phone answered %1").arg(status));
            return;
        }
        done(false, *sent,
             *sent ? QStringLiteral("the phone took the request but did not answer within %1 s (%2)")
                         .arg(timeoutMs / 1000)
                         .arg(reply->errorString())
                   : QStringLiteral("the phone cannot be reached (%1)").arg(reply->errorString()));
    });
}
