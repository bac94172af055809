#include "alarmformat.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>

namespace {
int syslogSeverity(AlarmSeverity s, bool cleared)
{
    if (cleared) {
        return 5;
    }
    switch (s) {
    case AlarmSeverity::Critical:
        return 2;
    case AlarmSeverity::Major:
        return 3;
    case AlarmSeverity::Minor:
    case AlarmSeverity::Warning:
        return 4;
    default:
        return 5;
    }
}

// What a phone sent, made safe for one line of a log or a mail: line breaks and tabs become
// spaces, every other control character (C0, DEL, C1: a terminal's escape sequences, the bell)
// and the Unicode line and paragraph separators are written as \uXXXX, so that a log viewer or a
// mail reader shows them instead of obeying them.
QString oneLine(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\n' || u == u'\t') {
            out += u' ';
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029) {
            out += QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

// RFC 5424 6.3.3: '"', '\' and ']' are escaped inside a PARAM-VALUE.
QByteArray sdValue(const QString& text)
{
    QByteArray out;
    for (const char c : oneLine(text).toUtf8()) {
        if (c == '"' || c == '\\' || c == ']') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

// Printable US-ASCII without spaces, at most max characters: HOSTNAME and the like.
QByteArray token(const QString& text, int max)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        out += (u > 32 && u < 127) ? static_cast<char>(u) : '_';
    }
    return out.isEmpty() ? QByteArray("-") : out.left(max);
}

QString describe(const Alarm& a, bool cleared)
{
    return QStringLiteral("%1 %2 on phone %3%4")
        .arg(oneLine(a.name), cleared ? QStringLiteral("cleared") : QStringLiteral("raised"), a.sourceMac,
             a.description.isEmpty() ? QString() : QStringLiteral(": ") + oneLine(a.description));
}

QByteArray encodedWord(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text) {
        ascii = ascii && c.unicode() >= 32 && c.unicode() < 127;
    }
    return ascii ? text.toLatin1() : "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}
} // namespace

namespace AlarmFormat {
QByteArray syslogMessage(const Alarm& alarm, bool cleared, const QString& hostName)
{
    const int pri = 16 * 8 + syslogSeverity(alarm.severity, cleared);
    const QDateTime time = cleared && alarm.clearedAt.isValid() ? alarm.clearedAt : alarm.raisedAt;
    const QByteArray stamp =
        (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs).toLatin1();
    QByteArray sd = "[phonefleet@32473 name=\"" + sdValue(alarm.name) + "\" mac=\"" + sdValue(alarm.sourceMac)
        + "\" severity=\"" + sdValue(alarmSeverityToString(alarm.severity)) + "\" uniqueId=\"" + sdValue(alarm.uniqueId)
        + "\"]";
    return '<' + QByteArray::number(pri) + ">1 " + stamp + ' ' + token(hostName, 255) + " phonefleetd - "
        + (cleared ? "CLEAR" : "ALARM") + ' ' + sd + " \xEF\xBB\xBF" + describe(alarm, cleared).toUtf8();
}

QString mailSubject(const Alarm& alarm, bool cleared)
{
    return QStringLiteral("[PhoneFleet] %1 %2: %3")
        .arg(cleared ? QStringLiteral("Cleared") : alarmSeverityToString(alarm.severity), oneLine(alarm.name),
             alarm.sourceMac);
}

QByteArray mailMessage(const Alarm& alarm, bool cleared, const QString& from, const QStringList& to,
                       const QString& hostName)
{
    QStringList body;
    body << describe(alarm, cleared) << QString() << QStringLiteral("Phone: %1").arg(alarm.sourceMac)
         << QStringLiteral("Alarm: %1").arg(oneLine(alarm.name))
         << QStringLiteral("Severity: %1").arg(alarmSeverityToString(alarm.severity))
         << QStringLiteral("Raised: %1").arg(alarm.raisedAt.toUTC().toString(Qt::ISODate));
    if (cleared) {
        body << QStringLiteral("Cleared: %1").arg(alarm.clearedAt.toUTC().toString(Qt::ISODate));
    }
    if (!alarm.probableCause.isEmpty()) {
        body << QStringLiteral("Probable cause: %1").arg(oneLine(alarm.probableCause));
    }
    if (!alarm.additionalInfo1.isEmpty()) {
        body << QStringLiteral("Additional information: %1").arg(oneLine(alarm.additionalInfo1));
    }
    if (!alarm.additionalInfo2.isEmpty()) {
        body << QStringLiteral("Additional information: %1").arg(oneLine(alarm.additionalInfo2));
    }
    body << QString() << QStringLiteral("-- phonefleetd on %1").arg(hostName);

    QByteArray m;
    m += "From: " + from.toUtf8() + "\r\n";
    m += "To: " + to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    m += "Subject: " + encodedWord(mailSubject(alarm, cleared)) + "\r\n";
    m += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    m += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + token(hostName, 200) + ">\r\n";
    m += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    for (const QString& line : std::as_const(body)) {
        QByteArray l = line.toUtf8();
        if (l.startsWith('.')) {
            l.prepend('.'); // RFC 5321 4.5.2
        }
        m += l + "\r\n";
    }
    return m;
}
} // namespace AlarmFormat
