// The console's CSV import plan and exports, and the Option 160 file both the server and the
// console render: pure logic, no server.
#include "collectionmodel.h"
#include "csvwriter.h"
#include "modelcsv.h"
#include "option160.h"
#include "userimportplan.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

namespace {
const QByteArray header = "Name,Password,Display Name,Region,Device 1 Display Name,Device 1 MAC Address,"
                          "Device 1 IP Phone Model,Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,"
                          "Device 1 VLAN Priority\r\n";
}

class TestImportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planShowsEveryLineAndItsProblem();
    void planRefusesWhatIsNotAUsersFile();
    void batchesHoldTheGoodLinesAndMapBack();
    void csvCellsAreQuotedAndNeutralised();
    void modelExportIsTheViewAsShown();
    void collectionModelKeepsTheModelRules();
    void option160FileUsesTheServerAddress();
};

void TestImportExport::planShowsEveryLineAndItsProblem()
{
    const UserImportPlan plan = UserImportPlan::read(
        header
        + "erin,pw,Erin Blanc,Paris,desk,00908F0C0001,Audiocodes_430HD,French,,0,0\r\n"
          "\r\n" // blank lines are not lines
          "frank,pw,Frank,Paris,desk,00908F0C00ZZ,Audiocodes_430HD,French,,0,0\r\n"
          "\"Chen, Wei\",pw,\"Wei, Chen\",Hong Kong,desk,00:90:8F:0C:00:03,Audiocodes_C450HD,English,,0,0\r\n");
    QVERIFY(plan.fileProblem().isEmpty());
    QCOMPARE(plan.lines().size(), 3);
    QCOMPARE(plan.goodCount(), 2);
    QCOMPARE(plan.badCount(), 1);
    const UserImportPlan::Line& frank = plan.lines().at(1);
    QCOMPARE(frank.line, 4);
    QCOMPARE(frank.name, QStringLiteral("frank"));
    QVERIFY2(frank.problem.contains(QLatin1String("MAC"), Qt::CaseInsensitive), qPrintable(frank.problem));
    const UserImportPlan::Line& chen = plan.lines().at(2);
    QCOMPARE(chen.displayName, QStringLiteral("Wei, Chen"));
    QCOMPARE(chen.region, QStringLiteral("Hong Kong"));
    QCOMPARE(chen.macs, QStringList {QStringLiteral("00:90:8F:0C:00:03")});
    QVERIFY(chen.problem.isEmpty());
}

void TestImportExport::planRefusesWhatIsNotAUsersFile()
{
    QVERIFY(!UserImportPlan::read("Model,Firmware\r\n430HD,3.4\r\n").fileProblem().isEmpty());
    QVERIFY(!UserImportPlan::read({}).fileProblem().isEmpty());
    const UserImportPlan broken = UserImportPlan::read(header + "erin,\"pw,Erin\r\n"); // unterminated quote
    QVERIFY(!broken.fileProblem().isEmpty());
    QCOMPARE(broken.goodCount(), 0);
}

void TestImportExport::batchesHoldTheGoodLinesAndMapBack()
{
    QByteArray file = header;
    for (int i = 0; i < 7; ++i) {
        file += QStringLiteral("user%1,pw,\"Doe, \"\"J%1\"\"\",Paris,desk,00908F0D000%1,Audiocodes_430HD,,,0,0\r\n")
                    .arg(i)
                    .toUtf8();
    }
    const UserImportPlan plan = UserImportPlan::read(file);
    QVERIFY2(plan.fileProblem().isEmpty(), qPrintable(plan.fileProblem()));
    QCOMPARE(plan.badCount(), 0);
    QCOMPARE(plan.goodCount(), 7);
    const QByteArray batch = plan.batch(2, 3);
    const UserImportPlan again = UserImportPlan::read(batch);
    QCOMPARE(again.goodCount(), 3);
    QCOMPARE(again.goodRows().first().name, QStringLiteral("user2"));
    QCOMPARE(again.goodRows().first().displayName, QStringLiteral("Doe, \"J2\""));
    // The server's line numbers (1: the header) find their row of the batch.
    QCOMPARE(UserImportPlan::rowOfBatchLine(batch, 2), 0);
    QCOMPARE(UserImportPlan::rowOfBatchLine(batch, 4), 2);
    QCOMPARE(UserImportPlan::rowOfBatchLine(batch, 5), -1); // past the end
    QCOMPARE(UserImportPlan::rowOfBatchLine(batch, 1), -1); // the header
}

void TestImportExport::csvCellsAreQuotedAndNeutralised()
{
    QCOMPARE(CsvWriter::cell(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CsvWriter::cell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::cell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::cell(QStringLiteral("=HYPERLINK(1)")), QStringLiteral("'=HYPERLINK(1)"));
    QCOMPARE(CsvWriter::cell(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
    const QByteArray table =
        CsvWriter::table({QStringLiteral("A"), QStringLiteral("B")}, {{QStringLiteral("1"), QStringLiteral("x\ny")}});
    QCOMPARE(table,
             QByteArray("\xEF\xBB\xBF"
                        "A,B\r\n1,\"x\ny\"\r\n"));
}

void TestImportExport::modelExportIsTheViewAsShown()
{
    CollectionModel model(
        {{QStringLiteral("name"), QStringLiteral("File")},
         {QStringLiteral("size"), QStringLiteral("Size"), CollectionModel::Column::Kind::Bytes},
         {QStringLiteral("generated"), QStringLiteral("Generated"), CollectionModel::Column::Kind::YesNo}});
    model.setItems({QJsonObject {{QStringLiteral("id"), 1},
                                 {QStringLiteral("name"), QStringLiteral("b.cfg")},
                                 {QStringLiteral("size"), 2048},
                                 {QStringLiteral("generated"), true}},
                    QJsonObject {{QStringLiteral("id"), 2},
                                 {QStringLiteral("name"), QStringLiteral("a.cfg")},
                                 {QStringLiteral("size"), 10},
                                 {QStringLiteral("generated"), false}}});
    // Sizes read as sizes, sort by their value.
    QCOMPARE(model.index(0, 1).data().toString(), QLocale().formattedDataSize(2048));
    QCOMPARE(model.index(0, 1).data(CollectionModel::SortRole).toLongLong(), 2048);
    QSortFilterProxyModel view;
    view.setSourceModel(&model);
    view.setSortRole(CollectionModel::SortRole);
    view.sort(0);
    QCOMPARE(ModelCsv::write(&view, {1}),
             QByteArray("\xEF\xBB\xBF"
                        "File,Generated\r\na.cfg,No\r\nb.cfg,Yes\r\n"));
}

void TestImportExport::collectionModelKeepsTheModelRules()
{
    // Columns from the field tables: key, kind and header follow the field.
    const CollectionModel::Column size = CollectionModel::Column::of<ConfigFile>("size");
    QCOMPARE(size.key, QStringLiteral("size"));
    QCOMPARE(size.kind, CollectionModel::Column::Kind::Bytes);
    QCOMPARE(size.title, QStringLiteral("Size"));
    QCOMPARE(CollectionModel::Column::of<AuditEntry>("adminName").key, QStringLiteral("admin"));
    QCOMPARE(CollectionModel::Column::of<Job>("createdAt").kind, CollectionModel::Column::Kind::Time);
    QCOMPARE(CollectionModel::Column::of<PhoneTemplate>("isDefault").kind, CollectionModel::Column::Kind::YesNo);
    QCOMPARE(CollectionModel::Column::of<Region>("name", QStringLiteral("Region")).title, QStringLiteral("Region"));

    CollectionModel model({CollectionModel::Column::of<ConfigFile>("fileName"), size,
                           CollectionModel::Column::of<ConfigFile>("updatedAt")});
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel view;
    view.setSourceModel(&model);
    view.setSortRole(CollectionModel::SortRole);
    const QAbstractItemModelTester viewTester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.sort(1, Qt::DescendingOrder);
    QVector<QJsonObject> items;
    for (int i = 1; i <= 30; ++i) {
        items.append({{QStringLiteral("id"), i},
                      {QStringLiteral("fileName"), QStringLiteral("f%1.cfg").arg(i)},
                      {QStringLiteral("size"), i * 100},
                      {QStringLiteral("updatedAt"),
                       QStringLiteral("2026-12-02T10:00:%1.000Z").arg(i % 60, 2, 10, QLatin1Char('0'))}});
    }
    model.setItems(items);
    QCOMPARE(view.rowCount(), 30);
    QCOMPARE(view.index(0, 0).data().toString(), QStringLiteral("f30.cfg"));
    model.setItems(items.mid(5, 3));
    QCOMPARE(view.rowCount(), 3);
    QCOMPARE(model.rowOf(7), 1);
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestImportExport::option160FileUsesTheServerAddress()
{
    ServerContext server;
    server.serverAddress = QStringLiteral("pbx.example.com:8443");
    server.https = true;
    const RenderResult shipped = Option160::renderSystemFile({}, server);
    QVERIFY(shipped.ok());
    QVERIFY(shipped.text.contains("provisioning/configuration/url=https://pbx.example.com:8443/ipp/"));
    QVERIFY(shipped.unresolved.isEmpty());
    const RenderResult own = Option160::renderSystemFile(QStringLiteral("a=%ITCS_HTTP_OR_S%\nb=%ITCS_Nope%\n"), server);
    QCOMPARE(own.text, QByteArray("a=https\n")); // an unresolved line is left out, and reported
    QCOMPARE(own.unresolved, QStringList {QStringLiteral("Nope")});
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
