#include "buildinfo.h"
#include "fleetaddressplan.h"
#include "shutdownsignals.h"
#include "simfleet.h"
#include "simoptions.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {
// Ten thousand phones need more descriptors than a shell's default soft limit: take the hard one.
void raiseFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}
} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonefleet-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEFLEET_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    SimOptions options;
    QString error;
    if (!SimOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        err << "phonefleet-sim: " << error << "\nTry 'phonefleet-sim --help'.\n";
        return 2;
    }
    if (options.help) {
        out << SimOptions::helpText();
        return 0;
    }
    if (options.version) {
        out << BuildInfo::versionText(QStringLiteral("phonefleet-sim")) << "\n";
        return 0;
    }
    if (options.printPlan) {
        FleetAddressPlan plan;
        if (!plan.setMacPrefix(options.macPrefix, &error)) {
            err << "phonefleet-sim: --mac-prefix: " << error << "\n";
            return 2;
        }
        for (qint64 i = options.firstIndex; i < options.firstIndex + options.phones; ++i) {
            out << plan.macAt(i).toString() << ' ' << plan.addressAt(i).toString() << '\n';
        }
        return 0;
    }
    raiseFileLimit();
    SimFleet fleet(options);
    if (!fleet.start(&error)) {
        err << "phonefleet-sim: " << error << "\n";
        return 1;
    }
    out << "phones: " << options.phones << " from " << options.server.toString() << "\n"
        << "listening: " << fleet.listenPort() << "\n";
    out.flush();

    const auto stop = [&] {
        if (!options.reportFile.isEmpty()) {
            QSaveFile file(options.reportFile);
            const QByteArray report = fleet.report();
            if (!file.open(QIODevice::WriteOnly) || file.write(report) != report.size() || !file.commit()) {
                err << "phonefleet-sim: " << options.reportFile << ": " << file.errorString() << "\n";
            }
        }
        out << fleet.statsLine() << "\nphonefleet-sim: stopped\n";
        out.flush();
        QCoreApplication::quit();
    };
    QTimer statsTimer;
    if (options.stats) {
        QObject::connect(&statsTimer, &QTimer::timeout, &app, [&] {
            out << fleet.statsLine() << "\n";
            out.flush();
        });
        statsTimer.start(1000);
    }
    QObject::connect(&fleet, &SimFleet::allRegistered, &app, [&](double seconds) {
        out << "all " << options.phones << " phones registered after " << QString::number(seconds, 'f', 2) << " s\n";
        out.flush();
    });
    if (options.durationSeconds > 0) {
        QTimer::singleShot(static_cast<int>(options.durationSeconds * 1000), &app, stop);
    }
    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::requested, &app, [&](int) { stop(); });
    return QCoreApplication::exec();
}
