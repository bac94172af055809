#pragma once

#include "admin.h"
#include "adminapiclient.h"
#include "region.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

class QNetworkAccessManager;
class TemplateWorkspace;

// The console's connection to one phonefleetd: the admin API client, who is signed in and
// what they may do, and the regions they see (for the pages' filters and dialogs). Every
// request of the console goes through get()/send() here, so that a session the server ended
// (401) is noticed in one place. Nothing here blocks: answers come to callbacks.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, Connecting, SignedIn };
    Q_ENUM(State)

    explicit ConsoleSession(QNetworkAccessManager* network, QObject* parent = nullptr);

    // With a token already held (the local server's, or one kept in the keychain): asks who it
    // belongs to. label names the connection in the window ("Local server", a profile's name).
    void openWithToken(const ServerUrl& server, const QString& pinnedFingerprint, const QString& token,
                       const QString& label, bool local = false);
    // Signs in with a password.
    void signIn(const ServerUrl& server, const QString& pinnedFingerprint, const QString& user, const QString& password,
                const QString& label);
    // Works without the server: signed in as the identity kept from the last session there
    // (identity()), unreachable from the start, so the console works from its offline copy.
    // When the server answers again it asks for a sign-in (sessionEnded), and then the outbox
    // goes.
    void openOffline(const ServerUrl& server, const QString& pinnedFingerprint, const QString& label,
                     const QJsonObject& identity);
    bool isOfflineStart() const { return m_offlineStart; }
    // Who is signed in and the regions they see, as the server said it (for openOffline()).
    QJsonObject identity() const { return m_identity; }
    // Ends the session on the server (best effort) and forgets it here.
    void signOut();

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    bool isLocal() const { return m_local; }
    QString label() const { return m_label; }
    AdminApiClient* api() const { return m_api; }
    // The fingerprint the server presented during the last attempt ("4B:9B:..."); empty for HTTP.
    QString presentedFingerprint() const;
    const Admin& admin() const { return m_admin; }
    bool canAdministerSystem() const { return m_canAdministerSystem; }
    bool canWrite() const { return m_canWrite; }
    const QVector<Region>& regions() const { return m_regions; }
    QString regionName(qint64 regionId) const;

    // The admin API through this session. A 401 ends it (sessionEnded) before done() runs.
    void get(const QString& path, const QUrlQuery& query, QObject* context, AdminApiClient::Callback done);
    // The answer's body unparsed (AdminApiClient::getRaw): for pages parsed off the GUI thread.
    void getRaw(const QString& path, const QUrlQuery& query, QObject* context, AdminApiClient::Callback done);
    void sendJson(const QByteArray& method, const QString& path, const QJsonObject& body, QObject* context,
                  AdminApiClient::Callback done);
    // Any body (a firmware image: application/octet-stream).
    void sendBytes(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
                   const QByteArray& contentType, QObject* context, AdminApiClient::Callback done);
    // The same with a query (DELETE users/7?withDevices=true).
    void sendJson(const QByteArray& method, const QString& path, const QUrlQuery& query, const QJsonObject& body,
                  QObject* context, AdminApiClient::Callback done);
    // Reloads the region list (after regions changed).
    void refreshRegions();

    // Whether the server answered the last request. A signed-in session whose server stops
    // answering (down, or a laptop off the network) stays signed in, unreachable: the console
    // works from its offline copy, and the server is asked again every probe interval until it
    // answers.
    bool isReachable() const { return m_reachable; }
    void setProbeInterval(int ms);
    // Who the server is, for the offline copy and the unsaved-work journal ("https://host:port";
    // "local" for the console's own server, whose port changes from one start to the next).
    QString serverKey() const;
    // Templates with the server or without it: the offline copy and the outbox.
    TemplateWorkspace* templates() const { return m_templates; }

Q_SIGNALS:
    void stateChanged(ConsoleSession::State state);
    void signedIn();
    // Connecting failed; the reply says why (reply.failure for certificate problems).
    void connectFailed(const ApiReply& reply);
    // The server no longer accepts the session (expired, signed out elsewhere, account changed).
    void sessionEnded(const QString& why);
    void regionsChanged();
    void reachableChanged(bool reachable);

private:
    void start(const ServerUrl& server, const QString& pinnedFingerprint, const QString& label, bool local);
    void loadMe();
    void adopt(const QJsonObject& me, const QJsonArray& regions);
    void setState(State state);
    AdminApiClient::Callback guarded(AdminApiClient::Callback done);
    void setReachable(bool reachable);
    void probe();

    QNetworkAccessManager* m_network;
    QPointer<AdminApiClient> m_api;
    State m_state = State::SignedOut;
    bool m_local = false;
    QString m_label;
    Admin m_admin;
    bool m_canAdministerSystem = false;
    bool m_canWrite = false;
    QVector<Region> m_regions;
    quint64 m_generation = 0; // answers of an earlier connection are dropped
    bool m_reachable = true;
    bool m_offlineStart = false;
    QJsonObject m_identity;
    QTimer* m_probe;
    TemplateWorkspace* m_templates;
};
