#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

// Every setting the console keeps on this computer, in one place: each key with its name, type
// and default, the files they live in, and the bringing up to date of settings an older
// PhoneFleet wrote (migrate()). QSettings keeps them in the platform's own way (an INI file
// under ~/.config/PhoneFleet on Linux, the registry on Windows, a plist on macOS).
//
// Secrets never go here: sign-in tokens live in the OS keychain (secretstore.h). Connection
// profiles (connectionprofiles.h) and pinned server certificates (knownservers.h) are lists of
// their own, kept in files of their own that open() names.
class ConsoleSettings
{
public:
    enum class Key {
        Version,                   // int: the layout the settings are in (currentVersion once migrated)
        WindowGeometry,            // QByteArray: QMainWindow::saveGeometry()
        WindowState,               // QByteArray: QMainWindow::saveState() (docks, toolbars)
        WindowPage,                // QString: the page shown at closing ("devices")
        DevicesColumns,            // QByteArray: QHeaderView::saveState() of Devices Status
        DevicesColumnWidthsByHand, // bool: widths dragged by the administrator (else sized by content)
        Language,                  // QString: the console's language ("de"); empty: the system's
        LastProfile,               // QString: the connection profile used last (in the connections file)
    };
    enum class File { Console, Connections, KnownServers };

    static constexpr int currentVersion = 2;

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
    static void reset(Key key);
    // The QSettings of one of the files, for the lists kept there.
    static std::unique_ptr<QSettings> open(File file);
    // The key's name as stored ("window/geometry").
    static QString name(Key key);

    // Brings settings written by an older console to currentVersion. Run once at start, before
    // anything reads them; harmless to run again. Version 1 (no version stored) kept the
    // Devices Status columns under "pages/devices/header".
    static void migrate();
};
