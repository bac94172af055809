#pragma once

#include "serveroptions.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

class PhoneFleetServer;

// The console's local server: a PhoneFleetServer living in a thread of its own, so that opening
// the database, migrating it and creating the certificate never block the GUI thread. Started on
// the first session asked for; stopped (requests in flight finished, writer flushed) with this
// object.
class InProcessServer : public QObject
{
    Q_OBJECT

public:
    struct Session
    {
        bool ok = false;
        QString url;     // the plain-HTTP loopback listener, where the console talks to it
        QString token;   // a local session token (LocalSession)
        QString account; // "local-alice"
        QString error;   // when !ok
    };

    explicit InProcessServer(ServerOptions options, QObject* parent = nullptr);
    ~InProcessServer() override;

    // The options a console uses for its own server: loopback only, ports chosen by the system,
    // no administrator account needed, files under dataDir.
    static ServerOptions localOptions(const StoreUrl& database, const QString& dataDir);

    // Starts the server if it is not running and signs the console in; `done` runs on
    // `context`'s thread, never if `context` is gone by then.
    void openSession(int seconds, QObject* context, std::function<void(const Session&)> done);

    // Stops the server, waiting at most timeoutMs for the requests in flight. Called by the
    // destructor too.
    void stop(int timeoutMs = 10000);

private:
    ServerOptions m_options;
    QThread m_thread;
    QObject* m_anchor;                    // lives in m_thread: what work is queued on
    PhoneFleetServer* m_server = nullptr; // lives in m_thread; touched there only
    QString m_startError;
};
