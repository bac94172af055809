// The generator's steps (server/generationsteps.h), each on its own: resolving the levels,
// choosing a template, the fingerprint, the file's name and the overrides.
#include "generationsteps.h"

#include <QtTest>

using namespace GenerationSteps;

namespace {
Placeholder placeholder(PlaceholderLevel level, qint64 owner, const QString& name, const QString& value,
                        qint64 revision)
{
    Placeholder p;
    p.level = level;
    p.ownerId = owner;
    p.name = name;
    p.value = value;
    p.revision = revision;
    return p;
}

PhoneTemplate stored(qint64 id, qint64 region, const QString& model, bool isDefault = false)
{
    PhoneTemplate t;
    t.id = id;
    t.revision = 1;
    t.name = QStringLiteral("t%1").arg(id);
    t.regionId = region;
    t.model = model;
    t.isDefault = isDefault;
    t.deviceFile.name = QStringLiteral("%ITCS_mac%.cfg");
    t.deviceFile.data = QStringLiteral("voip/line/0/id=%ITCS_Line1Id%\n");
    return t;
}

Device device(qint64 id, qint64 region, const QString& model)
{
    Device d;
    d.id = id;
    d.revision = 1;
    d.regionId = region;
    d.model = model;
    d.mac = MacAddress::fromString(QStringLiteral("00908F%1").arg(id, 6, 10, QLatin1Char('0')));
    return d;
}
} // namespace

class TestGenerationSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelsGoWhereTheyBelong();
    void templateChoiceAndItsStability();
    void fingerprintFollowsEveryInput();
    void fileNamesNameThePhone();
    void credentialsComeLast();
};

void TestGenerationSteps::levelsGoWhereTheyBelong()
{
    OverwriteValue regional;
    regional.level = PlaceholderLevel::Region;
    regional.ownerId = 4;
    regional.key = QStringLiteral("a/b");
    regional.value = QStringLiteral("1");
    regional.revision = 30;
    const Levels levels = resolveLevels({placeholder(PlaceholderLevel::System, 0, "NTP", "pool", 5),
                                         placeholder(PlaceholderLevel::Region, 4, "NTP", "ntp.paris", 9),
                                         placeholder(PlaceholderLevel::Region, 4, "Tz", "CET", 12),
                                         placeholder(PlaceholderLevel::Device, 7, "NTP", "10.0.0.1", 3),
                                         placeholder(PlaceholderLevel::Template, 2, "Sr", "1", 1)},
                                        {regional});
    QCOMPARE(levels.system.values.value(QStringLiteral("NTP")), QStringLiteral("pool"));
    QCOMPARE(levels.byRegion.value(4).values.size(), 2);
    QCOMPARE(levels.byRegion.value(4).signature.text(), QByteArray("12/2"));
    QCOMPARE(levels.deviceValues(7).values.value(QStringLiteral("NTP")), QStringLiteral("10.0.0.1"));
    QVERIFY(levels.deviceValues(8).values.isEmpty());
    QCOMPARE(levels.byTemplate.value(2).values.value(QStringLiteral("Sr")), QStringLiteral("1"));
    QCOMPARE(levels.regionOverrides.value(4).size(), 1);
    QCOMPARE(levels.regionOverrideSignatures.value(4).text(), QByteArray("30/1"));
    QVERIFY(levels.deviceOverrides.isEmpty());
}

void TestGenerationSteps::templateChoiceAndItsStability()
{
    QVector<PhoneTemplate> templates = {stored(1, 0, "430HD"), stored(2, 5, "430HD", true), stored(3, 5, "430HD")};
    // Many templates in use at once: what the chooser gave stays where it is (renderers hold on
    // to it) however many more it prepares.
    for (int i = 0; i < 300; ++i) {
        templates.append(stored(100 + i, 1000 + i, "440HD", true));
    }
    TemplateChooser chooser(templates);
    const Prepared* regional = chooser.forDevice(device(1, 5, "430HD"));
    QVERIFY(regional);
    QCOMPARE(regional->templ.id, 2); // the region's default
    const QByteArray firstIdentity = regional->identity;
    const CompiledTemplate* compiled = &regional->deviceFile;
    QCOMPARE(chooser.forDevice(device(2, 77, "430HD"))->templ.id, 1); // no template in region 77: the system's
    // No template of the model anywhere, and no region default: the shipped one.
    const Prepared* shipped = chooser.forDevice(device(3, 77, "450HD"));
    QVERIFY(shipped);
    QCOMPARE(shipped->templ.id, 0);
    QVERIFY(shipped->identity.startsWith("shipped:450HD:"));
    QVERIFY(!chooser.forDevice(device(4, 77, "NoSuchPhone")));
    QCOMPARE(chooser.forDevice(device(5, 5, "450HD"))->templ.id, 2); // a region's default serves every model
    for (int i = 0; i < 300; ++i) {
        QCOMPARE(chooser.forDevice(device(10 + i, 1000 + i, "440HD"))->templ.id, 100 + i);
    }
    QCOMPARE(chooser.forDevice(device(1, 5, "430HD")), regional);
    QCOMPARE(&regional->deviceFile, compiled);
    QCOMPARE(regional->identity, firstIdentity);
    QCOMPARE(chooser.chosen().size(), 303); // the 430HD ones, the shipped 450HD, and 300
}

void TestGenerationSteps::fingerprintFollowsEveryInput()
{
    TemplateChooser chooser({stored(1, 0, "430HD")});
    Device d = device(7, 0, "430HD");
    const Prepared* p = chooser.forDevice(d);
    const Levels none = resolveLevels({}, {});
    const QByteArray context = contextDigest(ServerContext());
    const QByteArray prefix = regionalPrefix(*p, none, 0, context);
    User u;
    u.id = 3;
    u.revision = 4;
    const QByteArray base = fingerprint(prefix, d, none, &u);
    QCOMPARE(base.size(), 64); // SHA-256, through core/crypto/digest.h
    QCOMPARE(fingerprint(prefix, d, none, &u), base);
    QSet<QByteArray> seen {base};
    const auto differs = [&](const QByteArray& print) {
        const bool fresh = !seen.contains(print);
        seen.insert(print);
        return fresh;
    };
    Device changed = d;
    changed.revision = 2;
    QVERIFY(differs(fingerprint(prefix, changed, none, &u)));
    User edited = u;
    edited.revision = 5;
    QVERIFY(differs(fingerprint(prefix, d, none, &edited)));
    QVERIFY(differs(fingerprint(prefix, d, none, nullptr)));
    const Levels own = resolveLevels({placeholder(PlaceholderLevel::Device, 7, "NTP", "x", 11)}, {});
    QVERIFY(differs(fingerprint(prefix, d, own, &u)));
    const Levels system = resolveLevels({placeholder(PlaceholderLevel::System, 0, "NTP", "x", 12)}, {});
    QVERIFY(differs(fingerprint(regionalPrefix(*p, system, 0, context), d, none, &u)));
    ServerContext other;
    other.serverAddress = QStringLiteral("pbx.example.com");
    QVERIFY(differs(fingerprint(regionalPrefix(*p, none, 0, contextDigest(other)), d, none, &u)));
}

void TestGenerationSteps::fileNamesNameThePhone()
{
    PhoneTemplate custom = stored(1, 0, "430HD");
    custom.deviceFile.name = QStringLiteral("phone-%ITCS_mac%.cfg");
    PhoneTemplate shared = stored(2, 0, "440HD");
    shared.deviceFile.name = QStringLiteral("everyone.cfg");
    PhoneTemplate unsafe = stored(3, 0, "445HD");
    unsafe.deviceFile.name = QStringLiteral("../%ITCS_mac%.cfg");
    TemplateChooser chooser({stored(4, 0, "420HD"), custom, shared, unsafe});
    QString name;
    QString problem;
    QVERIFY(deviceFileName(*chooser.forDevice(device(1, 0, "420HD")), device(1, 0, "420HD"), &name, &problem));
    QCOMPARE(name, QStringLiteral("00908F000001.cfg"));
    QVERIFY(deviceFileName(*chooser.forDevice(device(2, 0, "430HD")), device(2, 0, "430HD"), &name, &problem));
    QCOMPARE(name, QStringLiteral("phone-00908F000002.cfg"));
    QVERIFY(!deviceFileName(*chooser.forDevice(device(3, 0, "440HD")), device(3, 0, "440HD"), &name, &problem));
    QVERIFY2(problem.contains(QLatin1String("does not hold %ITCS_mac%")), qPrintable(problem));
    QVERIFY(!deviceFileName(*chooser.forDevice(device(4, 0, "445HD")), device(4, 0, "445HD"), &name, &problem));
    QVERIFY2(problem.contains(QLatin1String("not usable")), qPrintable(problem));
}

void TestGenerationSteps::credentialsComeLast()
{
    OverwriteValue sneaky;
    sneaky.level = PlaceholderLevel::Device;
    sneaky.ownerId = 7;
    sneaky.key = QStringLiteral("ems_server/user_password");
    sneaky.value = QStringLiteral("chosen-by-someone");
    OverwriteValue vlan;
    vlan.level = PlaceholderLevel::Region;
    vlan.ownerId = 5;
    vlan.key = QStringLiteral("network/lan/vlan/mode");
    vlan.value = QStringLiteral("MANUAL");
    const Levels levels = resolveLevels({}, {sneaky, vlan});
    Device d = device(7, 5, "430HD");
    d.provisioningUser = d.mac.toString();
    d.provisioningSecret = QStringLiteral("0123456789abcdef0123456789abcdef");
    QByteArray content("network/lan/vlan/mode=DISABLE\nems_server/user_password=old\n");
    QString error;
    QVERIFY2(applyOverrides(&content, levels, d, &error), qPrintable(error));
    QVERIFY2(content.contains("network/lan/vlan/mode=MANUAL"), content.constData());
    QVERIFY2(content.contains("ems_server/user_password=0123456789abcdef0123456789abcdef"), content.constData());
    QVERIFY(!content.contains("chosen-by-someone"));
    QVERIFY(content.contains("ems_server/user_name=00908F000007"));
}

QTEST_GUILESS_MAIN(TestGenerationSteps)
#include "tst_generationsteps.moc"
