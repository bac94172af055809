// The bulk actions' pure logic: commands to phones (both ways), action options and pacing, and
// what a simulated phone takes from its cfg file.
#include "jobpace.h"
#include "phoneaction.h"
#include "phonecommand.h"
#include "randomsecret.h"
#include "regionquota.h"
#include "simphone.h"

#include <QJsonDocument>
#include <QtTest>

#include <climits>

class TestActionLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandsRoundTrip_data();
    void commandsRoundTrip();
    void commandsRefused();
    void actionOptions();
    void actionOptionsRefused_data();
    void actionOptionsRefused();
    void pacing();
    void regionQuota();
    void jobPace();
    void actionCommands();
    void sharedPasswordIsNotShown();
    void randomPasswords();
    void simPhoneReadsItsCfg();
    void simPhoneDoesACommandOnce();
};

void TestActionLogic::commandsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("reset graceful") << QByteArray(R"({"cmd":"reset","id":"j1-0","mode":"graceful"})");
    QTest::newRow("reset scheduled") << QByteArray(
        R"({"at":"2026-12-01T22:00:00Z","cmd":"reset","id":"j1-1","mode":"scheduled"})");
    QTest::newRow("message") << QByteArray(
        R"({"beep":false,"cmd":"send-message","id":"j2-0","seconds":30,"text":"Évacuation à 15 h"})");
    QTest::newRow("firmware") << QByteArray(
        R"({"cmd":"update-firmware","file":"430HD_3.5.0.7.img","id":"j3-0","version":"3.5.0.7"})");
    QTest::newRow("region") << QByteArray(R"({"cmd":"change-region","id":"j4-0","region":"Zürich"})");
    QTest::newRow("status") << QByteArray(R"({"cmd":"check-status","id":"j5-0"})");
    QTest::newRow("config") << QByteArray(R"({"cmd":"update-config","id":"j6-0"})");
}

void TestActionLogic::commandsRoundTrip()
{
    QFETCH(QByteArray, json);
    PhoneCommand c;
    QString error;
    QVERIFY2(PhoneCommand::parse(json, &c, &error), qPrintable(error));
    QCOMPARE(QJsonDocument::fromJson(c.toJson()), QJsonDocument::fromJson(json));
}

void TestActionLogic::commandsRefused()
{
    PhoneCommand c;
    QString error;
    QVERIFY(!PhoneCommand::parse("{}", &c, &error));
    QVERIFY(!PhoneCommand::parse(R"({"cmd":"selfdestruct"})", &c, &error));
    QVERIFY(!PhoneCommand::parse(R"({"cmd":"reset","mode":"hard"})", &c, &error));
    QVERIFY(!PhoneCommand::parse(R"({"cmd":"reset","mode":"scheduled"})", &c, &error));
    QVERIFY(error.contains(QLatin1String("at")));
    QVERIFY(!PhoneCommand::parse(R"({"cmd":"send-message","text":")" + QByteArray(600, 'x') + R"("})", &c, &error));
    QVERIFY(!PhoneCommand::parse(R"({"cmd":"update-firmware"})", &c, &error));
    QVERIFY(!PhoneCommand::parse("not json", &c, &error));
    // The vendor's own form, a bare command, is read too.
    QVERIFY(PhoneCommand::parse(R"({"cmd": "reset"})", &c, &error));
    QCOMPARE(c.resetMode, PhoneCommand::ResetMode::Graceful);
}

void TestActionLogic::actionOptions()
{
    PhoneAction a;
    QString error;
    QVERIFY(PhoneAction::fromJson(QStringLiteral("reset"), {{QStringLiteral("mode"), QStringLiteral("force")}}, &a,
                                  &error));
    QCOMPARE(a.kind, PhoneAction::Kind::Reset);
    QCOMPARE(a.resetMode, PhoneCommand::ResetMode::Force);
    QVERIFY(a.sendsCommand() && a.restartsPhones() && !a.changesServer());
    QVERIFY(PhoneAction::fromJson(QStringLiteral("send-message"),
                                  {{QStringLiteral("text"), QStringLiteral("hi")}, {QStringLiteral("seconds"), 5}}, &a,
                                  &error));
    QCOMPARE(a.seconds, 5);
    QVERIFY(a.beep);
    QVERIFY(!a.restartsPhones());
    QVERIFY(PhoneAction::fromJson(QStringLiteral("change-region"), {{QStringLiteral("regionId"), 4}}, &a, &error));
    QVERIFY(a.changesServer() && a.sendsCommand());
    QVERIFY(PhoneAction::fromJson(QStringLiteral("change-model"),
                                  {{QStringLiteral("model"), QStringLiteral("Audiocodes_440HD")}}, &a, &error));
    QCOMPARE(a.model, QStringLiteral("440HD"));
    QVERIFY(PhoneAction::fromJson(QStringLiteral("delete"), {}, &a, &error));
    QVERIFY(!a.sendsCommand() && a.changesServer());
    QVERIFY(PhoneAction::fromJson(QStringLiteral("reset-passwords"), {}, &a, &error));
    QVERIFY(a.targetsUsers());
    QCOMPARE(a.passwordMode, PhoneAction::PasswordMode::Random);
    QVERIFY(PhoneAction::fromJson(QStringLiteral("update-config"), {{QStringLiteral("regenerate"), true}}, &a, &error));
    QVERIFY(a.changesServer());
    QCOMPARE(a.describe(37), QStringLiteral("update-config 37 phone(s)"));
    QVERIFY(PhoneAction::fromJson(QStringLiteral("reset"), {}, &a, &error));
    QCOMPARE(a.describe(2), QStringLiteral("reset 2 phone(s) (graceful)"));
    // Options survive being stored with the job and read back.
    QVERIFY(PhoneAction::fromJson(QStringLiteral("reset"),
                                  {{QStringLiteral("mode"), QStringLiteral("scheduled")},
                                   {QStringLiteral("at"), QStringLiteral("2026-12-24T23:00:00Z")}},
                                  &a, &error));
    PhoneAction back;
    QVERIFY(PhoneAction::fromJson(QStringLiteral("reset"), a.optionsJson(), &back, &error));
    QCOMPARE(back.resetAt, a.resetAt);
    QCOMPARE(back.resetMode, PhoneCommand::ResetMode::Scheduled);
}

void TestActionLogic::actionOptionsRefused_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown action") << "launch" << QByteArray("{}") << "not an action";
    QTest::newRow("reset mode") << "reset" << QByteArray(R"({"mode":"hard"})") << "graceful, force or scheduled";
    QTest::newRow("scheduled without time") << "reset" << QByteArray(R"({"mode":"scheduled"})") << "'at'";
    QTest::newRow("empty message") << "send-message" << QByteArray(R"({"text":"  "})") << "'text'";
    QTest::newRow("message seconds") << "send-message" << QByteArray(R"({"text":"x","seconds":0})") << "'seconds'";
    QTest::newRow("no firmware") << "update-firmware" << QByteArray("{}") << "firmwareId";
    QTest::newRow("no region") << "change-region" << QByteArray("{}") << "regionId";
    QTest::newRow("no model") << "change-model" << QByteArray("{}") << "model";
    QTest::newRow("short shared password")
        << "reset-passwords" << QByteArray(R"({"mode":"same","password":"x"})") << "password";
    QTest::newRow("unknown option") << "check-status" << QByteArray(R"({"loud":true})") << "unknown field 'loud'";
    QTest::newRow("wrong type") << "update-config" << QByteArray(R"({"regenerate":"yes"})") << "true or false";
}

void TestActionLogic::actionOptionsRefused()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, options);
    QFETCH(QString, says);
    PhoneAction a;
    QString error;
    QVERIFY(!PhoneAction::fromJson(action, QJsonDocument::fromJson(options).object(), &a, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestActionLogic::jobPace()
{
    const QDateTime start(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    Job job;
    job.state = JobState::Running;
    job.startedAt = start;
    job.action = QStringLiteral("send-message");
    JobCounts c;
    c.total = 1000;
    c.byOutcome[static_cast<int>(TargetOutcome::Done)] = 250;
    c.byOutcome[static_cast<int>(TargetOutcome::Pending)] = 750;
    // 250 phones in 30 s: 500 a minute; the other 750 in 90 s more.
    JobPace p = JobPace::of(job, c, start.addSecs(30), start.addSecs(30));
    QCOMPARE(qRound(p.perMinute), 500);
    QCOMPARE(p.estimatedEnd, start.addSecs(120));
    QVERIFY(!p.nextBatch.isValid());

    // A batched restart between two batches: the next starts a pause after the last one ended.
    job.action = QStringLiteral("reset");
    job.pacing = QStringLiteral(R"({"batchSize":100,"batchPauseMs":60000})");
    c.byOutcome[static_cast<int>(TargetOutcome::Done)] = 200;
    c.byOutcome[static_cast<int>(TargetOutcome::Pending)] = 800;
    p = JobPace::of(job, c, start.addSecs(70), start.addSecs(80));
    QCOMPARE(p.nextBatch, start.addSecs(130));
    QCOMPARE(p.estimatedEnd, start.addSecs(130 + 7 * 60)); // 8 batches left: this one and 7 pauses
    // Within a batch: no next batch time; the batches left after it, a pause each.
    c.byOutcome[static_cast<int>(TargetOutcome::Done)] = 250;
    c.byOutcome[static_cast<int>(TargetOutcome::Pending)] = 750;
    p = JobPace::of(job, c, start.addSecs(80), start.addSecs(80));
    QVERIFY(!p.nextBatch.isValid());
    QCOMPARE(p.estimatedEnd, start.addSecs(80 + 7 * 60));

    // Timed on the console's clock from when it first saw the job: a server clock five minutes
    // ahead changes nothing (before, the rate came out in millions a minute).
    job.action = QStringLiteral("send-message");
    job.startedAt = start.addSecs(300);
    c.byOutcome[static_cast<int>(TargetOutcome::Done)] = 400;
    c.byOutcome[static_cast<int>(TargetOutcome::Pending)] = 600;
    p = JobPace::of(job, c, start.addSecs(60), start.addSecs(60), start.addSecs(30), 150);
    QCOMPARE(qRound(p.perMinute), 500); // 250 more in 30 s
    QCOMPARE(p.estimatedEnd, start.addSecs(60 + 72));
    QVERIFY(!JobPace::of(job, c, {}, start.addSecs(60)).estimatedEnd.isValid()); // server clock ahead: unknown

    // Over, or not started: nothing to say.
    job.state = JobState::Done;
    QVERIFY(!JobPace::of(job, c, start, start.addSecs(80)).estimatedEnd.isValid());
}

void TestActionLogic::pacing()
{
    PhoneAction reset;
    PhoneAction generate;
    QString error;
    QVERIFY(PhoneAction::fromJson(QStringLiteral("reset"), {}, &reset, &error));
    QVERIFY(PhoneAction::fromJson(QStringLiteral("generate"), {}, &generate, &error));
    PhoneAction message;
    QVERIFY(PhoneAction::fromJson(QStringLiteral("send-message"), {{QStringLiteral("text"), QStringLiteral("hi")}},
                                  &message, &error));
    // Restarts: batches of 100, a minute apart (10 000 phones in about 100 minutes); firmware,
    // which takes minutes to install, 25 five minutes apart.
    const ActionPacing p = reset.defaultPacing();
    QCOMPARE(p.batchSize, 100);
    QCOMPARE(p.batchPauseMs, 60000);
    PhoneAction firmware;
    firmware.kind = PhoneAction::Kind::UpdateFirmware;
    QCOMPARE(firmware.defaultPacing().batchSize, 25);
    QCOMPARE(firmware.defaultPacing().batchPauseMs, 300000);
    // Commands that restart nothing: no pause, 64 phones at once; server changes: one by one.
    QCOMPARE(message.defaultPacing().delayMs, 0);
    QCOMPARE(message.defaultPacing().concurrency, ActionPacing::commandConcurrency);
    QCOMPARE(generate.defaultPacing().delayMs, 0);
    QCOMPARE(generate.defaultPacing().concurrency, 1);
    // The server's delay between installs, when set, paces the commands, one phone at a time.
    QCOMPARE(message.defaultPacing(15000).delayMs, 15000);
    QCOMPARE(generate.defaultPacing(15000).delayMs, 0);
    // What the options dialog says before it starts: 10 000 phones.
    QCOMPARE(message.defaultPacing().estimatedSeconds(10000, false), 34);          // the work only (bench: 15-32 s)
    QCOMPARE(p.estimatedSeconds(10000, true), 33 + 99 * 60);                       // 100 batches, 99 pauses
    QCOMPARE(message.defaultPacing(2000).estimatedSeconds(2000, false), 4000 + 6); // the vendor's 2 s
    QCOMPARE(p.estimatedSeconds(0, true), 0);
    ActionPacing given;
    QVERIFY(reset.pacingFromJson({{QStringLiteral("batchSize"), 20}}, &given, &error));
    QCOMPARE(given.batchSize, 20);
    QCOMPARE(given.batchPauseMs, 60000);
    QVERIFY(!reset.pacingFromJson({{QStringLiteral("batchSize"), 0}}, &given, &error));
    QVERIFY(!reset.pacingFromJson({{QStringLiteral("speed"), 9}}, &given, &error));
    QVERIFY(error.contains(QLatin1String("pacing")));
    // No cap per region unless asked; 1 to 100 %.
    QCOMPARE(p.maxRegionPercent, 100);
    QVERIFY(reset.pacingFromJson({{QStringLiteral("maxRegionPercent"), 10}}, &given, &error));
    QCOMPARE(given.maxRegionPercent, 10);
    QCOMPARE(given.toJson().value(QStringLiteral("maxRegionPercent")).toInt(), 10);
    QVERIFY(!reset.pacingFromJson({{QStringLiteral("maxRegionPercent"), 0}}, &given, &error));
    QVERIFY(error.contains(QLatin1String("maxRegionPercent")));
    QVERIFY(!reset.pacingFromJson({{QStringLiteral("maxRegionPercent"), 101}}, &given, &error));
    PhoneAction scheduled = reset;
    scheduled.resetMode = PhoneCommand::ResetMode::Scheduled;
    QVERIFY(!scheduled.pacingFromJson({{QStringLiteral("maxRegionPercent"), 10}}, &given, &error));
    QVERIFY2(error.contains(QLatin1String("scheduled")), qPrintable(error));
    QVERIFY(scheduled.pacingFromJson({{QStringLiteral("batchSize"), 10}}, &given, &error));
    // An estimate that knows the batches (a region cap) counts their pauses.
    QCOMPARE(p.estimatedSeconds(1000, true, 10), 3 + 9 * 60);
}

void TestActionLogic::regionQuota()
{
    const QHash<qint64, qint64> sizes {{1, 1000}, {2, 8}, {3, 95}};
    const RegionQuota none;
    QVERIFY(!none.limits());
    QCOMPARE(none.capOf(1), INT_MAX);
    const RegionQuota all(100, sizes);
    QVERIFY(!all.limits());

    const RegionQuota tenth(10, sizes);
    QVERIFY(tenth.limits());
    QCOMPARE(tenth.capOf(1), 100);     // 10 % of 1 000
    QCOMPARE(tenth.capOf(3), 9);       // rounded down: never more than the share
    QCOMPARE(tenth.capOf(2), 1);       // 0.8 phones: still one, or the region would never restart
    QCOMPARE(tenth.capOf(9), 1);       // a region the counts missed: one at a time
    QCOMPARE(tenth.capOf(0), INT_MAX); // phones waiting for approval have no region to protect

    // Planning: the lowest positions first, no region past its cap, at most the batch size.
    // Positions 0-11: region 3 (cap 9) holds 0-9, region 2 (cap 1) 10 and 11; then 12-14 have no region.
    QVector<QPair<int, qint64>> pending;
    for (int i = 0; i < 10; ++i) {
        pending.append({i, 3});
    }
    pending.append({10, 2});
    pending.append({11, 2});
    for (int i = 12; i < 15; ++i) {
        pending.append({i, 0});
    }
    RegionBatchPlanner planner(tenth, pending);
    QCOMPARE(planner.left(), 15);
    QCOMPARE(planner.nextBatch(12), (QVector<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13}));
    QCOMPARE(planner.nextBatch(12), (QVector<int> {9, 11, 14}));
    QVERIFY(planner.isEmpty());
    QVERIFY(planner.nextBatch(12).isEmpty());
    // A small batch size wins over the caps; a batch of 0 still takes one.
    RegionBatchPlanner small(tenth, pending);
    QCOMPARE(small.nextBatch(2), (QVector<int> {0, 1}));
    QCOMPARE(small.nextBatch(0), (QVector<int> {2}));
    // No cap: the job's order, batch by batch.
    RegionBatchPlanner open(none, pending);
    QCOMPARE(open.nextBatch(5), (QVector<int> {0, 1, 2, 3, 4}));

    // Batches needed: the batch size or the slowest region, whichever needs more.
    QCOMPARE(tenth.batchesFor({{1, 1000}}, 100), 10);
    QCOMPARE(tenth.batchesFor({{1, 1000}}, 50), 20);
    QCOMPARE(tenth.batchesFor({{1, 300}, {2, 8}}, 100), 8); // region 2: one phone a batch
    QCOMPARE(tenth.batchesFor({{0, 250}}, 100), 3);
    QCOMPARE(tenth.batchesFor({}, 100), 0);
    QCOMPARE(none.batchesFor({{2, 8}}, 100), 1);
    // Out of range: clamped to 1..100.
    QCOMPARE(RegionQuota(0, sizes).percent(), 1);
    QCOMPARE(RegionQuota(250, sizes).percent(), 100);
}

void TestActionLogic::actionCommands()
{
    PhoneAction a;
    QString error;
    QVERIFY(PhoneAction::fromJson(QStringLiteral("change-region"), {{QStringLiteral("regionId"), 2}}, &a, &error));
    PhoneCommand c = a.command(QStringLiteral("j9-3"), QStringLiteral("Lyon"), {}, {});
    QCOMPARE(c.kind, PhoneCommand::Kind::ChangeRegion);
    QCOMPARE(c.region, QStringLiteral("Lyon"));
    QCOMPARE(c.id, QStringLiteral("j9-3"));
    QVERIFY(PhoneAction::fromJson(QStringLiteral("change-language"),
                                  {{QStringLiteral("language"), QStringLiteral("German")}}, &a, &error));
    QCOMPARE(a.command({}, {}, {}, {}).kind, PhoneCommand::Kind::UpdateConfig); // the phone fetches its new file
    QVERIFY(PhoneAction::fromJson(QStringLiteral("update-firmware"), {{QStringLiteral("firmwareId"), 7}}, &a, &error));
    c = a.command(QStringLiteral("j1-0"), {}, QStringLiteral("430HD_3.5.img"), QStringLiteral("3.5"));
    QCOMPARE(c.firmwareFile, QStringLiteral("430HD_3.5.img"));
    QCOMPARE(c.firmwareVersion, QStringLiteral("3.5"));
}

void TestActionLogic::sharedPasswordIsNotShown()
{
    PhoneAction a;
    QString error;
    QVERIFY(PhoneAction::fromJson(
        QStringLiteral("reset-passwords"),
        {{QStringLiteral("mode"), QStringLiteral("same")}, {QStringLiteral("password"), QStringLiteral("s3cret!")}}, &a,
        &error));
    QCOMPARE(a.password, QStringLiteral("s3cret!"));
    QVERIFY(!QJsonDocument(a.optionsJson()).toJson().contains("s3cret"));
}

void TestActionLogic::randomPasswords()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString p = RandomSecret::password(12);
        QCOMPARE(p.size(), 12);
        for (const QChar c : p) {
            QVERIFY(c.isLetterOrNumber());
            QVERIFY(c != u'0' && c != u'O' && c != u'l' && c != u'1' && c != u'I');
        }
        seen.insert(p);
    }
    QCOMPARE(seen.size(), 200);
}

void TestActionLogic::simPhoneReadsItsCfg()
{
    SimPhone p;
    const QByteArray cfg = "include Audiocodes_430HD_global.cfg\r\n"
                           "provisioning/configuration/url=https://pf.example.net:8443/configfiles/\r\n"
                           "ems_server/keep_alive_period=300\r\n"
                           "ems_server/user_name=00908F1A2B01\r\n"
                           "ems_server/user_password=0123456789abcdef0123456789abcdef\r\n"
                           "voip/line/0/auth_name=alice.moreau\r\n"
                           "include https://pf.example.net/configfiles/extra.cfg\r\n";
    const QStringList includes = p.applyConfig(cfg);
    QCOMPARE(includes,
             (QStringList {QStringLiteral("Audiocodes_430HD_global.cfg"),
                           QStringLiteral("https://pf.example.net/configfiles/extra.cfg")}));
    QCOMPARE(p.keepAliveSeconds, 300);
    QCOMPARE(p.emsUser, QStringLiteral("00908F1A2B01"));
    QCOMPARE(p.emsSecret.size(), 32);
    QCOMPARE(p.lineUser, QStringLiteral("alice.moreau"));
    QCOMPARE(p.configPath, QStringLiteral("/configfiles/"));
    QVERIFY(p.hasConfig);
    // An included file may set what the first did not, and an empty value changes nothing.
    p.applyConfig("provisioning/random_provisioning_time=120\nems_server/keep_alive_period=\n");
    QCOMPARE(p.randomProvisioningSeconds, 120);
    QCOMPARE(p.keepAliveSeconds, 300);
}

void TestActionLogic::simPhoneDoesACommandOnce()
{
    SimPhone p;
    QVERIFY(!p.alreadyDone(QStringLiteral("j1-0")));
    QVERIFY(p.alreadyDone(QStringLiteral("j1-0")));
    QVERIFY(!p.alreadyDone(QString())); // commands without an id are always done
    QVERIFY(!p.alreadyDone(QString()));
    for (int i = 0; i < 40; ++i) {
        p.alreadyDone(QStringLiteral("x%1").arg(i));
    }
    QVERIFY(p.seenIds.size() <= 16); // bounded
    p.mac = MacAddress::fromString(QStringLiteral("00908F000001"));
    p.model = QStringLiteral("430HD");
    p.firmwareVersion = QStringLiteral("3.4.2.1");
    p.lcdText = QStringLiteral("<script>alert(1)</script>");
    p.lcdUntilMs = 10000;
    const QByteArray page = p.page(0);
    QVERIFY(!page.contains("<script>"));
    QVERIFY(page.contains("&lt;script&gt;"));
    QCOMPARE(p.userAgent(), QByteArray("AUDC-IPPhone/3.4.2.1 (430HD; 00908F000001)"));
    QCOMPARE(p.toJson(20000).value(QStringLiteral("lcdText")).toString(), QString()); // the message has gone
    QCOMPARE(p.toJson(20000).value(QStringLiteral("lastMessage")).toString(), p.lcdText);
}

QTEST_GUILESS_MAIN(TestActionLogic)
#include "tst_actionlogic.moc"
