#include "httpfrontend.h"

HttpFrontend::HttpFrontend(bool secure, Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_secure(secure)
    , m_handler(std::move(handler))
{ }

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    m_handler(std::make_shared<HttpExchange>(request, makeResponder(request, socket), m_secure));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpExchange(request, makeResponder(request, socket), m_secure).respondError(404, QStringLiteral("not found"));
}
