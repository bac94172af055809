#pragma once

#include "adminapiclient.h"
#include "secretstore.h"

#include <QCommandLineOption>
#include <QNetworkAccessManager>

#include <memory>

class QCommandLineParser;
class QTextStream;

// What every phonefleetctl command against a server shares: the --server, --fingerprint and
// --timeout options, the token (PHONEFLEET_TOKEN, or the keychain entry `login` stored), and
// requests run to completion (phonefleetctl is a batch tool: it waits, with a timeout).
class ServerConnection
{
public:
    ServerConnection();
    ~ServerConnection();

    static QString keychainService() { return QStringLiteral("phonefleetctl"); }

    // Adds --server, --fingerprint and --timeout to a command's parser.
    void addOptions(QCommandLineParser& parser) const;
    // After parsing: the server's URL and pinned certificate; withToken: the token too. False
    // after saying in err what is missing.
    bool open(const QCommandLineParser& parser, const QString& command, QTextStream& err, bool withToken = true);
    // A command's whole prologue: adds the options, parses (CommandLine::parse), then open().
    // False with *status set (0 after --help, 2 on a usage error or no session).
    bool start(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
               const QList<const QCommandLineOption*>& required, QTextStream& out, QTextStream& err, int* status,
               bool withToken = true);

    AdminApiClient& api() { return *m_api; }
    QString serverKey() const { return m_api->server().toString(); }
    // Runs one request and waits for its answer.
    ApiReply call(const QByteArray& method, const QString& path, const QUrlQuery& query = {},
                  const QByteArray& body = {}, const QByteArray& contentType = {});
    ApiReply login(const QString& user, const QString& password);
    // Says in err why a request failed; the exit status: 2 when the server was not reached or the
    // session is over, 1 when the server refused.
    static int failed(const QString& command, const ApiReply& reply, QTextStream& err);
    // Every item of a collection, page after page.
    bool collect(const QString& path, QUrlQuery query, QJsonArray* items, QString* error, qint64 max = -1);

    // Keychain calls, waited for.
    SecretStore::Result readSecret(const QString& key);
    SecretStore::Result writeSecret(const QString& key, const QString& secret);
    SecretStore::Result removeSecret(const QString& key);

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<AdminApiClient> m_api;
    QCommandLineOption m_server;
    QCommandLineOption m_fingerprint;
    QCommandLineOption m_timeout;
};
