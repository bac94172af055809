#include "simfleet.h"

#include "firmwareversion.h"
#include "phonecommand.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cmath>

namespace {
constexpr double rebootSeconds = 20;       // a phone is gone this long when it restarts
constexpr double retrySeconds = 30;        // after a failed request
constexpr double meanCallGapSeconds = 900; // between calls
constexpr double meanCallSeconds = 120;    // a call's length

QByteArray basic(const QString& user, const QString& secret)
{
    return "Basic " + (user + u':' + secret).toUtf8().toBase64();
}

QString initialFirmware(int index)
{
    Q_UNUSED(index)
    return QStringLiteral("3.4.2.1");
}
} // namespace

SimFleet::SimFleet(const SimOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_random(options.seed)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SimFleet::tick);
}

SimFleet::~SimFleet() = default;

qint64 SimFleet::scaled(double seconds) const
{
    return static_cast<qint64>(std::llround(1000.0 * seconds / m_options.timeScale));
}

double SimFleet::random01()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

bool SimFleet::start(QString* error)
{
    if (!m_plan.setMacPrefix(m_options.macPrefix, error)) {
        return false;
    }
    if (static_cast<qint64>(m_options.firstIndex) + m_options.phones > FleetAddressPlan::capacity()) {
        *error = QStringLiteral("the address plan holds %1 phones").arg(FleetAddressPlan::capacity());
        return false;
    }
    m_http = std::make_unique<SimHttpClient>(m_options.server, m_options.maxConnections);
    m_listener = std::make_unique<SimListener>([this](const SimRequest& r, SimAnswer* a) { return answer(r, a); });
    m_listener->setAnswerDelay(m_options.pushAnswerDelayMs);
    if (!m_listener->listen(m_options.listenPort, error)) {
        return false;
    }
    m_phones.resize(static_cast<size_t>(m_options.phones));
    m_clock.start();
    for (int i = 0; i < m_options.phones; ++i) {
        SimPhone& p = m_phones[static_cast<size_t>(i)];
        p.index = i;
        p.mac = m_plan.macAt(m_options.firstIndex + i);
        p.address = m_plan.addressAt(m_options.firstIndex + i);
        p.model = m_options.models.at(i % m_options.models.size());
        p.region = m_options.regions.at(i % m_options.regions.size());
        p.firmwareVersion = initialFirmware(i);
        schedule(i, Event::Boot, static_cast<qint64>(1000.0 * m_options.jitterSeconds * random01()));
    }
    return true;
}

void SimFleet::schedule(int phone, Event event, qint64 delayMs)
{
    m_timers.push({now() + qMax<qint64>(0, delayMs), phone, m_phones[static_cast<size_t>(phone)].generation, event});
    arm();
}

void SimFleet::arm()
{
    if (m_timers.empty()) {
        return;
    }
    const qint64 wait = qMax<qint64>(0, m_timers.top().due - now());
    if (!m_timer.isActive() || m_timer.remainingTime() > wait) {
        m_timer.start(static_cast<int>(qMin<qint64>(wait, 24 * 3600 * 1000)));
    }
}

void SimFleet::tick()
{
    const qint64 t = now();
    int handled = 0;
    // A bounded slice per turn of the event loop, so that answers keep flowing in a storm.
    while (!m_timers.empty() && m_timers.top().due <= t && handled < 2000) {
        const Timer timer = m_timers.top();
        m_timers.pop();
        SimPhone& phone = m_phones[static_cast<size_t>(timer.phone)];
        if (timer.generation == phone.generation) {
            handle(phone, timer.event);
        }
        ++handled;
    }
    if (!m_timers.empty()) {
        if (m_timers.top().due <= now()) {
            m_timer.start(0);
        } else {
            arm();
        }
    }
}

void SimFleet::handle(SimPhone& p, Event event)
{
    switch (event) {
    case Event::Boot:
        boot(p);
        break;
    case Event::Provision:
        provision(p, [this, i = p.index](bool ok) {
            SimPhone& phone = m_phones[static_cast<size_t>(i)];
            if (ok) {
                registerLine(phone);
            } else {
                schedule(i, Event::Provision, scaled(retrySeconds));
            }
        });
        break;
    case Event::KeepAlive:
        report(p);
        schedule(p.index, Event::KeepAlive, scaled(p.keepAliveSeconds));
        break;
    case Event::ClearFailure:
        p.failing = false;
        setSip(p, SipStatus::Registered);
        alarm(p, false);
        report(p);
        checkAllRegistered();
        break;
    case Event::CallStart:
        p.inCall = true;
        schedule(p.index, Event::CallEnd, scaled(-meanCallSeconds * std::log(1.0 - random01() * 0.999)));
        break;
    case Event::CallEnd:
        p.inCall = false;
        if (p.resetAfterCall) {
            reboot(p, QStringLiteral("graceful reset after the call"));
            return;
        }
        schedule(p.index, Event::CallStart, scaled(-meanCallGapSeconds * std::log(1.0 - random01() * 0.999)));
        break;
    case Event::ScheduledReset:
        reboot(p, QStringLiteral("scheduled reset"));
        break;
    }
}

void SimFleet::boot(SimPhone& p)
{
    if (p.boots == 0) {
        ++m_counts.booted;
    }
    ++p.boots;
    p.state = SimPhone::State::Booting;
    setSip(p, SipStatus::Started);
    report(p, true);
    // Once it has a cfg, a phone waits a random moment of provisioning/random_provisioning_time
    // before provisioning (the first boot's delay is --jitter).
    const qint64 delay = p.hasConfig ? scaled(p.randomProvisioningSeconds * random01()) : 0;
    schedule(p.index, Event::Provision, delay);
}

void SimFleet::send(SimPhone& p, const QByteArray& method, const QByteArray& path, const QByteArray& body,
                    bool withCredentials, std::function<void(const SimResponse&)> done)
{
    SimHeaders headers = {{"User-Agent", p.userAgent()}};
    if (!body.isEmpty()) {
        headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    }
    if (withCredentials && !p.emsSecret.isEmpty()) {
        headers.append({"Authorization", basic(p.emsUser, p.emsSecret)});
    }
    ++m_counts.requests;
    const int i = p.index;
    const quint32 generation = p.generation;
    m_http->request(p.address, method, path, body, headers, [this, i, generation, done](const SimResponse& r) {
        SimPhone& phone = m_phones[static_cast<size_t>(i)];
        if (r.status == 0) {
            ++m_counts.noAnswer;
        }
        if (r.status == 0 || r.status >= 400) {
            ++m_counts.errors;
            ++phone.errors;
        }
        if (r.status >= 500 && !(r.status == 503 && !r.header("Retry-After").isEmpty())) {
            ++m_counts.serverErrors;
        }
        if (generation != phone.generation) {
            return; // the phone restarted meanwhile: this belongs to its previous life
        }
        done(r);
    });
}

void SimFleet::retry(SimPhone& p, Event event, const SimResponse& r)
{
    // A server that says when to come back is listened to.
    const int after = r.header("Retry-After").toInt();
    if (r.status == 503 && after > 0) {
        ++m_counts.retriedLater;
        m_timers.push({now() + after * 1000LL, p.index, p.generation, event});
        arm();
        return;
    }
    schedule(p.index, event, scaled(retrySeconds));
}

void SimFleet::provision(SimPhone& p, std::function<void(bool)> done)
{
    ++p.configFetches;
    auto pending = std::make_shared<int>(0);
    auto failed = std::make_shared<bool>(false);
    const QByteArray path =
        "/ipp/region/" + QUrl::toPercentEncoding(p.region) + '/' + p.mac.toString().toLatin1() + ".cfg";
    fetch(p.index, p.generation, path, 0, pending, failed, std::move(done));
}

void SimFleet::fetch(int i, quint32 generation, const QByteArray& path, int depth, std::shared_ptr<int> pending,
                     std::shared_ptr<bool> failed, std::function<void(bool)> done)
{
    ++*pending;
    SimPhone& p = m_phones[static_cast<size_t>(i)];
    send(p, "GET", path, {}, true, [this, i, generation, depth, pending, failed, done](const SimResponse& r) {
        SimPhone& phone = m_phones[static_cast<size_t>(i)];
        if (r.status != 200) {
            *failed = true;
        } else {
            for (const QString& target : phone.applyConfig(r.body)) {
                if (depth >= 3) {
                    break; // includes deeper than that are a loop
                }
                // "name.cfg" is relative to provisioning/configuration/url; a URL is taken for its
                // path: the whole simulated fleet talks to one server.
                const QUrl url(target);
                const QByteArray next = target.contains(QLatin1String("://"))
                    ? url.path(QUrl::FullyEncoded).toLatin1()
                    : (phone.configPath.isEmpty() ? QByteArray("/configfiles/") : phone.configPath.toLatin1())
                        + QUrl::toPercentEncoding(target);
                fetch(i, generation, next, depth + 1, pending, failed, done);
            }
        }
        if (--*pending == 0) {
            done(!*failed);
        }
    });
}

void SimFleet::registerLine(SimPhone& p)
{
    p.state = SimPhone::State::Running;
    // Whether this phone's registration fails is decided once, at its first registration.
    if (p.boots == 1 && p.sip != SipStatus::Registered && !p.failing && random01() < m_options.failRate) {
        p.failing = true;
        schedule(p.index, Event::ClearFailure, scaled(m_options.failSeconds));
    }
    setSip(p, p.failing ? SipStatus::Unregistered : SipStatus::Registered);
    if (p.failing) {
        alarm(p, true);
    }
    report(p);
    schedule(p.index, Event::KeepAlive, scaled(p.keepAliveSeconds));
    schedule(p.index, Event::CallStart, scaled(-meanCallGapSeconds * std::log(1.0 - random01() * 0.999)));
    checkAllRegistered();
}

void SimFleet::report(SimPhone& p, bool init)
{
    const QByteArray path = init ? "/rest/v1/ipphoneMgrStatus/init" : "/rest/v1/ipphoneMgrStatus/keep-alive";
    const int i = p.index;
    send(p, "POST", path, p.statusReport(), false, [this, i](const SimResponse& r) {
        if (r.status != 200) {
            return; // the next keep-alive tells again
        }
        const QJsonArray requests =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Requests")).toArray();
        for (const QJsonValue& v : requests) {
            execute(m_phones[static_cast<size_t>(i)], v.toString().toUtf8(), QStringLiteral("keep-alive"));
        }
    });
}

void SimFleet::alarm(SimPhone& p, bool raise)
{
    if (raise == p.alarmRaised) {
        return;
    }
    p.alarmRaised = raise;
    const QJsonObject a {
        {QStringLiteral("uniqueId"), QStringLiteral("%1-register").arg(p.mac.toString())},
        {QStringLiteral("name"), QStringLiteral("IPPhoneRegisterFailure")},
        {QStringLiteral("description"), QStringLiteral("SIP registration failed (simulated)")},
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
        {QStringLiteral("severity"), raise ? QStringLiteral("5") : QStringLiteral("0")},
        {QStringLiteral("source"), QStringLiteral("IPPhone/") + p.mac.toString()},
        {QStringLiteral("type"), QStringLiteral("communicationsAlarm")},
        {QStringLiteral("probableCause"), QStringLiteral("registration failure")}};
    const QJsonObject body {{QStringLiteral("sessionId"), QStringLiteral("sim%1").arg(p.index)},
                            {QStringLiteral("emsUserName"), p.emsUser},
                            {QStringLiteral("emsUserPassword"), p.emsDigest()},
                            {QStringLiteral("alerts"), QJsonArray {a}}};
    send(p, "POST", "/rest/v1/ipphoneMgrAlert/alert", QJsonDocument(body).toJson(QJsonDocument::Compact), false,
         [](const SimResponse&) {});
}

void SimFleet::execute(SimPhone& p, const QByteArray& json, const QString& via)
{
    PhoneCommand c;
    QString error;
    if (!PhoneCommand::parse(json, &c, &error)) {
        p.remember(QStringLiteral("refused (%1): %2").arg(via, error));
        return;
    }
    if (p.alreadyDone(c.id)) {
        ++p.duplicateCommands; // a real phone ignores it too; the count tells a test the server sent it twice
        return;
    }
    ++p.commandsDone;
    ++m_counts.commands;
    p.remember(PhoneCommand::kindName(c.kind) + QStringLiteral(" (") + via + u')');
    const int i = p.index;
    switch (c.kind) {
    case PhoneCommand::Kind::Reset:
        if (c.resetMode == PhoneCommand::ResetMode::Force
            || (c.resetMode == PhoneCommand::ResetMode::Graceful && !p.inCall)) {
            reboot(p, QStringLiteral("reset"));
        } else if (c.resetMode == PhoneCommand::ResetMode::Graceful) {
            p.resetAfterCall = true; // when the call ends
        } else {
            const double seconds = QDateTime::currentDateTimeUtc().msecsTo(c.resetAt) / 1000.0;
            schedule(i, Event::ScheduledReset, scaled(qMax(0.0, seconds)));
        }
        break;
    case PhoneCommand::Kind::CheckStatus:
        report(p);
        break;
    case PhoneCommand::Kind::UpdateConfig:
        provision(p, [this, i](bool) { report(m_phones[static_cast<size_t>(i)]); });
        break;
    case PhoneCommand::Kind::UpdateFirmware: {
        const QString version =
            c.firmwareVersion.isEmpty() ? FirmwareVersion::fromFileName(c.firmwareFile) : c.firmwareVersion;
        send(p, "GET", "/firmwarefiles/" + QUrl::toPercentEncoding(c.firmwareFile), {}, true,
             [this, i, version](const SimResponse& r) {
                 SimPhone& phone = m_phones[static_cast<size_t>(i)];
                 if (r.status != 200) {
                     phone.remember(QStringLiteral("firmware download failed (%1)").arg(r.status));
                     report(phone);
                     return;
                 }
                 phone.firmwareVersion = version.isEmpty() ? phone.firmwareVersion : version;
                 ++phone.firmwareUpdates;
                 reboot(phone, QStringLiteral("new firmware"));
             });
        break;
    }
    case PhoneCommand::Kind::SendMessage:
        p.lcdText = c.text;
        p.lcdUntilMs = now() + c.seconds * 1000LL;
        if (c.beep) {
            ++p.beeps;
        }
        break;
    case PhoneCommand::Kind::ChangeRegion:
        p.region = c.region;
        provision(p, [this, i](bool) { report(m_phones[static_cast<size_t>(i)]); });
        break;
    }
}

void SimFleet::reboot(SimPhone& p, const QString& why)
{
    ++p.reboots;
    ++p.generation; // forget the previous life's timers and answers
    p.state = SimPhone::State::Rebooting;
    p.inCall = false;
    p.resetAfterCall = false;
    setSip(p, SipStatus::Offline);
    p.seenIds.clear(); // held in memory: after a restart a phone no longer knows the ids it has done
    p.remember(QStringLiteral("rebooting: ") + why);
    schedule(p.index, Event::Boot, scaled(rebootSeconds));
}

bool SimFleet::answer(const SimRequest& r, SimAnswer* a)
{
    bool isV4 = false;
    const qint64 slot = static_cast<qint64>(r.phoneAddress.toIPv4Address(&isV4)) - 0x7F000002LL - m_options.firstIndex;
    if (!isV4 || slot < 0 || slot >= static_cast<qint64>(m_phones.size())) {
        return false; // no phone there
    }
    SimPhone& p = m_phones[static_cast<size_t>(slot)];
    if (p.state != SimPhone::State::Running) {
        return false; // off, booting or restarting: nobody answers
    }
    const QByteArray path = r.path.split('?').first();
    if (r.method == "GET" && (path == "/" || path == "/index.html")) {
        a->contentType = "text/html; charset=utf-8";
        a->body = p.page(now());
        return true;
    }
    if (r.method == "GET" && path == "/status.json") {
        a->body = QJsonDocument(p.toJson(now())).toJson(QJsonDocument::Compact);
        return true;
    }
    if (path == "/phonefleet/push") {
        if (r.method != "POST") {
            a->status = 405;
            a->body = R"({"error":"POST"})";
            return true;
        }
        if (p.emsSecret.isEmpty() || r.header("Authorization") != basic(p.emsUser, p.emsSecret)) {
            a->status = 401;
            a->body = R"({"error":"wrong credentials"})";
            return true;
        }
        const QJsonArray requests =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Requests")).toArray();
        a->body =
            QJsonDocument(QJsonObject {{QStringLiteral("accepted"), requests.size()}}).toJson(QJsonDocument::Compact);
        const int i = p.index;
        // Answer first, then act (a reset must not cut the answer off).
        QTimer::singleShot(0, this, [this, i, requests] {
            for (const QJsonValue& v : requests) {
                SimPhone& phone = m_phones[static_cast<size_t>(i)];
                if (phone.state == SimPhone::State::Running) {
                    execute(phone, v.toString().toUtf8(), QStringLiteral("push"));
                }
            }
        });
        return true;
    }
    a->status = 404;
    a->body = R"({"error":"not found"})";
    return true;
}

void SimFleet::setSip(SimPhone& p, SipStatus status)
{
    m_registered += (status == SipStatus::Registered ? 1 : 0) - (p.sip == SipStatus::Registered ? 1 : 0);
    p.sip = status;
}

void SimFleet::checkAllRegistered()
{
    if (m_allRegisteredAfter >= 0) {
        return;
    }
    if (m_registered < static_cast<qint64>(m_phones.size())) {
        return;
    }
    m_allRegisteredAfter = m_clock.elapsed() / 1000.0;
    Q_EMIT allRegistered(m_allRegisteredAfter);
}

SimFleet::Stats SimFleet::stats() const
{
    Stats s = m_counts;
    for (const SimPhone& p : m_phones) {
        s.running += p.state == SimPhone::State::Running ? 1 : 0;
        s.registered += p.sip == SipStatus::Registered ? 1 : 0;
        s.failing += p.failing ? 1 : 0;
        s.rebooting += p.state == SimPhone::State::Rebooting ? 1 : 0;
    }
    return s;
}

QString SimFleet::statsLine()
{
    const Stats s = stats();
    const SimHttpClient::Latency l = m_http->takeLatency();
    return QStringLiteral("t=%1s booted %2, running %3, registered %4, failing %5, rebooting %6, commands %7, "
                          "requests %8 (in flight %9, waiting %10), errors %11 (no answer %12, 5xx %13, 503 retried "
                          "%14), latency since the last line p50 %15 ms, p99 %16 ms, max %17 ms (%18 answers)")
        .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)
        .arg(s.booted)
        .arg(s.running)
        .arg(s.registered)
        .arg(s.failing)
        .arg(s.rebooting)
        .arg(s.commands)
        .arg(s.requests)
        .arg(m_http->inFlight())
        .arg(m_http->waiting())
        .arg(s.errors)
        .arg(s.noAnswer)
        .arg(s.serverErrors)
        .arg(s.retriedLater)
        .arg(l.p50Ms, 0, 'f', 1)
        .arg(l.p99Ms, 0, 'f', 1)
        .arg(l.maxMs, 0, 'f', 1)
        .arg(l.answered);
}

QByteArray SimFleet::report() const
{
    QJsonArray phones;
    for (const SimPhone& p : m_phones) {
        phones.append(p.toJson(now()));
    }
    return QJsonDocument(phones).toJson(QJsonDocument::Indented);
}
