// The vendor's configuration export as a file: what VendorExport reads from untidy real bundles,
// what it notes instead of reading, and that what it writes reads back the same.
#include "vendorexport.h"
#include "ziparchive.h"

#include <QtTest>

namespace {
QByteArray templateXml(const QString& type)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ipphonetamplate><type>%1</type>"
               "<description>from the XML</description>"
               "<file_config><type>global_file</type><profile>global</profile><encrypt_mode>0</encrypt_mode>"
               "<name>%1_global.cfg</name><destinationDir></destinationDir>"
               "<data><![CDATA[system/ntp/primary_server_address=%ITCS_Primary_NTP%\n]]></data></file_config>"
               "<file_config><type>file</type><profile>user</profile><encrypt_mode>0</encrypt_mode>"
               "<name>%ITCS_mac%.cfg</name><destinationDir></destinationDir>"
               "<data><![CDATA[include %1_global.cfg\n]]></data></file_config></ipphonetamplate>\n")
        .arg(type)
        .toUtf8();
}

QByteArray zip(const QVector<ZipEntry>& entries)
{
    return ZipArchive::write(entries);
}

// A bundle as the vendor's server writes it, with the untidiness of real ones.
QByteArray vendorBundle()
{
    const QByteArray templatesCsv =
        "MODEL_NAME,MODEL_DESC,TEMPLATE_FILE_PATH,OVERWRITE_FILE_PATH,TENANT_ID,TYPE,DEFAULT_MODEL\r\n"
        "Paris_430HD,\"Paris desks, 430HD\",/opt/ipp/templates/Paris_430HD.cfg,/opt/ipp/ow/Paris_430HD_ow.cfg,7,"
        "430HD,TRUE\r\n"
        "Lyon_430HD,Lyon desks,C:\\ipp\\templates\\Lyon_430HD.cfg,/opt/ipp/ow/gone.cfg,8,430HD,false\r\n"
        "Ghost_440HD,no file,/opt/ipp/templates/Ghost_440HD.cfg,,7,440HD,false\r\n"
        ",no name,/x.cfg,,7,405,false\r\n"
        "Paris_430HD,again,/opt/ipp/templates/Paris_430HD.cfg,,7,430HD,maybe\r\n"
        "Odd_405,odd flag,/opt/ipp/templates/Odd_405.cfg,,,405,maybe\r\n";
    const QByteArray templates =
        zip({{QStringLiteral("Templates.csv"), templatesCsv, {}},
             {QStringLiteral("Paris_430HD.cfg"), templateXml(QStringLiteral("audiocodes_430HD")), {}},
             {QStringLiteral("Paris_430HD_ow.cfg"), "system/ntp/gmt_offset=+01:00\n", {}},
             {QStringLiteral("Lyon_430HD.cfg"), templateXml(QStringLiteral("audiocodes_430HD")), {}},
             {QStringLiteral("Odd_405.cfg"), templateXml(QStringLiteral("audiocodes_405")), {}}});
    const QByteArray tenants =
        zip({{QStringLiteral("Tenants.csv"), "NAME;DESCRIPTION\r\nParis;Paris office\r\nLyon;\r\n", {}},
             {QStringLiteral("Paris.cfg"), "voip/line/0/codecs/0/enabled=1\n", {}}});
    const QByteArray sites = zip({{QStringLiteral("Sites.csv"),
                                   "SITE_NAME,SITE_DESCRIPTION,SITE_TENANT_NAME,SITE_REGION_NAME\r\n"
                                   "Opera,Opera building,Paris,EMEA\r\n",
                                   {}}});
    return zip(
        {{QStringLiteral("Templates.zip"), templates, {}},
         {QStringLiteral("Tenants.zip"), tenants, {}},
         {QStringLiteral("Sites.zip"), sites, {}},
         {QStringLiteral("Template_Placeholders.csv"),
          "DEF_KEY,DEF_VAL,DESCRIPTION,MODEL\r\nTimeZone,+01:00,zone,Paris_430HD\r\nbad name,1,,Paris_430HD\r\n",
          {}},
         {QStringLiteral("Tenant_Placeholders.csv"), "TENANT_KEY,TENANT_VAL,TENANT_ID\r\nPaging,801,Paris\r\n", {}},
         {QStringLiteral("Site_Placeholders.csv"), "SITE_KEY,SITE_VAL,SITE_ID\r\n%ITCS_Floor%,3,Opera\r\n", {}},
         {QStringLiteral("System_Settings.csv"), "KEY,VAL\r\nMwiVmNumber,*97\r\ndef_region,Paris\r\n", {}}});
}

bool hasNote(const VendorExport& b, const QString& file, int line, const QString& part)
{
    for (const VendorExport::Note& n : b.notes) {
        if (n.file == file && n.line == line && n.message.contains(part)) {
            return true;
        }
    }
    return false;
}
} // namespace

class TestVendorExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatCanBeReadAndNotesTheRest();
    void writtenBundleReadsBackTheSame();
    void refusesWhatIsNoExport();
    void nestedArchivesShareTheLimits();
};

void TestVendorExport::readsWhatCanBeReadAndNotesTheRest()
{
    VendorExport b;
    QString error;
    QVERIFY2(VendorExport::read(vendorBundle(), &b, &error), qPrintable(error));

    QCOMPARE(b.templates.size(), 3);
    const VendorExport::Template& paris = b.templates.at(0);
    QCOMPARE(paris.name, QStringLiteral("Paris_430HD"));
    QCOMPARE(paris.description, QStringLiteral("Paris desks, 430HD"));
    QCOMPARE(paris.tenantId, QStringLiteral("7"));
    QCOMPARE(paris.type, QStringLiteral("430HD"));
    QVERIFY(paris.isDefault);
    QVERIFY(paris.xml.contains("audiocodes_430HD"));
    QCOMPARE(paris.overwrite, QByteArray("system/ntp/gmt_offset=+01:00\n"));
    QVERIFY(!paris.overwriteMissing);
    // A Windows path names its file too; an overwrite file the bundle lacks is marked, not fatal.
    const VendorExport::Template& lyon = b.templates.at(1);
    QCOMPARE(lyon.name, QStringLiteral("Lyon_430HD"));
    QVERIFY(!lyon.xml.isEmpty());
    QVERIFY(lyon.overwriteMissing);
    QVERIFY(!b.templates.at(2).isDefault);
    const QString templates = QStringLiteral("Templates.zip/Templates.csv");
    QVERIFY(hasNote(b, templates, 4, QStringLiteral("'Ghost_440HD.cfg' is not in Templates.zip")));
    QVERIFY(hasNote(b, templates, 5, QStringLiteral("no MODEL_NAME")));
    QVERIFY(hasNote(b, templates, 6, QStringLiteral("also on line 2")));
    QVERIFY(hasNote(b, templates, 7, QStringLiteral("DEFAULT_MODEL 'maybe'")));

    // Semicolons in Tenants.csv, an override file for one tenant.
    QCOMPARE(b.tenants.size(), 2);
    QCOMPARE(b.tenants.at(0).name, QStringLiteral("Paris"));
    QCOMPARE(b.tenants.at(0).description, QStringLiteral("Paris office"));
    QCOMPARE(b.tenants.at(0).overrides, QByteArray("voip/line/0/codecs/0/enabled=1\n"));
    QVERIFY(b.tenants.at(1).overrides.isEmpty());

    QCOMPARE(b.sites.size(), 1);
    QCOMPARE(b.sites.first().tenant, QStringLiteral("Paris"));
    QCOMPARE(b.siteValues.size(), 1);
    QCOMPARE(b.siteValues.first().name, QStringLiteral("Floor"));
    QCOMPARE(b.siteValues.first().owner, QStringLiteral("Opera"));

    QCOMPARE(b.templateValues.rows.size(), 1);
    QCOMPARE(b.templateValues.rows.first().owner, QStringLiteral("Paris_430HD"));
    QVERIFY(hasNote(b, QStringLiteral("Template_Placeholders.csv"), 3, QStringLiteral("not a placeholder name")));
    QCOMPARE(b.tenantValues.rows.size(), 1);
    QCOMPARE(b.settings.rows.size(), 2);
    QCOMPARE(b.settings.rows.at(1).name, QStringLiteral("def_region"));
}

void TestVendorExport::writtenBundleReadsBackTheSame()
{
    VendorExport b;
    QString error;
    QVERIFY(VendorExport::read(vendorBundle(), &b, &error));
    VendorExport again;
    QVERIFY2(VendorExport::read(b.write(), &again, &error), qPrintable(error));
    QCOMPARE(again.templates.size(), b.templates.size());
    for (qsizetype i = 0; i < b.templates.size(); ++i) {
        const VendorExport::Template& x = b.templates.at(i);
        const VendorExport::Template& y = again.templates.at(i);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.description, x.description);
        QCOMPARE(y.tenantId, x.tenantId);
        QCOMPARE(y.isDefault, x.isDefault);
        QCOMPARE(y.xml, x.xml);
        QCOMPARE(y.overwrite, x.overwrite);
    }
    // The overwrite file that was missing is still missing: nothing is made up.
    QVERIFY(again.templates.at(1).overwriteMissing);
    QCOMPARE(again.tenants.size(), 2);
    QCOMPARE(again.tenants.at(0).overrides, b.tenants.at(0).overrides);
    QCOMPARE(again.sites.size(), 1);
    QCOMPARE(again.siteValues.size(), 1);
    QCOMPARE(again.templateValues.rows.size(), 1);
    QCOMPARE(again.templateValues.rows.first().description, QStringLiteral("zone"));
    QCOMPARE(again.tenantValues.rows.size(), 1);
    QCOMPARE(again.settings.rows.size(), 2);
    // Only the notes about lines the writer never wrote are gone.
    for (const VendorExport::Note& n : again.notes) {
        QVERIFY2(n.message.contains(QStringLiteral("not in")) == false || n.file.startsWith(QLatin1String("Templates")),
                 qPrintable(n.message));
    }
}

void TestVendorExport::refusesWhatIsNoExport()
{
    VendorExport b;
    QString error;
    QVERIFY(!VendorExport::read("MODEL_NAME,MODEL_DESC\r\n", &b, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!VendorExport::read(zip({{QStringLiteral("readme.txt"), "hello", {}}}), &b, &error));
    QVERIFY2(error.contains(QStringLiteral("Templates.zip")), qPrintable(error));
    // A damaged nested archive is a note; the rest is read.
    QVERIFY(VendorExport::read(zip({{QStringLiteral("Templates.zip"), "PK\x03\x04 not really", {}},
                                    {QStringLiteral("System_Settings.csv"), "KEY,VAL\r\nA,1\r\n", {}}}),
                               &b, &error));
    QVERIFY(b.templates.isEmpty());
    QCOMPARE(b.settings.rows.size(), 1);
    QVERIFY(hasNote(b, QStringLiteral("Templates.zip"), 0, QStringLiteral("not read")));
    // A placeholder file with another level's header is not taken for this one.
    QVERIFY(
        VendorExport::read(zip({{QStringLiteral("Tenant_Placeholders.csv"), "KEY,VAL\r\nA,1\r\n", {}}}), &b, &error));
    QVERIFY(b.tenantValues.rows.isEmpty());
    QVERIFY(hasNote(b, QStringLiteral("Tenant_Placeholders.csv"), 1, QStringLiteral("expected TENANT_KEY")));
}

void TestVendorExport::nestedArchivesShareTheLimits()
{
    // Each nested archive within the limits, together past what the bundle may unpack: the
    // second one is a note, never unpacked.
    const QByteArray csv = "NAME,DESCRIPTION\r\n" + QByteArray(400, 'x') + ",\r\n";
    const QByteArray templates = zip({{QStringLiteral("Templates.csv"), csv, {}}});
    const QByteArray tenants = zip({{QStringLiteral("Tenants.csv"), csv, {}}});
    const QByteArray bundle =
        zip({{QStringLiteral("Templates.zip"), templates, {}}, {QStringLiteral("Tenants.zip"), tenants, {}}});
    ZipLimits limits;
    limits.maxTotalSize = templates.size() + tenants.size() + csv.size() + 100;
    VendorExport b;
    QString error;
    QVERIFY2(VendorExport::read(bundle, &b, &error, limits), qPrintable(error));
    QVERIFY(!hasNote(b, QStringLiteral("Templates.zip"), 0, QStringLiteral("not read")));
    QVERIFY(hasNote(b, QStringLiteral("Tenants.zip"), 0, QStringLiteral("not read")));
    QVERIFY(b.tenants.isEmpty());
    // With room for both, both are read.
    limits.maxTotalSize += csv.size();
    QVERIFY(VendorExport::read(bundle, &b, &error, limits));
    QCOMPARE(b.tenants.size(), 1);
}

QTEST_GUILESS_MAIN(TestVendorExport)
#include "tst_vendorexport.moc"
