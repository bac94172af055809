#pragma once

#include "adminapiclient.h"
#include "connectionprofiles.h"

#include <QObject>

class ConsoleSession;

// Connecting to a saved server, as the console does it: with the session token the keychain
// holds for the profile if there is one, else with a password the administrator types. A
// certificate the system does not trust is shown for the administrator to compare and accept
// (then pinned: KnownServers); a certificate that differs from the pinned one refuses the
// connection with no way round it but forgetting the pin on purpose. Tokens go to the OS
// keychain only; where there is none, the session lasts until the console closes and the
// administrator is told so.
class ProfileConnector : public QObject
{
    Q_OBJECT

public:
    static QString keychainService() { return QStringLiteral("PhoneFleet console"); }

    explicit ProfileConnector(ConsoleSession* session, QObject* parent = nullptr);

    void connectTo(const ConnectionProfile& profile);
    // The answer to passwordNeeded(). remember: keep the session token in the keychain.
    void submitPassword(const QString& password, bool remember);
    // The answer to certificateToConfirm(): pin it and try again.
    void acceptCertificate();
    void abandon();

    const ConnectionProfile& profile() const { return m_profile; }
    // Whether a keychain can be used here; if not, why (for the sign-in dialog).
    static bool keychainAvailable(QString* why);

Q_SIGNALS:
    // note: why the password is asked for again (wrong password, saved session ended); may be empty.
    void passwordNeeded(const ConnectionProfile& profile, const QString& note);
    void certificateToConfirm(const QString& server, const QString& fingerprint);
    void failed(const QString& message);
    void connected();
    // Something the administrator should know that does not stop them (no keychain).
    void notice(const QString& message);

private:
    enum class Phase { Idle, Token, Password };
    void openWithPin();
    void onFailed(const ApiReply& reply);
    void onSignedIn();

    ConsoleSession* m_session;
    ConnectionProfile m_profile;
    Phase m_phase = Phase::Idle;
    QString m_token;
    QString m_password; // only while a certificate is being confirmed
    bool m_remember = false;
};
