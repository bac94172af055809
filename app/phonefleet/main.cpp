#include "buildinfo.h"
#include "consolesession.h"
#include "consolesettings.h"
#include "consoletranslations.h"
#include "demofleet.h"
#include "displayloss.h"
#include "inprocessserver.h"
#include "mainwindow.h"
#include "serverurl.h"
#include "shutdownsignals.h"
#include "storeurl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

namespace {
constexpr int LocalSessionSeconds = 30 * 24 * 3600; // the console's own session: as long as it runs
} // namespace

int main(int argc, char* argv[])
{
    // --version answers before any window system is asked for: it works on a server with no
    // display, in a package's test, over ssh.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("%s\n", qPrintable(BuildInfo::versionText(QStringLiteral("phonefleet"))));
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PhoneFleet"));
    QApplication::setApplicationName(QStringLiteral("phonefleet"));
    QApplication::setApplicationDisplayName(QStringLiteral("PhoneFleet"));
    QApplication::setApplicationVersion(QStringLiteral(PHONEFLEET_VERSION));
    // The installed .desktop file and icon (packaging/linux): Wayland shells match windows to
    // the menu entry by this name. Windows and macOS take the icon from the executable.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.phonefleet.PhoneFleet"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.phonefleet.PhoneFleet")));
    ConsoleSettings::migrate(); // settings an older console wrote, before anything reads them
    ConsoleTranslations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "PhoneFleet console.\n\nWith no saved server it runs the local server in-process on a SQLite "
        "database in the application data folder (or --database) and signs in to it by itself."));
    parser.addHelpOption();
    // Answered above, before the QApplication; listed here for --help.
    const QCommandLineOption versionOption(QStringList {QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("main", "Displays version information."));
    parser.addOption(versionOption);
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QApplication::translate("main", "The local server's database URL (sqlite:PATH)."),
        QStringLiteral("URL"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start a simulated fleet of N phones against the local server."),
        QStringLiteral("N"));
    const QCommandLineOption connectOption(QStringLiteral("connect"),
                                           QApplication::translate("main", "Connect to the saved server PROFILE."),
                                           QStringLiteral("PROFILE"));
    const QCommandLineOption localOption(
        QStringLiteral("local"), QApplication::translate("main", "Use the local server, whatever was last used."));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QApplication::translate("main", "Open this page (dashboard, devices)."),
                                        QStringLiteral("ID"));
    parser.addOptions({databaseOption, demoOption, connectOption, localOption, pageOption});
    parser.process(app);

    int demoPhones = 0;
    if (parser.isSet(demoOption)) {
        bool ok = false;
        demoPhones = parser.value(demoOption).toInt(&ok);
        if (!ok || demoPhones < 1 || demoPhones > 100000) {
            std::fprintf(
                stderr, "phonefleet: %s\n",
                qPrintable(QApplication::translate("main", "--demo takes a number of phones from 1 to 100000.")));
            return 2;
        }
    }

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString urlText = parser.isSet(databaseOption)
        ? parser.value(databaseOption)
        : QStringLiteral("sqlite:") + QDir(dataDir).filePath(QStringLiteral("phonefleet.db"));
    QString error;
    const StoreUrl database = StoreUrl::parse(urlText, &error);
    if (!database.isValid()) {
        std::fprintf(stderr, "phonefleet: %s\n",
                     qPrintable(QApplication::translate("main", "the database URL is not valid: %1").arg(error)));
        return 2;
    }

    QNetworkAccessManager network;
    InProcessServer local(InProcessServer::localOptions(database, QDir(dataDir).filePath(QStringLiteral("server"))));
    MainWindow window(&network);
    window.setLocalConnector([&local](QObject* context, MainWindow::LocalAnswer answer) {
        local.openSession(LocalSessionSeconds, context, [answer](const InProcessServer::Session& s) {
            QString urlError;
            const ServerUrl url = s.ok ? ServerUrl::parse(s.url, &urlError) : ServerUrl();
            answer(s.ok && url.isValid(), url, s.token, s.account, s.ok ? urlError : s.error);
        });
    });
    // The display going away (X11 or Wayland connection lost): Qt exits at once, from inside
    // the event loop. The demo fleet and the server stop first, so no thread of theirs runs on
    // while static objects are destroyed.
    const DisplayLossGuard displayLoss([&window, &local] {
        window.demoFleet()->stop();
        local.stop(3000);
    });
    if (parser.isSet(pageOption)) {
        window.showPage(parser.value(pageOption));
    }
    window.show();

    if (demoPhones > 0) {
        QObject::connect(
            window.session(), &ConsoleSession::signedIn, &window,
            [&window, demoPhones] {
                if (window.session()->isLocal()) {
                    window.startDemo(demoPhones);
                }
            },
            Qt::SingleShotConnection);
    }
    if (parser.isSet(connectOption)) {
        if (!window.connectToProfile(parser.value(connectOption))) {
            window.connectToLocalServer();
        }
    } else if (parser.isSet(localOption) || demoPhones > 0) {
        window.connectToLocalServer();
    } else {
        window.connectAsLastTime();
    }
    // SIGTERM, SIGINT: close as Quit does, so the demo fleet and the local server stop cleanly.
    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::requested, &window, [&window] {
        window.close(); // saves the layout, stops the demo fleet
        QApplication::quit();
    });
    const int code = QApplication::exec();
    local.stop();
    return code;
}
