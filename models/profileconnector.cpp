#include "profileconnector.h"

#include "consolesession.h"
#include "knownservers.h"
#include "secretstore.h"
#include "serverurl.h"

ProfileConnector::ProfileConnector(ConsoleSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &ConsoleSession::connectFailed, this, &ProfileConnector::onFailed);
    connect(session, &ConsoleSession::signedIn, this, &ProfileConnector::onSignedIn);
}

bool ProfileConnector::keychainAvailable(QString* why)
{
    return SecretStore::isAvailable(why);
}

void ProfileConnector::connectTo(const ConnectionProfile& profile)
{
    m_profile = profile;
    m_token.clear();
    m_password.clear();
    QString error;
    const ServerUrl url = ServerUrl::parse(profile.server, &error);
    if (!url.isValid()) {
        m_phase = Phase::Idle;
        Q_EMIT failed(tr("The server address \"%1\" cannot be used: %2").arg(profile.server, error));
        return;
    }
    QString why;
    if (!keychainAvailable(&why)) {
        m_phase = Phase::Password;
        Q_EMIT passwordNeeded(profile, {});
        return;
    }
    m_phase = Phase::Token;
    SecretStore::read(keychainService(), profile.tokenKey(), this, [this, profile](const SecretStore::Result& r) {
        if (m_phase != Phase::Token || m_profile.name != profile.name) {
            return;
        }
        if (!r.ok || r.secret.isEmpty()) {
            m_phase = Phase::Password;
            Q_EMIT passwordNeeded(m_profile, r.notFound ? QString() : r.error);
            return;
        }
        m_token = r.secret;
        openWithPin();
    });
}

void ProfileConnector::openWithPin()
{
    QString error;
    const ServerUrl url = ServerUrl::parse(m_profile.server, &error);
    const QString pin = KnownServers::fingerprint(url.toString());
    if (m_phase == Phase::Token) {
        m_session->openWithToken(url, pin, m_token, m_profile.name);
    } else {
        m_session->signIn(url, pin, m_profile.user, m_password, m_profile.name);
    }
}

void ProfileConnector::submitPassword(const QString& password, bool remember)
{
    m_phase = Phase::Password;
    m_password = password;
    m_remember = remember;
    openWithPin();
}

void ProfileConnector::acceptCertificate()
{
    const QString fingerprint = m_session->presentedFingerprint();
    if (fingerprint.isEmpty() || m_phase == Phase::Idle) {
        return;
    }
    QString error;
    KnownServers::setFingerprint(ServerUrl::parse(m_profile.server, &error).toString(), fingerprint);
    openWithPin();
}

void ProfileConnector::abandon()
{
    m_phase = Phase::Idle;
    m_password.clear();
    m_token.clear();
}

void ProfileConnector::onFailed(const ApiReply& reply)
{
    if (m_phase == Phase::Idle) {
        return;
    }
    if (reply.failure == ApiReply::Failure::UntrustedCertificate) {
        Q_EMIT certificateToConfirm(m_profile.server, m_session->presentedFingerprint());
        return;
    }
    if (reply.failure == ApiReply::Failure::PinMismatch) {
        m_phase = Phase::Idle;
        m_password.clear();
        Q_EMIT failed(tr("Refusing to connect to %1: its certificate is not the one you accepted before.\n\n"
                         "Presented: SHA-256 %2\n\nSomeone may be intercepting the connection. If the server's "
                         "certificate was replaced on purpose, forget the old one in Connections and connect again.")
                          .arg(m_profile.server, m_session->presentedFingerprint()));
        return;
    }
    if (m_phase == Phase::Token && reply.status == 401) {
        // The saved session is over: forget it and ask for the password.
        SecretStore::remove(keychainService(), m_profile.tokenKey(), this, [](const SecretStore::Result&) {});
        m_phase = Phase::Password;
        Q_EMIT passwordNeeded(m_profile, tr("Your saved session has ended: %1").arg(reply.error));
        return;
    }
    if (m_phase == Phase::Password && (reply.status == 401 || reply.status == 403 || reply.status == 429)) {
        m_password.clear();
        Q_EMIT passwordNeeded(m_profile, reply.error);
        return;
    }
    m_phase = Phase::Idle;
    m_password.clear();
    Q_EMIT failed(tr("Cannot connect to %1: %2").arg(m_profile.server, reply.error));
}

void ProfileConnector::onSignedIn()
{
    if (m_phase == Phase::Idle) {
        return;
    }
    const bool fromPassword = m_phase == Phase::Password;
    m_phase = Phase::Idle;
    m_password.clear();
    ConnectionProfiles::setLastUsed(m_profile.name);
    Q_EMIT connected();
    if (!fromPassword) {
        return;
    }
    const auto notKept = [this](const QString& why) {
        Q_EMIT notice(tr("Signed in. The session is not kept: %1. You will be asked for your password when "
                         "PhoneFleet starts again.")
                          .arg(why));
    };
    QString why;
    if (!keychainAvailable(&why)) {
        notKept(why);
        return;
    }
    if (!m_remember) {
        return;
    }
    SecretStore::write(keychainService(), m_profile.tokenKey(), m_session->api()->token(), this,
                       [notKept](const SecretStore::Result& r) {
                           if (!r.ok) {
                               notKept(r.error);
                           }
                       });
}
