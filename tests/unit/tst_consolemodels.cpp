// The console's models without a server: rows read from the admin API's JSON, the table kept up
// to date row by row, the search box and smart filters, sorting by raw value, what a bulk
// action may do with a selection, and the dashboard's figures and drill-down filters.
#include "bulkaction.h"
#include "consolesession.h"
#include "dashboardfigures.h"
#include "devicefilterproxy.h"
#include "devicepagedecoder.h"
#include "devicerow.h"
#include "devicetablemodel.h"
#include "jobsmodel.h"

#include "apijson.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
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
    void sessionKeysTheLocalServerByName();
    void rowFromJson();
    void jobPaceIsSaid();
    void rowRefusesWhatIsNotAPhone();
    void upsertUpdatesInPlaceAndInsertsNew();
    void largeUpsertIsOneInsert();
    void removeAndCountPerUser();
    void renameFollowsInRows();
    void searchNeedsEveryWord();
    void typingAndDeletingFindTheSameRows();
    void smartFilters();
    void sortsByRawValue();
    void sortedProxyFollowsLiveUpdates();
    void orderKeysAgreeWithCompare();
    void proxyLoadsPagesInOrder();
    void manyChangesAtOncePlaceRowsAgain();
    void phoneTextIsShownAsPlainText();
    void bulkActionNeedsASelection();
    void bulkActionRespectsRights();
    void approveTargetsPendingOnly();
    void openWebAdminIsOnePhoneOverHttps();
    void requestCarriesIdsAndOptions();
    void pagesComeBackInOrder();
    void badPagesSayWhy();
    void pagesReadAsRowsReadObjects();
    void dashboardFigures();
    void dashboardRefusesOtherJson();

private:
    DeviceTableModel m_model;
    // Every change any test makes to the model is checked against QAbstractItemModel's rules.
    const QAbstractItemModelTester m_modelTester {&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

void TestConsoleModels::jobPaceIsSaid()
{
    // The Jobs panel's Pace column: rate and end while it runs, the next batch between batches.
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-30);
    JobsModel::Entry e;
    e.job.state = JobState::Running;
    e.job.startedAt = start;
    e.job.action = QStringLiteral("check-status");
    e.counts.total = 1000;
    e.counts.byOutcome[static_cast<int>(TargetOutcome::Done)] = 250;
    e.counts.byOutcome[static_cast<int>(TargetOutcome::Pending)] = 750;
    e.lastProgressAt = start.addSecs(30);
    const QString running = JobsModel::paceText(e, start.addSecs(30));
    QVERIFY2(running.startsWith(QStringLiteral("500 phones/min · ends about ")), qPrintable(running));
    e.job.action = QStringLiteral("reset");
    e.job.pacing = QStringLiteral(R"({"batchSize":250,"batchPauseMs":60000})");
    QVERIFY2(JobsModel::paceText(e, start.addSecs(30)).startsWith(QLatin1String("next batch ")),
             qPrintable(JobsModel::paceText(e, start.addSecs(30))));
    e.job.state = JobState::Done;
    QCOMPARE(JobsModel::paceText(e, start.addSecs(30)), QString());
}

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

void TestConsoleModels::largeUpsertIsOneInsert()
{
    m_model.setRows({});
    QVector<DeviceRow> rows;
    for (int i = 1; i <= 5000; ++i) { // a page of a load
        rows.append(
            row(deviceJson(i, QStringLiteral("00908F%1").arg(i, 6, 16, QLatin1Char('0')).toUpper(),
                           QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), QStringLiteral("registered"))));
    }
    QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.upsertRows(rows);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
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
    const QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(QStringLiteral("  BRUNO   450  "));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, DeviceTableModel::MacColumn).data().toString(), QStringLiteral("00908F000002"));
    proxy.setSearchText(QStringLiteral("bruno 430"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), 2);
}

void TestConsoleModels::typingAndDeletingFindTheSameRows()
{
    QVector<DeviceRow> rows;
    const QStringList names {QStringLiteral("Alice Moreau"), QStringLiteral("Alan Smith"),
                             QStringLiteral("Bruno Keller"), QStringLiteral("Alicia Keys")};
    for (int i = 0; i < 40; ++i) {
        rows.append(row(deviceJson(i + 1, QStringLiteral("00908F%1").arg(i, 6, 16, QLatin1Char('0')).toUpper(),
                                   QStringLiteral("10.0.0.%1").arg(i), QStringLiteral("registered"), i + 1,
                                   names.at(i % names.size()) + QString::number(i % 3))));
    }
    m_model.setRows(rows);
    DeviceFilterProxy proxy;
    proxy.setDeviceModel(&m_model);
    const QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(DeviceTableModel::UserColumn, Qt::AscendingOrder);
    // What a fresh proxy finds for a text: the reference.
    const auto fresh = [&](const QString& text) {
        DeviceFilterProxy other;
        other.setDeviceModel(&m_model);
        other.sort(DeviceTableModel::UserColumn, Qt::AscendingOrder);
        other.setSearchText(text);
        QVector<qint64> ids;
        for (int r = 0; r < other.rowCount(); ++r) {
            ids << other.index(r, 0).data(DeviceTableModel::DeviceIdRole).toLongLong();
        }
        return ids;
    };
    const auto shown = [&] {
        QVector<qint64> ids;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            ids << proxy.index(r, 0).data(DeviceTableModel::DeviceIdRole).toLongLong();
        }
        return ids;
    };
    const QString typed = QStringLiteral("ali 1");
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        proxy.setSearchText(typed.left(n));
        QCOMPARE(shown(), fresh(typed.left(n)));
    }
    for (qsizetype n = typed.size() - 1; n >= 0; --n) {
        proxy.setSearchText(typed.left(n));
        QCOMPARE(shown(), fresh(typed.left(n)));
    }
    // Not narrowing: another word in front.
    proxy.setSearchText(QStringLiteral("keys ali"));
    QCOMPARE(shown(), fresh(QStringLiteral("keys ali")));
    // A phone renamed meanwhile: what was found before is not reused.
    proxy.setSearchText(QStringLiteral("ali"));
    m_model.setUserName(3, QStringLiteral("Zed"));
    proxy.setSearchText(QStringLiteral("al"));
    proxy.setSearchText(QStringLiteral("ali"));
    QCOMPARE(shown(), fresh(QStringLiteral("ali")));
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
    const QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
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
    const QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(DeviceTableModel::IpColumn, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        order << proxy.index(r, DeviceTableModel::IpColumn).data().toString();
    }
    QCOMPARE(order, (QStringList {QString(), QStringLiteral("10.0.0.9"), QStringLiteral("10.0.0.10")}));
    QVERIFY(m_model.compare(1, 0, DeviceTableModel::IpColumn) < 0);
    QVERIFY(m_model.compare(0, 0, DeviceTableModel::IpColumn) == 0);
}

void TestConsoleModels::sortedProxyFollowsLiveUpdates()
{
    const auto ip = [](int i) { return QStringLiteral("10.0.0.%1").arg(i); };
    QVector<DeviceRow> rows;
    for (int i = 1; i <= 6; ++i) {
        rows.append(
            row(deviceJson(i, QStringLiteral("00908F00000%1").arg(i), ip(i * 10), QStringLiteral("registered"))));
    }
    m_model.setRows(rows);
    DeviceFilterProxy proxy;
    proxy.setDeviceModel(&m_model);
    const QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(QStringLiteral("registered"));
    proxy.sort(DeviceTableModel::IpColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(&proxy);
    selection.select(proxy.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows); // 10.0.0.20
    const auto shownIps = [&] {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            out << proxy.index(r, DeviceTableModel::IpColumn).data().toString();
        }
        return out;
    };
    QCOMPARE(shownIps(), (QStringList {ip(10), ip(20), ip(30), ip(40), ip(50), ip(60)}));

    // The selected phone's address changes: it moves to its place and stays selected.
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    m_model.upsertRows({row(deviceJson(2, QStringLiteral("00908F000002"), ip(55), QStringLiteral("registered")))});
    QCOMPARE(shownIps(), (QStringList {ip(10), ip(30), ip(40), ip(50), ip(55), ip(60)}));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), 4);
    // A new phone appears at its place; one that no longer matches the search goes away.
    m_model.upsertRows({row(deviceJson(7, QStringLiteral("00908F000007"), ip(35), QStringLiteral("registered"))),
                        row(deviceJson(3, QStringLiteral("00908F000003"), ip(30), QStringLiteral("disconnected")))});
    QCOMPARE(shownIps(), (QStringList {ip(10), ip(35), ip(40), ip(50), ip(55), ip(60)}));
    QCOMPARE(selection.selectedRows().first().data(DeviceTableModel::DeviceIdRole).toLongLong(), 2);
    // Removed from the model: gone, the others mapped to their new source rows.
    m_model.removeDevices({1, 5});
    QCOMPARE(shownIps(), (QStringList {ip(35), ip(40), ip(55), ip(60)}));
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex source = proxy.mapToSource(proxy.index(r, 0));
        QCOMPARE(proxy.mapFromSource(source).row(), r);
    }
    QCOMPARE(reset.size(), 0); // none of it reset the view
    // Descending, and the model's own order again.
    proxy.sort(DeviceTableModel::IpColumn, Qt::DescendingOrder);
    QCOMPARE(shownIps(), (QStringList {ip(60), ip(55), ip(40), ip(35)}));
    QCOMPARE(selection.selectedRows().first().data(DeviceTableModel::DeviceIdRole).toLongLong(), 2);
    proxy.sort(-1);
    QCOMPARE(proxy.index(0, 0).data(DeviceTableModel::DeviceIdRole).toLongLong(), 2);
}

void TestConsoleModels::orderKeysAgreeWithCompare()
{
    // Values that tie, differ only in case, are empty, or missing: every column's fast sort must
    // give the order compare() gives, or rows placed later by compare() land in the wrong place.
    const QStringList users {QStringLiteral("alice"), QStringLiteral("Alice"), QString(), QStringLiteral("Zoé"),
                             QStringLiteral("bob")};
    QVector<DeviceRow> rows;
    for (int i = 0; i < 60; ++i) {
        QJsonObject json = deviceJson(i + 1, QStringLiteral("00908F%1").arg(59 - i, 6, 16, QLatin1Char('0')).toUpper(),
                                      i % 7 == 0 ? QString() : QStringLiteral("10.0.%1.%2").arg(i % 3).arg(i % 11),
                                      i % 3 == 0 ? QStringLiteral("registered") : QStringLiteral("unregistered"), i % 5,
                                      users.at(i % users.size()), i % 4 == 0 ? QString() : QStringLiteral("430HD"));
        json.insert(QStringLiteral("location"), i % 2 ? QStringLiteral("Floor %1").arg(i % 3) : QString());
        if (i % 6) {
            json.insert(QStringLiteral("lastReport"),
                        QDateTime(QDate(2026, 1, 1), QTime(i % 4, 0), Qt::UTC).toString(Qt::ISODate));
        }
        rows.append(row(json));
    }
    m_model.setRows(rows);
    DeviceFilterProxy proxy;
    proxy.setDeviceModel(&m_model);
    const QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = 0; column < DeviceTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            for (int r = 1; r < proxy.rowCount(); ++r) {
                const int a = proxy.mapToSource(proxy.index(r - 1, 0)).row();
                const int b = proxy.mapToSource(proxy.index(r, 0)).row();
                const int c = m_model.compare(a, b, column);
                QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                         qPrintable(QStringLiteral("column %1, rows %2 and %3").arg(column).arg(a).arg(b)));
            }
        }
    }
}

void TestConsoleModels::manyChangesAtOncePlaceRowsAgain()
{
    // A boot storm: most phones change status in one feed batch; the table sorted by status.
    QVector<DeviceRow> rows;
    for (int i = 0; i < 300; ++i) {
        rows.append(
            row(deviceJson(i + 1, QStringLiteral("00908F%1").arg(i, 6, 16, QLatin1Char('0')).toUpper(),
                           QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), QStringLiteral("unregistered"))));
    }
    m_model.setRows(rows);
    DeviceFilterProxy proxy;
    proxy.setDeviceModel(&m_model);
    const QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(QStringLiteral("not registered"));
    proxy.sort(DeviceTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), 300);
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    QVector<DeviceRow> registered;
    for (int i = 0; i < 200; ++i) {
        registered.append(
            row(deviceJson(i + 1, QStringLiteral("00908F%1").arg(i, 6, 16, QLatin1Char('0')).toUpper(),
                           QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), QStringLiteral("registered"))));
    }
    m_model.upsertRows(registered);
    QCOMPARE(changed.size(), 1);     // one signal for the batch
    QCOMPARE(proxy.rowCount(), 100); // the search keeps the others only
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), 300);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const int a = proxy.mapToSource(proxy.index(r - 1, 0)).row();
        const int b = proxy.mapToSource(proxy.index(r, 0)).row();
        QVERIFY(m_model.compare(a, b, DeviceTableModel::StatusColumn) < 0);
    }
    // A renamed region: the same, one signal, the rows' search text follows.
    changed.clear();
    m_model.setRegionName(1, QStringLiteral("Lutetia"));
    QCOMPARE(changed.size(), 1);
    proxy.setSearchText(QStringLiteral("lutetia"));
    QCOMPARE(proxy.rowCount(), 300);
}

void TestConsoleModels::proxyLoadsPagesInOrder()
{
    // Pages of a load arrive as blocks, in id order; the table is sorted by IP the other way.
    m_model.setRows({});
    DeviceFilterProxy proxy;
    proxy.setDeviceModel(&m_model);
    const QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(DeviceTableModel::IpColumn, Qt::DescendingOrder);
    for (int page = 0; page < 3; ++page) {
        QVector<DeviceRow> rows;
        for (int i = 0; i < 200; ++i) {
            const int n = page * 200 + i;
            rows.append(
                row(deviceJson(n + 1, QStringLiteral("00908F%1").arg(n, 6, 16, QLatin1Char('0')).toUpper(),
                               QStringLiteral("10.0.%1.%2").arg(n / 256).arg(n % 256), QStringLiteral("registered"))));
        }
        m_model.upsertRows(rows);
    }
    QCOMPARE(proxy.rowCount(), 600);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        QVERIFY(proxy.index(r - 1, 0).data(DeviceTableModel::DeviceIdRole).toLongLong()
                > proxy.index(r, 0).data(DeviceTableModel::DeviceIdRole).toLongLong());
    }
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

void TestConsoleModels::pagesComeBackInOrder()
{
    // Page 0 large, page 1 small: 1 is likely decoded first, and still handed back second.
    const auto body = [](int first, int count) {
        QJsonArray items;
        for (int i = first; i < first + count; ++i) {
            items.append(deviceJson(i + 1, QStringLiteral("00908F%1").arg(i, 6, 16, QLatin1Char('0')).toUpper(),
                                    QStringLiteral("10.0.0.1"), QStringLiteral("registered")));
        }
        items.append(QJsonObject {{QStringLiteral("id"), 0}}); // not a phone: left out, but counted
        return QJsonDocument(QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("total"), 3001}})
            .toJson(QJsonDocument::Compact);
    };
    DevicePageDecoder decoder;
    QVector<int> order; // the pages handed back, in the order they came
    int rows = 0;
    connect(&decoder, &DevicePageDecoder::decoded, this, [&](const DevicePageDecoder::Page& page) {
        for (int k = page.index; k <= page.lastIndex; ++k) {
            order << k; // pages ready together come as one, still in order
        }
        rows += static_cast<int>(page.rows.size());
        QCOMPARE(page.total, 3001);
        // Each page had one item that is not a phone: left out, but counted.
        QCOMPARE(page.items, static_cast<int>(page.rows.size()) + page.lastIndex - page.index + 1);
    });
    decoder.decode(0, body(0, 3000));
    decoder.decode(1, body(3000, 1));
    QTRY_COMPARE(order.size(), 2);
    QCOMPARE(order, (QVector<int> {0, 1}));
    QCOMPARE(rows, 3001);
    // After a reset, what was in flight is dropped and numbering starts again.
    decoder.decode(2, body(0, 10));
    decoder.reset();
    decoder.decode(0, body(0, 2));
    QTRY_COMPARE(order.size(), 3);
    QTest::qWait(100);
    QCOMPARE(order.size(), 3);
    QCOMPARE(rows, 3003);
}

void TestConsoleModels::badPagesSayWhy()
{
    QVERIFY(DevicePageDecoder::decodeNow(0, "{\"items\": [").error.contains(QLatin1String("not JSON")));
    QVERIFY(DevicePageDecoder::decodeNow(0, "{\"error\": \"nope\"}").error.contains(QLatin1String("not a list")));
    QVERIFY(DevicePageDecoder::decodeNow(0, "{\"items\": [], \"total\": 0}").error.isEmpty());
}

void TestConsoleModels::pagesReadAsRowsReadObjects()
{
    // DevicePageDecoder reads pages field by field (JsonCursor); the change feed's items go
    // through DeviceRow::fromJson: the same phone must come out of both.
    QJsonObject odd = deviceJson(3, QStringLiteral("00908F000003"), QStringLiteral("10.0.0.3"),
                                 QStringLiteral("unregistered"), 9, QStringLiteral("Zoé \"Z\" Müller\n2"));
    odd.insert(QStringLiteral("location"), QStringLiteral("Bâtiment B 😀"));
    odd.insert(QStringLiteral("lastReport"), QStringLiteral("2026-11-30T08:15:30.250Z"));
    odd.insert(QStringLiteral("future"), QJsonObject {{QStringLiteral("nested"), QJsonArray {1, 2, QJsonObject {}}}});
    const QJsonArray items {
        deviceJson(1, QStringLiteral("00908F000001"), QStringLiteral("10.0.0.1"), QStringLiteral("registered"), 2,
                   QStringLiteral("Alice")),
        QJsonObject {{QStringLiteral("id"), 0}, {QStringLiteral("mac"), QStringLiteral("00908F000002")}}, odd,
        QStringLiteral("not an object")};
    const QByteArray body =
        QJsonDocument(QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("total"), 1234}}).toJson();
    const DevicePageDecoder::Page page = DevicePageDecoder::decodeNow(0, body);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.items, 4);
    QCOMPARE(page.total, 1234);
    const QVector<DeviceRow> expected = DeviceRow::fromItems(items);
    QCOMPARE(page.rows.size(), 2);
    QCOMPARE(expected.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const DeviceRow& ours = page.rows.at(i);
        const DeviceRow& theirs = expected.at(i);
        QCOMPARE(ApiJson::toJson(ours.device), ApiJson::toJson(theirs.device));
        QCOMPARE(ours.userName, theirs.userName);
        QCOMPARE(ours.regionName, theirs.regionName);
        QCOMPARE(ours.search, theirs.search);
        QCOMPARE(ours.ipKey, theirs.ipKey);
        QCOMPARE(ours.macKey, theirs.macKey);
    }
    QCOMPARE(page.rows.at(1).userName, QStringLiteral("Zoé \"Z\" Müller\n2"));
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

void TestConsoleModels::sessionKeysTheLocalServerByName()
{
    // The offline copy and the journal of unsaved text find a server again by this key: the
    // console's own server has a new port at every start, so it goes by name.
    QNetworkAccessManager network;
    QString error;
    const ServerUrl url = ServerUrl::parse(QStringLiteral("http://127.0.0.1:1"), &error);
    ConsoleSession local(&network);
    QVERIFY(local.serverKey().isEmpty());
    local.openWithToken(url, {}, QStringLiteral("token"), QStringLiteral("Local server"), true);
    QCOMPARE(local.serverKey(), QStringLiteral("local"));
    ConsoleSession remote(&network);
    remote.openWithToken(url, {}, QStringLiteral("token"), QStringLiteral("Paris"), false);
    QCOMPARE(remote.serverKey(), url.toString());
    QVERIFY(remote.isReachable());
}

QTEST_MAIN(TestConsoleModels)
#include "tst_consolemodels.moc"
