#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

class ApiRequest;
using ApiRequestPtr = std::shared_ptr<ApiRequest>;

// What a route needs of the administrator before its handler runs. Finer checks (the region of
// the row) are the handler's.
enum class ApiNeed {
    Public,      // no session (login)
    Self,        // any signed-in administrator, about their own account (logout, password)
    Read,        // any signed-in administrator; rows are limited to the regions they may see
    Write,       // a change: refused to administrators who are Operator nowhere
    SystemRead,  // system administrators only (administrator accounts)
    SystemWrite, // changes only system administrators make (regions, accounts, files, settings)
};

// The admin API's routes: "METHOD /api/v1/path/{id}/more", matched segment by segment; a
// segment in braces matches any one segment and is handed to the handler. The same table
// answers what is served (routes()), which a test compares with docs/api/openapi.yaml.
class ApiRouter
{
public:
    using Handler = std::function<void(const ApiRequestPtr&)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        ApiNeed need = ApiNeed::Read;
        Handler handler;
        QStringList segments;
    };

    void add(const char* method, const char* pattern, ApiNeed need, Handler handler);

    enum class Match { Found, WrongMethod, NotFound };
    // On Found, *route and *params (the segments in braces, in order) are set; on WrongMethod,
    // *allowed lists the methods the path has.
    Match match(const QByteArray& method, const QString& path, const Route** route, QStringList* params,
                QByteArrayList* allowed) const;

    // "GET /api/v1/devices/{id}", in the order added.
    QStringList routes() const;

private:
    QVector<Route> m_routes;
};
