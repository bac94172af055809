#pragma once

#include "admin.h"
#include "httpexchange.h"
#include "storeerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <memory>

// One admin API request on its way through the router: the HTTP exchange, the path's
// parameters and query, the signed-in administrator, and the ways to answer in JSON. Every
// failure answers {"error": "<what went wrong, in words>"} with the matching status.
class ApiRequest
{
public:
    ApiRequest(HttpExchangePtr exchange, QStringList params);

    HttpExchange& http() const { return *m_exchange; }
    const HttpExchangePtr& exchange() const { return m_exchange; }
    // The client's address: the connection's peer, or, when that is a trusted proxy, the address
    // the proxy says it forwards for (X-Forwarded-For's last entry).
    // The client's address: behind a trusted proxy, the one it names (HttpExchange::peer()).
    QString peer() const { return m_exchange->peerText(); }

    QString param(int index) const { return m_params.value(index); }
    // The path parameter as a row id; answers 404 naming `what` when it is not one.
    bool id(int index, const char* what, qint64* out);

    bool hasQuery(const char* key) const;
    QString query(const char* key) const;
    QList<QPair<QString, QString>> queryItems() const;
    // offset and limit (default and largest limit given); answers 400 when they are not numbers.
    bool paging(qint64* offset, qint64* limit, qint64 defaultLimit = 1000, qint64 maxLimit = 10000);
    // A number in the query; answers 400 naming the key when it is not one in range.
    bool queryNumber(const char* key, qint64* out, qint64 min, qint64 max);
    // A true/false query value (true, 1, yes / false, 0, no); absent gives fallback.
    bool queryFlag(const char* key, bool* out, bool fallback = false);

    void setAdmin(const Admin& admin, qint64 sessionId);
    const Admin& admin() const { return m_admin; }
    qint64 sessionId() const { return m_sessionId; }

    // The body as a JSON object; answers 400 (or 415) and returns false otherwise.
    bool object(QJsonObject* out);
    // The revision a write is based on: "revision" in the body, ?revision=N, or If-Match: "N".
    // Answers 428 and returns false when none is given.
    bool revision(const QJsonObject& body, qint64* out);

    void reply(int status, const QJsonObject& body);
    void replyList(const QJsonArray& items, qint64 total);
    void replyBytes(const QByteArray& contentType, const QByteArray& bytes, const HttpExchange::Headers& headers = {});
    void replyEmpty() { reply(200, QJsonObject {}); }
    void fail(int status, const QString& message, const HttpExchange::Headers& headers = {});
    void failWith(int status, const QJsonObject& body, const HttpExchange::Headers& headers = {});
    // NotFound 404, Conflict and Constraint 409, Invalid 400, Database 503.
    void failStore(const StoreError& error);
    void forbidden(const QString& why) { fail(403, why); }
    bool isAnswered() const { return m_exchange->isAnswered(); }

private:
    HttpExchangePtr m_exchange;
    QStringList m_params;
    QUrlQuery m_query;
    Admin m_admin;
    qint64 m_sessionId = 0;
};

using ApiRequestPtr = std::shared_ptr<ApiRequest>;
