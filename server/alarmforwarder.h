#pragma once

#include "alarm.h"
#include "serversettings.h"

#include <QObject>
#include <QQueue>
#include <QUdpSocket>

#include <functional>

// Forwards alarms as phones raise and clear them: to syslog (RFC 5424 over UDP) and by e-mail
// (SMTP with STARTTLS), as the server settings say. Mail goes out one message at a time from a
// bounded queue, so an alarm storm cannot open a thousand connections; what cannot be
// delivered is reported through the problem callback (the server puts it in its activity log).
class AlarmForwarder : public QObject
{
    Q_OBJECT
public:
    using ProblemSink = std::function<void(const QString&)>;

    explicit AlarmForwarder(ProblemSink problems, QObject* parent = nullptr);

    void forward(const ServerSettings& settings, const QVector<Alarm>& raised, const QVector<Alarm>& cleared);
    // Mails queued or being sent.
    int pendingMail() const { return static_cast<int>(m_mail.size()) + (m_sending ? 1 : 0); }

private:
    struct Mail
    {
        ServerSettings settings;
        QByteArray message;
    };

    void sendSyslog(const ServerSettings& settings, const QByteArray& datagram);
    void sendNextMail();

    ProblemSink m_problems;
    QUdpSocket m_udp;
    QQueue<Mail> m_mail;
    bool m_sending = false;
    QString m_hostName;
};
