// The management pages' second half, continued: Configuration Files, System Settings, the CSV
// import wizard, the import of the vendor's export, Export CSV and the Monitoring administrator
// (tst_managementpages.cpp has the fixture and the first pages).
#include "actionoptionsdialog.h"
#include "cfgeditor.h"
#include "configfilespage.h"
#include "csvexport.h"
#include "managedevicespage.h"
#include "managementpagestest.h"
#include "manageuserspage.h"
#include "option160panel.h"
#include "placeholderspage.h"
#include "recorddialog.h"
#include "serverprocess.h"
#include "settingspage.h"
#include "statusicons.h"
#include "templatedialog.h"
#include "templatespage.h"
#include "userimportwizard.h"
#include "userspage.h"
#include "vendorimportwizard.h"
#include "ziparchive.h"

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

using namespace ManagementTest;

void TestManagementPages::configurationFilesAndDelayBetweenInstalls()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    ConfigFilesPage page(session.get());
    page.resize(1100, 600);
    page.show();
    page.sessionStarted();
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowCount() > 0; }, 10000)); // generated files
    QSignalSpy transfers(&page, &ConfigFilesPage::transferFinished);

    // A name phones could not fetch is refused before anything is sent.
    const QString bad = m_dir.filePath(QStringLiteral("bad name.cfg"));
    QVERIFY(writeFile(bad, "a=1\n"));
    page.uploadFile(bad);
    QVERIFY(!transfers.isEmpty() || transfers.wait(5000));
    QVERIFY(!transfers.takeFirst().at(0).toBool());
    const QString good = m_dir.filePath(QStringLiteral("site_common.cfg"));
    const QByteArray content = "system/ntp/primary_server_address=ntp.example.com\n";
    QVERIFY(writeFile(good, content));
    page.uploadFile(good);
    QVERIFY(transfers.wait(10000));
    QVERIFY(transfers.takeFirst().at(0).toBool());
    qint64 id = 0;
    QVERIFY(waitFor([&] { return (id = idNamed(m_admin, "configfiles", "site_common.cfg", "fileName")) > 0; }, 5000));

    // The filter by name, then open and download it.
    page.searchBox()->setText(QStringLiteral("site_"));
    QVERIFY(load(&page));
    QCOMPARE(page.model()->rowCount(), 1);
    page.table()->selectRow(0);
    page.openAction()->trigger();
    QVERIFY(transfers.wait(10000));
    auto* text = openDialog<QPlainTextEdit>(&page);
    QVERIFY(text);
    QCOMPARE(text->toPlainText().toUtf8(), content);
    text->window()->close();
    const QString saved = m_dir.filePath(QStringLiteral("downloaded.cfg"));
    page.downloadCurrentTo(saved);
    QVERIFY(transfers.wait(10000));
    QCOMPARE(fileBytes(saved), content);

    // The delay between installs is a server setting the next jobs use.
    QVERIFY(page.delayBox()->isEnabled());
    page.delayBox()->setValue(7);
    page.applyDelay();
    QVERIFY(transfers.wait(10000));
    QVERIFY(transfers.takeFirst().at(0).toBool());
    QCOMPARE(
        m_admin.get("/api/v1/settings").json.value("settings").toObject().value("install_delay_seconds").toString(),
        QStringLiteral("7"));
    page.delayBox()->setValue(0);
    page.applyDelay();
    QVERIFY(transfers.wait(10000));

    // Delete the uploaded file.
    page.table()->selectRow(0);
    page.deleteAction()->trigger();
    QVERIFY(confirmDestructive(&page));
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/configfiles/" + QByteArray::number(id)).status == 404; }, 10000));
}

void TestManagementPages::systemSettingsCheckedSavedAndOption160()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    SettingsPage page(session.get());
    page.resize(1100, 800);
    page.show();
    QSignalSpy loaded(&page, &SettingsPage::loaded);
    page.load();
    QVERIFY(loaded.wait(10000));
    const auto line = [&](const char* key) { return qobject_cast<QLineEdit*>(page.editor(QLatin1String(key))); };
    // No FQDN set: the URLs say what the server tells phones now (this host's name, HTTPS port).
    const QJsonObject before = m_admin.get("/api/v1/settings").json;
    QCOMPARE(before.value("phoneScheme").toString(), QStringLiteral("https"));
    QVERIFY(!before.value("phoneAddress").toString().isEmpty());
    QCOMPARE(page.option160()->urlTable()->item(0, 1)->text(),
             "https://" + before.value("phoneAddress").toString() + "/firmwarefiles;ipp/dhcpoption160.cfg");

    // A bad FQDN: the problem is said, nothing is sent.
    line("server_address")->setText(QStringLiteral("pbx example com"));
    QVERIFY(page.problem().contains(QLatin1String("not a host name")));
    QVERIFY(page.saveAction()->isEnabled());
    page.save();
    QTest::qWait(300);
    QVERIFY(
        m_admin.get("/api/v1/settings").json.value("settings").toObject().value("server_address").toString().isEmpty());

    // Server settings and phone defaults (system placeholders) saved together.
    line("server_address")->setText(QStringLiteral("pbx.example.com:8080"));
    qobject_cast<QSpinBox*>(page.editor(QStringLiteral("disconnect_timeout_minutes")))->setValue(45);
    line("Primary_NTP")->setText(QStringLiteral("ntp2.example.com")); // exists: changed
    line("MwiVmNumber")->setText(QStringLiteral("*97"));
    auto* srtp = qobject_cast<QComboBox*>(page.editor(QStringLiteral("SRTP")));
    srtp->setCurrentIndex(srtp->findData(QStringLiteral("MANDATORY")));
    qobject_cast<QCheckBox*>(page.editor(QStringLiteral("LDAPEnabled")))->setChecked(true);
    line("LDAPServerAddress")->setText(QStringLiteral("ldap.example.com"));
    line("LDAPBaseDN")->setText(QStringLiteral("dc=example,dc=com"));
    QVERIFY(page.problem().isEmpty());
    QSignalSpy saved(&page, &SettingsPage::saved);
    page.save();
    QVERIFY(saved.wait(15000));
    QVERIFY(saved.takeFirst().at(0).toBool());
    const QJsonObject settings = m_admin.get("/api/v1/settings").json.value("settings").toObject();
    QCOMPARE(settings.value("server_address").toString(), QStringLiteral("pbx.example.com:8080"));
    QCOMPARE(settings.value("disconnect_timeout_minutes").toString(), QStringLiteral("45"));
    QHash<QString, QString> system;
    for (const QJsonValue& v : m_admin.get("/api/v1/placeholders?level=system&limit=1000").items()) {
        system.insert(v.toObject().value("name").toString(), v.toObject().value("value").toString());
    }
    QCOMPARE(system.value("Primary_NTP"), QStringLiteral("ntp2.example.com"));
    QCOMPARE(system.value("MwiVmNumber"), QStringLiteral("*97"));
    QCOMPARE(system.value("SRTP"), QStringLiteral("MANDATORY"));
    QCOMPARE(system.value("LDAPEnabled"), QStringLiteral("1"));
    QCOMPARE(system.value("LDAPBaseDN"), QStringLiteral("dc=example,dc=com"));
    QVERIFY(!page.isModified());

    // Option 160: the URLs follow the FQDN and the regions; what a new phone gets is rendered.
    QStringList urls;
    for (int r = 0; r < page.option160()->urlTable()->rowCount(); ++r) {
        urls << page.option160()->urlTable()->item(r, 1)->text();
    }
    QVERIFY2(urls.contains(QStringLiteral("https://pbx.example.com:8080/firmwarefiles;ipp/dhcpoption160.cfg")),
             qPrintable(urls.join('\n')));
    QVERIFY(urls.contains(QStringLiteral("https://pbx.example.com:8080/firmwarefiles;ipp/region/Paris/")));
    page.option160()->modelBox()->setCurrentText(QStringLiteral("440HD"));
    QVERIFY(page.option160()->preview()->toPlainText().contains(
        QLatin1String("provisioning/configuration/url=https://pbx.example.com:8080/ipp/")));
    QVERIFY(page.option160()->preview()->toPlainText().contains(QLatin1String("440HD.img")));
    line("sbc_proxy")->setText(QStringLiteral("sbc.example.com:8443"));
    QVERIFY(
        waitFor([&] { return page.option160()->urlTable()->rowCount() == static_cast<int>(urls.size()) + 3; }, 2000));

    // Emptying a phone default removes the system value.
    line("sbc_proxy")->clear();
    line("MwiVmNumber")->clear();
    page.save();
    QVERIFY(saved.wait(15000));
    QCOMPARE(m_admin.get("/api/v1/placeholders?level=system&q=MwiVmNumber").total(), 0);
}

void TestManagementPages::csvImportWizardWithBadLines()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    UsersPage page(session.get());
    page.show();
    QVERIFY(load(&page));
    // erin and gail are fine; frank's MAC is not one (the file says so); hal's region does not
    // exist (the server says so).
    const QString csv = m_dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeFile(csv,
                      "Name,Password,Display Name,Region,Device 1 Display Name,Device 1 MAC Address,"
                      "Device 1 IP Phone Model,Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,"
                      "Device 1 VLAN Priority\r\n"
                      "erin,Pw-erin-1,Erin Blanc,Paris,Erin desk,00908F0C0001,Audiocodes_430HD,French,,0,0\r\n"
                      "frank,Pw-frank-1,Frank Noir,Paris,Frank desk,00908F0C00ZZ,Audiocodes_430HD,French,,0,0\r\n"
                      "hal,Pw-hal-1,Hal Vert,Atlantis,Hal desk,00908F0C0003,Audiocodes_440HD,English,,0,0\r\n"
                      "gail,Pw-gail-1,Gail Roux,Lyon,Gail desk,00908F0C0004,Audiocodes_445HD,French,,0,0\r\n"));
    page.importAction()->trigger();
    auto* wizard = openDialog<UserImportWizard>(&page);
    QVERIFY(wizard);
    QVERIFY(waitFor([&] { return wizard->focusWidget() == wizard->pathEdit(); }, 2000)); // type the name at once
    QSignalSpy read(wizard, &UserImportWizard::fileRead);
    wizard->setFile(csv);
    QVERIFY(read.wait(10000));
    QVERIFY(wizard->isReady());
    QCOMPARE(wizard->plan().lines().size(), 4);
    QCOMPARE(wizard->plan().badCount(), 1);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(UserImportWizard::PreviewPage));
    QTableWidget* preview = wizard->previewTable();
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->item(1, 1)->text(), QStringLiteral("frank"));
    QVERIFY(preview->item(1, 5)->text().contains(QLatin1String("MAC"), Qt::CaseInsensitive));
    QCOMPARE(preview->item(1, 1)->foreground().color(), StatusIcons::disconnectedColor()); // the bad line in red
    QVERIFY(preview->item(0, 5)->text().isEmpty());

    QSignalSpy finished(wizard, &UserImportWizard::importFinished);
    wizard->next(); // Import: the commit
    QVERIFY(finished.wait(20000));
    QCOMPARE(wizard->currentId(), int(UserImportWizard::SummaryPage));
    QCOMPARE(wizard->progressBar()->value(), 3);
    QCOMPARE(wizard->totals().value(QStringLiteral("usersAdded")).toInt(), 2);
    QTableWidget* refused = wizard->refusedTable();
    QCOMPARE(refused->rowCount(), 2);
    QCOMPARE(refused->item(0, 0)->text(), QStringLiteral("3")); // frank, line 3
    QCOMPARE(refused->item(1, 1)->text(), QStringLiteral("hal"));
    QVERIFY2(refused->item(1, 2)->text().contains(QLatin1String("Atlantis")), qPrintable(refused->item(1, 2)->text()));
    const QString summary = wizard->summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1String("2 users added")) && summary.contains(QLatin1String("0 regions added"))
                 && summary.endsWith(QLatin1String("Not imported: 2 lines.")),
             qPrintable(summary));
    // On the server: erin and gail with their phones; neither frank nor hal.
    QVERIFY(idNamed(m_admin, "users", QStringLiteral("erin")) > 0);
    QVERIFY(idNamed(m_admin, "users", QStringLiteral("gail")) > 0);
    QCOMPARE(idNamed(m_admin, "users", QStringLiteral("frank")), 0);
    QCOMPARE(idNamed(m_admin, "users", QStringLiteral("hal")), 0);
    QCOMPARE(m_admin.get("/api/v1/devices?mac=00908F0C0004").total(), 1);
    QCOMPARE(m_admin.get("/api/v1/devices?mac=00908F0C0003").total(), 0);
    wizard->accept();
}

namespace {
// A template file in the vendor's XML (as tests/integration/tst_vendormigration.cpp makes them).
QByteArray vendorTemplateXml(const QString& type, const QString& global, const QString& lines)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<ipphonetamplate>\n"
                          "\t<type>%1</type>\n\t<description>the vendor's XML description</description>\n"
                          "\t<file_config>\n\t\t<type>global_file</type>\n\t\t<profile>global</profile>\n"
                          "\t\t<encrypt_mode>0</encrypt_mode>\n\t\t<name>%2</name>\n"
                          "\t\t<destinationDir>%ITCS_destination%</destinationDir>\n"
                          "\t\t<data><![CDATA[%3]]></data>\n\t</file_config>\n"
                          "\t<file_config>\n\t\t<type>file</type>\n\t\t<profile>user</profile>\n"
                          "\t\t<encrypt_mode>0</encrypt_mode>\n\t\t<name>%ITCS_mac%.cfg</name>\n"
                          "\t\t<destinationDir>%ITCS_destination%</destinationDir>\n"
                          "\t\t<data><![CDATA[include %2\nvoip/line/0/enabled=1\n"
                          "voip/line/0/auth_name=%ITCS_Line1AuthName%\nzzz2_region_cfg=ENABLE\n]]></data>\n"
                          "\t</file_config>\n</ipphonetamplate>\n")
        .arg(type, global, lines)
        .toLatin1();
}

// The row of the wizard's steps of that kind and name, or -1.
int stepRow(const QTableWidget* steps, const QString& kind, const QString& name)
{
    for (int r = 0; r < steps->rowCount(); ++r) {
        if (steps->item(r, VendorImportWizard::KindColumn)->text() == kind
            && steps->item(r, VendorImportWizard::NameColumn)->text() == name) {
            return r;
        }
    }
    return -1;
}
} // namespace

void TestManagementPages::vendorImportWizardPreviewsThenImports()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    QVERIFY(session->canAdministerSystem());
    // The vendor's export: two tenants and a template in each, under the vendor's numeric
    // TENANT_IDs (which Tenants.csv does not list), a system value and one of the vendor's own
    // settings (skipped).
    const QByteArray templatesCsv =
        "MODEL_NAME,MODEL_DESC,TEMPLATE_FILE_PATH,OVERWRITE_FILE_PATH,TENANT_ID,TYPE,DEFAULT_MODEL\r\n"
        "Marseille_430HD,Marseille desks,/opt/ipp/templates/Marseille_430HD.cfg,,7,430HD,true\r\n"
        "Nantes_430HD,Nantes desks,/opt/ipp/templates/Nantes_430HD.cfg,,8,430HD,true\r\n";
    const QString lines = QStringLiteral("system/ntp/primary_server_address=%ITCS_Primary_NTP%\n");
    const QByteArray templates = ZipArchive::write({
        {QStringLiteral("Templates.csv"), templatesCsv, {}},
        {QStringLiteral("Marseille_430HD.cfg"),
         vendorTemplateXml(QStringLiteral("audiocodes_430HD"), QStringLiteral("Marseille_430HD_global.cfg"), lines),
         {}},
        {QStringLiteral("Nantes_430HD.cfg"),
         vendorTemplateXml(QStringLiteral("audiocodes_430HD"), QStringLiteral("Nantes_430HD_global.cfg"), lines),
         {}},
    });
    const QByteArray tenants = ZipArchive::write({{QStringLiteral("Tenants.csv"),
                                                   "NAME,DESCRIPTION\r\nMarseille,Marseille office\r\n"
                                                   "Nantes,Nantes office\r\n",
                                                   {}}});
    const QByteArray bundle = ZipArchive::write({
        {QStringLiteral("Templates.zip"), templates, {}},
        {QStringLiteral("Tenants.zip"), tenants, {}},
        {QStringLiteral("System_Settings.csv"),
         "KEY,VAL\r\nPrimary_NTP,ntp.example.net\r\ndef_region,Marseille\r\n",
         {}},
    });
    QVERIFY(!templates.isEmpty() && !tenants.isEmpty() && !bundle.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString zip = dir.filePath(QStringLiteral("vendor-export.zip"));
    QVERIFY(writeFile(zip, bundle));
    const QString otherZip = dir.filePath(QStringLiteral("users.zip"));
    QVERIFY(writeFile(otherZip, ZipArchive::write({{QStringLiteral("users.csv"), "Name\r\nerin\r\n", {}}})));

    VendorImportWizard wizard(session.get());
    wizard.show();
    QSignalSpy read(&wizard, &VendorImportWizard::fileRead);
    QSignalSpy dryRun(&wizard, &VendorImportWizard::dryRunFinished);
    // A zip that is not the export is refused here, before anything is sent.
    wizard.setFile(otherZip);
    QVERIFY(read.wait(10000));
    QVERIFY(!wizard.isFileRead());
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY2(wizard.fileStateLabel()->text().contains(QLatin1String("cannot be imported")),
             qPrintable(wizard.fileStateLabel()->text()));
    QVERIFY(dryRun.isEmpty());

    // The export: read here, then the server's dry run says two TENANT_IDs need a tenant.
    read.clear();
    wizard.setFile(zip);
    QVERIFY(read.wait(10000));
    QVERIFY2(wizard.isFileRead(), qPrintable(wizard.fileStateLabel()->text()));
    QVERIFY(!dryRun.isEmpty() || dryRun.wait(15000));
    QVERIFY2(wizard.currentPage()->isComplete(), qPrintable(wizard.fileStateLabel()->text()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(VendorImportWizard::TenantPage));
    QCOMPARE(wizard.unmappedTenantIds(), (QStringList {QStringLiteral("7"), QStringLiteral("8")}));
    QComboBox* seven = wizard.tenantCombo(QStringLiteral("7"));
    QComboBox* eight = wizard.tenantCombo(QStringLiteral("8"));
    QVERIFY(seven && eight);
    QVERIFY(!wizard.currentPage()->isComplete()); // a choice for each id first
    QVERIFY(seven->findText(QStringLiteral("Marseille")) > 0);
    QVERIFY(seven->findText(QStringLiteral("Nantes")) > 0);
    seven->setCurrentIndex(seven->findText(QStringLiteral("Marseille")));
    QVERIFY(!wizard.currentPage()->isComplete());
    eight->setCurrentIndex(eight->findText(QStringLiteral("Nantes")));
    QVERIFY(wizard.currentPage()->isComplete());
    QCOMPARE(wizard.tenantMap(), QStringLiteral("7=Marseille,8=Nantes"));

    // The dry run again, with the tenant map: what the import would do, nothing written yet.
    dryRun.clear();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(VendorImportWizard::PreviewPage));
    QVERIFY(!dryRun.isEmpty() || dryRun.wait(15000));
    QVERIFY(wizard.currentPage()->isComplete());
    QTableWidget* steps = wizard.stepsTable();
    const QVector<QPair<QString, QString>> created {{QStringLiteral("region"), QStringLiteral("Marseille")},
                                                    {QStringLiteral("region"), QStringLiteral("Nantes")},
                                                    {QStringLiteral("template"), QStringLiteral("Marseille_430HD")},
                                                    {QStringLiteral("template"), QStringLiteral("Nantes_430HD")}};
    for (const auto& [kind, name] : created) {
        const int r = stepRow(steps, kind, name);
        QVERIFY2(r >= 0, qPrintable(name));
        QCOMPARE(steps->item(r, VendorImportWizard::WhatColumn)->text(), QStringLiteral("Create"));
        QVERIFY(!steps->isRowHidden(r));
    }
    // The vendor's own setting is skipped: in amber, with why in its tooltip, and where it is.
    const int skipped = stepRow(steps, QStringLiteral("setting"), QStringLiteral("def_region"));
    QVERIFY(skipped >= 0);
    QCOMPARE(steps->item(skipped, VendorImportWizard::WhatColumn)->text(), QStringLiteral("Skip"));
    QCOMPARE(steps->item(skipped, VendorImportWizard::NameColumn)->foreground().color(),
             StatusIcons::notRegisteredColor());
    QVERIFY(!steps->item(skipped, VendorImportWizard::NameColumn)->toolTip().isEmpty());
    QVERIFY(steps->item(skipped, VendorImportWizard::WhereColumn)
                ->text()
                .startsWith(QLatin1String("System_Settings.csv:")));
    QVERIFY2(wizard.previewSummaryLabel()->text().contains(QLatin1String("to create")),
             qPrintable(wizard.previewSummaryLabel()->text()));
    QVERIFY(!wizard.showUnchangedBox()->isChecked());
    QCOMPARE(idNamed(m_admin, "regions", QStringLiteral("Marseille")), 0);
    QCOMPARE(idNamed(m_admin, "regions", QStringLiteral("Nantes")), 0);
    QCOMPARE(idNamed(m_admin, "templates", QStringLiteral("Marseille_430HD")), 0);

    // Import: the commit; the same plan, written.
    QSignalSpy finished(&wizard, &VendorImportWizard::importFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(VendorImportWizard::ImportPage));
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    QVERIFY(wizard.isImportDone());
    QVERIFY2(wizard.importSucceeded(), qPrintable(wizard.summaryLabel()->text()));
    const int createdCount = wizard.importResult().value(QStringLiteral("created")).toInt();
    QCOMPARE(createdCount, wizard.dryRunResult().value(QStringLiteral("created")).toInt());
    QVERIFY(createdCount >= 4);
    QVERIFY2(wizard.summaryLabel()->text().contains(QStringLiteral("%1 created").arg(createdCount)),
             qPrintable(wizard.summaryLabel()->text()));
    QVERIFY(wizard.currentPage()->isComplete()); // Finish
    const qint64 marseille = idNamed(m_admin, "regions", QStringLiteral("Marseille"));
    const qint64 nantes = idNamed(m_admin, "regions", QStringLiteral("Nantes"));
    QVERIFY(marseille > 0 && nantes > 0);
    const qint64 marseilleTemplate = idNamed(m_admin, "templates", QStringLiteral("Marseille_430HD"));
    const qint64 nantesTemplate = idNamed(m_admin, "templates", QStringLiteral("Nantes_430HD"));
    QVERIFY(marseilleTemplate > 0 && nantesTemplate > 0);
    QCOMPARE(CollectionModel::idOf(row("templates", marseilleTemplate), "regionId"), marseille);
    QCOMPARE(CollectionModel::idOf(row("templates", nantesTemplate), "regionId"), nantes);
    wizard.accept();
}

void TestManagementPages::exportOfTheFilteredView()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    UsersPage page(session.get());
    page.show();
    page.searchBox()->setText(QStringLiteral("erin"));
    QVERIFY(load(&page));
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.toolBarActions().contains(page.exportAction()));
    const QString view = m_dir.filePath(QStringLiteral("view.csv"));
    QVERIFY(CsvExport::save(page.table(), view).isEmpty());
    const QList<QByteArray> lines = fileBytes(view).split('\n');
    QCOMPARE(lines.size(), 3); // the header, erin, and the end of the last line
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFUser,Display name,Region,Phones,SIP password set"));
    QCOMPARE(lines.at(1), QByteArray("erin,Erin Blanc,Paris,1,Yes\r"));

    // The server's users file imports back: the same header as the vendor's.
    QSignalSpy exported(&page, &UsersPage::exportFinished);
    const QString file = m_dir.filePath(QStringLiteral("export.csv"));
    page.exportFileTo(file);
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.takeFirst().at(0).toBool());
    const UserImportPlan plan = UserImportPlan::read(fileBytes(file));
    QVERIFY(plan.fileProblem().isEmpty());
    QCOMPARE(plan.badCount(), 0);
    QVERIFY(plan.goodCount() >= 4);
}

void TestManagementPages::monitoringAdminReadsTheseAndChangesNothing()
{
    const qint64 jobsBefore = m_admin.get("/api/v1/jobs").total();
    auto session = signIn(QStringLiteral("monitor"), monitorPassword);
    QVERIFY(session);
    QVERIFY(!session->canWrite());

    ManageUsersPage users(session.get());
    QVERIFY(load(&users));
    QVERIFY(users.model()->rowCount() >= 1); // Paris's erin
    users.table()->selectAll();
    for (QAction* a : {users.setRegionAction(), users.resetPasswordsAction(), users.deleteAction(),
                       users.restartAction(), users.generateAction(), users.updateAction(), users.messageAction()}) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        a->trigger();
    }

    ManageDevicesPage devices(session.get());
    QVERIFY(load(&devices));
    QVERIFY(devices.model()->rowCount() >= 1);
    devices.table()->selectAll();
    for (QAction* a :
         {devices.deleteAction(), devices.changeModelAction(), devices.changeLanguageAction(), devices.restartAction(),
          devices.generateAction(), devices.updateAction(), devices.messageAction(), devices.changeSiteAction()}) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        a->trigger();
    }

    TemplatesPage templates(session.get());
    QVERIFY(load(&templates));
    QCOMPARE(templates.model()->rowCount(), 1); // Paris's template; Lyon's is not visible
    templates.table()->selectRow(0);
    for (QAction* a : {templates.addTemplateAction(), templates.cloneAction(), templates.deleteAction(),
                       templates.restoreAction(), templates.generateAction(), templates.importXmlAction()}) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        a->trigger();
    }
    QVERIFY(templates.editAction()->isEnabled()); // to read it
    templates.editAction()->trigger();
    auto* view = openDialog<TemplateDialog>(&templates);
    QVERIFY(view);
    QVERIFY(view->globalText()->isReadOnly());
    QVERIFY(!view->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
    view->reject();

    PlaceholdersPage placeholders(session.get());
    QVERIFY(load(&placeholders));
    QVERIFY(placeholders.model()->rowCount() >= 1); // the system values
    QVERIFY(!placeholders.addValueAction()->isEnabled());
    placeholders.setLevel(PlaceholdersPage::Level::Region);
    placeholders.ownerBox()->setCurrentIndex(placeholders.ownerBox()->findData(m_paris));
    QVERIFY(load(&placeholders));
    QCOMPARE(placeholders.model()->rowCount(), 1);
    placeholders.table()->selectRow(0);
    QVERIFY(!placeholders.editAction()->isEnabled());
    QVERIFY(!placeholders.deleteAction()->isEnabled());

    ConfigFilesPage files(session.get());
    QVERIFY(load(&files));
    QVERIFY(files.model()->rowCount() >= 1);
    QVERIFY(!files.uploadAction()->isEnabled());
    QVERIFY(!files.delayBox()->isEnabled());
    files.table()->selectRow(0);
    QVERIFY(files.openAction()->isEnabled());
    QVERIFY(!files.deleteAction()->isEnabled());

    SettingsPage settings(session.get());
    QSignalSpy loaded(&settings, &SettingsPage::loaded);
    settings.load();
    QVERIFY(loaded.wait(10000));
    auto* fqdn = qobject_cast<QLineEdit*>(settings.editor(QStringLiteral("server_address")));
    QCOMPARE(fqdn->text(), QStringLiteral("pbx.example.com:8080")); // read, not changed
    QVERIFY(fqdn->isReadOnly());
    QVERIFY(!settings.editor(QStringLiteral("disconnect_timeout_minutes"))->isEnabled());
    QVERIFY(!settings.saveAction()->isEnabled());
    settings.save();

    UsersPage plain(session.get());
    QVERIFY(load(&plain));
    QVERIFY(!plain.importAction()->isEnabled());
    plain.importFile();
    QTest::qWait(300);
    QVERIFY(plain.findChildren<UserImportWizard*>().isEmpty());
    // The disabled actions opened nothing and started nothing.
    for (QWidget* page : std::initializer_list<QWidget*> {&users, &devices, &placeholders, &files}) {
        QVERIFY(page->findChildren<QDialog*>().isEmpty());
    }
    QCOMPARE(m_admin.get("/api/v1/jobs").total(), jobsBefore);
}
