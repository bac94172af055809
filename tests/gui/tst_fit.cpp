// The console on a small laptop screen, under Xvfb (CTest runs it twice: 1024×768 at scale 1, and
// a 2732×1536 screen at QT_SCALE_FACTOR=2, i.e. 1366×768 logical pixels), against a real
// phonefleetd and simulated phones: a first start and a restored window lie within the screen;
// on every page, with the Jobs panel open, the window needs no more than the screen; every
// toolbar action shows without the overflow button and is also in the table's context menu;
// dashboard tiles and chart legends are not cut; the devices table's columns are sized by their
// content, so Status shows. Each page is photographed (PHONEFLEET_SCREENSHOT_DIR).
#include "apiclient.h"
#include "collectionpage.h"
#include "consolesession.h"
#include "consolesettings.h"
#include "consoletranslations.h"
#include "dashboardview.h"
#include "devicesview.h"
#include "devicetablemodel.h"
#include "mainwindow.h"
#include "piecard.h"
#include "serverprocess.h"
#include "serverurl.h"
#include "simprocess.h"
#include "waitfor.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonArray>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include <memory>

namespace {
const QString adminPassword = QStringLiteral("fit-admin-password");
constexpr int phones = 24;
} // namespace

class TestFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void firstStartFitsTheScreen();
    void restoredWindowComesBackOnScreen();
    void everyPageFitsWithEveryActionAtHand();

private:
    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }
    // "window 0,0 1280x800 on a screen of 1024x768", for a failure's message.
    QString place(const QString& what, const QRect& frame) const
    {
        return QStringLiteral("%1 %2,%3 %4x%5 on a screen of %6x%7")
            .arg(what)
            .arg(frame.x())
            .arg(frame.y())
            .arg(frame.width())
            .arg(frame.height())
            .arg(available().width())
            .arg(available().height());
    }
    std::unique_ptr<MainWindow> signedInWindow();
    // The labels of the context menu the table opens (the menu is closed again).
    QStringList contextMenuOf(QTableView* table);
    void photograph(const QString& name);
    QString sizeName() const;

    QTemporaryDir m_dir;
    ServerProcess m_server;
    SimProcess m_sim;
    ApiClient m_admin;
    QNetworkAccessManager m_network;
};

void TestFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English, or the language asked for (German: the longest labels; Hebrew: right to left).
    const QString language = qEnvironmentVariable("PHONEFLEET_FIT_LANGUAGE", QStringLiteral("en"));
    QCOMPARE(ConsoleTranslations::install(QCoreApplication::instance(), language), language);
    // What this test is about is a real screen of a given size: not the offscreen platform.
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    const QByteArray expected = qgetenv("PHONEFLEET_FIT_SCREEN"); // "1024x768": the logical size
    if (!expected.isEmpty()) {
        const QSize screen = QGuiApplication::primaryScreen()->size();
        QCOMPARE(QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height()), QString::fromLatin1(expected));
    }
    qInfo("screen %dx%d logical, available %dx%d, device pixel ratio %.1f",
          QGuiApplication::primaryScreen()->size().width(), QGuiApplication::primaryScreen()->size().height(),
          available().width(), available().height(), QGuiApplication::primaryScreen()->devicePixelRatio());

    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.startIn(m_dir.path(), adminPassword, &error), qPrintable(error));
    m_admin = ApiClient(m_server.http, QHostAddress::LocalHost);
    QCOMPARE(m_admin.login(QStringLiteral("admin"), adminPassword).status, 200);
    // Names as long as real ones: the charts' legends must not cut them.
    for (const char* name : {"Paris", "Berlin-Charlottenburg", "Madrid", "Lyon Part-Dieu"}) {
        const ApiClient::Reply r =
            m_admin.post("/api/v1/regions",
                         {{QStringLiteral("name"), QString::fromUtf8(name)},
                          {QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.0/8")}});
        QVERIFY2(r.status == 201, r.text());
    }
    const quint16 simPort = SimProcess::freePort();
    const ApiClient::Reply settings = m_admin.get("/api/v1/settings");
    const ApiClient::Reply r = m_admin.put(
        "/api/v1/settings",
        {{QStringLiteral("settings"), QJsonObject {{QStringLiteral("phone_push_port"), QString::number(simPort)}}},
         {QStringLiteral("revision"), settings.json.value(QStringLiteral("revision"))}});
    QVERIFY2(r.status == 200, r.text());
    QTest::qWait(300);
    QVERIFY2(m_sim.start({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(m_server.http),
                          QStringLiteral("--phones"), QString::number(phones), QStringLiteral("--regions"),
                          QStringLiteral("Paris,Berlin-Charlottenburg,Madrid,Lyon Part-Dieu"),
                          QStringLiteral("--models"), QStringLiteral("430HD,440HD,445HD,450HD,C450HD"),
                          QStringLiteral("--time-scale"), QStringLiteral("10")},
                         simPort, &error),
             qPrintable(error));
    QVERIFY(waitFor(
        [&] { return m_admin.get("/api/v1/dashboard").json.value(QStringLiteral("registered")).toInt() == phones; },
        30000));
}

void TestFit::cleanupTestCase()
{
    m_sim.stop();
    m_server.kill();
}

void TestFit::init()
{
    // Each case starts as a first start (with-xvfb.sh gives the run a HOME of its own).
    for (ConsoleSettings::Key key :
         {ConsoleSettings::Key::WindowGeometry, ConsoleSettings::Key::WindowState, ConsoleSettings::Key::WindowPage,
          ConsoleSettings::Key::DevicesColumns, ConsoleSettings::Key::DevicesColumnWidthsByHand}) {
        ConsoleSettings::reset(key);
    }
}

QString TestFit::sizeName() const
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QString size = screen->devicePixelRatio() > 1.0 ? QStringLiteral("scale2") : QStringLiteral("1024x768");
    const QString language = qEnvironmentVariable("PHONEFLEET_FIT_LANGUAGE", QStringLiteral("en"));
    return language == QLatin1String("en") ? size : size + u'-' + language;
}

void TestFit::photograph(const QString& name)
{
    const QString dir = qEnvironmentVariable("PHONEFLEET_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QTest::qWait(300); // the last paint reaches the X server
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("fit-%1-%2.png").arg(sizeName(), name));
    QVERIFY2(QGuiApplication::primaryScreen()->grabWindow(0).save(path), qPrintable(path));
}

std::unique_ptr<MainWindow> TestFit::signedInWindow()
{
    auto w = std::make_unique<MainWindow>(&m_network);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get())) {
        return nullptr;
    }
    QString error;
    const ServerUrl url = ServerUrl::parse(QStringLiteral("http://127.0.0.1:%1").arg(m_server.http), &error);
    w->session()->signIn(url, {}, QStringLiteral("admin"), adminPassword, QStringLiteral("Fit"));
    if (!waitFor([&] { return w->session()->isSignedIn(); }, 15000)
        || !waitFor([&] { return w->devicesView()->model()->rowCount() == phones; }, 15000)) {
        return nullptr;
    }
    return w;
}

QStringList TestFit::contextMenuOf(QTableView* table)
{
    QStringList labels;
    QTimer::singleShot(200, this, [&] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* a : menu->actions()) {
                if (!a->isSeparator()) {
                    labels << a->text();
                }
            }
            menu->close();
        }
    });
    const QPoint inside = table->viewport()->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, inside, table->viewport()->mapToGlobal(inside));
    QApplication::sendEvent(table->viewport(), &event); // returns once the menu is closed
    return labels;
}

void TestFit::firstStartFitsTheScreen()
{
    MainWindow w(&m_network);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(available().contains(w.frameGeometry()), qPrintable(place(QStringLiteral("window"), w.frameGeometry())));
}

void TestFit::restoredWindowComesBackOnScreen()
{
    // Saved on a larger screen (or before a scale change): bigger than this one, partly off it.
    {
        MainWindow big(&m_network);
        big.setGeometry(available().width() / 2, available().height() / 2, 1900, 1150);
        big.show();
        QVERIFY(QTest::qWaitForWindowExposed(&big));
        big.close();
    }
    QVERIFY(!ConsoleSettings::value(ConsoleSettings::Key::WindowGeometry).toByteArray().isEmpty());
    MainWindow w(&m_network);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(available().contains(w.frameGeometry()), qPrintable(place(QStringLiteral("restored"), w.frameGeometry())));
}

void TestFit::everyPageFitsWithEveryActionAtHand()
{
    auto w = signedInWindow();
    QVERIFY(w);
    auto* toolBar = w->findChild<QToolBar*>(QStringLiteral("actions"));
    QVERIFY(toolBar);
    // Right to left in Hebrew: the page list on the right, the pages to its left.
    auto* pageList = w->findChild<QListWidget*>(QStringLiteral("navigation"));
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    QCOMPARE(pageList->mapTo(w.get(), QPoint(0, 0)).x() > w->width() / 2, rtl);
    // A job, so that the Jobs panel has rows while each page is looked at.
    w->showPage(QStringLiteral("devices"));
    w->jobsDock()->show();
    QJsonArray ids;
    for (const QJsonValue& d : m_admin.get("/api/v1/devices").items()) {
        ids.append(d.toObject().value(QStringLiteral("id")));
    }
    const ApiClient::Reply job =
        m_admin.post("/api/v1/actions",
                     {{QStringLiteral("action"), QStringLiteral("check-status")}, {QStringLiteral("deviceIds"), ids}});
    QVERIFY2(job.status == 201, job.text());

    const QSize room = available().size();
    for (int page = 0;; ++page) {
        auto* list = w->findChild<QListWidget*>(QStringLiteral("navigation"));
        if (page >= list->count()) {
            break;
        }
        list->setCurrentRow(page);
        const QString id = w->currentPageId();
        auto* collection = qobject_cast<CollectionPage*>(w->findChild<QStackedWidget*>()->currentWidget());
        if (collection) {
            QVERIFY2(waitFor([&] { return !collection->isLoading(); }, 10000), qPrintable(id));
        }
        QTest::qWait(100);
        QCoreApplication::processEvents();

        // The window needs no more than the screen: nothing is squeezed below its minimum.
        const QSize needed = w->minimumSizeHint().expandedTo(w->minimumSize());
        QVERIFY2(needed.width() <= room.width() && needed.height() <= room.height(),
                 qPrintable(QStringLiteral("%1 needs %2x%3, the screen has %4x%5")
                                .arg(id)
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(room.width())
                                .arg(room.height())));
        QVERIFY2(available().contains(w->frameGeometry()), qPrintable(id));

        // Every action of the page in the toolbar, none behind the overflow button.
        if (toolBar->isVisible()) {
            const auto* more = toolBar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
            QVERIFY2(!more || !more->isVisible(), qPrintable(id + QStringLiteral(": the toolbar overflows")));
            for (QAction* a : toolBar->actions()) {
                QWidget* button = toolBar->widgetForAction(a);
                QVERIFY2(button && button->isVisible() && toolBar->rect().contains(button->geometry()),
                         qPrintable(id + QStringLiteral(": ") + a->text()));
                QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->text())); // an icon alone says it there
            }
        }
        // ... and each of them in the table's context menu too.
        QTableView* table =
            collection ? collection->table() : (id == QLatin1String("devices") ? w->devicesView()->table() : nullptr);
        if (table) {
            const QStringList menu = contextMenuOf(table);
            for (QAction* a : toolBar->actions()) {
                QVERIFY2(menu.contains(a->text()),
                         qPrintable(id + QStringLiteral(": not in the context menu: ") + a->text()));
            }
        }
        if (id == QLatin1String("devices")) {
            // Columns sized by content: every column shown fits the viewport, Status included.
            QHeaderView* header = w->devicesView()->table()->horizontalHeader();
            const int status = header->sectionViewportPosition(DeviceTableModel::StatusColumn);
            QVERIFY2(status >= 0 && status + 40 <= header->viewport()->width(),
                     qPrintable(QStringLiteral("Status at %1 of %2").arg(status).arg(header->viewport()->width())));
        }
        if (id == QLatin1String("dashboard")) {
            QVERIFY(waitFor([&] { return w->dashboardView()->figures().overall.total == phones; }, 10000));
            QCoreApplication::processEvents();
            using T = DashboardView::Tile;
            for (T t : {T::Registered, T::NotRegistered, T::Disconnected, T::Percent, T::Pending}) {
                QPushButton* tile = w->dashboardView()->tile(t);
                QVERIFY2(
                    tile->isVisible() && tile->width() >= tile->sizeHint().width(),
                    qPrintable(tile->accessibleName()
                               + QStringLiteral(": %1 of %2 px").arg(tile->width()).arg(tile->sizeHint().width())));
            }
            using C = DashboardView::Chart;
            for (C c : {C::Region, C::Model, C::Firmware}) {
                PieCard* card = w->dashboardView()->card(c);
                QVERIFY2(card->isVisible() && card->width() >= card->minimumSizeHint().width(),
                         qPrintable(card->title()));
                // Not cut at the sides: the page scrolls up and down only.
                const QWidget* viewport = card->parentWidget()->parentWidget();
                const QRect inViewport(card->mapTo(viewport, QPoint(0, 0)), card->size());
                QVERIFY2(inViewport.left() >= 0 && inViewport.right() < viewport->width(),
                         qPrintable(card->title()
                                    + QStringLiteral(": %1..%2 of %3")
                                          .arg(inViewport.left())
                                          .arg(inViewport.right())
                                          .arg(viewport->width())));
                QVERIFY(!card->legendEntries().isEmpty());
                for (QPushButton* entry : card->legendEntries()) {
                    QVERIFY2(entry->isVisible() && entry->width() >= entry->sizeHint().width(),
                             qPrintable(
                                 card->title() + QStringLiteral(": ") + entry->text()
                                 + QStringLiteral(" %1 of %2 px").arg(entry->width()).arg(entry->sizeHint().width())));
                }
            }
        }
        photograph(id);
    }
}

QTEST_MAIN(TestFit)
#include "tst_fit.moc"
