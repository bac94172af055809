// The console's models without a server: rows read from the admin API's JSON, the table kept up
// to date row by row, the search box and smart filters, sorting by raw value, what a bulk
// action may do with a selection, and the dashboard's figures and drill-down filters.
#include "bulkaction.h"
#include "dashboardfigures.h"
#include "devicefilterproxy.h"
#include "devicerow.h"
#include "devicetablemodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace {
QJsonObject deviceJson(qint64 id, const QString& mac, const QString& ip, const QString& status, qint64 userId = 0,
                       const QString& userName = {}, const QString& model = QStringLiteral("430HD"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("revision"), 1},
            {QStringLiteral("mac"), mac},
            {QStringLiteral("ipAddress"), ip},
            {QStringLiteral("model"), model},
            {QStringLiteral("firmwareVersion"), QStringLiteral("3.4.2.1")},
            {QStringLiteral("status"), status},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("regionId"), 1},
            {QStringLiteral("regionName"), QStringLiteral("Paris")},
            {QStringLiteral("approval"), QStringLiteral("approved")}};
}

DeviceRow row(const QJsonObject& json)
{
    DeviceRow r;
    const bool ok = DeviceRow::fromJson(json, &r);
    Q_ASSERT(ok);
    return r;
}

Device device(qint64 id, qint64 regionId, ApprovalState approval = ApprovalState::Approved)
{
    Device d;
    d.id = id;
    d.regionId = regionId;
    d.approval = approval;
    d.mac = MacAddress::fromString(QStringLiteral("00908F%1").arg(id, 6, 16, QLatin1Char('0')));
    d.ipAddress = QStringLiteral("10.0.0.%1").arg(id);
    return d;
}

Admin regional(qint64 regionId, AccessLevel level)
{
    Admin a;
    a.name = QStringLiteral("r");
    a.role = AdminRole::Regional;
    a.regionLevels.insert(regionId, level);
    return a;
}
} // namespace

class TestConsoleModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowFromJson();
    void rowRefusesWhatIsNotAPhone();
    void upsertUpdatesInPlaceAndInsertsNew();
    void largeUpsertResets();
    void removeAndCountPerUser();
    void renameFollowsInRows();
    void searchNeedsEveryWord();
    void smartFilters();
    void sortsByRawValue();
    void phoneTextIsShownAsPlainText();
    void bulkActionNeedsASelection();
    void bulkActionRespectsRights();
    void approveTargetsPendingOnly();
    void openWebAdminIsOnePhoneOverHttps();
    void requestCarriesIdsAndOptions();
    void dashboardFigures();
    void dashboardRefusesOtherJson();

private:
    DeviceTableModel m_model;
};

void TestConsoleModels::rowFromJson()
{
    const DeviceRow r = row(deviceJson(7, QStringLiteral("00908F0000AB"), QStringLiteral("10.1.2.3"),
                                       QStringLiteral("registered"), 3, QStringLiteral("Alice Moreau")));
    QCOMPARE(r.device.id, 7);
    QCOMPARE(r.userName, QStringLiteral("Alice Moreau"));
    QCOMPARE(r.regionName, QStringLiteral("Paris"));
    QCOMPARE(r.device.sipStatus, SipStatus::Registered);
    QCOMPARE(r.ipKey, (Q_UINT64_C(1) << 32) | (10 << 24) | (1 << 16) | (2 << 8) | 3); // bit 32: has an address
    // MAC in either spelling, any case, and the words anywhere.
    QVERIFY(r.matchesSearch({QStringLiteral("00:90:8f:00:00:ab")}));
    QVERIFY(r.matchesSearch({QStringLiteral("00908f0000ab")}));
    QVERIFY(r.matchesSearch({QStringLiteral("alice"), QStringLiteral("paris")}));
    QVERIFY(!r.matchesSearch({QStringLiteral("alice"), QStringLiteral("berlin")}));
}

void TestConsoleModels::rowRefusesWhatIsNotAPhone()
{
    DeviceRow r;
    QVERIFY(!DeviceRow::fromJson({}, &r));
    QVERIFY(
        !DeviceRow::fromJson({{QStringLiteral("id"), 0}, {QStringLiteral("mac"), QStringLiteral("00908F000001")}}, &r));
    QVERIFY(
        !DeviceRow::fromJson({{QStringLiteral("id"), 5}, {QStringLiteral("mac"), QStringLiteral("not a mac")}}, &r));
}

void TestConsoleModels::upsertUpdatesInPlaceAndInsertsNew()
{
    m_model.setRows(
        {row(deviceJson(1, QStringLiteral("00908F000001"), QStringLiteral("10.0.0.1"), QStringLiteral("registered"))),
         row(deviceJson(2, QStringLiteral("00908F000002"), QStringLiteral("10.0.0.2"), QStringLiteral("registered")))});
    QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    m_model.upsertRows(
        {row(deviceJson(2, QStringLiteral("00908F000002"), QStringLiteral("10.0.0.2"), QStringLiteral("unregistered"))),
         row(deviceJson(3, QStringLiteral("00908F000003"), QStringLiteral("10.0.0.3"), QStringLiteral("registered")))});
    QCOMPARE(reset.size(), 0); // views keep their selection and scroll position
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model.rowCount(), 3);
    QCOMPARE(m_model.rowOf(2), 1);
    QCOMPARE(m_model.rowAt(1).device.sipStatus, SipStatus::Unregistered);
    QCOMPARE(m_model.index(1, DeviceTableModel::StatusColumn).data(DeviceTableModel::StatusKindRole).toInt(),
             static_cast<int>(DeviceFilter::Status::NotRegistered));
    QCOMPARE(m_model.index(2, 0).data(DeviceTableModel::DeviceIdRole).toLongLong(), 3);
}

void TestConsoleModels::largeUpsertResets()
{
    m_model.setRows({});
    QVector<DeviceRow> rows;
    for (int i = 1; i <= DeviceTableModel::resetThreshold + 1; ++i) {
        rows.append(
            row(deviceJson(i, QStringLiteral("00908F%1").arg(i, 6, 16, QLatin1Char('0')).toUpper(),
                           QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), QStringLiteral("registered"))));
    }
    QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.upsertRows(rows);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model.rowCount(), rows.size());
    QCOMPARE(m_model.rowOf(rows.last().device.id), rows.size() - 1);
}

void TestConsoleModels::removeAndCountPerUser()
{
    m_model.setRows({row(deviceJson(1, QStringLiteral("00908F000001"), {}, QStringLiteral("registered"), 9)),
                     row(deviceJson(2, QStringLiteral("00908F000002"), {}, QStringLiteral("registered"), 9)),
                     row(deviceJson(3, QStringLiteral("00908F000003"), {}, QStringLiteral("registered"), 4))});
    QCOMPARE(m_model.deviceCountOf(9), 2);
    QCOMPARE(m_model.deviceCountOf(0), 0);
    m_model.removeDevices({1, 42});
    QCOMPARE(m_model.rowCount(), 2);
    QCOMPARE(m_model.rowOf(1), -1);
    QCOMPARE(m_model.rowOf(3), 1); // the index follows the rows that moved up
    QCOMPARE(m_model.deviceCountOf(9), 1);
}

void TestConsoleModels::renameFollowsInRows()
{
    m_model.setRows({row(
        deviceJson(1, QStringLiteral("00908F000001"), {}, QStringLiteral("registered"), 9, QStringLiteral("Old")))});
    m_model.setUserName(9, QStringLiteral("New Name"));
    m_model.setRegionName(1, QStringLiteral("Île-de-France"));
    QCOMPARE(m_model.index(0, DeviceTableModel::UserColumn).data().toString(), QStringLiteral("New Name"));
    QCOMPARE(m_model.index(0, DeviceTableModel::RegionColumn).data().toString(), QStringLiteral("Île-de-France"));
    QVERIFY(m_model.rowAt(0).matchesSearch({QStringLiteral("new")})); // and the search finds the new name
    QVERIFY(!m_model.rowAt(0).matchesSearch({QStringLiteral("old")}));
}

void TestConsoleModels::searchNeedsEveryWord()
{
    m_model.setRows(
        {row(deviceJson(1, QStringLiteral("00908F000001"), QStringLiteral("10.0.0.1"), QStringLiteral("registered"), 1,
                        QStringLiteral("Alice Moreau"))),
         row(deviceJson(2, QStringLiteral("00908F000002"), QStringLiteral("10.0.0.2"), QStringLiteral("unregistered"),
                        2, QStringLiteral("Bruno Keller"), QStringLiteral("450HD")))});
    DeviceFilterProxy proxy;
    proxy.setDeviceModel(&m_model);
    proxy.setSearchText(QStringLiteral("  BRUNO   450  "));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, DeviceTableModel::MacColumn).data().toString(), QStringLiteral("00908F000002"));
    proxy.setSearchText(QStringLiteral("bruno 430"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), 2);
}

void TestConsoleModels::smartFilters()
{
    m_model.setRows({row(deviceJson(1, QStringLiteral("00908F000001"), QStringLiteral("10.0.0.1"),
                                    QStringLiteral("registered"), 1)),
                     row(deviceJson(2, QStringLiteral("00908F000002"), QStringLiteral("10.0.0.2"),
                                    QStringLiteral("unregistered"), 1)),
                     row(deviceJson(3, QStringLiteral("00908F000003"), QStringLiteral("10.0.0.3"),
                                    QStringLiteral("registered"), 2, {}, QString()))});
    DeviceFilterProxy proxy;
    proxy.setDeviceModel(&m_model);
    DeviceFilter f;
    f.status = DeviceFilter::Status::NotRegistered;
    proxy.setDeviceFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    f = {};
    f.multipleDevices = true; // users with several phones: user 1's two
    proxy.setDeviceFilter(f);
    QCOMPARE(proxy.rowCount(), 2);
    // The dashboard's drill-down into one model: the whole name, and "" for phones that never said.
    f = {};
    f.exactModelAndFirmware = true;
    f.model = QStringLiteral("430H");
    proxy.setDeviceFilter(f);
    QCOMPARE(proxy.rowCount(), 0);
    f.model = QStringLiteral("430hd");
    proxy.setDeviceFilter(f);
    QCOMPARE(proxy.rowCount(), 2);
    f.model = QStringLiteral("");
    proxy.setDeviceFilter(f);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, DeviceTableModel::MacColumn).data().toString(), QStringLiteral("00908F000003"));
    f = {};
    f.region = QStringLiteral("paris");
    proxy.setDeviceFilter(f);
    QCOMPARE(proxy.rowCount(), 3);
}

void TestConsoleModels::sortsByRawValue()
{
    m_model.setRows(
        {row(deviceJson(1, QStringLiteral("00908F000001"), QStringLiteral("10.0.0.10"), QStringLiteral("registered"))),
         row(deviceJson(2, QStringLiteral("00908F000002"), QStringLiteral("10.0.0.9"), QStringLiteral("registered"))),
         row(deviceJson(3, QStringLiteral("00908F000003"), QString(), QStringLiteral("registered")))});
    DeviceFilterProxy proxy;
    proxy.setDeviceModel(&m_model);
    proxy.sort(DeviceTableModel::IpColumn, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        order << proxy.index(r, DeviceTableModel::IpColumn).data().toString();
    }
    QCOMPARE(order, (QStringList {QString(), QStringLiteral("10.0.0.9"), QStringLiteral("10.0.0.10")}));
    QVERIFY(m_model.compare(1, 0, DeviceTableModel::IpColumn) < 0);
    QVERIFY(m_model.compare(0, 0, DeviceTableModel::IpColumn) == 0);
}

void TestConsoleModels::phoneTextIsShownAsPlainText()
{
    QJsonObject json =
        deviceJson(1, QStringLiteral("00908F000001"), QStringLiteral("10.0.0.1"), QStringLiteral("registered"));
    json.insert(QStringLiteral("location"), QStringLiteral("<b>Lobby</b> &amp;"));
    m_model.setRows({row(json)});
    // As the phone said it, for a view that draws text (QTableView's cells never render markup),
    // neither interpreted nor escaped here.
    QCOMPARE(m_model.index(0, DeviceTableModel::LocationColumn).data().toString(),
             QStringLiteral("<b>Lobby</b> &amp;"));
}

void TestConsoleModels::bulkActionNeedsASelection()
{
    Admin super;
    super.role = AdminRole::SuperAdministrator;
    for (const BulkAction::Kind kind : BulkAction::all()) {
        const BulkAction::State s = BulkAction::state(kind, {}, super);
        QVERIFY(!s.enabled);
        QVERIFY2(s.tooltip.contains(QLatin1String("Select")), qPrintable(s.tooltip));
        QVERIFY2(!s.label.contains(QLatin1String("phone")), qPrintable(s.label)); // no count to give
    }
    const BulkAction::State reset = BulkAction::state(BulkAction::Kind::Reset, {device(1, 1), device(2, 1)}, super);
    QVERIFY(reset.enabled);
    QCOMPARE(reset.targets, 2);
    QVERIFY(reset.label.contains(QLatin1String("2")));
    QVERIFY(BulkAction::needsConfirmation(BulkAction::Kind::Delete));
    QVERIFY(BulkAction::needsConfirmation(BulkAction::Kind::Reset));
    QVERIFY(!BulkAction::needsConfirmation(BulkAction::Kind::CheckStatus));
}

void TestConsoleModels::bulkActionRespectsRights()
{
    const Admin monitor = regional(1, AccessLevel::Monitoring);
    BulkAction::State s = BulkAction::state(BulkAction::Kind::Reset, {device(1, 1)}, monitor);
    QVERIFY(!s.enabled);
    QVERIFY2(s.tooltip.contains(QLatin1String("Monitoring")), qPrintable(s.tooltip));
    // Operator in one region, Monitoring in another: allowed, and said which are skipped.
    Admin mixed = regional(1, AccessLevel::Operator);
    mixed.regionLevels.insert(2, AccessLevel::Monitoring);
    s = BulkAction::state(BulkAction::Kind::Reset, {device(1, 1), device(2, 2)}, mixed);
    QVERIFY(s.enabled);
    QVERIFY2(s.tooltip.contains(QLatin1String("skipped: 1")), qPrintable(s.tooltip));
}

void TestConsoleModels::approveTargetsPendingOnly()
{
    Admin super;
    super.role = AdminRole::SuperAdministrator;
    const QVector<Device> selection {device(1, 1), device(2, 0, ApprovalState::Pending)};
    QCOMPARE(BulkAction::targetIds(BulkAction::Kind::Approve, selection), QVector<qint64> {2});
    QCOMPARE(BulkAction::state(BulkAction::Kind::Approve, selection, super).targets, 1);
    const BulkAction::State none = BulkAction::state(BulkAction::Kind::Approve, {device(1, 1)}, super);
    QVERIFY(!none.enabled);
    QVERIFY(none.tooltip.contains(QLatin1String("waiting for approval")));
    QVERIFY(!BulkAction::state(BulkAction::Kind::Approve, selection, regional(1, AccessLevel::Operator)).enabled);
}

void TestConsoleModels::openWebAdminIsOnePhoneOverHttps()
{
    Admin super;
    super.role = AdminRole::SuperAdministrator;
    QVERIFY(BulkAction::state(BulkAction::Kind::OpenWebAdmin, {device(1, 1)}, super).enabled);
    QVERIFY(!BulkAction::state(BulkAction::Kind::OpenWebAdmin, {device(1, 1), device(2, 1)}, super).enabled);
    Device noIp = device(3, 1);
    noIp.ipAddress.clear();
    QVERIFY(!BulkAction::state(BulkAction::Kind::OpenWebAdmin, {noIp}, super).enabled);
    QCOMPARE(QUrl(BulkAction::webAdminUrl(device(4, 1))).scheme(), QStringLiteral("https"));
    QCOMPARE(QUrl(BulkAction::webAdminUrl(device(4, 1))).host(), QStringLiteral("10.0.0.4"));
    // Reading a phone's page changes nothing: a Monitoring administrator may.
    QVERIFY(BulkAction::state(BulkAction::Kind::OpenWebAdmin, {device(1, 1)}, regional(1, AccessLevel::Monitoring))
                .enabled);
}

void TestConsoleModels::requestCarriesIdsAndOptions()
{
    PhoneAction action;
    action.kind = PhoneAction::Kind::SendMessage;
    action.text = QStringLiteral("Hello");
    const QJsonObject body = BulkAction::request(action, {5, 6});
    QCOMPARE(body.value(QStringLiteral("action")).toString(), QStringLiteral("send-message"));
    QCOMPARE(body.value(QStringLiteral("deviceIds")).toArray().size(), 2);
    QVERIFY(body.value(QStringLiteral("options")).toObject().value(QStringLiteral("text")).toString()
            == QLatin1String("Hello"));
}

void TestConsoleModels::dashboardFigures()
{
    const QJsonObject json {
        {QStringLiteral("registered"), 8},
        {QStringLiteral("unregistered"), 1},
        {QStringLiteral("disconnected"), 1},
        {QStringLiteral("total"), 10},
        {QStringLiteral("percentRegistered"), 80.0},
        {QStringLiteral("pendingApproval"), 2},
        {QStringLiteral("byRegion"),
         QJsonArray {QJsonObject {{QStringLiteral("regionId"), 3},
                                  {QStringLiteral("name"), QStringLiteral("Lyon")},
                                  {QStringLiteral("registered"), 2},
                                  {QStringLiteral("total"), 2}},
                     QJsonObject {{QStringLiteral("regionId"), 1},
                                  {QStringLiteral("name"), QStringLiteral("Paris")},
                                  {QStringLiteral("registered"), 6},
                                  {QStringLiteral("total"), 6}},
                     QJsonObject {{QStringLiteral("regionId"), 0},
                                  {QStringLiteral("unregistered"), 2},
                                  {QStringLiteral("total"), 2}}}},
        {QStringLiteral("byModel"),
         QJsonArray {QJsonObject {{QStringLiteral("model"), QStringLiteral("430HD")}, {QStringLiteral("total"), 9}},
                     QJsonObject {{QStringLiteral("model"), QString()}, {QStringLiteral("total"), 1}}}},
        {QStringLiteral("byFirmware"), QJsonArray {}}};
    DashboardFigures f;
    QVERIFY(DashboardFigures::fromJson(json, &f));
    QCOMPARE(f.overall.registered, 8);
    QCOMPARE(f.overall.total, 10);
    QCOMPARE(f.pendingApproval, 2);
    QCOMPARE(f.byRegion.size(), 3);
    QCOMPARE(f.byRegion.first().label, QStringLiteral("Paris")); // the largest first
    QCOMPARE(f.byRegion.first().filter.region, QStringLiteral("1"));
    // The phones with no region are those waiting for approval.
    const auto noRegion = std::find_if(f.byRegion.cbegin(), f.byRegion.cend(),
                                       [](const DashboardFigures::Group& g) { return g.filter.region.isEmpty(); });
    QVERIFY(noRegion != f.byRegion.cend());
    QCOMPARE(noRegion->filter.approval, DeviceFilter::Approval::Pending);
    QCOMPARE(noRegion->counts.unregistered, 2);
    // A model the phones never said: a slice of its own, whose filter asks for an empty model.
    QCOMPARE(f.byModel.size(), 2);
    QVERIFY(f.byModel.last().filter.model.isEmpty());
    QVERIFY(!f.byModel.last().filter.model.isNull());
    QVERIFY(f.byModel.last().filter.exactModelAndFirmware);
    QVERIFY(!f.byModel.last().label.isEmpty());
    QCOMPARE(DashboardFigures::statusFilter(DeviceFilter::Status::Disconnected).status,
             DeviceFilter::Status::Disconnected);
}

void TestConsoleModels::dashboardRefusesOtherJson()
{
    DashboardFigures f;
    QVERIFY(!DashboardFigures::fromJson({}, &f));
    QVERIFY(!DashboardFigures::fromJson({{QStringLiteral("error"), QStringLiteral("nope")}}, &f));
}

QTEST_MAIN(TestConsoleModels)
#include "tst_consolemodels.moc"
