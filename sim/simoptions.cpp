#include "simoptions.h"

#include "phonemodels.h"

#include <QCommandLineParser>

namespace {
struct Definitions
{
    QCommandLineOption server {QStringLiteral("server"),
                               QStringLiteral("The phonefleetd (http://HOST:PORT or https://...)."),
                               QStringLiteral("URL")};
    QCommandLineOption phones {QStringLiteral("phones"), QStringLiteral("Number of phones."), QStringLiteral("N")};
    QCommandLineOption region {QStringLiteral("region"),
                               QStringLiteral("The phones' region (their zero-touch folder)."), QStringLiteral("R")};
    QCommandLineOption regions {QStringLiteral("regions"), QStringLiteral("Regions, phones spread over them in turn."),
                                QStringLiteral("R1,R2,...")};
    QCommandLineOption models {QStringLiteral("models"), QStringLiteral("Models, in turn (default 430HD)."),
                               QStringLiteral("M1,M2,...")};
    QCommandLineOption prefix {QStringLiteral("mac-prefix"), QStringLiteral("MAC prefix (default 00908F)."),
                               QStringLiteral("HEX")};
    QCommandLineOption first {QStringLiteral("first"),
                              QStringLiteral("Index of the first phone in the address plan (default 0)."),
                              QStringLiteral("N")};
    QCommandLineOption timeScale {
        QStringLiteral("time-scale"),
        QStringLiteral("Phone timers (keep-alive period, reboots, calls) run X times faster."), QStringLiteral("X")};
    QCommandLineOption jitter {QStringLiteral("jitter"),
                               QStringLiteral("Each phone boots after a random delay of up to S seconds."),
                               QStringLiteral("S")};
    QCommandLineOption failRate {QStringLiteral("fail-rate"),
                                 QStringLiteral("Share (0..1) of phones whose SIP registration fails; they raise "
                                                "IPPhoneRegisterFailure."),
                                 QStringLiteral("P")};
    QCommandLineOption failSeconds {QStringLiteral("fail-duration"),
                                    QStringLiteral("Seconds (scaled) before a failing phone registers and clears its "
                                                   "alarm (default 600)."),
                                    QStringLiteral("S")};
    QCommandLineOption seed {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("K")};
    QCommandLineOption stats {QStringLiteral("stats"),
                              QStringLiteral("Print a line per second: booted, registered, ...")};
    QCommandLineOption listen {QStringLiteral("listen-port"),
                               QStringLiteral("Port every phone listens on at its address, for pushes and its web "
                                              "admin page (default: a free one, printed)."),
                               QStringLiteral("PORT")};
    QCommandLineOption duration {QStringLiteral("duration"), QStringLiteral("Stop after S seconds."),
                                 QStringLiteral("S")};
    QCommandLineOption report {QStringLiteral("report"),
                               QStringLiteral("Write every phone's state as JSON when stopping."),
                               QStringLiteral("FILE")};
    QCommandLineOption maxConnections {QStringLiteral("max-connections"),
                                       QStringLiteral("Requests in flight at once (default 4000)."),
                                       QStringLiteral("N")};
    QCommandLineOption pushDelay {QStringLiteral("push-answer-delay"),
                                  QStringLiteral("Milliseconds a phone takes to answer a push it has already "
                                                 "carried out (default 0), as a slow phone's web server does."),
                                  QStringLiteral("MS")};
    QCommandLineOption plan {QStringLiteral("print-plan"),
                             QStringLiteral("Print 'MAC ADDRESS' for each phone and exit.")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({server, phones, region, regions, models, prefix, first, timeScale, jitter, failRate,
                           failSeconds, seed, stats, listen, duration, report, maxConnections, pushDelay, plan});
    }
};

bool number(const QCommandLineParser& p, const QCommandLineOption& o, double min, double max, double* out,
            QString* error)
{
    if (!p.isSet(o)) {
        return true;
    }
    bool ok = false;
    const double v = p.value(o).toDouble(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1: '%2' is not a number from %3 to %4")
                     .arg(o.names().first(), p.value(o))
                     .arg(min)
                     .arg(max);
        return false;
    }
    *out = v;
    return true;
}

QStringList list(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}
} // namespace

QString SimOptions::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("phonefleet-sim, the PhoneFleet fleet simulator.\n\n"
                       "Runs N simulated phones in one process against a phonefleetd. Each boots, waits a random "
                       "provisioning delay, reports 'started', downloads its cfg file through its region's zero-touch "
                       "folder (following include lines, authenticating with the credentials the cfg gives it), "
                       "registers (or, at --fail-rate, raises IPPhoneRegisterFailure and clears it later), reports on "
                       "its keep-alive period, and carries out the commands it gets (reset, update-config, "
                       "update-firmware, send-message, check-status, change-region). Each phone talks from its own "
                       "loopback address (127.0.0.2, 127.0.0.3, ...) and listens there for pushes and its web admin "
                       "page (docs/phones.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    Definitions().addTo(parser);
    return parser.helpText();
}

bool SimOptions::parse(const QStringList& arguments, SimOptions* options, QString* error)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const Definitions d;
    d.addTo(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    SimOptions o;
    o.help = parser.isSet(QStringLiteral("help"));
    o.version = parser.isSet(QStringLiteral("version"));
    o.printPlan = parser.isSet(d.plan);
    o.stats = parser.isSet(d.stats);
    if (o.help || o.version) {
        *options = o;
        return true;
    }
    double phones = 0;
    if (!number(parser, d.phones, 1, 1000000, &phones, error)) {
        return false;
    }
    o.phones = static_cast<int>(phones);
    if (o.phones < 1) {
        *error = QStringLiteral("--phones N is required");
        return false;
    }
    if (parser.isSet(d.prefix)) {
        o.macPrefix = parser.value(d.prefix);
    }
    double first = 0;
    if (!number(parser, d.first, 0, 16000000, &first, error)) {
        return false;
    }
    o.firstIndex = static_cast<int>(first);
    if (o.printPlan) {
        *options = o;
        return true;
    }
    o.server = QUrl(parser.value(d.server), QUrl::StrictMode);
    if (!parser.isSet(d.server) || !o.server.isValid() || o.server.host().isEmpty()
        || (o.server.scheme() != QLatin1String("http") && o.server.scheme() != QLatin1String("https"))) {
        *error = QStringLiteral("--server http://HOST:PORT (or https://) is required");
        return false;
    }
    if (parser.isSet(d.region) && parser.isSet(d.regions)) {
        *error = QStringLiteral("--region or --regions, not both");
        return false;
    }
    o.regions = list(parser.value(parser.isSet(d.regions) ? d.regions : d.region));
    if (o.regions.isEmpty()) {
        *error =
            QStringLiteral("--region R (or --regions R1,R2) is required: phones provision through a region's folder");
        return false;
    }
    if (parser.isSet(d.models)) {
        o.models.clear();
        for (const QString& m : list(parser.value(d.models))) {
            o.models << PhoneModels::normalise(m);
        }
        if (o.models.isEmpty()) {
            *error = QStringLiteral("--models: give at least one model");
            return false;
        }
    }
    double seed = 1;
    double port = 0;
    double maxConnections = o.maxConnections;
    double pushDelay = o.pushAnswerDelayMs;
    if (!number(parser, d.timeScale, 0.01, 100000, &o.timeScale, error)
        || !number(parser, d.jitter, 0, 86400, &o.jitterSeconds, error)
        || !number(parser, d.failRate, 0, 1, &o.failRate, error)
        || !number(parser, d.failSeconds, 0, 864000, &o.failSeconds, error)
        || !number(parser, d.seed, 0, 4294967295.0, &seed, error) || !number(parser, d.listen, 0, 65535, &port, error)
        || !number(parser, d.duration, 0, 864000, &o.durationSeconds, error)
        || !number(parser, d.maxConnections, 1, 100000, &maxConnections, error)
        || !number(parser, d.pushDelay, 0, 60000, &pushDelay, error)) {
        return false;
    }
    o.seed = static_cast<quint32>(seed);
    o.listenPort = static_cast<int>(port);
    o.maxConnections = static_cast<int>(maxConnections);
    o.pushAnswerDelayMs = static_cast<int>(pushDelay);
    o.reportFile = parser.value(d.report);
    *options = o;
    return true;
}
