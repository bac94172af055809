#include "serveroptions.h"
#include "store.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonefleetd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEFLEET_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    ServerOptions options;
    QString error;
    if (!ServerOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        err << "phonefleetd: " << error << "\n"
            << "Try 'phonefleetd --help'.\n";
        return 2;
    }
    if (options.help) {
        out << ServerOptions::helpText();
        return 0;
    }
    if (options.version) {
        out << "phonefleetd " << PHONEFLEET_VERSION << "\n";
        return 0;
    }

    Store store;
    const StoreError opened = store.open(options.database, qEnvironmentVariable("PGPASSWORD"));
    if (opened.isError()) {
        err << "phonefleetd: " << opened.message << "\n";
        return 1;
    }
    out << "database: " << options.database.toString() << " (schema version " << store.schemaVersion() << ")\n";
    out << "phonefleetd: this build prepares the database only; it does not listen for phones or consoles yet.\n";
    return 0;
}
