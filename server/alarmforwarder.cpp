#include "alarmforwarder.h"

#include "alarmformat.h"
#include "smtpsender.h"

#include <QFile>
#include <QHostInfo>

namespace {
constexpr int maxQueuedMail = 1000;
}

AlarmForwarder::AlarmForwarder(ProblemSink problems, QObject* parent)
    : QObject(parent)
    , m_problems(std::move(problems))
    , m_hostName(QHostInfo::localHostName())
{ }

void AlarmForwarder::forward(const ServerSettings& settings, const QVector<Alarm>& raised,
                             const QVector<Alarm>& cleared)
{
    for (int pass = 0; pass < 2; ++pass) {
        const bool isClear = pass == 1;
        for (const Alarm& a : isClear ? cleared : raised) {
            if (settings.forwardsToSyslog()) {
                sendSyslog(settings, AlarmFormat::syslogMessage(a, isClear, m_hostName));
            }
            if (settings.forwardsByMail()) {
                if (m_mail.size() >= maxQueuedMail) {
                    m_problems(QStringLiteral("alarm e-mail dropped (more than %1 waiting): %2")
                                   .arg(maxQueuedMail)
                                   .arg(AlarmFormat::mailSubject(a, isClear)));
                    continue;
                }
                m_mail.enqueue(
                    {settings, AlarmFormat::mailMessage(a, isClear, settings.smtpFrom, settings.smtpTo, m_hostName)});
            }
        }
    }
    sendNextMail();
}

void AlarmForwarder::sendSyslog(const ServerSettings& settings, const QByteArray& datagram)
{
    const QHostAddress address(settings.syslogHost);
    const auto port = static_cast<quint16>(settings.syslogPort);
    if (!address.isNull()) {
        if (m_udp.writeDatagram(datagram, address, port) < 0) {
            m_problems(QStringLiteral("syslog to %1:%2 failed: %3")
                           .arg(settings.syslogHost)
                           .arg(port)
                           .arg(m_udp.errorString()));
        }
        return;
    }
    QHostInfo::lookupHost(settings.syslogHost, this,
                          [this, datagram, port, host = settings.syslogHost](const QHostInfo& info) {
                              if (info.addresses().isEmpty()) {
                                  m_problems(QStringLiteral("syslog host %1: %2").arg(host, info.errorString()));
                                  return;
                              }
                              m_udp.writeDatagram(datagram, info.addresses().constFirst(), port);
                          });
}

void AlarmForwarder::sendNextMail()
{
    if (m_sending || m_mail.isEmpty()) {
        return;
    }
    const Mail mail = m_mail.dequeue();
    SmtpSender::Settings s;
    s.host = mail.settings.smtpHost;
    s.port = static_cast<quint16>(mail.settings.smtpPort);
    s.startTls = mail.settings.smtpStartTls;
    s.implicitTls = mail.settings.smtpPort == 465; // the submissions port speaks TLS at once
    s.user = mail.settings.smtpUser;
    s.password = mail.settings.smtpPassword;
    if (!mail.settings.smtpCaFile.isEmpty()) {
        QFile ca(mail.settings.smtpCaFile);
        if (ca.open(QIODevice::ReadOnly)) {
            s.extraCaCertificates = QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
        } else {
            m_problems(QStringLiteral("alarm e-mail: cannot read the CA file %1: %2")
                           .arg(mail.settings.smtpCaFile, ca.errorString()));
        }
    }
    m_sending = true;
    auto* sender = new SmtpSender(s, this);
    connect(sender, &SmtpSender::finished, this, [this, sender](const QString& error) {
        if (!error.isEmpty()) {
            m_problems(QStringLiteral("alarm e-mail not sent: %1").arg(error));
        }
        sender->deleteLater();
        m_sending = false;
        sendNextMail();
    });
    sender->send(mail.settings.smtpFrom, mail.settings.smtpTo, mail.message);
}
