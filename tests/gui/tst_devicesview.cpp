#include "devicesview.h"
#include "devicetablemodel.h"
#include "mainwindow.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

namespace {
Device device(const char* mac, const char* ip, SipStatus status, qint64 userId)
{
    Device d;
    d.id = userId * 10;
    d.mac = MacAddress::fromString(QLatin1String(mac));
    d.ipAddress = QLatin1String(ip);
    d.model = QStringLiteral("430HD");
    d.sipStatus = status;
    d.userId = userId;
    return d;
}
} // namespace

class TestDevicesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // never the user's settings
    void sortsByRawValue();
    void searchFilters();
    void selectedDevicesMapThroughTheProxy();
    void mainWindowShows();
};

void TestDevicesView::sortsByRawValue()
{
    DevicesView view;
    view.model()->setDevices({device("00908F000001", "10.0.0.10", SipStatus::Registered, 1),
                              device("00908F000002", "10.0.0.9", SipStatus::Unregistered, 2)});
    QTableView* table = view.table();
    table->sortByColumn(DeviceTableModel::IpColumn, Qt::AscendingOrder);
    // Numeric, not text order: 10.0.0.9 before 10.0.0.10.
    QCOMPARE(table->model()->index(0, DeviceTableModel::IpColumn).data().toString(), QStringLiteral("10.0.0.9"));
    table->sortByColumn(DeviceTableModel::IpColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, DeviceTableModel::IpColumn).data().toString(), QStringLiteral("10.0.0.10"));
}

void TestDevicesView::searchFilters()
{
    DevicesView view;
    view.model()->setDevices({device("00908F000001", "10.0.0.1", SipStatus::Registered, 1),
                              device("00908F000002", "10.0.0.2", SipStatus::Unregistered, 2)},
                             {{1, QStringLiteral("Alice Moreau")}, {2, QStringLiteral("Bruno Keller")}});
    QTest::keyClicks(view.searchBox(), QStringLiteral("bruno"));
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QCOMPARE(view.table()->model()->index(0, DeviceTableModel::MacColumn).data().toString(),
             QStringLiteral("00908F000002"));
    view.searchBox()->clear();
    QCOMPARE(view.table()->model()->rowCount(), 2);
    QTest::keyClicks(view.searchBox(), QStringLiteral("not registered"));
    QCOMPARE(view.table()->model()->rowCount(), 1);
}

void TestDevicesView::selectedDevicesMapThroughTheProxy()
{
    DevicesView view;
    view.model()->setDevices({device("00908F000001", "10.0.0.1", SipStatus::Registered, 1),
                              device("00908F000002", "10.0.0.2", SipStatus::Registered, 2),
                              device("00908F000003", "10.0.0.3", SipStatus::Registered, 3)});
    view.table()->sortByColumn(DeviceTableModel::MacColumn, Qt::DescendingOrder);
    view.table()->selectRow(0);
    const QVector<Device> selected = view.selectedDevices();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().mac.toString(), QStringLiteral("00908F000003"));
}

void TestDevicesView::mainWindowShows()
{
    QNetworkAccessManager network;
    MainWindow window(&network); // no local connector: nothing to sign in to
    window.showPage(QStringLiteral("devices"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.devicesView()->isVisible());
    QCOMPARE(window.devicesView()->table()->model()->columnCount(), static_cast<int>(DeviceTableModel::ColumnCount));
}

QTEST_MAIN(TestDevicesView)
#include "tst_devicesview.moc"
