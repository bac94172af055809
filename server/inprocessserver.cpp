#include "inprocessserver.h"

#include "databasepassword.h"
#include "phonefleetserver.h"

#include <QDir>
#include <QMetaObject>

InProcessServer::InProcessServer(ServerOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("local server"));
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();
}

InProcessServer::~InProcessServer()
{
    stop();
}

ServerOptions InProcessServer::localOptions(const StoreUrl& database, const QString& dataDir)
{
    ServerOptions options;
    options.database = database;
    options.dataDir = dataDir;
    options.bindAddress = QHostAddress::LocalHost;
    options.httpPort = 0;
    options.httpsPort = 0;
    options.servingThreads = 2;
    options.requireAdministrator = false;
    return options;
}

void InProcessServer::openSession(int seconds, QObject* context, std::function<void(const Session&)> done)
{
    QPointer<QObject> target(context);
    QMetaObject::invokeMethod(m_anchor, [this, seconds, target, done = std::move(done)] {
        Session session;
        if (!m_server && m_startError.isEmpty()) {
            QDir().mkpath(m_options.dataDir);
            QString note;
            const QString password = DatabasePassword::find(m_options.database, &note);
            auto* server = new PhoneFleetServer(m_anchor);
            QString error;
            if (server->start(m_options, password, {}, &error)) {
                m_server = server;
            } else {
                delete server;
                m_startError = error.isEmpty() ? tr("unknown error") : error;
            }
        }
        if (!m_server) {
            session.error = m_startError;
        } else {
            for (const PhoneFleetServer::Listener& l : m_server->listeners()) {
                if (l.scheme == "http") {
                    session.url = QStringLiteral("http://127.0.0.1:%1").arg(l.port);
                }
            }
            if (session.url.isEmpty()) {
                session.error = tr("the local server has no plain-HTTP listener on loopback");
            } else {
                session.token = m_server->openLocalSession(seconds, &session.account, &session.error);
                session.ok = !session.token.isEmpty();
            }
        }
        if (target) {
            QMetaObject::invokeMethod(target, [target, done, session] {
                if (target) {
                    done(session);
                }
            });
        }
    });
}

void InProcessServer::stop(int timeoutMs)
{
    if (!m_thread.isRunning()) {
        return;
    }
    QMetaObject::invokeMethod(m_anchor, [this, timeoutMs] {
        if (!m_server) {
            m_thread.quit();
            return;
        }
        PhoneFleetServer* server = m_server;
        connect(server, &PhoneFleetServer::drained, m_anchor, [this, server] {
            server->deleteLater(); // deferred deletes run as the thread finishes
            m_server = nullptr;
            m_thread.quit();
        });
        server->drain(timeoutMs);
    });
    m_thread.wait(static_cast<unsigned long>(timeoutMs) + 5000);
}
