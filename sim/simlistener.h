#pragma once

#include "simhttpclient.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

// One HTTP request to a simulated phone, and the address it was sent to (which phone).
struct SimRequest
{
    QHostAddress phoneAddress;
    QByteArray method;
    QByteArray path;
    SimHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
};

struct SimAnswer
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
};

// What the simulated phones listen on: one socket on every local address at one port, so that
// each phone is reached at its own loopback address (127.0.0.2:PORT, ...) without a socket per
// phone. Connections to addresses outside 127.0.0.0/8 are closed unanswered. The handler says
// which phone was asked; returning false closes the connection unanswered (a phone that is off).
class SimListener : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<bool(const SimRequest&, SimAnswer*)>;

    explicit SimListener(Handler handler, QObject* parent = nullptr);

    bool listen(int port, QString* error);
    // Answers to requests other than GET (pushes) go out this much later; the handler has
    // already acted on them (a slow phone: the server waits while the command is carried out).
    void setAnswerDelay(int ms) { m_answerDelayMs = ms; }
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept();

    Handler m_handler;
    QTcpServer m_server;
    int m_answerDelayMs = 0;
};
