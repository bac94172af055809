#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>

#include <functional>

// Sends one e-mail over SMTP (RFC 5321): EHLO, STARTTLS (required unless disabled; on port 465
// TLS from the start instead, RFC 8314; the server's certificate is verified against the
// system's CAs plus any given; anything the server sends after its STARTTLS answer in plain text
// is refused), AUTH PLAIN when a user is set (only over TLS, only when the server offers it),
// MAIL FROM, RCPT TO, DATA; an address with a line break or an angle bracket is refused.
// Asynchronous; finished() reports once, with an empty error on success. The password is never
// logged or put in an error message.
class SmtpSender : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString host;
        quint16 port = 587;
        bool startTls = true;
        // TLS from the first byte (RFC 8314 "submissions"), as on port 465; startTls then unused.
        bool implicitTls = false;
        QString user;
        QString password;
        QList<QSslCertificate> extraCaCertificates;
        int timeoutMs = 30000;
    };

    explicit SmtpSender(const Settings& settings, QObject* parent = nullptr);

    // message: a complete RFC 5322 message, CRLF line ends, already dot-stuffed.
    void send(const QString& from, const QStringList& to, const QByteArray& message);

Q_SIGNALS:
    void finished(const QString& error);

private:
    enum class Step { Greeting, Ehlo, StartTls, EhloTls, Auth, MailFrom, RcptTo, Data, Body, Quit, Done };

    void onReadyRead();
    void onReply(int code, const QByteArray& text);
    void command(const QByteArray& line, Step next);
    void afterEhlo(const QByteArray& capabilities);
    void fail(const QString& error);
    void finish(const QString& error);

    Settings m_settings;
    QSslSocket m_socket;
    QTimer m_timeout;
    QByteArray m_buffer;
    QByteArray m_replyText;
    Step m_step = Step::Greeting;
    QString m_from;
    QStringList m_to;
    int m_nextRecipient = 0;
    QByteArray m_message;
    bool m_done = false;
};
