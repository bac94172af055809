#include "apirequest.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace {
QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

ApiRequest::ApiRequest(HttpExchangePtr exchange, QStringList params)
    : m_exchange(std::move(exchange))
    , m_params(std::move(params))
    , m_query(QString::fromLatin1(m_exchange->encodedQuery()))
{
    for (QString& p : m_params) {
        p = QUrl::fromPercentEncoding(p.toLatin1());
    }
}

bool ApiRequest::id(int index, const char* what, qint64* out)
{
    bool ok = false;
    const qint64 value = param(index).toLongLong(&ok);
    if (!ok || value <= 0) {
        fail(404, QStringLiteral("no %1 '%2'").arg(QLatin1String(what), param(index)));
        return false;
    }
    *out = value;
    return true;
}

bool ApiRequest::hasQuery(const char* key) const
{
    return m_query.hasQueryItem(QLatin1String(key));
}

QString ApiRequest::query(const char* key) const
{
    return m_query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

QList<QPair<QString, QString>> ApiRequest::queryItems() const
{
    return m_query.queryItems(QUrl::FullyDecoded);
}

bool ApiRequest::queryNumber(const char* key, qint64* out, qint64 min, qint64 max)
{
    if (!hasQuery(key)) {
        return true;
    }
    bool ok = false;
    const qint64 v = query(key).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        fail(400,
             QStringLiteral("'%1' must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(max));
        return false;
    }
    *out = v;
    return true;
}

bool ApiRequest::queryFlag(const char* key, bool* out, bool fallback)
{
    *out = fallback;
    if (!hasQuery(key)) {
        return true;
    }
    const QString v = query(key).toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes") || v.isEmpty()) {
        *out = true;
    } else if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no")) {
        *out = false;
    } else {
        fail(400, QStringLiteral("'%1' must be true or false").arg(QLatin1String(key)));
        return false;
    }
    return true;
}

bool ApiRequest::paging(qint64* offset, qint64* limit, qint64 defaultLimit, qint64 maxLimit)
{
    *offset = 0;
    *limit = defaultLimit;
    return queryNumber("offset", offset, 0, std::numeric_limits<qint32>::max())
        && queryNumber("limit", limit, 0, maxLimit);
}

void ApiRequest::setAdmin(const Admin& admin, qint64 sessionId)
{
    m_admin = admin;
    m_sessionId = sessionId;
}

bool ApiRequest::object(QJsonObject* out)
{
    const QByteArray body = m_exchange->body();
    if (body.trimmed().isEmpty()) {
        fail(400, QStringLiteral("the request needs a JSON object as its body"));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(400, QStringLiteral("the body is not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
        return false;
    }
    if (!doc.isObject()) {
        fail(400, QStringLiteral("the body must be a JSON object"));
        return false;
    }
    *out = doc.object();
    return true;
}

bool ApiRequest::revision(const QJsonObject& body, qint64* out)
{
    const QJsonValue v = body.value(QStringLiteral("revision"));
    if (v.isDouble() && v.toInteger(-1) >= 0) { // a whole number that fits (9e91 would not)
        *out = v.toInteger();
        return true;
    }
    bool ok = false;
    if (hasQuery("revision")) {
        *out = query("revision").toLongLong(&ok);
        if (ok && *out >= 0) {
            return true;
        }
    }
    QByteArray ifMatch = m_exchange->header("If-Match").trimmed();
    if (ifMatch.startsWith("W/")) {
        ifMatch = ifMatch.mid(2);
    }
    if (ifMatch.size() >= 2 && ifMatch.startsWith('"') && ifMatch.endsWith('"')) {
        *out = ifMatch.mid(1, ifMatch.size() - 2).toLongLong(&ok);
        if (ok && *out >= 0) {
            return true;
        }
    }
    fail(428,
         QStringLiteral("say which revision of the row this change is based on: \"revision\" in the body, "
                        "?revision=N or If-Match: \"N\" (every row carries its revision)"));
    return false;
}

void ApiRequest::reply(int status, const QJsonObject& body)
{
    m_exchange->respond(status, "application/json", json(body), {{"Cache-Control", "no-store"}});
}

void ApiRequest::replyList(const QJsonArray& items, qint64 total)
{
    reply(200, {{QStringLiteral("items"), items}, {QStringLiteral("total"), static_cast<double>(total)}});
}

void ApiRequest::replyBytes(const QByteArray& contentType, const QByteArray& bytes,
                            const HttpExchange::Headers& headers)
{
    HttpExchange::Headers all = headers;
    all.emplace_back("Cache-Control", "no-store");
    m_exchange->respond(200, contentType, bytes, all);
}

void ApiRequest::fail(int status, const QString& message, const HttpExchange::Headers& headers)
{
    failWith(status, {{QStringLiteral("error"), message}}, headers);
}

void ApiRequest::failWith(int status, const QJsonObject& body, const HttpExchange::Headers& headers)
{
    HttpExchange::Headers all = headers;
    all.emplace_back("Cache-Control", "no-store");
    m_exchange->respond(status, "application/json", json(body), all);
}

void ApiRequest::failStore(const StoreError& error)
{
    switch (error.code) {
    case StoreError::Code::None:
        fail(500, QStringLiteral("failed without a reason"));
        return;
    case StoreError::Code::NotFound:
        fail(404, error.message);
        return;
    case StoreError::Code::Conflict:
    case StoreError::Code::Constraint:
        fail(409, error.message);
        return;
    case StoreError::Code::Invalid:
        fail(400, error.message);
        return;
    case StoreError::Code::Database:
        fail(503, QStringLiteral("the database is not available: %1").arg(error.message), {{"Retry-After", "5"}});
        return;
    }
}
