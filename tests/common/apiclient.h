#pragma once

#include "rawhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

// The admin API as a test script sees it: JSON over raw HTTP from one loopback address (so that
// per-address throttling and the audit trail's "from where" can be checked), with a bearer token
// once logged in.
class ApiClient
{
public:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        RawResponse raw;

        QJsonArray items() const { return json.value(QStringLiteral("items")).toArray(); }
        qint64 total() const { return static_cast<qint64>(json.value(QStringLiteral("total")).toDouble(-1)); }
        qint64 id() const { return static_cast<qint64>(json.value(QStringLiteral("id")).toDouble()); }
        qint64 revision() const { return static_cast<qint64>(json.value(QStringLiteral("revision")).toDouble()); }
        QString error() const { return json.value(QStringLiteral("error")).toString(); }
        // For QVERIFY2: "409 {...}".
        QByteArray text() const { return QByteArray::number(status) + ' ' + body.left(600); }
    };

    ApiClient() = default;
    ApiClient(quint16 port, const QHostAddress& from, bool tls = false)
        : m_port(port)
        , m_from(from)
        , m_tls(tls)
    { }

    Reply call(const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
               RawHeaders headers = {}) const
    {
        if (!m_token.isEmpty()) {
            headers.append({"Authorization", "Bearer " + m_token});
        }
        if (!body.isEmpty() && !hasHeader(headers, "Content-Type")) {
            const QByteArray type = body.startsWith('{') ? "application/json" : "application/octet-stream";
            headers.append(qMakePair(QByteArray("Content-Type"), type));
        }
        Reply r;
        r.raw = rawRequest(m_port, method, target, headers, body, m_from, m_tls);
        r.status = r.raw.status;
        r.body = r.raw.body;
        r.json = QJsonDocument::fromJson(r.body).object();
        return r;
    }
    Reply get(const QByteArray& target) const { return call("GET", target); }
    Reply post(const QByteArray& target, const QJsonObject& body = {}) const
    {
        return call("POST", target, json(body));
    }
    Reply put(const QByteArray& target, const QJsonObject& body) const { return call("PUT", target, json(body)); }
    Reply del(const QByteArray& target, qint64 revision) const
    {
        return call("DELETE", target + (target.contains('?') ? "&" : "?") + "revision=" + QByteArray::number(revision));
    }

    Reply login(const QString& user, const QString& password)
    {
        m_token.clear();
        Reply r = post("/api/v1/login", {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
        if (r.status == 200) {
            m_token = r.json.value(QStringLiteral("token")).toString().toLatin1();
        }
        return r;
    }
    void setToken(const QByteArray& token) { m_token = token; }
    const QByteArray& token() const { return m_token; }
    const QHostAddress& from() const { return m_from; }

    static QByteArray json(const QJsonObject& o)
    {
        return o.isEmpty() ? QByteArray("{}") : QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    static QByteArray path(const char* format, qint64 id)
    {
        return QByteArray(format).replace("{id}", QByteArray::number(id));
    }
    static QByteArray query(const QString& text) { return QUrl::toPercentEncoding(text); }

private:
    static bool hasHeader(const RawHeaders& headers, const QByteArray& name)
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    }

    quint16 m_port = 0;
    QHostAddress m_from = QHostAddress::LocalHost;
    bool m_tls = false;
    QByteArray m_token;
};
