#include "subnetlist.h"
#include "trustedproxypolicy.h"

#include <QtTest>

// Which --trusted-proxy blocks may stand beside the subnets phones fetch from uncredentialed.
class TestTrustedProxies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocksOverlap_data();
    void blocksOverlap();
    void mappedBlocksAreIPv4();
    void review();
};

void TestTrustedProxies::blocksOverlap_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("inside") << "10.0.0.0/16"
                            << "10.0.5.0/24" << true;
    QTest::newRow("inside, other order") << "10.0.5.0/24"
                                         << "10.0.0.0/16" << true;
    QTest::newRow("address in block") << "10.0.5.7"
                                      << "10.0.5.0/24" << true;
    QTest::newRow("host bits written") << "10.0.5.9/16"
                                       << "10.0.200.0/24" << true;
    QTest::newRow("neighbours") << "10.0.4.0/24"
                                << "10.0.5.0/24" << false;
    QTest::newRow("same address") << "192.168.1.1"
                                  << "192.168.1.1" << true;
    QTest::newRow("other address") << "192.168.1.1"
                                   << "192.168.1.2" << false;
    QTest::newRow("v6") << "2001:db8::/32"
                        << "2001:db8:5::/48" << true;
    QTest::newRow("v6 apart") << "2001:db8::/32"
                              << "2001:db9::/32" << false;
    QTest::newRow("v4 and v6") << "10.0.0.0/8"
                               << "2001:db8::/32" << false;
    QTest::newRow("mapped and v4") << "::ffff:10.0.5.7"
                                   << "10.0.0.0/16" << true;
    // Only ::ffff:0:0/96 stands for IPv4 (Qt also gives 0.0.0.0 for "::").
    QTest::newRow(":: is not IPv4") << "::/96"
                                    << "10.0.0.0/8" << false;
    QTest::newRow("::/100 is not 0.0.0.0/4") << "::/100"
                                             << "10.0.0.0/8" << false;
    QTest::newRow("bare :: is not 0.0.0.0") << "::"
                                            << "0.0.0.0/8" << false;
}

void TestTrustedProxies::blocksOverlap()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlap);
    const SubnetList x = SubnetList::parse(a);
    const SubnetList y = SubnetList::parse(b);
    QCOMPARE(x.blocks().size(), 1);
    QCOMPARE(y.blocks().size(), 1);
    QCOMPARE(x.blocks().first().overlaps(y.blocks().first()), overlap);
}

void TestTrustedProxies::mappedBlocksAreIPv4()
{
    QStringList problems;
    const SubnetList list =
        SubnetList::parse(QStringLiteral("::ffff:10.1.0.0/112, ::ffff:10.2.0.9, fe80::/10"), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(list.blocks().size(), 3);
    QCOMPARE(list.blocks().at(0).toString(), QStringLiteral("10.1.0.0/16"));
    QCOMPARE(list.blocks().at(1).toString(), QStringLiteral("10.2.0.9"));
    QVERIFY(list.blocks().at(1).isOneAddress());
    QCOMPARE(list.blocks().at(2).toString(), QStringLiteral("fe80::/10"));
    QVERIFY(list.contains(QHostAddress(QStringLiteral("10.1.44.3"))));
    QVERIFY(list.contains(QHostAddress(QStringLiteral("::ffff:10.1.44.3"))));
    QVERIFY(!list.contains(QHostAddress(QStringLiteral("10.3.0.1"))));
    const SubnetList unspecified = SubnetList::parse(QStringLiteral("::/96"));
    QCOMPARE(unspecified.blocks().first().toString(), QStringLiteral("::/96"));
    QVERIFY(!unspecified.contains(QHostAddress(QStringLiteral("10.1.2.3"))));
    QVERIFY(!unspecified.contains(QHostAddress(QStringLiteral("::ffff:10.1.2.3"))));
    SubnetList::parse(QStringLiteral("10.0.0.0/33, phones, 10.0.0.1"), &problems);
    QCOMPARE(problems.size(), 2);
}

void TestTrustedProxies::review()
{
    const SubnetList trusted = SubnetList::parse(QStringLiteral("10.0.0.5, 172.16.0.0/29"));
    const TrustedProxyPolicy::Review clean = TrustedProxyPolicy::review(
        trusted, {{QStringLiteral("region 'A'"), QStringLiteral("10.20.0.0/16")}, {QStringLiteral("system"), {}}});
    QVERIFY(clean.refusals.isEmpty());
    QVERIFY(clean.warnings.isEmpty());

    const TrustedProxyPolicy::Review r =
        TrustedProxyPolicy::review(trusted,
                                   {{QStringLiteral("region 'A'"), QStringLiteral("10.0.0.0/24")},
                                    {QStringLiteral("region 'B'"), QStringLiteral("192.168.0.0/16, 172.16.0.4/30")},
                                    {QStringLiteral("region 'C'"), QStringLiteral("172.16.0.0/12")}});
    QCOMPARE(r.warnings.size(), 1); // the balancer's own address in A's subnet
    QVERIFY2(r.warnings.first().startsWith(QLatin1String("--trusted-proxy 10.0.0.5 is in region 'A'")),
             qPrintable(r.warnings.first()));
    QCOMPARE(r.refusals.size(), 2); // the block beside B's and inside C's
    QVERIFY2(r.refusals.at(0).contains(QLatin1String("172.16.0.0/29 shares addresses with region 'B''s provisioning "
                                                     "subnet 172.16.0.4/30")),
             qPrintable(r.refusals.at(0)));
    QVERIFY2(r.refusals.at(1).contains(QLatin1String("region 'C'")), qPrintable(r.refusals.at(1)));
    // Findings are logged: a region's name comes without line breaks.
    QCOMPARE(TrustedProxyPolicy::Subnets::ofRegion(QStringLiteral(" Ber\nlin\u2028x "), {}).owner,
             QStringLiteral("region 'Ber?lin?x'"));
}

QTEST_GUILESS_MAIN(TestTrustedProxies)
#include "tst_trustedproxies.moc"
