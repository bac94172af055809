#include "devicesview.h"
#include "devicetablemodel.h"
#include "mainwindow.h"
#include "phonefleetserver.h"
#include "store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PhoneFleet"));
    QApplication::setApplicationName(QStringLiteral("phonefleet"));
    QApplication::setApplicationDisplayName(QStringLiteral("PhoneFleet"));
    QApplication::setApplicationVersion(QStringLiteral(PHONEFLEET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "PhoneFleet console.\n\nThis build shows the phones of the local database "
                                "(sqlite, in the application data folder, or --database) and runs the "
                                "local server for phones on it; connecting to a remote server and acting "
                                "on phones come in later versions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Database URL (sqlite:PATH)."),
                                            QStringLiteral("URL"));
    parser.addOption(databaseOption);
    const QCommandLineOption noServerOption(
        QStringLiteral("no-local-server"),
        QApplication::translate("main", "Do not start the local server for phones on a local database."));
    parser.addOption(noServerOption);
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString urlText = parser.isSet(databaseOption)
        ? parser.value(databaseOption)
        : QStringLiteral("sqlite:") + QDir(dataDir).filePath(QStringLiteral("phonefleet.db"));
    QString error;
    const StoreUrl url = StoreUrl::parse(urlText, &error);
    Store store;
    StoreError opened = url.isValid() ? store.open(url, qEnvironmentVariable("PGPASSWORD"))
                                      : StoreError {StoreError::Code::Invalid, error};
    StoreResult<QVector<Device>> devices =
        opened.isError() ? StoreResult<QVector<Device>>(opened) : store.devices().list();
    if (!devices) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "PhoneFleet"),
            QApplication::translate("main", "The database cannot be opened:\n%1").arg(devices.error().message));
        return 1;
    }

    MainWindow window;
    DeviceTableModel* model = window.devicesView()->model();
    QHash<qint64, QString> users;
    if (auto list = store.users().list()) {
        for (const User& u : list.value()) {
            users.insert(u.id, u.displayName.isEmpty() ? u.name : u.displayName);
        }
    }
    QHash<qint64, QString> regions;
    if (auto list = store.regions().list()) {
        for (const Region& r : list.value()) {
            regions.insert(r.id, r.name);
        }
    }
    model->setDevices(devices.value());
    model->setUserNames(users);
    model->setRegionNames(regions);
    QString connection =
        QApplication::translate("main", "Local database: %1 — %n phone(s)", "", static_cast<int>(devices->size()))
            .arg(url.toString());

    // On a local database the console runs the server in-process, so phones (and the simulator)
    // have something to talk to; loopback only, ports chosen by the system.
    PhoneFleetServer server;
    if (url.kind == StoreUrl::Kind::SQLite && !parser.isSet(noServerOption)) {
        ServerOptions options;
        options.database = url;
        options.dataDir = QDir(dataDir).filePath(QStringLiteral("server"));
        options.bindAddress = QHostAddress::LocalHost;
        options.httpPort = 0;
        options.httpsPort = 0;
        options.servingThreads = 1;
        options.requireAdministrator = false;
        QString serverError;
        if (server.start(options, {}, {}, &serverError)) {
            QStringList listening;
            for (const PhoneFleetServer::Listener& l : server.listeners()) {
                listening << QStringLiteral("%1://127.0.0.1:%2").arg(QString::fromLatin1(l.scheme)).arg(l.port);
            }
            connection +=
                QApplication::translate("main", " — local server %1").arg(listening.join(QStringLiteral(", ")));
        } else {
            connection += QApplication::translate("main", " — the local server did not start: %1").arg(serverError);
        }
    }
    window.setConnectionText(connection);
    window.show();
    return app.exec();
}
