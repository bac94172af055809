// The management pages of part 2, second half, against a real phonefleetd, offscreen: Manage
// Multiple Users and Devices, Templates, Placeholders, the sites of a region (Regions, the Site
// level of Placeholders, a phone's site), Configuration Files, System Settings, the CSV import
// wizard (with bad lines) and Export CSV. Each page's main operations go through its
// dialogs and are checked on the server; a Monitoring administrator reads them all and changes
// nothing.
#include "actionoptionsdialog.h"
#include "cfgeditor.h"
#include "configfilespage.h"
#include "consoletranslations.h"
#include "csvexport.h"
#include "managedevicespage.h"
#include "managementpagestest.h"
#include "manageuserspage.h"
#include "placeholderspage.h"
#include "recorddialog.h"
#include "regionspage.h"
#include "serverprocess.h"
#include "settingspage.h"
#include "statusicons.h"
#include "templatedialog.h"
#include "templatespage.h"
#include "userimportwizard.h"
#include "userspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace ManagementTest {
QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void pressOk(QDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}
} // namespace ManagementTest

using namespace ManagementTest;

qint64 TestManagementPages::addDevice(const char* mac, const char* model, qint64 region, qint64 user)
{
    const ApiClient::Reply r = m_admin.post("/api/v1/devices",
                                            {{QStringLiteral("mac"), QString::fromLatin1(mac)},
                                             {QStringLiteral("model"), QString::fromLatin1(model)},
                                             {QStringLiteral("regionId"), region},
                                             {QStringLiteral("userId"), user}});
    return r.status == 201 ? r.id() : 0;
}

void TestManagementPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ConsoleTranslations::install(QCoreApplication::instance(),
                                 QStringLiteral("en")); // the English plurals, as the console has them
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.startIn(m_dir.path(), adminPassword, &error), qPrintable(error));
    m_admin = ApiClient(m_server.http, QHostAddress::LocalHost);
    QCOMPARE(m_admin.login(QStringLiteral("admin"), adminPassword).status, 200);
    m_paris = m_admin.post("/api/v1/regions", {{QStringLiteral("name"), QStringLiteral("Paris")}}).id();
    m_lyon = m_admin.post("/api/v1/regions", {{QStringLiteral("name"), QStringLiteral("Lyon")}}).id();
    QVERIFY(m_paris > 0 && m_lyon > 0);
    ApiClient::Reply r =
        m_admin.post("/api/v1/admins",
                     {{QStringLiteral("name"), QStringLiteral("monitor")},
                      {QStringLiteral("role"), QStringLiteral("regional")},
                      {QStringLiteral("regionLevels"),
                       QJsonArray {QJsonObject {{QStringLiteral("regionId"), m_paris},
                                                {QStringLiteral("level"), QStringLiteral("monitoring")}}}},
                      {QStringLiteral("password"), monitorPassword}});
    QVERIFY2(r.status == 201, r.text());
    const auto user = [this](const char* name, qint64 region) {
        return m_admin
            .post("/api/v1/users",
                  {{QStringLiteral("name"), QString::fromLatin1(name)}, {QStringLiteral("regionId"), region}})
            .id();
    };
    m_alice = user("alice", m_paris);
    m_bob = user("bob", m_paris);
    m_carl = user("carl", m_lyon);
    m_devices = {addDevice("00908F0B0001", "430HD", m_paris, m_alice),
                 addDevice("00908F0B0002", "440HD", m_paris, m_bob),
                 addDevice("00908F0B0003", "430HD", m_lyon, m_carl)};
    QVERIFY(!m_devices.contains(0));
    // Jobs go from one phone to the next at once here (the pause between installs is its own test).
    const QJsonValue revision = m_admin.get("/api/v1/settings").json.value(QStringLiteral("revision"));
    QCOMPARE(m_admin
                 .put("/api/v1/settings",
                      {{QStringLiteral("settings"),
                        QJsonObject {{QStringLiteral("install_delay_seconds"), QStringLiteral("0")}}},
                       {QStringLiteral("revision"), revision}})
                 .status,
             200);
}

void TestManagementPages::manageMultipleUsers()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    ManageUsersPage page(session.get());
    page.resize(1100, 600);
    page.show();
    QVERIFY(load(&page));
    QCOMPARE(page.model()->rowCount(), 3);
    // The region first: Paris's users only.
    page.regionFilter()->setCurrentIndex(page.regionFilter()->findData(m_paris));
    QVERIFY(load(&page));
    QCOMPARE(page.model()->rowCount(), 2);
    selectIds(&page, {m_alice, m_bob});
    QVERIFY(page.setRegionAction()->text().contains(QLatin1String("2")));
    QVERIFY(page.restartAction()->isEnabled()); // they have phones

    // Reset passwords, one for both: too short first (OK disabled), then a job on the users.
    QSignalSpy jobs(&page, &ConsolePage::jobStarted);
    page.resetPasswordsAction()->trigger();
    QDialog* reset = openDialog<QDialog>(&page);
    QVERIFY(reset);
    reset->findChild<QRadioButton*>(QStringLiteral("same"))->setChecked(true);
    reset->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("short"));
    QVERIFY(!reset->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    reset->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("Shared-secret-9"));
    pressOk(reset);
    QVERIFY(jobs.wait(10000));
    const QJsonObject resetJob = jobs.takeFirst().at(0).toJsonObject();
    QCOMPARE(resetJob.value(QStringLiteral("action")).toString(), QStringLiteral("reset-passwords"));
    QVERIFY(waitFor([&] { return row("users", m_alice).value(QStringLiteral("hasPassword")).toBool(); }, 10000));
    // The whole job, not just Alice's line: the move below must meet rows the job changed since the
    // list was loaded (one stale read, retried once), not a job still changing them under it.
    const QByteArray resetJobPath =
        "/api/v1/jobs/" + QByteArray::number(resetJob.value(QStringLiteral("id")).toInteger());
    QVERIFY(waitFor(
        [&] {
            return m_admin.get(resetJobPath).json.value(QStringLiteral("state")).toString() == QLatin1String("done");
        },
        20000));

    // Restart their phones: the job's targets are the users' phones.
    page.restartAction()->trigger();
    auto* options = openDialog<ActionOptionsDialog>(&page);
    QVERIFY(options);
    options->accept();
    QVERIFY(jobs.wait(10000));
    const qint64 restart = static_cast<qint64>(jobs.takeFirst().at(0).toJsonObject().value("id").toDouble());
    const QJsonArray targets = m_admin.get("/api/v1/jobs/" + QByteArray::number(restart) + "/targets").items();
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("00908F0B0001"));

    // Set their region: both move to Lyon (though the password job changed their rows since the
    // list was loaded).
    selectIds(&page, {m_alice, m_bob});
    page.setRegionAction()->trigger();
    QDialog* move = openDialog<QDialog>(&page);
    QVERIFY(move);
    auto* region = move->findChild<QComboBox*>(QStringLiteral("region"));
    region->setCurrentIndex(region->findData(m_lyon));
    pressOk(move);
    QVERIFY(waitFor([&] { return CollectionModel::idOf(row("users", m_bob), "regionId") == m_lyon; }, 10000));
    QCOMPARE(CollectionModel::idOf(row("users", m_alice), "regionId"), m_lyon);
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowCount() == 0; }, 10000)); // none left in Paris

    // Delete a user without phones.
    const qint64 dora =
        m_admin
            .post("/api/v1/users",
                  {{QStringLiteral("name"), QStringLiteral("dora")}, {QStringLiteral("regionId"), m_paris}})
            .id();
    QVERIFY(load(&page));
    selectIds(&page, {dora});
    QVERIFY(!page.restartAction()->isEnabled()); // no phone to restart
    page.deleteAction()->trigger();
    QVERIFY(confirmDestructive(&page));
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/users/" + QByteArray::number(dora)).status == 404; }, 10000));
}

void TestManagementPages::manageMultipleDevices()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    ManageDevicesPage page(session.get());
    page.resize(1100, 600);
    page.show();
    QVERIFY(load(&page));
    QCOMPARE(page.model()->rowCount(), 3);
    page.regionFilter()->setCurrentIndex(page.regionFilter()->findData(m_lyon));
    QVERIFY(load(&page));
    QCOMPARE(page.model()->rowCount(), 1);
    page.regionFilter()->setCurrentIndex(0);
    page.searchBox()->setText(QStringLiteral("0B000")); // all three, through the server's search
    QVERIFY(load(&page));
    QCOMPARE(page.model()->rowCount(), 3);

    // Change the language of two phones; View Usage counts the listed phones' languages first.
    selectIds(&page, {m_devices.at(0), m_devices.at(1)});
    page.changeLanguageAction()->trigger();
    QDialog* language = openDialog<QDialog>(&page);
    QVERIFY(language);
    language->findChild<QPushButton*>(QStringLiteral("viewUsage"))->click();
    auto* usage = language->findChild<QTableWidget*>(QStringLiteral("usage"));
    QVERIFY(usage->isVisible());
    QCOMPARE(usage->rowCount(), 1);
    QCOMPARE(usage->item(0, 1)->text(), QStringLiteral("3"));
    language->findChild<QComboBox*>(QStringLiteral("language"))->setCurrentText(QStringLiteral("French"));
    pressOk(language);
    QVERIFY(waitFor(
        [&] { return row("devices", m_devices.at(1)).value(QStringLiteral("language")).toString() == "French"; },
        15000));
    QCOMPARE(row("devices", m_devices.at(0)).value(QStringLiteral("language")).toString(), QStringLiteral("French"));
    QVERIFY(row("devices", m_devices.at(2)).value(QStringLiteral("language")).toString().isEmpty());

    // Change the phone type of one; the usage of types shows both models in the list.
    QVERIFY(load(&page));
    QCOMPARE(page.usage(QStringLiteral("language")).size(), 2); // French twice, none once
    selectIds(&page, {m_devices.at(2)});
    page.changeModelAction()->trigger();
    QDialog* type = openDialog<QDialog>(&page);
    QVERIFY(type);
    type->findChild<QPushButton*>(QStringLiteral("viewUsage"))->click();
    QCOMPARE(type->findChild<QTableWidget*>(QStringLiteral("usage"))->rowCount(), 2); // 430HD twice, 440HD once
    type->findChild<QComboBox*>(QStringLiteral("model"))->setCurrentText(QStringLiteral("445HD"));
    pressOk(type);
    QVERIFY(waitFor(
        [&] { return row("devices", m_devices.at(2)).value(QStringLiteral("model")).toString() == "445HD"; }, 15000));

    // Delete it: confirmed in the options dialog.
    QVERIFY(waitFor([&] { return !page.isLoading(); }, 5000));
    selectIds(&page, {m_devices.at(2)});
    page.deleteAction()->trigger();
    auto* confirm = openDialog<ActionOptionsDialog>(&page);
    QVERIFY(confirm);
    confirm->accept();
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/devices/" + QByteArray::number(m_devices.at(2))).status == 404; },
                    15000));
}

void TestManagementPages::templatesAddEditCloneRestoreExportImportGenerateDelete()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    TemplatesPage page(session.get());
    page.resize(1100, 600);
    page.show();
    QVERIFY(load(&page));
    QCOMPARE(page.model()->rowCount(), 0);
    // The empty table says what phones get now, and offers the first step.
    QVERIFY(page.emptyLabel()->isVisible());
    QVERIFY2(page.emptyLabel()->text().contains(QLatin1String("shipped default"))
                 && page.emptyLabel()->text().contains(QLatin1String("<a href")),
             qPrintable(page.emptyLabel()->text()));

    // Add (the empty table's link): from the shipped 430HD default; a device file name without
    // %ITCS_mac% is refused.
    Q_EMIT page.emptyLabel()->linkActivated(QStringLiteral("add"));
    auto* add = openDialog<TemplateDialog>(&page);
    QVERIFY(add);
    QVERIFY(add->globalText()->toPlainText().contains(QLatin1String("%ITCS_Primary_NTP%")));
    add->nameEdit()->setText(QStringLiteral("Paris 430HD"));
    auto* region = add->findChild<QComboBox*>(QStringLiteral("region"));
    region->setCurrentIndex(region->findData(m_paris));
    add->findChild<QLineEdit*>(QStringLiteral("deviceName"))->setText(QStringLiteral("phone.cfg"));
    add->accept();
    QVERIFY(add->problemLabel()->text().contains(QLatin1String("%ITCS_mac%")));
    add->findChild<QLineEdit*>(QStringLiteral("deviceName"))->setText(QStringLiteral("%ITCS_mac%.cfg"));
    add->globalText()->appendPlainText(QStringLiteral("system/test/marker=1"));
    add->accept();
    qint64 id = 0;
    QVERIFY(waitFor([&] { return (id = idNamed(m_admin, "templates", QStringLiteral("Paris 430HD"))) > 0; }, 10000));
    QVERIFY(waitFor([&] { return page.model()->rowCount() == 1 && !page.emptyLabel()->isVisible(); }, 10000));
    QJsonObject stored = row("templates", id);
    QCOMPARE(CollectionModel::idOf(stored, "regionId"), m_paris);
    QVERIFY(stored.value("globalFile").toObject().value("data").toString().contains(QLatin1String("marker=1")));

    // Edit: the files are read when the template opens.
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowOf(id) >= 0; }, 10000));
    selectId(&page, id);
    page.editAction()->trigger();
    auto* edit = openDialog<TemplateDialog>(&page);
    QVERIFY(edit);
    QVERIFY(edit->globalText()->toPlainText().contains(QLatin1String("marker=1")));
    edit->deviceText()->appendPlainText(QStringLiteral("personal_settings/edited=1"));
    edit->accept();
    QVERIFY(waitFor(
        [&] {
            return row("templates", id).value("deviceFile").toObject().value("data").toString().contains("edited=1");
        },
        10000));

    // Clone under another name.
    QVERIFY(waitFor([&] { return !page.isLoading(); }, 5000));
    selectId(&page, id);
    page.cloneAction()->trigger();
    auto* clone = openDialog<RecordDialog>(&page);
    QVERIFY(clone);
    clone->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Paris 430HD copy"));
    clone->accept();
    qint64 copy = 0;
    QVERIFY(
        waitFor([&] { return (copy = idNamed(m_admin, "templates", QStringLiteral("Paris 430HD copy"))) > 0; }, 10000));

    // Restore to default: the marker is gone.
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowOf(id) >= 0; }, 10000));
    selectId(&page, id);
    QVERIFY(page.restoreAction()->isEnabled());
    page.restoreAction()->trigger();
    QVERIFY(confirmDestructive(&page));
    QVERIFY(waitFor(
        [&] {
            return !row("templates", id).value("globalFile").toObject().value("data").toString().contains("marker");
        },
        10000));

    // Export as the vendor's XML, then import that file into Lyon.
    QVERIFY(waitFor([&] { return !page.isLoading(); }, 5000));
    selectId(&page, id);
    QSignalSpy transfers(&page, &TemplatesPage::transferFinished);
    const QString xml = m_dir.filePath(QStringLiteral("paris.xml"));
    page.exportCurrentTo(xml);
    QVERIFY(transfers.wait(10000));
    QVERIFY(transfers.takeFirst().at(0).toBool());
    QVERIFY(fileBytes(xml).contains("Paris 430HD"));
    page.importFile(xml, m_lyon);
    QVERIFY(transfers.wait(10000));
    QVERIFY(transfers.takeFirst().at(0).toBool());
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/templates?region=" + QByteArray::number(m_lyon)).total() == 1; },
                    10000));
    // The template takes the file's name, and the vendor's .cfg template files import the same;
    // a plain cfg file is refused with a readable message before anything is sent.
    QCOMPARE(m_admin.get("/api/v1/templates?region=" + QByteArray::number(m_lyon))
                 .items()
                 .first()
                 .toObject()
                 .value("name")
                 .toString(),
             QStringLiteral("paris"));
    const QString vendorFile = m_dir.filePath(QStringLiteral("Lyon_430HD_Vendor.cfg"));
    QVERIFY(QFile::copy(xml, vendorFile));
    page.importFile(vendorFile, m_lyon);
    QVERIFY(transfers.wait(10000));
    QVERIFY(transfers.takeFirst().at(0).toBool());
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/templates?region=" + QByteArray::number(m_lyon)).total() == 2; },
                    10000));
    QStringList lyonNames;
    for (const QJsonValue& v : m_admin.get("/api/v1/templates?region=" + QByteArray::number(m_lyon)).items()) {
        lyonNames << v.toObject().value("name").toString();
    }
    QVERIFY2(lyonNames.contains(QStringLiteral("Lyon_430HD_Vendor")), qPrintable(lyonNames.join(u',')));
    const QString plainCfg = m_dir.filePath(QStringLiteral("plain.cfg"));
    {
        QFile f(plainCfg);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("system/ntp/enabled=1\n") > 0);
    }
    QSignalSpy messages(&page, &ConsolePage::message);
    page.importFile(plainCfg, m_lyon);
    QVERIFY(transfers.wait(10000));
    QVERIFY(!transfers.takeFirst().at(0).toBool());
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.last().at(1).toString().contains(QStringLiteral("not a template in the vendor's XML")));

    // Generate: a job for the phones of its model in its region (one 430HD in Paris).
    QVERIFY(waitFor([&] { return !page.isLoading(); }, 5000));
    selectId(&page, id);
    QSignalSpy jobs(&page, &ConsolePage::jobStarted);
    page.generateAction()->trigger();
    QVERIFY(jobs.wait(10000));
    const qint64 job = static_cast<qint64>(jobs.takeFirst().at(0).toJsonObject().value("id").toDouble());
    QCOMPARE(m_admin.get("/api/v1/jobs/" + QByteArray::number(job) + "/targets").items().size(), 1);

    // Delete the copy.
    selectId(&page, copy);
    page.deleteAction()->trigger();
    QVERIFY(confirmDestructive(&page));
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/templates/" + QByteArray::number(copy)).status == 404; }, 10000));
}

void TestManagementPages::placeholdersAtEveryLevel()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    PlaceholdersPage page(session.get());
    page.resize(1100, 600);
    page.show();
    QVERIFY(load(&page));
    const auto addValue = [&](const QString& name, const QString& value) -> bool {
        page.addValueAction()->trigger();
        auto* dialog = openDialog<RecordDialog>(&page);
        if (!dialog) {
            return false;
        }
        dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(name);
        dialog->findChild<QLineEdit*>(QStringLiteral("value"))->setText(value);
        dialog->accept();
        return true;
    };

    // System: a bad name is refused in the dialog; then a good one.
    QVERIFY(addValue(QStringLiteral("Primary NTP"), QStringLiteral("x")));
    auto* refused = openDialog<RecordDialog>(&page);
    QVERIFY(refused && refused->problemLabel()->isVisible());
    refused->reject();
    QVERIFY(waitFor([&] { return page.findChildren<RecordDialog*>().isEmpty(); }, 5000));
    QVERIFY(addValue(QStringLiteral("Primary_NTP"), QStringLiteral("ntp.example.com")));
    QVERIFY(
        waitFor([&] { return m_admin.get("/api/v1/placeholders?level=system&q=Primary_NTP").total() == 1; }, 10000));

    // Region: Paris's own value.
    page.setLevel(PlaceholdersPage::Level::Region);
    page.ownerBox()->setCurrentIndex(page.ownerBox()->findData(m_paris));
    QVERIFY(load(&page));
    QVERIFY(addValue(QStringLiteral("Language"), QStringLiteral("French")));
    QVERIFY(waitFor(
        [&] {
            return m_admin.get("/api/v1/placeholders?level=region&owner=" + QByteArray::number(m_paris)).total() == 1;
        },
        10000));

    // Device overwrite value: the phone found by its MAC, a cfg key set for it alone.
    page.setLevel(PlaceholdersPage::Level::DeviceOverwrite);
    QSignalSpy owner(&page, &PlaceholdersPage::ownerReady);
    page.showDevice(QStringLiteral("00:90:8f:0b:00:01"));
    QVERIFY(owner.wait(10000));
    QCOMPARE(page.ownerId(), m_devices.at(0));
    QVERIFY(load(&page));
    QVERIFY(addValue(QStringLiteral("voip/line/0/enabled"), QStringLiteral("0")));
    const QByteArray overwrites = "/api/v1/overwrites?level=device&owner=" + QByteArray::number(m_devices.at(0));
    QVERIFY(waitFor([&] { return m_admin.get(overwrites).total() == 1; }, 10000));
    QCOMPARE(m_admin.get(overwrites).items().first().toObject().value("key").toString(),
             QStringLiteral("voip/line/0/enabled"));

    // Edit it, then delete it.
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowCount() == 1; }, 10000));
    page.table()->selectRow(0);
    page.editAction()->trigger();
    auto* edit = openDialog<RecordDialog>(&page);
    QVERIFY(edit);
    edit->findChild<QLineEdit*>(QStringLiteral("value"))->setText(QStringLiteral("1"));
    edit->accept();
    QVERIFY(waitFor([&] { return m_admin.get(overwrites).items().first().toObject().value("value") == "1"; }, 10000));
    QVERIFY(waitFor([&] { return !page.isLoading(); }, 5000));
    page.table()->selectRow(0);
    page.deleteAction()->trigger();
    QVERIFY(confirmDestructive(&page));
    QVERIFY(waitFor([&] { return m_admin.get(overwrites).total() == 0; }, 10000));
}

void TestManagementPages::sitesOfARegion()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    // A phone of Paris of this test's own (the earlier tests moved and deleted theirs).
    const qint64 phone = m_admin
                             .post("/api/v1/devices",
                                   {{QStringLiteral("mac"), QStringLiteral("00908F0B0010")},
                                    {QStringLiteral("model"), QStringLiteral("430HD")},
                                    {QStringLiteral("regionId"), m_paris}})
                             .id();
    QVERIFY(phone > 0);
    const auto siteOfPhone = [&] { return CollectionModel::idOf(row("devices", phone), "siteId"); };

    // Regions: Paris's sites below the regions; a site added (a name is needed), then renamed.
    RegionsPage regions(session.get());
    regions.resize(1100, 700);
    regions.show();
    QVERIFY(load(&regions));
    QSignalSpy sitesLoaded(&regions, &RegionsPage::sitesLoaded);
    selectId(&regions, m_paris);
    QVERIFY(!sitesLoaded.isEmpty() || sitesLoaded.wait(10000));
    QCOMPARE(regions.sitesRegion(), m_paris);
    QCOMPARE(regions.sitesModel()->rowCount(), 0);
    QVERIFY(regions.addSiteAction()->isEnabled());
    QVERIFY(!regions.editSiteAction()->isEnabled()); // no site chosen
    regions.addSiteAction()->trigger();
    auto* add = openDialog<RecordDialog>(&regions);
    QVERIFY(add);
    add->accept();
    QVERIFY(add->problemLabel()->isVisible()); // nothing sent without a name
    add->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Opera"));
    add->findChild<QLineEdit*>(QStringLiteral("description"))->setText(QStringLiteral("9th arrondissement"));
    add->accept();
    qint64 site = 0;
    QVERIFY(waitFor([&] { return (site = idNamed(m_admin, "sites", QStringLiteral("Opera"))) > 0; }, 10000));
    QCOMPARE(CollectionModel::idOf(row("sites", site), "regionId"), m_paris);
    QVERIFY(waitFor([&] { return regions.sitesModel()->rowOf(site) >= 0; }, 10000));
    regions.sitesTable()->selectRow(regions.sitesModel()->rowOf(site));
    QVERIFY(regions.editSiteAction()->isEnabled());
    regions.editSiteAction()->trigger();
    auto* edit = openDialog<RecordDialog>(&regions);
    QVERIFY(edit);
    QCOMPARE(edit->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("Opera"));
    edit->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Opera Garnier"));
    edit->accept();
    QVERIFY(
        waitFor([&] { return row("sites", site).value(QStringLiteral("name")).toString() == "Opera Garnier"; }, 10000));
    QCOMPARE(row("sites", site).value(QStringLiteral("description")).toString(), QStringLiteral("9th arrondissement"));
    QVERIFY(waitFor(
        [&] {
            const int at = regions.sitesModel()->rowOf(site);
            return at >= 0
                && regions.sitesModel()->item(at).value(QStringLiteral("name")).toString() == "Opera Garnier";
        },
        10000));

    // Placeholders: the Site level lists the sites as "Site (Region)"; a value of the site.
    PlaceholdersPage placeholders(session.get());
    placeholders.resize(1100, 600);
    placeholders.show();
    placeholders.setLevel(PlaceholdersPage::Level::Site);
    QVERIFY(waitFor([&] { return placeholders.ownerBox()->findData(site) >= 0; }, 10000));
    const int owner = placeholders.ownerBox()->findData(site);
    QCOMPARE(placeholders.ownerBox()->itemText(owner), QStringLiteral("Opera Garnier (Paris)"));
    placeholders.ownerBox()->setCurrentIndex(owner);
    QVERIFY(load(&placeholders));
    QCOMPARE(placeholders.ownerId(), site);
    QVERIFY(placeholders.addValueAction()->isEnabled());
    placeholders.addValueAction()->trigger();
    auto* value = openDialog<RecordDialog>(&placeholders);
    QVERIFY(value);
    value->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Site_Floor"));
    value->findChild<QLineEdit*>(QStringLiteral("value"))->setText(QStringLiteral("3"));
    value->accept();
    const QByteArray siteValues = "/api/v1/placeholders?level=site&owner=" + QByteArray::number(site);
    QVERIFY(waitFor([&] { return m_admin.get(siteValues).total() == 1; }, 10000));
    const QJsonObject stored = m_admin.get(siteValues).items().first().toObject();
    QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("Site_Floor"));
    QCOMPARE(stored.value(QStringLiteral("value")).toString(), QStringLiteral("3"));
    QVERIFY(waitFor([&] { return !placeholders.isLoading() && placeholders.model()->rowCount() == 1; }, 10000));

    // Manage Multiple Devices: the Paris phone put at the site (or none), which its Site column shows.
    ManageDevicesPage devices(session.get());
    devices.resize(1100, 600);
    devices.show();
    devices.regionFilter()->setCurrentIndex(devices.regionFilter()->findData(m_paris));
    QVERIFY(load(&devices));
    QVERIFY(devices.model()->rowOf(phone) >= 0);
    selectIds(&devices, {phone});
    QVERIFY(devices.changeSiteAction()->isEnabled());
    devices.changeSiteAction()->trigger();
    QDialog* move = openDialog<QDialog>(&devices);
    QVERIFY(move);
    auto* choice = move->findChild<QComboBox*>(QStringLiteral("site"));
    QVERIFY(choice);
    QVERIFY(waitFor([&] { return choice->isEnabled() && choice->findData(site) >= 0; }, 10000));
    QVERIFY(choice->itemData(0).toLongLong() == 0); // "No site" first
    choice->setCurrentIndex(choice->findData(site));
    pressOk(move);
    QVERIFY(waitFor([&] { return siteOfPhone() == site; }, 10000));
    int siteColumn = -1;
    for (int c = 0; c < devices.model()->columnCount(); ++c) {
        if (devices.model()->headerData(c, Qt::Horizontal).toString() == QLatin1String("Site")) {
            siteColumn = c;
        }
    }
    QVERIFY(siteColumn >= 0);
    QVERIFY(waitFor(
        [&] {
            const int at = devices.model()->rowOf(phone);
            return !devices.isLoading() && at >= 0
                && devices.model()->index(at, siteColumn).data().toString() == QLatin1String("Opera Garnier");
        },
        10000));

    // Removed on the Regions page, once confirmed: its value goes and the phone is at no site.
    QVERIFY(waitFor([&] { return regions.sitesModel()->rowOf(site) >= 0; }, 5000));
    regions.sitesTable()->selectRow(regions.sitesModel()->rowOf(site));
    QVERIFY(regions.removeSiteAction()->isEnabled());
    regions.removeSiteAction()->trigger();
    QVERIFY(confirmDestructive(&regions));
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/sites/" + QByteArray::number(site)).status == 404; }, 10000));
    QVERIFY(siteOfPhone() == 0);
    QVERIFY(row("devices", phone).value(QStringLiteral("siteId")).isNull());
    QVERIFY(m_admin.get(siteValues).total() == 0);
    QVERIFY(waitFor([&] { return regions.sitesModel()->rowOf(site) < 0; }, 10000));

    // The phone goes: the later tests count Paris's phones and users as they were.
    const ApiClient::Reply removed = m_admin.del("/api/v1/devices/" + QByteArray::number(phone),
                                                 row("devices", phone).value(QStringLiteral("revision")).toInteger());
    QVERIFY2(removed.status >= 200 && removed.status < 300, removed.text());
}

QTEST_MAIN(TestManagementPages)
