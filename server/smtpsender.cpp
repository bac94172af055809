#include "smtpsender.h"

#include <QHostInfo>
#include <QSslConfiguration>

SmtpSender::SmtpSender(const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("no answer from %1:%2").arg(m_settings.host).arg(m_settings.port)); });
    connect(&m_socket, &QSslSocket::readyRead, this, &SmtpSender::onReadyRead);
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_step != Step::Done && m_step != Step::Quit) {
            fail(m_socket.errorString());
        }
    });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList text;
        for (const QSslError& e : errors) {
            text << e.errorString();
        }
        fail(QStringLiteral("the certificate of %1 is not trusted: %2")
                 .arg(m_settings.host, text.join(QStringLiteral("; "))));
    });
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_step == Step::StartTls) {
            command("EHLO " + QHostInfo::localHostName().toUtf8(), Step::EhloTls);
        }
    });
}

void SmtpSender::send(const QString& from, const QStringList& to, const QByteArray& message)
{
    m_from = from;
    m_to = to;
    m_message = message;
    if (m_to.isEmpty()) {
        finish(QStringLiteral("no recipient"));
        return;
    }
    // An address is one SMTP argument: a line break (or an angle bracket) in it would add commands.
    QStringList addresses = to;
    addresses << from;
    for (const QString& address : std::as_const(addresses)) {
        if (address.contains(u'\r') || address.contains(u'\n') || address.contains(u'<') || address.contains(u'>')
            || address.contains(QChar(0))) {
            finish(QStringLiteral("the address '%1' holds a line break or an angle bracket")
                       .arg(QString(address).replace(u'\r', u' ').replace(u'\n', u' ')));
            return;
        }
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.extraCaCertificates.isEmpty()) {
        ssl.addCaCertificates(m_settings.extraCaCertificates);
    }
    m_socket.setSslConfiguration(ssl);
    m_timeout.start(m_settings.timeoutMs);
    if (m_settings.implicitTls) {
        m_socket.connectToHostEncrypted(m_settings.host, m_settings.port); // implicit TLS (RFC 8314)
    } else {
        m_socket.connectToHost(m_settings.host, m_settings.port);
    }
}

void SmtpSender::onReadyRead()
{
    m_buffer += m_socket.readAll();
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0) {
            if (m_buffer.size() > 64 * 1024) {
                fail(QStringLiteral("the mail server sent an over-long line"));
            }
            return;
        }
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        if (line.size() < 3) {
            fail(QStringLiteral("the mail server sent '%1'").arg(QString::fromUtf8(line)));
            return;
        }
        m_replyText += line.mid(4) + '\n';
        if (line.size() > 3 && line.at(3) == '-') {
            continue; // more lines of this reply follow
        }
        const int code = line.left(3).toInt();
        const QByteArray text = m_replyText;
        m_replyText.clear();
        onReply(code, text);
        if (m_done) {
            return;
        }
    }
}

void SmtpSender::command(const QByteArray& line, Step next)
{
    m_step = next;
    m_timeout.start(m_settings.timeoutMs);
    m_socket.write(line + "\r\n");
}

void SmtpSender::afterEhlo(const QByteArray& capabilities)
{
    if (!m_settings.user.isEmpty()) {
        // Only a mechanism the server offers (RFC 4954): "AUTH PLAIN LOGIN" among its EHLO lines.
        QByteArrayList offered;
        for (const QByteArray& line : capabilities.split('\n')) {
            const QByteArray upper = line.trimmed().toUpper();
            if (upper.startsWith("AUTH ") || upper.startsWith("AUTH=")) {
                offered += upper.mid(5).simplified().split(' ');
            }
        }
        if (!offered.contains("PLAIN")) {
            fail(offered.isEmpty()
                     ? QStringLiteral("%1 offers no authentication, but a user is set").arg(m_settings.host)
                     : QStringLiteral("%1 does not offer AUTH PLAIN (it offers %2)")
                           .arg(m_settings.host, QString::fromLatin1(offered.join(' '))));
            return;
        }
        if (!m_socket.isEncrypted()) {
            fail(QStringLiteral("refusing to send the SMTP password without TLS"));
            return;
        }
        const QByteArray plain = '\0' + m_settings.user.toUtf8() + '\0' + m_settings.password.toUtf8();
        command("AUTH PLAIN " + plain.toBase64(), Step::Auth);
        return;
    }
    command("MAIL FROM:<" + m_from.toUtf8() + '>', Step::MailFrom);
}

void SmtpSender::onReply(int code, const QByteArray& text)
{
    const QString said = QString::fromUtf8(text).trimmed();
    switch (m_step) {
    case Step::Greeting:
        if (code != 220) {
            return fail(QStringLiteral("the mail server refused the connection: %1 %2").arg(code).arg(said));
        }
        return command("EHLO " + QHostInfo::localHostName().toUtf8(), Step::Ehlo);
    case Step::Ehlo:
        if (code != 250) {
            return fail(QStringLiteral("EHLO refused: %1 %2").arg(code).arg(said));
        }
        if (m_settings.startTls && !m_socket.isEncrypted()) {
            if (!text.toUpper().contains("STARTTLS")) {
                return fail(
                    QStringLiteral("%1 does not offer STARTTLS (required by the settings)").arg(m_settings.host));
            }
            return command("STARTTLS", Step::StartTls);
        }
        return afterEhlo(text);
    case Step::StartTls:
        if (code != 220) {
            return fail(QStringLiteral("STARTTLS refused: %1 %2").arg(code).arg(said));
        }
        // Whatever came after the 220 in plain text would be read as the encrypted server's
        // answers (response injection, CVE-2011-0411's kind): refused.
        if (!m_buffer.isEmpty() || m_socket.bytesAvailable() > 0) {
            return fail(QStringLiteral("%1 sent more after its STARTTLS answer; refused (response injection)")
                            .arg(m_settings.host));
        }
        m_timeout.start(m_settings.timeoutMs);
        m_socket.startClientEncryption();
        return;
    case Step::EhloTls:
        if (code != 250) {
            return fail(QStringLiteral("EHLO after STARTTLS refused: %1 %2").arg(code).arg(said));
        }
        return afterEhlo(text);
    case Step::Auth:
        if (code != 235) {
            return fail(QStringLiteral("the mail server refused the login of '%1': %2").arg(m_settings.user).arg(code));
        }
        return command("MAIL FROM:<" + m_from.toUtf8() + '>', Step::MailFrom);
    case Step::MailFrom:
        if (code != 250) {
            return fail(QStringLiteral("MAIL FROM refused: %1 %2").arg(code).arg(said));
        }
        m_nextRecipient = 0;
        return command("RCPT TO:<" + m_to.at(m_nextRecipient++).toUtf8() + '>', Step::RcptTo);
    case Step::RcptTo:
        if (code != 250 && code != 251) {
            return fail(QStringLiteral("recipient refused: %1 %2").arg(code).arg(said));
        }
        if (m_nextRecipient < m_to.size()) {
            return command("RCPT TO:<" + m_to.at(m_nextRecipient++).toUtf8() + '>', Step::RcptTo);
        }
        return command("DATA", Step::Data);
    case Step::Data:
        if (code != 354) {
            return fail(QStringLiteral("DATA refused: %1 %2").arg(code).arg(said));
        }
        m_step = Step::Body;
        m_timeout.start(m_settings.timeoutMs);
        m_socket.write(m_message);
        m_socket.write(m_message.endsWith("\r\n") ? ".\r\n" : "\r\n.\r\n");
        return;
    case Step::Body:
        if (code != 250) {
            return fail(QStringLiteral("the mail server did not accept the message: %1 %2").arg(code).arg(said));
        }
        command("QUIT", Step::Quit);
        m_socket.disconnectFromHost();
        return finish({});
    case Step::Quit:
    case Step::Done:
        return;
    }
}

void SmtpSender::fail(const QString& error)
{
    finish(error);
    m_socket.abort();
}

void SmtpSender::finish(const QString& error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timeout.stop();
    if (error.isEmpty()) {
        m_step = Step::Quit;
    } else {
        m_step = Step::Done;
    }
    Q_EMIT finished(error);
}
