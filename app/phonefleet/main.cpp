#include "devicesview.h"
#include "devicetablemodel.h"
#include "mainwindow.h"
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
                                "(sqlite, in the application data folder, or --database); connecting to "
                                "a server and acting on phones come in later versions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Database URL (sqlite:PATH)."),
                                            QStringLiteral("URL"));
    parser.addOption(databaseOption);
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
    window.setConnectionText(
        QApplication::translate("main", "Local database: %1 — %n phone(s)", "", static_cast<int>(devices->size()))
            .arg(url.toString()));
    window.show();
    return app.exec();
}
