#include "accesspolicy.h"
#include "alarm.h"
#include "device.h"
#include "macaddress.h"
#include "phonemodels.h"
#include "placeholder.h"
#include "useragent.h"

#include <QtTest>

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void macForms_data();
    void macForms();
    void macRejects_data();
    void macRejects();
    void userAgents();
    void models();
    void sipStatus();
    void alarmSeverity();
    void placeholderNames();
    void accessPolicy();
};

void TestDomain::macForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("plain") << "00908F1A2B01";
    QTest::newRow("lower") << "00908f1a2b01";
    QTest::newRow("colons") << "00:90:8F:1A:2B:01";
    QTest::newRow("dashes") << "00-90-8f-1a-2b-01";
    QTest::newRow("cisco dots") << "0090.8f1a.2b01";
    QTest::newRow("blanks around") << "  00908F1A2B01\t";
}

void TestDomain::macForms()
{
    QFETCH(QString, input);
    const MacAddress mac = MacAddress::fromString(input);
    QCOMPARE(mac.toString(), QStringLiteral("00908F1A2B01"));
    QCOMPARE(mac.toColonString(), QStringLiteral("00:90:8F:1A:2B:01"));
}

void TestDomain::macRejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("short") << "00908F1A2B0";
    QTest::newRow("long") << "00908F1A2B011";
    QTest::newRow("not hex") << "00908F1A2B0G";
    QTest::newRow("mixed separators") << "00:90-8F:1A:2B:01";
    QTest::newRow("irregular groups") << "009:08F:1A2:B01";
    QTest::newRow("unicode digits") << QString::fromUtf8("٠٠908F1A2B01");
}

void TestDomain::macRejects()
{
    QFETCH(QString, input);
    QVERIFY(MacAddress::fromString(input).isNull());
    QVERIFY(!MacAddress::isValid(input));
}

void TestDomain::userAgents()
{
    const UserAgent a = UserAgent::parse(QStringLiteral("AUDC-IPPhone/3.4.3.1 (430HD; 00908F4867AF)"));
    QVERIFY(a.isPhone);
    QCOMPARE(a.model, QStringLiteral("430HD"));
    QCOMPARE(a.firmwareVersion, QStringLiteral("3.4.3.1"));
    QCOMPARE(a.mac.toString(), QStringLiteral("00908F4867AF"));

    const UserAgent b = UserAgent::parse(QStringLiteral("AUDC-IPPhone-430HD_UC_2.0.7.70/1.0.0000.0"));
    QVERIFY(b.isPhone);
    QCOMPARE(b.model, QStringLiteral("430HD"));
    QCOMPARE(b.firmwareVersion, QStringLiteral("2.0.7.70"));
    QVERIFY(b.mac.isNull());

    const UserAgent c = UserAgent::parse(QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)"));
    QVERIFY(!c.isPhone);
    QVERIFY(c.model.isEmpty());
}

void TestDomain::models()
{
    QCOMPARE(PhoneModels::normalise(QStringLiteral("Audiocodes_430HD")), QStringLiteral("430HD"));
    QCOMPARE(PhoneModels::normalise(QStringLiteral("audiocodes_c450hd")), QStringLiteral("C450HD"));
    QCOMPARE(PhoneModels::normalise(QStringLiteral(" 405 ")), QStringLiteral("405"));
    QCOMPARE(PhoneModels::normalise(QStringLiteral("999HD")), QStringLiteral("999HD"));
    QVERIFY(PhoneModels::isKnown(QStringLiteral("RX50")));
    QVERIFY(!PhoneModels::isKnown(QStringLiteral("999HD")));
}

void TestDomain::sipStatus()
{
    QCOMPARE(sipStatusFromString(QStringLiteral("Registered")), SipStatus::Registered);
    QCOMPARE(sipStatusFromString(QStringLiteral("unregistered")), SipStatus::Unregistered);
    QCOMPARE(sipStatusFromString(QStringLiteral("garbage")), SipStatus::Unknown);
    QCOMPARE(sipStatusToString(SipStatus::Offline), QStringLiteral("offline"));
}

void TestDomain::alarmSeverity()
{
    AlarmSeverity s = AlarmSeverity::Indeterminate;
    QVERIFY(alarmSeverityFromString(QStringLiteral("5"), &s));
    QCOMPARE(s, AlarmSeverity::Critical);
    QVERIFY(alarmSeverityFromString(QStringLiteral("major"), &s));
    QCOMPARE(s, AlarmSeverity::Major);
    QVERIFY(!alarmSeverityFromString(QStringLiteral("6"), &s));
    QVERIFY(!alarmSeverityFromString(QStringLiteral("-1"), &s));
    QCOMPARE(s, AlarmSeverity::Major); // untouched on failure
}

void TestDomain::placeholderNames()
{
    QVERIFY(Placeholder::isValidName(QStringLiteral("Line1AuthName")));
    QVERIFY(Placeholder::isValidName(QStringLiteral("P_voip_line_0_id")));
    QVERIFY(!Placeholder::isValidName(QStringLiteral("")));
    QVERIFY(!Placeholder::isValidName(QStringLiteral("1abc")));
    QVERIFY(!Placeholder::isValidName(QStringLiteral("has space")));
    QVERIFY(!Placeholder::isValidName(QStringLiteral("pct%")));
    QVERIFY(!Placeholder::isValidName(QString::fromUtf8("é")));
}

void TestDomain::accessPolicy()
{
    Admin regional;
    regional.role = AdminRole::Regional;
    regional.regionLevels.insert(1, AccessLevel::Operator);
    regional.regionLevels.insert(2, AccessLevel::Monitoring);
    QVERIFY(AccessPolicy::canModify(regional, 1));
    QVERIFY(AccessPolicy::canSee(regional, 2));
    QVERIFY(!AccessPolicy::canModify(regional, 2));
    QVERIFY(!AccessPolicy::canSee(regional, 3)); // absent: not visible
    QVERIFY(!AccessPolicy::canAdministerSystem(regional));

    Admin admin;
    admin.role = AdminRole::Administrator;
    QVERIFY(AccessPolicy::canModify(admin, 3));
    QVERIFY(AccessPolicy::canAdministerSystem(admin));
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
