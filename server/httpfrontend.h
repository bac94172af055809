#pragma once

#include "httpexchange.h"

#include <QAbstractHttpServer>

#include <functional>

// One listener (HTTP, or HTTPS once sslSetup() is called) that hands every request to one
// handler as an HttpExchange. The handler routes; QHttpServer's router would decode the path
// before we could see how it was written, and we need that to refuse traversal attempts.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpExchangePtr&)>;

    HttpFrontend(bool secure, Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    bool m_secure;
    Handler m_handler;
};
