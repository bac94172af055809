// SmtpSender against a scripted SMTP server on 127.0.0.1: what a hostile or broken mail server
// (or a hostile alarm text) may not make it do (issue 20). A real mail server over STARTTLS is in
// tst_phonealarms (python3 -m aiosmtpd).
#include "smtpsender.h"
#include "testcertificate.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace {
// Answers each command line with the script's reply for the first word that matches (EHLO,
// STARTTLS, AUTH, MAIL, RCPT, DATA, QUIT), and records what it was sent.
class ScriptedSmtp : public QObject
{
public:
    // tls: TLS from the first byte (implicit TLS, port 465's way) with that certificate.
    explicit ScriptedSmtp(QHash<QByteArray, QByteArray> script, const QSslConfiguration* tls = nullptr)
        : m_script(std::move(script))
    {
        if (tls) {
            auto server = std::make_unique<QSslServer>();
            server->setSslConfiguration(*tls);
            m_server = std::move(server);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        m_server->listen(QHostAddress::LocalHost);
        // Emitted once a connection is ready: for TLS, after the handshake.
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            QTcpSocket* s = m_server->nextPendingConnection();
            s->write("220 scripted ESMTP\r\n");
            connect(s, &QTcpSocket::readyRead, this, [this, s] {
                m_buffer += s->readAll();
                qsizetype end;
                while ((end = m_buffer.indexOf("\r\n")) >= 0) {
                    const QByteArray line = m_buffer.left(end);
                    m_buffer.remove(0, end + 2);
                    received += line + '\n';
                    const QByteArray verb = line.split(' ').first().split(':').first().toUpper();
                    s->write(m_script.value(verb, "250 ok\r\n"));
                }
            });
        });
    }
    quint16 port() const { return m_server->serverPort(); }
    QByteArray received;

private:
    std::unique_ptr<QTcpServer> m_server;
    QHash<QByteArray, QByteArray> m_script;
    QByteArray m_buffer;
};

QString sendThrough(ScriptedSmtp& server, bool startTls, const QString& user, const QString& from,
                    const QStringList& to, const QList<QSslCertificate>& implicitTlsCa = {})
{
    SmtpSender::Settings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.startTls = startTls;
    settings.implicitTls = !implicitTlsCa.isEmpty();
    settings.extraCaCertificates = implicitTlsCa;
    settings.user = user;
    settings.password = QStringLiteral("smtp-secret");
    settings.timeoutMs = 5000;
    SmtpSender sender(settings);
    QSignalSpy done(&sender, &SmtpSender::finished);
    sender.send(from, to, "Subject: x\r\n\r\nbody\r\n");
    if (done.isEmpty() && !done.wait(10000)) {
        return QStringLiteral("(no answer)");
    }
    return done.first().first().toString();
}
} // namespace

class TestSmtpSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversToAPlainServer();
    void refusesWhatFollowsTheStartTlsAnswer();
    void authenticatesOnlyAsOffered();
    void addressesCannotAddCommands();
    void implicitTlsFromTheFirstByte();
};

void TestSmtpSender::deliversToAPlainServer()
{
    ScriptedSmtp server({{"DATA", "354 go on\r\n"}});
    QCOMPARE(sendThrough(server, false, {}, QStringLiteral("pf@example.org"), {QStringLiteral("a@example.org")}),
             QString());
    QVERIFY(server.received.contains("RCPT TO:<a@example.org>"));
}

void TestSmtpSender::refusesWhatFollowsTheStartTlsAnswer()
{
    // A man in the middle answers STARTTLS and, in the same plain-text packet, the replies the
    // client would read after the handshake (CVE-2011-0411's kind).
    ScriptedSmtp server(
        {{"EHLO", "250-scripted\r\n250 STARTTLS\r\n"}, {"STARTTLS", "220 go ahead\r\n250 injected\r\n"}});
    const QString error =
        sendThrough(server, true, {}, QStringLiteral("pf@example.org"), {QStringLiteral("a@example.org")});
    QVERIFY2(error.contains(QLatin1String("response injection")), qPrintable(error));
    QVERIFY(!server.received.contains("MAIL FROM"));
}

void TestSmtpSender::authenticatesOnlyAsOffered()
{
    ScriptedSmtp loginOnly({{"EHLO", "250-scripted\r\n250 AUTH LOGIN CRAM-MD5\r\n"}});
    QString error =
        sendThrough(loginOnly, false, QStringLiteral("pf"), QStringLiteral("pf@example.org"), {QStringLiteral("a@x")});
    QVERIFY2(error.contains(QLatin1String("does not offer AUTH PLAIN")), qPrintable(error));
    QVERIFY(!loginOnly.received.contains("AUTH"));
    ScriptedSmtp none({{"EHLO", "250 scripted\r\n"}});
    error = sendThrough(none, false, QStringLiteral("pf"), QStringLiteral("pf@example.org"), {QStringLiteral("a@x")});
    QVERIFY2(error.contains(QLatin1String("offers no authentication")), qPrintable(error));
    // Offered, but not over TLS: the password is never sent in plain text.
    ScriptedSmtp plain({{"EHLO", "250-scripted\r\n250 AUTH PLAIN LOGIN\r\n"}});
    error = sendThrough(plain, false, QStringLiteral("pf"), QStringLiteral("pf@example.org"), {QStringLiteral("a@x")});
    QVERIFY2(error.contains(QLatin1String("without TLS")), qPrintable(error));
    QVERIFY(!plain.received.contains("AUTH"));
}

void TestSmtpSender::addressesCannotAddCommands()
{
    ScriptedSmtp server({{"DATA", "354 go on\r\n"}});
    for (const QString& bad :
         {QStringLiteral("a@x\r\nRCPT TO:<b@evil>"), QStringLiteral("a@x>\nDATA"), QStringLiteral("a@x> SIZE=1")}) {
        const QString error = sendThrough(server, false, {}, QStringLiteral("pf@example.org"), {bad});
        QVERIFY2(error.contains(QLatin1String("line break")), qPrintable(error));
    }
    QCOMPARE(sendThrough(server, false, {}, QStringLiteral("pf@x\r\nDATA"), {QStringLiteral("a@x")}).isEmpty(), false);
    QVERIFY(server.received.isEmpty());
}

// Issue 20: there was no implicit TLS (port 465). With it, the greeting and everything after it
// are encrypted, the certificate is verified, and AUTH may go (it is over TLS); a server that
// speaks plain text on that port gets nothing.
void TestSmtpSender::implicitTlsFromTheFirstByte()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("smtp.crt"));
    const QString key = dir.filePath(QStringLiteral("smtp.key"));
    QVERIFY(makeTestCertificate(cert, key));
    QFile certFile(cert);
    QFile keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    ScriptedSmtp server({{"EHLO", "250-scripted\r\n250 AUTH PLAIN\r\n"}, {"AUTH", "235 ok\r\n"}, {"DATA", "354 go on\r\n"}},
                        &tls);
    QString error =
        sendThrough(server, true, QStringLiteral("pf"), QStringLiteral("pf@example.org"), {QStringLiteral("a@x")},
                    {certificate});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(server.received.startsWith("EHLO"), server.received.constData()); // no STARTTLS: TLS already
    QVERIFY(server.received.contains("AUTH PLAIN"));
    QVERIFY(server.received.contains("RCPT TO:<a@x>"));

    // A certificate nobody vouches for: nothing is sent.
    ScriptedSmtp untrusted({{"EHLO", "250-scripted\r\n250 AUTH PLAIN\r\n"}}, &tls);
    QSslCertificate other = QSslCertificate::fromPath(QStringLiteral("/etc/ssl/certs/*.pem"), QSsl::Pem,
                                                      QSslCertificate::PatternSyntax::Wildcard)
                                .value(0);
    error = sendThrough(untrusted, true, QStringLiteral("pf"), QStringLiteral("pf@example.org"), {QStringLiteral("a@x")},
                        {other.isNull() ? QSslCertificate(QByteArray("not a certificate")) : other});
    QVERIFY2(!error.isEmpty(), "an unverified server got the mail");
    QVERIFY(untrusted.received.isEmpty());

    // A plain-text server on the TLS port: the handshake fails, nothing is sent.
    ScriptedSmtp plain({{"EHLO", "250-scripted\r\n250 AUTH PLAIN\r\n"}});
    error = sendThrough(plain, true, QStringLiteral("pf"), QStringLiteral("pf@example.org"), {QStringLiteral("a@x")},
                        {certificate});
    QVERIFY(!error.isEmpty());
    // (It reads the handshake's bytes as text; no command is among them.)
    QVERIFY(!plain.received.contains("EHLO") && !plain.received.contains("AUTH"));
}

QTEST_GUILESS_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
