#include "fleetaddressplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonefleet-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEFLEET_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("phonefleet-sim, the PhoneFleet fleet simulator.\n\n"
                       "This build does not simulate phones yet. It can print the address plan a simulated fleet "
                       "uses: each phone's MAC address and the loopback address it talks from."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption phones(QStringLiteral("phones"), QStringLiteral("Number of phones."), QStringLiteral("N"));
    const QCommandLineOption prefix(QStringLiteral("mac-prefix"), QStringLiteral("MAC prefix (default 00908F)."),
                                    QStringLiteral("HEX"));
    const QCommandLineOption plan(QStringLiteral("print-plan"),
                                  QStringLiteral("Print 'MAC ADDRESS' for each phone and exit."));
    parser.addOptions({phones, prefix, plan});
    parser.process(app);

    if (!parser.isSet(plan)) {
        err << "phonefleet-sim: this build cannot simulate phones yet; only --print-plan is available.\n"
            << "Try 'phonefleet-sim --help'.\n";
        return 2;
    }
    FleetAddressPlan addressPlan;
    QString error;
    if (parser.isSet(prefix) && !addressPlan.setMacPrefix(parser.value(prefix), &error)) {
        err << "phonefleet-sim: --mac-prefix: " << error << "\n";
        return 2;
    }
    bool ok = false;
    const qint64 count = parser.value(phones).toLongLong(&ok);
    if (!ok || count < 1 || count > FleetAddressPlan::capacity()) {
        err << "phonefleet-sim: --phones needs a number from 1 to " << FleetAddressPlan::capacity() << "\n";
        return 2;
    }
    for (qint64 i = 0; i < count; ++i) {
        out << addressPlan.macAt(i).toString() << ' ' << addressPlan.addressAt(i).toString() << '\n';
    }
    return 0;
}
