// ConsoleSettings (net/consolesettings.h): keys with their types and defaults, the files they
// live in, and the migration of what an older console wrote.
#include "connectionprofiles.h"
#include "consolesettings.h"

#include <QTemporaryDir>
#include <QtTest>

class TestConsoleSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsAndTypes();
    void migratesVersionOne();
    void eachKeyInItsFile();

private:
    QTemporaryDir m_dir;
};

void TestConsoleSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Every QSettings of this process under the temporary folder, never the user's own.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestConsoleSettings::init()
{
    for (const auto file :
         {ConsoleSettings::File::Console, ConsoleSettings::File::Connections, ConsoleSettings::File::KnownServers}) {
        ConsoleSettings::open(file)->clear();
    }
}

void TestConsoleSettings::defaultsAndTypes()
{
    using K = ConsoleSettings::Key;
    QCOMPARE(ConsoleSettings::value(K::Version).toInt(), 1); // nothing stored: the first layout
    QCOMPARE(ConsoleSettings::value(K::WindowPage).toString(), QString());
    QVERIFY(ConsoleSettings::value(K::DevicesColumns).toByteArray().isEmpty());
    ConsoleSettings::setValue(K::WindowPage, QStringLiteral("alarms"));
    QCOMPARE(ConsoleSettings::value(K::WindowPage).toString(), QStringLiteral("alarms"));
    ConsoleSettings::reset(K::WindowPage);
    QCOMPARE(ConsoleSettings::value(K::WindowPage).toString(), QString());
    // A hand-edited value that is not of the key's type reads as the default.
    ConsoleSettings::open(ConsoleSettings::File::Console)
        ->setValue(ConsoleSettings::name(K::Version), QStringLiteral("two"));
    QCOMPARE(ConsoleSettings::value(K::Version).toInt(), 1);
}

void TestConsoleSettings::migratesVersionOne()
{
    using K = ConsoleSettings::Key;
    const QByteArray columns("header state of an older console");
    {
        const auto old = ConsoleSettings::open(ConsoleSettings::File::Console);
        old->setValue(QStringLiteral("pages/devices/header"), columns);
        old->setValue(QStringLiteral("window/page"), QStringLiteral("devices"));
    }
    ConsoleSettings::migrate();
    QCOMPARE(ConsoleSettings::value(K::Version).toInt(), ConsoleSettings::currentVersion);
    QCOMPARE(ConsoleSettings::value(K::DevicesColumns).toByteArray(), columns);
    QCOMPARE(ConsoleSettings::value(K::WindowPage).toString(), QStringLiteral("devices")); // untouched
    const auto after = ConsoleSettings::open(ConsoleSettings::File::Console);
    QVERIFY(!after->contains(QStringLiteral("pages/devices/header")));
    QVERIFY(!after->childGroups().contains(QStringLiteral("pages")));

    // Once migrated, running it again changes nothing, and an old key that reappears (an older
    // console run since) does not overwrite the newer layout.
    ConsoleSettings::setValue(K::DevicesColumns, QByteArray("newer"));
    after->setValue(QStringLiteral("pages/devices/header"), QByteArray("older"));
    ConsoleSettings::migrate();
    QCOMPARE(ConsoleSettings::value(K::DevicesColumns).toByteArray(), QByteArray("newer"));
}

void TestConsoleSettings::eachKeyInItsFile()
{
    ConnectionProfiles::setLastUsed(QStringLiteral("Head office"));
    QCOMPARE(ConsoleSettings::open(ConsoleSettings::File::Connections)->value(QStringLiteral("last")).toString(),
             QStringLiteral("Head office"));
    QVERIFY(!ConsoleSettings::open(ConsoleSettings::File::Console)->contains(QStringLiteral("last")));
    QCOMPARE(ConnectionProfiles::lastUsed(), QStringLiteral("Head office"));
    ConnectionProfiles::setLastUsed({});
    QCOMPARE(ConnectionProfiles::lastUsed(), QString());
    QVERIFY(ConsoleSettings::open(ConsoleSettings::File::Console)->fileName()
            != ConsoleSettings::open(ConsoleSettings::File::Connections)->fileName());
    QVERIFY(ConsoleSettings::open(ConsoleSettings::File::Console)->fileName().startsWith(m_dir.path()));
}

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
