#pragma once

#include "device.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

// Pushes a command straight to a phone that can be reached, so that it does not wait for its
// next keep-alive: POST http://<phone IP>:<port>/phonefleet/push with the body of a keep-alive
// answer ({"Requests": ["<command JSON>"]}) and HTTP Basic authentication with the phone's own
// file credentials, which only the phone and the server know (docs/phones.md). Done when the
// phone answers 200 within the timeout. When it does not, mayHaveIt says whether the whole
// request was handed to the connection first (no answer in time, or the connection closed
// after it): then the phone may carry the command out all the same, and a command that restarts it
// must not be given again (after a restart a phone no longer knows the ids it has done).
class PhonePusher : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool delivered, bool mayHaveIt, const QString& why)>;

    explicit PhonePusher(QObject* parent = nullptr);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Whether the phone has an address to push to; else *why says why not.
    static bool reachable(const Device& device, int port, QString* why);
    void push(const Device& device, int port, const QByteArray& command, Done done);

private:
    QNetworkAccessManager m_network;
    int m_timeoutMs = 3000;
};
