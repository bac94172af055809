#include "serverconnection.h"

#include "commandline.h"
#include "knownservers.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

ServerConnection::ServerConnection()
    : m_server(QStringLiteral("server"),
               QStringLiteral("The phonefleetd to talk to: https://HOST[:PORT] (default: PHONEFLEET_SERVER)."),
               QStringLiteral("URL"))
    , m_fingerprint(QStringLiteral("fingerprint"),
                    QStringLiteral("Accept only the server certificate with this SHA-256 fingerprint (what "
                                   "phonefleetd printed at start); login remembers it."),
                    QStringLiteral("SHA256"))
    , m_timeout(QStringLiteral("timeout"), QStringLiteral("Seconds to wait for an answer (default 60)."),
                QStringLiteral("S"))
{ }

ServerConnection::~ServerConnection() = default;

void ServerConnection::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({m_server, m_fingerprint, m_timeout});
}

bool ServerConnection::start(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
                             const QList<const QCommandLineOption*>& required, QTextStream& out, QTextStream& err,
                             int* status, bool withToken)
{
    addOptions(parser);
    if (!CommandLine::parse(parser, command, arguments, required, out, err, status)) {
        return false;
    }
    if (!open(parser, command, err, withToken)) {
        *status = 2;
        return false;
    }
    return true;
}

bool ServerConnection::open(const QCommandLineParser& parser, const QString& command, QTextStream& err, bool withToken)
{
    const QString text = parser.isSet(m_server) ? parser.value(m_server) : qEnvironmentVariable("PHONEFLEET_SERVER");
    if (text.trimmed().isEmpty()) {
        err << command << ": --server URL is required (or set PHONEFLEET_SERVER)\n";
        return false;
    }
    QString error;
    const ServerUrl url = ServerUrl::parse(text, &error);
    if (!url.isValid()) {
        err << command << ": --server: " << error << "\n";
        return false;
    }
    m_api = std::make_unique<AdminApiClient>(&m_network, url);
    m_api->setPinnedFingerprint(parser.isSet(m_fingerprint) ? parser.value(m_fingerprint)
                                                            : KnownServers::fingerprint(url.toString()));
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const int seconds = parser.value(m_timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            err << command << ": --timeout: '" << parser.value(m_timeout) << "' is not 1..3600 seconds\n";
            return false;
        }
        m_api->setTimeout(seconds);
    }
    if (!withToken) {
        return true;
    }
    const QString fromEnvironment = qEnvironmentVariable("PHONEFLEET_TOKEN");
    if (!fromEnvironment.isEmpty()) {
        m_api->setToken(fromEnvironment);
        return true;
    }
    const SecretStore::Result stored = readSecret(serverKey());
    if (!stored.ok) {
        err << command << ": not signed in to " << serverKey() << ": "
            << (stored.notFound ? QStringLiteral("run 'phonefleetctl login --server %1' first").arg(serverKey())
                                : stored.error
                        + QStringLiteral(" (sign in with 'phonefleetctl login --print-token' "
                                         "and set PHONEFLEET_TOKEN instead)"))
            << "\n";
        return false;
    }
    m_api->setToken(stored.secret);
    return true;
}

ApiReply ServerConnection::call(const QByteArray& method, const QString& path, const QUrlQuery& query,
                                const QByteArray& body, const QByteArray& contentType)
{
    QEventLoop loop;
    ApiReply result;
    m_api->send(method, path, query, body, contentType, &loop, [&](const ApiReply& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

ApiReply ServerConnection::login(const QString& user, const QString& password)
{
    QEventLoop loop;
    ApiReply result;
    m_api->login(user, password, &loop, [&](const ApiReply& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool ServerConnection::collect(const QString& path, QUrlQuery query, QJsonArray* items, QString* error, qint64 max)
{
    constexpr qint64 page = 5000;
    for (qint64 offset = 0;; offset += page) {
        query.removeAllQueryItems(QStringLiteral("offset"));
        query.removeAllQueryItems(QStringLiteral("limit"));
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        query.addQueryItem(QStringLiteral("limit"), QString::number(max >= 0 ? qMin(page, max - offset) : page));
        const ApiReply r = call("GET", path, query);
        if (!r.ok()) {
            *error = r.error;
            return false;
        }
        const QJsonArray got = r.items();
        for (const QJsonValue& v : got) {
            items->append(v);
        }
        const qint64 total = r.json.value(QStringLiteral("total")).toInteger();
        if (got.isEmpty() || items->size() >= total || (max >= 0 && items->size() >= max)) {
            return true;
        }
    }
}

namespace {
template <class F>
SecretStore::Result waitFor(F start)
{
    QEventLoop loop;
    SecretStore::Result result;
    start(&loop, [&](const SecretStore::Result& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}
} // namespace

SecretStore::Result ServerConnection::readSecret(const QString& key)
{
    return waitFor([&](QObject* c, SecretStore::Callback done) { SecretStore::read(keychainService(), key, c, done); });
}

SecretStore::Result ServerConnection::writeSecret(const QString& key, const QString& secret)
{
    return waitFor(
        [&](QObject* c, SecretStore::Callback done) { SecretStore::write(keychainService(), key, secret, c, done); });
}

SecretStore::Result ServerConnection::removeSecret(const QString& key)
{
    return waitFor(
        [&](QObject* c, SecretStore::Callback done) { SecretStore::remove(keychainService(), key, c, done); });
}

int ServerConnection::failed(const QString& command, const ApiReply& reply, QTextStream& err)
{
    err << command << ": " << reply.error << "\n";
    return reply.status == 0 || reply.status == 401 ? 2 : 1;
}
