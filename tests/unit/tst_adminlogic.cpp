// The admin API's pure logic in core/: the wire format of rows, the JSON field reader, the
// device filters, the login backoff, the users+devices CSV and the access policy's scopes.
#include "accesspolicy.h"
#include "apijson.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "devicefilter.h"
#include "jsonreader.h"
#include "loginthrottle.h"
#include "usercsv.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>

class TestAdminLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deviceJsonRoundTrip();
    void jsonNeverCarriesSecrets();
    void jsonReaderChecksFields();
    void partialUpdateKeepsOtherFields();
    void adminLevelsFromJson();
    void deviceFilterFromQuery();
    void deviceFilterRefusesUnknown();
    void deviceFilterMatches();
    void loginBackoffDelays();
    void addressThrottleLocksAndForgets();
    void usersCsvReadsVendorHeader();
    void usersCsvReportsBadLines();
    void usersCsvRoundTrip();
    void usersCsvNeutralisesFormulas();
    void usersCsvVendorPasswordsAreNotPasswords();
    void usersCsvMacOnTwoLinesGoesToTheLater();
    void usersCsvSeparatorsFromTheHeader();
    void usersCsvModelsAndLanguagesFromThePhonesLists();
    void usersCsvModelNamesRoundTripExactly();
    void accessScopes();
};

void TestAdminLogic::deviceJsonRoundTrip()
{
    Device d;
    d.id = 7;
    d.revision = 42;
    d.mac = MacAddress::fromString(QStringLiteral("00:90:8f:1a:2b:01"));
    d.model = QStringLiteral("430HD");
    d.userId = 3;
    d.regionId = 2;
    d.vlanId = 120;
    d.vlanPriority = 5;
    d.sipStatus = SipStatus::Registered;
    d.approval = ApprovalState::Pending;
    d.lastReport = QDateTime(QDate(2026, 12, 1), QTime(7, 0, 1, 250), Qt::UTC);
    d.phoneNumber = QStringLiteral("4071");
    const QJsonObject o = ApiJson::toJson(d);
    QCOMPARE(o.value(QStringLiteral("mac")).toString(), QStringLiteral("00908F1A2B01"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("registered"));
    QCOMPARE(o.value(QStringLiteral("lastReport")).toString(), QStringLiteral("2026-12-01T07:00:01.250Z"));
    QVERIFY(o.value(QStringLiteral("lastStatusChange")).isNull());
    Device back;
    QVERIFY(ApiJson::read(o, &back));
    QCOMPARE(back.id, d.id);
    QCOMPARE(back.revision, d.revision);
    QCOMPARE(back.mac, d.mac);
    QCOMPARE(back.vlanId, 120);
    QCOMPARE(back.sipStatus, SipStatus::Registered);
    QCOMPARE(back.approval, ApprovalState::Pending);
    QCOMPARE(back.lastReport, d.lastReport);
    QCOMPARE(back.phoneNumber, d.phoneNumber);
    QVERIFY(!back.lastStatusChange.isValid());
    QCOMPARE(ApiJson::parseTime(QStringLiteral("2026-12-01T07:00:01")),
             QDateTime(QDate(2026, 12, 1), QTime(7, 0, 1), Qt::UTC));
    QVERIFY(!ApiJson::parseTime(QStringLiteral("yesterday")).isValid());
    // What the server writes, read by the fast path; near misses by the general parser or refused.
    QCOMPARE(ApiJson::parseTime(QStringLiteral("2026-12-01T07:00:01.250Z")),
             QDateTime(QDate(2026, 12, 1), QTime(7, 0, 1, 250), Qt::UTC));
    QCOMPARE(ApiJson::parseTime(QStringLiteral("2026-12-01T07:00:01Z")),
             QDateTime(QDate(2026, 12, 1), QTime(7, 0, 1), Qt::UTC));
    QCOMPARE(ApiJson::parseTime(QStringLiteral("2026-12-01T08:00:01.250+01:00")),
             QDateTime(QDate(2026, 12, 1), QTime(7, 0, 1, 250), Qt::UTC));
    QVERIFY(!ApiJson::parseTime(QStringLiteral("2026-13-01T07:00:01.250Z")).isValid());
    QVERIFY(!ApiJson::parseTime(QStringLiteral("2026-12-01T07:x0:01.250Z")).isValid());
    QVERIFY(!ApiJson::parseTime(QStringLiteral("2026-02-30T07:00:01Z")).isValid());
    // time() writes what QDateTime::toString(Qt::ISODateWithMs) writes, whatever the zone given.
    QRandomGenerator random(1201);
    for (int i = 0; i < 5000; ++i) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(
            static_cast<qint64>(random.bounded(253402300799.0)) * 1000 + random.bounded(1000), Qt::UTC);
        const QDateTime shown = i % 2 ? when : when.toOffsetFromUtc(3600 * (random.bounded(27) - 12));
        QCOMPARE(ApiJson::time(shown).toString(), when.toString(Qt::ISODateWithMs));
        QCOMPARE(ApiJson::parseTime(ApiJson::time(shown).toString()), when);
    }
    QCOMPARE(ApiJson::time(QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC)).toString(),
             QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs));
    QVERIFY(ApiJson::time(QDateTime()).isNull());
}

void TestAdminLogic::jsonNeverCarriesSecrets()
{
    User u;
    u.name = QStringLiteral("alice");
    u.password = QStringLiteral("Xk4!pr9w");
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B01"));
    d.provisioningUser = QStringLiteral("00908F1A2B01");
    d.provisioningSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
    Admin a;
    a.name = QStringLiteral("root");
    a.passwordHash = QStringLiteral("pbkdf2-sha256$600000$c2FsdA==$aGFzaA==");
    const QByteArray all =
        QJsonDocument(QJsonArray {ApiJson::toJson(u), ApiJson::toJson(d), ApiJson::toJson(a)}).toJson();
    QVERIFY(!all.contains("Xk4!pr9w"));
    QVERIFY(!all.contains("0123456789abcdef"));
    QVERIFY(!all.contains("pbkdf2"));
    QCOMPARE(ApiJson::toJson(u).value(QStringLiteral("hasPassword")).toBool(), true);
}

void TestAdminLogic::jsonReaderChecksFields()
{
    const auto problem = [](const QJsonObject& o) {
        Device d;
        QString error;
        return ApiJson::fromJson(o, &d, &error) ? QString() : error;
    };
    QVERIFY(problem({{QStringLiteral("vlanId"), 4094}}).isEmpty());
    QVERIFY(problem({{QStringLiteral("vlanId"), 4095}})
                .contains(QLatin1String("'vlanId': VLAN ID must be a whole number from 0 to 4094, not 4095")));
    QVERIFY(problem({{QStringLiteral("vlanId"), 1.5}}).contains(QLatin1String("whole number")));
    QVERIFY(problem({{QStringLiteral("vlanId"), QStringLiteral("12")}}).contains(QLatin1String("whole number")));
    QVERIFY(problem({{QStringLiteral("mac"), QStringLiteral("12")}}).contains(QLatin1String("not a MAC address")));
    QVERIFY(problem({{QStringLiteral("displayName"), 3}}).contains(QLatin1String("must be a string")));
    QVERIFY(problem({{QStringLiteral("displayName"), QStringLiteral("a\nb")}}).contains(QLatin1String("line break")));
    QVERIFY(problem({{QStringLiteral("teams"), QStringLiteral("yes")}}).contains(QLatin1String("true or false")));
    QVERIFY(problem({{QStringLiteral("approval"), QStringLiteral("maybe")}}).contains(QLatin1String("approved")));
    QVERIFY(
        problem({{QStringLiteral("colour"), QStringLiteral("red")}}).contains(QLatin1String("unknown field 'colour'")));
    // What a client got back may be sent back as it is: read-only fields are accepted and ignored.
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B01"));
    d.ipAddress = QStringLiteral("10.0.0.1");
    QJsonObject echoed = ApiJson::toJson(d);
    echoed.insert(QStringLiteral("ipAddress"), QStringLiteral("6.6.6.6"));
    echoed.insert(QStringLiteral("userName"), QStringLiteral("x"));
    QString error;
    QVERIFY2(ApiJson::fromJson(echoed, &d, &error), qPrintable(error));
    QCOMPARE(d.ipAddress, QStringLiteral("10.0.0.1")); // reported by the phone, not settable
    // null for "none".
    d.userId = 5;
    QVERIFY(ApiJson::fromJson({{QStringLiteral("userId"), QJsonValue()}}, &d, &error));
    QCOMPARE(d.userId, 0);
}

void TestAdminLogic::partialUpdateKeepsOtherFields()
{
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B01"));
    d.displayName = QStringLiteral("desk");
    d.vlanId = 10;
    QString error;
    QVERIFY(ApiJson::fromJson({{QStringLiteral("model"), QStringLiteral("Audiocodes_420HD_LYNC")}}, &d, &error));
    QCOMPARE(d.model, QStringLiteral("420HD"));
    QVERIFY(d.teams);
    QCOMPARE(d.displayName, QStringLiteral("desk"));
    QCOMPARE(d.vlanId, 10);
    PhoneTemplate t;
    t.deviceFile.data = QStringLiteral("a=1\n");
    t.deviceFile.name = QStringLiteral("%ITCS_mac%.cfg");
    QVERIFY(ApiJson::fromJson(
        {{QStringLiteral("deviceFile"), QJsonObject {{QStringLiteral("data"), QStringLiteral("b=2\nc=3\n")}}}}, &t,
        &error));
    QCOMPARE(t.deviceFile.data, QStringLiteral("b=2\nc=3\n")); // file texts may have lines
    QCOMPARE(t.deviceFile.name, QStringLiteral("%ITCS_mac%.cfg"));
    QVERIFY(
        !ApiJson::fromJson({{QStringLiteral("deviceFile"), QJsonObject {{QStringLiteral("colour"), 1}}}}, &t, &error));
    QVERIFY2(error.contains(QLatin1String("deviceFile")), qPrintable(error));
}

void TestAdminLogic::adminLevelsFromJson()
{
    Admin a;
    QString password;
    QString error;
    const QJsonArray levels {
        QJsonObject {{QStringLiteral("regionId"), 1}, {QStringLiteral("level"), QStringLiteral("operator")}},
        QJsonObject {{QStringLiteral("regionId"), 2}, {QStringLiteral("level"), QStringLiteral("monitoring")}}};
    QVERIFY(ApiJson::fromJson({{QStringLiteral("name"), QStringLiteral("ops")},
                               {QStringLiteral("role"), QStringLiteral("regional")},
                               {QStringLiteral("regionLevels"), levels},
                               {QStringLiteral("password"), QStringLiteral("secret-secret")}},
                              &a, &password, &error));
    QCOMPARE(a.regionLevels.value(1), AccessLevel::Operator);
    QCOMPARE(a.regionLevels.value(2), AccessLevel::Monitoring);
    QCOMPARE(password, QStringLiteral("secret-secret"));
    QVERIFY(!ApiJson::toJson(a).contains(QStringLiteral("password")));
    Admin back;
    QVERIFY(ApiJson::read(ApiJson::toJson(a), &back));
    QCOMPARE(back.regionLevels, a.regionLevels);
    QVERIFY(!ApiJson::fromJson({{QStringLiteral("regionLevels"),
                                 QJsonArray {QJsonObject {{QStringLiteral("regionId"), 1},
                                                          {QStringLiteral("level"), QStringLiteral("god")}}}}},
                               &a, &password, &error));
    QVERIFY(!ApiJson::fromJson({{QStringLiteral("role"), QStringLiteral("emperor")}}, &a, &password, &error));
}

void TestAdminLogic::deviceFilterFromQuery()
{
    DeviceFilter f;
    QString error;
    QVERIFY(DeviceFilter::fromText(
        QStringLiteral("status=not-registered, model=430HD,approval=pending,region=Paris,multipleDevices=true"), &f,
        &error));
    QCOMPARE(f.status, DeviceFilter::Status::NotRegistered);
    QCOMPARE(f.model, QStringLiteral("430HD"));
    QCOMPARE(f.approval, DeviceFilter::Approval::Pending);
    QCOMPARE(f.region, QStringLiteral("Paris"));
    QVERIFY(f.multipleDevices);
    DeviceFilter again;
    QVERIFY(DeviceFilter::fromPairs(f.toPairs(), &again, &error));
    QCOMPARE(again.toPairs(), f.toPairs());
    QVERIFY(DeviceFilter::fromPairs({{QStringLiteral("status"), QStringLiteral("unregistered")}}, &f, &error));
    QCOMPARE(f.status, DeviceFilter::Status::NotRegistered);
    QVERIFY(DeviceFilter().isEmpty());
    QVERIFY(DeviceFilter::fromPairs({{QStringLiteral("limit"), QStringLiteral("5")}}, &f, &error,
                                    {QStringLiteral("limit")}));
    QCOMPARE(DeviceFilter::macDigits(QStringLiteral("00:90:8f")), QStringLiteral("00908F"));
    QVERIFY(DeviceFilter::macDigits(QStringLiteral("alice")).isEmpty());
}

void TestAdminLogic::deviceFilterRefusesUnknown()
{
    DeviceFilter f;
    QString error;
    QVERIFY(!DeviceFilter::fromText(QStringLiteral("colour=red"), &f, &error));
    QVERIFY2(error.contains(QLatin1String("unknown filter 'colour'")), qPrintable(error));
    QVERIFY(!DeviceFilter::fromText(QStringLiteral("status=sleeping"), &f, &error));
    QVERIFY2(error.contains(QLatin1String("sleeping")), qPrintable(error));
    QVERIFY(!DeviceFilter::fromText(QStringLiteral("registered"), &f, &error));
    QVERIFY(!DeviceFilter::fromText(QStringLiteral("mac=xyz"), &f, &error));
    QVERIFY(!DeviceFilter::fromText(QStringLiteral("multipleDevices=often"), &f, &error));
}

void TestAdminLogic::deviceFilterMatches()
{
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B01"));
    d.model = QStringLiteral("430HD");
    d.ipAddress = QStringLiteral("10.20.30.41");
    d.firmwareVersion = QStringLiteral("3.4.3.1");
    d.sipStatus = SipStatus::Offline;
    d.regionId = 4;
    d.phoneNumber = QStringLiteral("4071");
    const DeviceFilter::Context alice {QStringLiteral("alice.moreau"), QStringLiteral("Alice Moreau"),
                                       QStringLiteral("Paris"), 2};
    const auto matches = [&](const QString& text) {
        DeviceFilter f;
        QString error;
        if (!DeviceFilter::fromText(text, &f, &error)) {
            qFatal("%s", qPrintable(error));
        }
        return f.matches(d, alice);
    };
    QVERIFY(matches(QString()));
    QVERIFY(matches(QStringLiteral("status=not-registered")));
    QVERIFY(!matches(QStringLiteral("status=registered")));
    QVERIFY(matches(QStringLiteral("q=moreau")));
    QVERIFY(matches(QStringLiteral("q=2b:01")));
    QVERIFY(matches(QStringLiteral("q=10.20.30")));
    QVERIFY(!matches(QStringLiteral("q=bruno")));
    QVERIFY(matches(QStringLiteral("user=ALICE")));
    QVERIFY(matches(QStringLiteral("mac=00-90-8f")));
    QVERIFY(!matches(QStringLiteral("mac=00908E")));
    QVERIFY(matches(QStringLiteral("region=paris")));
    QVERIFY(matches(QStringLiteral("region=4")));
    QVERIFY(!matches(QStringLiteral("region=5")));
    QVERIFY(matches(QStringLiteral("firmware=3.4,model=430")));
    QVERIFY(matches(QStringLiteral("multipleDevices=true")));
    QVERIFY(matches(QStringLiteral("approval=approved")));
    QVERIFY(!matches(QStringLiteral("approval=pending")));
    QCOMPARE(DeviceFilter::statusOf(SipStatus::Disconnected), DeviceFilter::Status::Disconnected);
    QCOMPARE(DeviceFilter::statusOf(SipStatus::Unknown), DeviceFilter::Status::NotRegistered);
}

void TestAdminLogic::loginBackoffDelays()
{
    for (int failures = 0; failures < LoginBackoff::freeFailures; ++failures) {
        QCOMPARE(LoginBackoff::delayMs(failures), 0);
    }
    QCOMPARE(LoginBackoff::delayMs(5), 1000);
    QCOMPARE(LoginBackoff::delayMs(6), 2000);
    QCOMPARE(LoginBackoff::delayMs(9), 16000);
    QCOMPARE(LoginBackoff::delayMs(20), LoginBackoff::maxDelayMs);
    QCOMPARE(LoginBackoff::delayMs(1000), LoginBackoff::maxDelayMs);
    QCOMPARE(LoginBackoff::waitMs(5, 10000, 10400), 600);
    QCOMPARE(LoginBackoff::waitMs(5, 10000, 11000), 0);
    QCOMPARE(LoginBackoff::waitMs(4, 10000, 10000), 0);
}

void TestAdminLogic::addressThrottleLocksAndForgets()
{
    AddressThrottle t;
    const QString a = QStringLiteral("10.0.0.1");
    qint64 now = 1000000;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(t.waitMs(a, now), 0);
        t.recordFailure(a, now);
    }
    QCOMPARE(t.waitMs(a, now), 1000);
    QCOMPARE(t.waitMs(QStringLiteral("10.0.0.2"), now), 0); // another address is not held up
    while (t.failures(a) < LoginBackoff::lockFailures) {
        t.recordFailure(a, now);
    }
    QVERIFY(t.isLocked(a, now));
    QCOMPARE(t.waitMs(a, now + 1000), LoginBackoff::addressLockMs - 1000);
    now += LoginBackoff::addressLockMs;
    QVERIFY(!t.isLocked(a, now));
    QCOMPARE(t.waitMs(a, now), 0);
    t.recordFailure(a, now); // the hour is over: counting starts again
    QCOMPARE(t.failures(a), 1);
    t.recordSuccess(a);
    QCOMPARE(t.failures(a), 0);
    // Quiet addresses are forgotten: memory stays bounded.
    for (int i = 0; i < 1000; ++i) {
        t.recordFailure(QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250), now);
    }
    t.recordFailure(QStringLiteral("10.9.9.9"), now + 2 * LoginBackoff::addressLockMs);
    QCOMPARE(t.failures(QStringLiteral("10.1.0.0")), 0);
    // Pairs keyed "name\naddress" are forgotten by name (an administrator's unlock).
    t.recordFailure(QStringLiteral("admin\n10.0.0.1"), now);
    t.recordFailure(QStringLiteral("admin\n10.0.0.2"), now);
    t.recordFailure(QStringLiteral("bob\n10.0.0.1"), now);
    t.forgetPrefix(QStringLiteral("admin\n"));
    QCOMPARE(t.failures(QStringLiteral("admin\n10.0.0.1")), 0);
    QCOMPARE(t.failures(QStringLiteral("admin\n10.0.0.2")), 0);
    QCOMPARE(t.failures(QStringLiteral("bob\n10.0.0.1")), 1);
}

void TestAdminLogic::usersCsvReadsVendorHeader()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Name,Password,Display Name,Tenant,Device 1 Display Name,Device 1 MAC Address,"
                           "Device 1 Serial Number,Device 1 IP Phone Model,Device 1 Language,Device 1 VLAN Mode,"
                           "Device 1 VLAN ID,Device 1 VLAN Priority,Device 2 MAC Address,Device 2 IP Phone Model\r\n"
                           "alice,pw,\"Moreau, Alice\",Paris,Desk,00:90:8f:1a:2b:01,SN1,Audiocodes_430HD,French,MANUAL,"
                           "120,5,00908F1A2B09,430HD_TEAMS\r\n"
                           "bob,,Bob,Paris,,,,,,,,,,\r\n"
                           "carol,,Carol,Lyon\r\n"; // trailing empty cells left out, as some spreadsheets do
    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    QVERIFY(UserCsv::read(csv, &rows, &problems));
    QVERIFY(problems.isEmpty());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).line, 2);
    QCOMPARE(rows.at(0).displayName, QStringLiteral("Moreau, Alice"));
    QCOMPARE(rows.at(0).region, QStringLiteral("Paris"));
    QCOMPARE(rows.at(0).devices.size(), 2);
    const UserCsvDevice& d = rows.at(0).devices.at(0);
    QCOMPARE(d.mac.toString(), QStringLiteral("00908F1A2B01"));
    QCOMPARE(d.serialNumber, QStringLiteral("SN1"));
    QCOMPARE(d.model, QStringLiteral("430HD"));
    QCOMPARE(d.vlanMode, QStringLiteral("MANUAL"));
    QCOMPARE(d.vlanId, 120);
    QCOMPARE(d.vlanPriority, 5);
    QVERIFY(rows.at(0).devices.at(1).teams);
    QVERIFY(rows.at(1).devices.isEmpty()); // a user without a phone is fine
    QVERIFY(rows.at(1).password.isEmpty());
    QCOMPARE(rows.at(2).region, QStringLiteral("Lyon"));
}

void TestAdminLogic::usersCsvReportsBadLines()
{
    const QByteArray csv = "Name,Password,Display Name,Region,Device 1 MAC Address,Device 1 IP Phone Model,"
                           "Device 1 VLAN ID,Device 1 VLAN Priority\n"
                           "ok,,,Paris,00908F000001,430HD,0,0\n"
                           ",,,Paris,00908F000002,430HD,0,0\n"
                           "ok,,,Paris,00908F000003,430HD,0,0\n"
                           "mac,,,Paris,00908F00000Z,430HD,0,0\n"
                           "dup,,,Paris,00908F000005,430HD,0,0\n"
                           "vlan,,,Paris,00908F000006,430HD,4095,8\n"
                           "wide,,,Paris,00908F000007,430HD,0,0,extra\n"
                           "\"two\nlines\",,,Paris,00908F000008,430HD,0,0\n";
    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    QVERIFY(!UserCsv::read(csv, &rows, &problems));
    QCOMPARE(rows.size(), 2); // the first line and "dup"
    QStringList lines;
    for (const UserCsvProblem& p : problems) {
        lines << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    }
    const QString all = lines.join(u'\n');
    QCOMPARE(problems.size(), 6);
    QVERIFY2(all.contains(QLatin1String("3: Name cannot be empty")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("4: user 'ok' is also on line 2")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("5: device 1: MAC address: '00908F00000Z' is not a MAC address")),
             qPrintable(all));
    // The same words as the API's and the store's (tst_fieldtables, oneCheckEverywhere).
    QVERIFY2(all.contains(QLatin1String("7: device 1: VLAN ID must be a whole number from 0 to 4094, not 4095"))
                 && all.contains(QLatin1String("device 1: VLAN priority must be a whole number from 0 to 7, not 8")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("8: 9 cells, but the header has 8 columns")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("9: Name cannot hold a line break")), qPrintable(all));

    QVERIFY(!UserCsv::read("Login,Secret\n", &rows, &problems));
    QCOMPARE(problems.first().line, 1);
    QVERIFY(problems.first().message.contains(QLatin1String("Login")));
    QVERIFY(!UserCsv::read("Name,Device 1 Display Name\nx,y\n", &rows, &problems));
    QVERIFY(problems.first().message.contains(QLatin1String("MAC Address")));
    QVERIFY(!UserCsv::read("", &rows, &problems));
    QVERIFY(!UserCsv::read("Name\n\"open", &rows, &problems));
}

void TestAdminLogic::usersCsvRoundTrip()
{
    UserCsvRow a;
    a.name = QStringLiteral("渡辺.健");
    a.displayName = QStringLiteral("Zoë \"Z\" Ångström, Łódź");
    a.region = QStringLiteral("Tōkyō");
    UserCsvDevice d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B01"));
    d.model = QStringLiteral("C450HD");
    d.teams = true;
    d.vlanId = 7;
    a.devices = {d, d};
    a.devices[1].mac = MacAddress::fromString(QStringLiteral("00908F1A2B02"));
    UserCsvRow b;
    b.name = QStringLiteral("nobody.phoneless");
    const QByteArray file = UserCsv::write({a, b});
    QVERIFY(file.startsWith("\xEF\xBB\xBF"));
    QVERIFY(file.contains("Device 2 MAC Address"));
    QVERIFY(file.contains("\r\n"));
    QVERIFY(file.contains("Audiocodes_C450HD_TEAMS"));
    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    QVERIFY2(UserCsv::read(file, &rows, &problems), problems.isEmpty() ? "" : qPrintable(problems.first().message));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).name, a.name);
    QCOMPARE(rows.at(0).displayName, a.displayName);
    QCOMPARE(rows.at(0).region, a.region);
    QCOMPARE(rows.at(0).devices.size(), 2);
    QCOMPARE(rows.at(0).devices.at(1).mac, a.devices.at(1).mac);
    QVERIFY(rows.at(0).devices.at(0).teams);
    QCOMPARE(rows.at(0).devices.at(0).vlanId, 7);
    QVERIFY(rows.at(1).devices.isEmpty());
}

namespace {
const QByteArray vendorHeader = "Name,Password,Display Name,Tenant,Device 1 Display Name,Device 1 MAC Address,"
                                "Device 1 IP Phone Model,Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,"
                                "Device 1 VLAN Priority\r\n";

QString joined(const QVector<UserCsvProblem>& list)
{
    QStringList out;
    for (const UserCsvProblem& p : list) {
        out << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    }
    return out.join(u'\n');
}
} // namespace

void TestAdminLogic::usersCsvVendorPasswordsAreNotPasswords()
{
    const QByteArray csv = vendorHeader
        + "ann,&sh&=Zm9vYmFyYmF6cXV4MTIz,Ann,Paris,Ann desk,00908F0D0001,Audiocodes_430HD,English,,0,0\r\n"
          "ben,Real-pw-1,Ben,Paris,Ben desk,00908F0D0002,Audiocodes_430HD,English,,0,0\r\n";
    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    QVector<UserCsvProblem> warnings;
    QVERIFY2(UserCsv::read(csv, &rows, &problems, &warnings), qPrintable(joined(problems)));
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).password.isEmpty());
    QVERIFY(rows.at(0).vendorPassword);
    QCOMPARE(rows.at(1).password, QStringLiteral("Real-pw-1"));
    QVERIFY(!rows.at(1).vendorPassword);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().line, 2);
    QCOMPARE(warnings.first().message, QStringLiteral("password is the vendor's obfuscated form: set a new one"));
    // Written back, the file holds no trace of it.
    QVERIFY(!UserCsv::write(rows).contains("&sh&"));
}

void TestAdminLogic::usersCsvMacOnTwoLinesGoesToTheLater()
{
    const QByteArray csv = vendorHeader
        + "ann,,Ann,Paris,Desk,00908F0D0001,Audiocodes_430HD,,,0,0\r\n"
          "ben,,Ben,Paris,Desk,00908F0D0002,Audiocodes_430HD,,,0,0\r\n"
          "cy,,Cy,Paris,Moved here,00:90:8f:0d:00:01,Audiocodes_440HD,,,0,0\r\n";
    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    QVector<UserCsvProblem> warnings;
    QVERIFY2(UserCsv::read(csv, &rows, &problems, &warnings), qPrintable(joined(problems)));
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(0).devices.isEmpty()); // ann lost the phone
    QCOMPARE(rows.at(1).devices.size(), 1);
    QCOMPARE(rows.at(2).devices.size(), 1);
    QCOMPARE(rows.at(2).devices.first().mac.toString(), QStringLiteral("00908F0D0001"));
    QCOMPARE(rows.at(2).devices.first().model, QStringLiteral("440HD"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().line, 4);
    QCOMPARE(warnings.first().message,
             QStringLiteral("MAC 00908F0D0001 is also on line 2 (user 'ann'): the phone goes "
                            "to this line's user 'cy'"));
    // Twice on one line is no move: it is refused.
    QVERIFY(!UserCsv::read("Name,Device 1 MAC Address,Device 1 IP Phone Model,Device 2 MAC Address,Device 2 IP Phone "
                           "Model\nann,00908F0D0001,430HD,00908F0D0001,430HD\n",
                           &rows, &problems, &warnings));
    QVERIFY2(joined(problems).contains(QLatin1String("2: device 2: MAC 00908F0D0001 is also device 1 of this line")),
             qPrintable(joined(problems)));
}

void TestAdminLogic::usersCsvSeparatorsFromTheHeader()
{
    QByteArray semicolons =
        vendorHeader + "ann;pw;\"Moreau; Ann\";Paris;Desk;00908F0D0001;Audiocodes_430HD;French;;0;0\r\n";
    semicolons.replace(',', ';');
    QByteArray tabs =
        vendorHeader + "ann\tpw\tAnn, Moreau\tParis\tDesk\t00908F0D0001\tAudiocodes_430HD\tFrench\t\t0\t0\n";
    tabs.replace(',', '\t');
    tabs.replace("Ann\t Moreau", "Ann, Moreau"); // a comma inside a cell stays a comma
    for (const QByteArray& csv : {semicolons, tabs}) {
        QVector<UserCsvRow> rows;
        QVector<UserCsvProblem> problems;
        QVERIFY2(UserCsv::read(csv, &rows, &problems), qPrintable(joined(problems)));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().region, QStringLiteral("Paris"));
        QCOMPARE(rows.first().devices.size(), 1);
        QCOMPARE(rows.first().devices.first().language, QStringLiteral("French"));
    }
    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    QVERIFY(UserCsv::read(semicolons, &rows, &problems));
    QCOMPARE(rows.first().displayName, QStringLiteral("Moreau; Ann"));
    QVERIFY(UserCsv::read(tabs, &rows, &problems));
    QCOMPARE(rows.first().displayName, QStringLiteral("Ann, Moreau"));
    QCOMPARE(CsvReader::detectSeparator(u"a;b,c;d"), QChar(u';'));
    QCOMPARE(CsvReader::detectSeparator(u"\"a;b;c\",d"), QChar(u','));
    QCOMPARE(CsvReader::detectSeparator(u"single"), QChar(u','));
    // Blank lines before the header do not decide (the parser skips them too); a line holding a
    // tab is not blank, it is the header.
    QCOMPARE(CsvReader::detectSeparator(u"\r\n  \r\na;b"), QChar(u';'));
    QCOMPARE(CsvReader::detectSeparator(u"\r\n\t\r\na;b"), QChar(u'\t'));
    // What the writer puts out reads back with the same cells whatever separator they hold.
    QVector<CsvRecord> records;
    QString error;
    QVERIFY(CsvReader::parse(CsvWriter::table({QStringLiteral("a\tb"), QStringLiteral("c;d")}, {}), &records, &error));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().fields, QStringList({QStringLiteral("a\tb"), QStringLiteral("c;d")}));
}

void TestAdminLogic::usersCsvModelsAndLanguagesFromThePhonesLists()
{
    const QByteArray csv = vendorHeader
        + "ann,,Ann,Paris,Desk,00908F0D0001,Audiocodes_999HD,English,,0,0\r\n"
          "ben,,Ben,Paris,Desk,00908F0D0002,,English,,0,0\r\n"
          "cy,,Cy,Paris,Desk,00908F0D0003,Audiocodes_430HD,Klingon,,0,0\r\n"
          "dee,,Dee,Paris,Desk,00908F0D0004,audiocodes_c450hd,french,,0,0\r\n"
          "eve,,Eve,Paris,,,,,,,\r\n";
    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    QVERIFY(!UserCsv::read(csv, &rows, &problems));
    const QString all = joined(problems);
    QCOMPARE(problems.size(), 3);
    QVERIFY2(all.contains(QLatin1String("2: device 1: 'Audiocodes_999HD' is not a phone model; give one of "
                                        "Audiocodes_405, Audiocodes_405HD, Audiocodes_420HD")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("3: device 1: no IP Phone Model for MAC 00908F0D0002; give one of "
                                        "Audiocodes_405")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("4: device 1: 'Klingon' is not a language of the phones; give one of English")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("French")) && all.contains(QLatin1String("Hebrew")), qPrintable(all));
    QCOMPARE(rows.size(), 2); // dee and eve
    QCOMPARE(rows.at(0).devices.first().model, QStringLiteral("C450HD"));
    QCOMPARE(rows.at(0).devices.first().language, QStringLiteral("French")); // the phones' spelling
    QVERIFY(rows.at(1).devices.isEmpty());
}

void TestAdminLogic::usersCsvModelNamesRoundTripExactly()
{
    const QByteArray csv = vendorHeader
        + "ann,,Ann,Paris,Desk,00908F0D0001,Audiocodes_420HD_LYNC,English,,0,0\r\n"
          "ben,,Ben,Paris,Desk,00908F0D0002,Audiocodes_430HD_TEAMS,English,,0,0\r\n"
          "cy,,Cy,Paris,Desk,00908F0D0003,430HD,English,,0,0\r\n";
    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    QVERIFY2(UserCsv::read(csv, &rows, &problems), qPrintable(joined(problems)));
    QCOMPARE(rows.at(0).devices.first().model, QStringLiteral("420HD"));
    QVERIFY(rows.at(0).devices.first().teams);
    const QString written = QString::fromUtf8(UserCsv::write(rows));
    QVERIFY2(written.contains(QLatin1String(",Audiocodes_420HD_LYNC,")), qPrintable(written));
    QVERIFY(written.contains(QLatin1String(",Audiocodes_430HD_TEAMS,")));
    QVERIFY(written.contains(QLatin1String(",Audiocodes_430HD,"))); // not a vendor spelling: the vendor's
    // A spelling that no longer names the device's model is not written back.
    Device moved = rows.at(0).devices.first();
    moved.model = QStringLiteral("440HD");
    QCOMPARE(UserCsv::exportModelName(moved), QStringLiteral("Audiocodes_440HD_TEAMS"));
}

void TestAdminLogic::usersCsvNeutralisesFormulas()
{
    for (const QString& cell : {QStringLiteral("=1+1"), QStringLiteral("+33 1 23"), QStringLiteral("-2"),
                                QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx")}) {
        QCOMPARE(UserCsv::neutralise(cell), u'\'' + cell);
        QCOMPARE(UserCsv::restore(UserCsv::neutralise(cell)), cell);
    }
    QCOMPARE(UserCsv::neutralise(QStringLiteral("alice")), QStringLiteral("alice"));
    QCOMPARE(UserCsv::restore(QStringLiteral("'quoted")), QStringLiteral("'quoted")); // not one we added
    UserCsvRow r;
    r.name = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
    r.displayName = QStringLiteral("@cmd");
    const QByteArray file = UserCsv::write({r});
    QVERIFY2(file.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""), file.constData());
    QVERIFY(file.contains(",'@cmd,"));
    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    QVERIFY(UserCsv::read(file, &rows, &problems));
    QCOMPARE(rows.first().name, r.name);
    QCOMPARE(rows.first().displayName, r.displayName);
}

void TestAdminLogic::accessScopes()
{
    Admin regional;
    regional.role = AdminRole::Regional;
    regional.regionLevels.insert(3, AccessLevel::Operator);
    regional.regionLevels.insert(1, AccessLevel::Monitoring);
    regional.regionLevels.insert(2, AccessLevel::NotVisible);
    const RegionScope scope = AccessPolicy::visibleRegions(regional);
    QVERIFY(!scope.all);
    QCOMPARE(scope.regions, (QVector<qint64> {1, 3}));
    QVERIFY(scope.contains(3));
    QVERIFY(!scope.contains(2));
    QVERIFY(!AccessPolicy::canSee(regional, 0));              // a phone without a region: system administrators'
    QVERIFY(AccessPolicy::canSeeRegionOrShared(regional, 0)); // a system-wide template: everyone's
    QVERIFY(!AccessPolicy::canModifyRegionOrShared(regional, 0));
    QVERIFY(AccessPolicy::canModifyRegionOrShared(regional, 3));
    QVERIFY(AccessPolicy::canWriteAnywhere(regional));
    Admin watcher;
    watcher.role = AdminRole::Regional;
    watcher.regionLevels.insert(1, AccessLevel::Monitoring);
    QVERIFY(!AccessPolicy::canWriteAnywhere(watcher));
    Admin administrator;
    administrator.role = AdminRole::Administrator;
    Admin super;
    super.role = AdminRole::SuperAdministrator;
    QVERIFY(AccessPolicy::visibleRegions(administrator).all);
    QVERIFY(AccessPolicy::canManageAdmin(administrator, regional));
    QVERIFY(!AccessPolicy::canManageAdmin(administrator, super));
    QVERIFY(AccessPolicy::canManageAdmin(super, super));
    QVERIFY(!AccessPolicy::canManageAdmin(regional, watcher));
}

QTEST_GUILESS_MAIN(TestAdminLogic)
#include "tst_adminlogic.moc"
