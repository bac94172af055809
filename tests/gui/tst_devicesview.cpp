#include "apijson.h"
#include "consolesettings.h"
#include "consoletranslations.h"
#include "devicesview.h"
#include "devicetablemodel.h"
#include "jobsmodel.h"
#include "mainwindow.h"
#include "recorddialog.h"
#include "tablecelldelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <functional>

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
    void cellTextIsPlainElidedAndInItsColours();
    void jobsAreDescribedInTheConsolesWords();
    void recordDialogRefusesWhatTheServerWould();
    void columnLayoutIsSavedOnceSettled();
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

void TestDevicesView::cellTextIsPlainElidedAndInItsColours()
{
    // TableCellDelegate draws the text itself: it must stay inside its cell, be elided when too
    // long, show markup as written, and use the selected colours on a selected row.
    QStandardItemModel model(1, 1);
    model.setItem(0, 0,
                  new QStandardItem(QStringLiteral("<b>bold?</b> a very long phone-reported text that will not fit")));
    QTableView table;
    table.setModel(&model);
    TableCellDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&table);
    option.widget = &table;
    option.rect = QRect(0, 0, 120, 24);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.palette.setColor(QPalette::Base, Qt::white);
    option.palette.setColor(QPalette::Text, Qt::black);
    option.palette.setColor(QPalette::Highlight, Qt::blue);
    option.palette.setColor(QPalette::HighlightedText, Qt::white);
    const auto paint = [&](QStyle::State extra) {
        QImage image(200, 24, QImage::Format_ARGB32);
        image.fill(Qt::green);
        QPainter painter(&image);
        QStyleOptionViewItem o = option;
        o.state |= extra;
        delegate.paint(&painter, o, model.index(0, 0));
        return image;
    };
    // Pixels of the area matching: text is anti-aliased, so "dark" and "light" rather than exact.
    const auto count = [](const QImage& image, const QRect& area, const std::function<bool(QRgb)>& match) {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                n += match(image.pixel(x, y)) ? 1 : 0;
            }
        }
        return n;
    };
    const auto green = [](QRgb p) { return p == QColor(Qt::green).rgb(); };
    const auto dark = [](QRgb p) { return qRed(p) < 90 && qGreen(p) < 90 && qBlue(p) < 90; };
    const auto light = [](QRgb p) { return qRed(p) > 200 && qGreen(p) > 200 && qBlue(p) > 200; };
    const QImage plain = paint({});
    QCOMPARE(count(plain, QRect(120, 0, 80, 24), green), 80 * 24); // nothing outside the cell
    QVERIFY(count(plain, QRect(0, 0, 120, 24), dark) > 20);        // text in the Text colour
    QCOMPARE(count(plain, QRect(0, 0, 120, 24), light), 0);
    const QImage selected = paint(QStyle::State_Selected);
    QVERIFY(count(selected, QRect(0, 0, 120, 24), light) > 20); // HighlightedText on Highlight
    QCOMPARE(count(selected, QRect(0, 0, 120, 24), dark), 0);
    // Elided, and the markup shown as text: the drawn string is the elided plain one.
    const QString elided = option.fontMetrics.elidedText(model.item(0, 0)->text(), Qt::ElideRight, 120);
    QVERIFY(elided.endsWith(QChar(0x2026)));
    QVERIFY(elided.startsWith(QLatin1String("<b>")));
}

void TestDevicesView::jobsAreDescribedInTheConsolesWords()
{
    // The server's description is for logs ("reset 3 phone(s) (force)"); the console says it in
    // its own words, with the plural right, and falls back to the server's for what it does not know.
    ConsoleTranslations::install(QCoreApplication::instance(), QStringLiteral("en")); // the English plurals
    Job j;
    j.action = QStringLiteral("reset");
    j.options = QStringLiteral(R"({"mode":"force"})");
    j.description = QStringLiteral("reset 37 phone(s) (force)");
    QCOMPARE(JobsModel::describe(j, 37), QStringLiteral("Reset 37 phones at once"));
    QCOMPARE(JobsModel::describe(j, 1), QStringLiteral("Reset 1 phone at once"));
    j.options = QStringLiteral(R"({"mode":"graceful"})");
    QCOMPARE(JobsModel::describe(j, 2), QStringLiteral("Reset 2 phones when idle"));
    j.action = QStringLiteral("reset-passwords");
    QCOMPARE(JobsModel::describe(j, 1), QStringLiteral("Reset Passwords of 1 user"));
    j.action = QStringLiteral("generate");
    QCOMPARE(JobsModel::describe(j, 300), QStringLiteral("Generate Configuration Files of 300 phones"));
    j.action = QStringLiteral("teleport");
    QCOMPARE(JobsModel::describe(j, 3), j.description);
}

void TestDevicesView::recordDialogRefusesWhatTheServerWould()
{
    // The console checks a body with the server's own field check: the same refusal, in the
    // same words, before anything is sent.
    const QJsonObject body {{QStringLiteral("mac"), QStringLiteral("00908F000001")},
                            {QStringLiteral("vlanPriority"), 9}};
    Device onServer;
    QString serverWords;
    QVERIFY(!ApiJson::fromJson(body, &onServer, &serverWords));
    RecordDialog dialog(nullptr, QStringLiteral("Add Phone"));
    dialog.checkFieldsOf<Device>();
    bool built = false;
    dialog.setRequest("POST", QStringLiteral("devices"), [&](QString*) {
        built = true;
        return body;
    });
    dialog.accept();
    QVERIFY(built);
    QCOMPARE(dialog.problemLabel()->text(), serverWords);
    QVERIFY(serverWords.contains(QLatin1String("VLAN priority must be a whole number from 0 to 7, not 9")));
    QVERIFY(dialog.result().isEmpty());
}

void TestDevicesView::columnLayoutIsSavedOnceSettled()
{
    ConsoleSettings::reset(ConsoleSettings::Key::DevicesColumns);
    {
        DevicesView view;
        QHeaderView* header = view.table()->horizontalHeader();
        for (int width = 100; width < 200; width += 10) {
            header->resizeSection(DeviceTableModel::MacColumn, width); // a drag: many resizes
        }
        QVERIFY(ConsoleSettings::value(ConsoleSettings::Key::DevicesColumns).toByteArray().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!ConsoleSettings::value(ConsoleSettings::Key::DevicesColumns).toByteArray().isEmpty(),
                                 3000);
        QCOMPARE(ConsoleSettings::value(ConsoleSettings::Key::DevicesColumns).toByteArray(), header->saveState());
    }
    // A layout that had not settled when the view went is saved with it.
    const QByteArray before = ConsoleSettings::value(ConsoleSettings::Key::DevicesColumns).toByteArray();
    QByteArray last;
    {
        DevicesView view;
        QHeaderView* header = view.table()->horizontalHeader();
        QCOMPARE(header->sectionSize(DeviceTableModel::MacColumn), 190); // restored
        header->resizeSection(DeviceTableModel::MacColumn, 250);
        last = header->saveState();
    }
    QVERIFY(last != before);
    QCOMPARE(ConsoleSettings::value(ConsoleSettings::Key::DevicesColumns).toByteArray(), last);
}

QTEST_MAIN(TestDevicesView)
#include "tst_devicesview.moc"
