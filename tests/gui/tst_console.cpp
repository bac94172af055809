// The console against a real phonefleetd and real simulated phones, offscreen: signing in to a
// saved server (password, keychain, no keychain), certificates (first contact, pinned mismatch),
// every bulk action on a selection checked on the server and on the phones, the Jobs panel, the
// dashboard's drill-down, and a Monitoring administrator's disabled actions.
#include "actionoptionsdialog.h"
#include "apiclient.h"
#include "buildinfo.h"
#include "bulkaction.h"
#include "consolesession.h"
#include "consoletranslations.h"
#include "dashboardview.h"
#include "devicefilterproxy.h"
#include "devicesview.h"
#include "devicetablemodel.h"
#include "jobsmodel.h"
#include "jobspanel.h"
#include "knownservers.h"
#include "mainwindow.h"
#include "profileconnector.h"
#include "recorddialog.h"
#include "regionspage.h"
#include "serverprocess.h"
#include "serverurl.h"
#include "signindialog.h"
#include "simprocess.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPieSeries>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

namespace {
const QString adminPassword = QStringLiteral("console-admin-password");
const QString monitorPassword = QStringLiteral("console-monitor-password");
constexpr int phones = 6;

QHostAddress phoneAddress(int index)
{
    return QHostAddress(0x7F000002u + static_cast<quint32>(index));
}
} // namespace

// What the browser would have been asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

class TestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void signInKeepsTheSessionInTheKeychain();
    void missingKeychainSaysSoAndKeepsNothing();
    void certificateOnFirstContactThenPinned();
    void pinnedCertificateMismatchRefuses();
    void everyBulkActionOnTheSelection();
    void dashboardDrillDown();
    void noticesDoNotMoveTheRows();
    void ctrlNFromThePageListAndNothingLeftAfterSignOut();
    void monitoringAdminSeesWriteActionsDisabled();

private:
    ConnectionProfile profile(const QString& name, const QString& server, const QString& user);
    // A main window connecting to the profile; answers the password dialog if one opens (the
    // keychain may hold a session of that account on that server from an earlier test).
    std::unique_ptr<MainWindow> connectWindow(const ConnectionProfile& p, const QString& password);
    bool signedIn(MainWindow* w, int ms = 20000);
    SignInDialog* waitForSignInDialog(MainWindow* w);
    void select(DevicesView* view, const QVector<qint64>& ids);
    ActionOptionsDialog* trigger(MainWindow* w, BulkAction::Kind kind);
    void accept(ActionOptionsDialog* dialog);
    qint64 jobOf(QSignalSpy& spy);
    bool jobDone(qint64 id, int ms = 30000);
    QJsonObject phone(int index) const { return m_sim.phone(phoneAddress(index)); }
    // Where the console keeps the pin of the HTTPS server.
    QString pinKey() const
    {
        QString error;
        return ServerUrl::parse(m_https, &error).toString();
    }
    QJsonObject deviceOnServer(qint64 id) { return m_admin.get("/api/v1/devices/" + QByteArray::number(id)).json; }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    SimProcess m_sim;
    ApiClient m_admin;
    QNetworkAccessManager m_network;
    QVector<qint64> m_deviceIds; // phone i's device id
    qint64 m_pending = 0;        // a phone waiting for approval
    qint64 m_paris = 0;
    qint64 m_lyon = 0;
    qint64 m_firmware = 0;
    QString m_http;
    QString m_https;
    std::unique_ptr<QTemporaryDir> m_runtime; // an XDG_RUNTIME_DIR with no bus in it
    QByteArray m_savedBus;
    QByteArray m_savedRuntime;
};

void TestConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the console's settings never touch the user's
    ConsoleTranslations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.startIn(m_dir.path(), adminPassword, &error), qPrintable(error));
    m_http = QStringLiteral("http://127.0.0.1:%1").arg(m_server.http);
    m_https = QStringLiteral("https://127.0.0.1:%1").arg(m_server.https);
    m_admin = ApiClient(m_server.http, QHostAddress::LocalHost);
    QCOMPARE(m_admin.login(QStringLiteral("admin"), adminPassword).status, 200);

    ApiClient::Reply r = m_admin.post("/api/v1/regions",
                                      {{QStringLiteral("name"), QStringLiteral("Paris")},
                                       {QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.0/8")}});
    QVERIFY2(r.status == 201, r.text());
    m_paris = r.id();
    r = m_admin.post("/api/v1/regions",
                     {{QStringLiteral("name"), QStringLiteral("Lyon")},
                      {QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.0/8")}});
    QVERIFY2(r.status == 201, r.text());
    m_lyon = r.id();
    const quint16 simPort = SimProcess::freePort();
    const ApiClient::Reply settings = m_admin.get("/api/v1/settings");
    r = m_admin.put(
        "/api/v1/settings",
        {{QStringLiteral("settings"), QJsonObject {{QStringLiteral("phone_push_port"), QString::number(simPort)}}},
         {QStringLiteral("revision"), settings.json.value(QStringLiteral("revision"))}});
    QVERIFY2(r.status == 200, r.text());
    r = m_admin.call("POST", "/api/v1/firmware?name=430HD_3.5.0.7.img", QByteArray(8192, 'f'));
    QVERIFY2(r.status == 201, r.text());
    m_firmware = r.id();
    r = m_admin.post("/api/v1/admins",
                     {{QStringLiteral("name"), QStringLiteral("monitor")},
                      {QStringLiteral("role"), QStringLiteral("regional")},
                      {QStringLiteral("regionLevels"),
                       QJsonArray {QJsonObject {{QStringLiteral("regionId"), m_paris},
                                                {QStringLiteral("level"), QStringLiteral("monitoring")}}}},
                      {QStringLiteral("password"), monitorPassword}});
    QVERIFY2(r.status == 201, r.text());
    QTest::qWait(300); // the push port applies within the node at once

    QVERIFY2(m_sim.start({QStringLiteral("--server"), m_http, QStringLiteral("--phones"), QString::number(phones),
                          QStringLiteral("--region"), QStringLiteral("Paris"), QStringLiteral("--models"),
                          QStringLiteral("430HD"), QStringLiteral("--time-scale"), QStringLiteral("10")},
                         simPort, &error),
             qPrintable(error));
    QVERIFY(waitFor(
        [&] { return m_admin.get("/api/v1/dashboard").json.value(QStringLiteral("registered")).toInt() == phones; },
        30000));
    for (int i = 0; i < phones; ++i) {
        const QString mac = phone(i).value(QStringLiteral("mac")).toString();
        const QJsonArray items = m_admin.get("/api/v1/devices?mac=" + mac.toLatin1()).items();
        QCOMPARE(items.size(), 1);
        m_deviceIds.append(static_cast<qint64>(items.first().toObject().value(QStringLiteral("id")).toDouble()));
    }
    // A phone from nowhere the server knows: it waits for approval.
    QCOMPARE(rawRequest(m_server.http, "POST", "/rest/v1/ipphoneMgrStatus/keep-alive", {},
                        R"({"mac":"00908FAA0001","status":"registered","model":"440HD"})")
                 .status,
             200);
    const QJsonArray pending = m_admin.get("/api/v1/devices?approval=pending").items();
    QCOMPARE(pending.size(), 1);
    m_pending = static_cast<qint64>(pending.first().toObject().value(QStringLiteral("id")).toDouble());
}

void TestConsole::cleanupTestCase()
{
    m_sim.stop();
    m_server.kill();
}

void TestConsole::init()
{
    QSettings().clear();
}

void TestConsole::cleanup()
{
    if (m_runtime) {
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_savedBus);
        qputenv("XDG_RUNTIME_DIR", m_savedRuntime);
        m_runtime.reset();
    }
}

ConnectionProfile TestConsole::profile(const QString& name, const QString& server, const QString& user)
{
    ConnectionProfile p;
    p.name = name;
    p.server = server;
    p.user = user;
    ConnectionProfiles::save(p);
    return p;
}

SignInDialog* TestConsole::waitForSignInDialog(MainWindow* w)
{
    SignInDialog* dialog = nullptr;
    waitFor(
        [&] {
            dialog = w->findChild<SignInDialog*>();
            return dialog != nullptr && dialog->isVisible();
        },
        10000, 20);
    return dialog;
}

std::unique_ptr<MainWindow> TestConsole::connectWindow(const ConnectionProfile& p, const QString& password)
{
    auto w = std::make_unique<MainWindow>(&m_network);
    w->show();
    w->connectToProfile(p);
    SignInDialog* dialog = nullptr;
    waitFor(
        [&] {
            dialog = w->findChild<SignInDialog*>();
            return (dialog != nullptr && dialog->isVisible()) || w->session()->isSignedIn()
                || (w->messageBar()->isVisible() && w->messageBar()->kind() == MessageBar::Kind::Error);
        },
        10000, 20);
    if (dialog && dialog->isVisible()) {
        dialog->passwordEdit()->setText(password);
        dialog->accept();
    }
    return w;
}

bool TestConsole::signedIn(MainWindow* w, int ms)
{
    return waitFor([&] { return w->session()->isSignedIn(); }, ms, 20);
}

void TestConsole::select(DevicesView* view, const QVector<qint64>& ids)
{
    QItemSelection selection;
    for (const qint64 id : ids) {
        const QModelIndex source = view->model()->index(view->model()->rowOf(id), 0);
        const QModelIndex shown = view->proxy()->mapFromSource(source);
        selection.select(shown, shown);
    }
    view->table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->updateActionState();
}

ActionOptionsDialog* TestConsole::trigger(MainWindow* w, BulkAction::Kind kind)
{
    QAction* action = w->devicesView()->action(kind);
    if (!action || !action->isEnabled()) {
        qWarning("action %d is disabled: %s", static_cast<int>(kind), action ? qPrintable(action->toolTip()) : "none");
        return nullptr;
    }
    action->trigger();
    ActionOptionsDialog* dialog = nullptr;
    waitFor(
        [&] {
            dialog = w->findChild<ActionOptionsDialog*>();
            return dialog != nullptr && dialog->isVisible();
        },
        5000, 20);
    return dialog;
}

void TestConsole::accept(ActionOptionsDialog* dialog)
{
    QPointer<ActionOptionsDialog> guard(dialog);
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->windowTitle()));
    ok->click();
    QVERIFY(waitFor([&] { return guard.isNull(); }, 5000, 20)); // closed, then deleted
}

qint64 TestConsole::jobOf(QSignalSpy& spy)
{
    if (spy.isEmpty() && !spy.wait(10000)) {
        return 0;
    }
    return static_cast<qint64>(spy.takeFirst().at(0).toJsonObject().value(QStringLiteral("id")).toDouble());
}

bool TestConsole::jobDone(qint64 id, int ms)
{
    return waitFor(
        [&] {
            return m_admin.get("/api/v1/jobs/" + QByteArray::number(id)).json.value(QStringLiteral("state")).toString()
                == QLatin1String("done");
        },
        ms);
}

void TestConsole::signInKeepsTheSessionInTheKeychain()
{
    if (qEnvironmentVariableIsSet("PHONEFLEET_NO_KEYRING")) {
        QSKIP("no D-Bus session and GNOME Keyring here (tests/common/with-keyring.sh)");
    }
    const ConnectionProfile p = profile(QStringLiteral("Paris HQ"), m_http, QStringLiteral("admin"));
    {
        auto w = std::make_unique<MainWindow>(&m_network);
        w->show();
        w->connectToProfile(p);
        SignInDialog* dialog = waitForSignInDialog(w.get());
        QVERIFY(dialog);
        QVERIFY(dialog->rememberBox()->isEnabled());
        QVERIFY(dialog->rememberBox()->isChecked());
        // A wrong password asks again, saying why; nothing is signed in.
        QPointer<SignInDialog> first(dialog);
        dialog->passwordEdit()->setText(QStringLiteral("not the password"));
        dialog->accept();
        QVERIFY(waitFor([&] { return first.isNull(); }, 5000, 20));
        dialog = waitForSignInDialog(w.get());
        QVERIFY(dialog);
        QVERIFY(!w->session()->isSignedIn());
        dialog->passwordEdit()->setText(adminPassword);
        dialog->accept();
        QVERIFY(signedIn(w.get()));
        QVERIFY(waitFor([&] { return w->devicesView()->model()->rowCount() == phones + 1; }, 10000));
        QCOMPARE(ConnectionProfiles::lastUsed(), p.name);
    }
    // The next start signs in with the kept session: no password asked.
    auto again = std::make_unique<MainWindow>(&m_network);
    again->show();
    again->connectToProfile(p);
    QVERIFY(signedIn(again.get()));
    QVERIFY(!again->findChild<SignInDialog*>());
    QCOMPARE(again->session()->admin().name, QStringLiteral("admin"));
}

void TestConsole::missingKeychainSaysSoAndKeepsNothing()
{
    m_runtime = std::make_unique<QTemporaryDir>();
    m_savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    m_savedRuntime = qgetenv("XDG_RUNTIME_DIR");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_RUNTIME_DIR", m_runtime->path().toLocal8Bit());

    const ConnectionProfile p = profile(QStringLiteral("No keychain"), m_http, QStringLiteral("admin"));
    auto w = std::make_unique<MainWindow>(&m_network);
    w->show();
    w->connectToProfile(p);
    SignInDialog* dialog = waitForSignInDialog(w.get());
    QVERIFY(dialog);
    // Said before signing in, and nothing offered that cannot be done.
    QVERIFY(!dialog->rememberBox()->isEnabled());
    QVERIFY(!dialog->rememberBox()->isChecked());
    QVERIFY(dialog->keychainNote()->isVisible());
    QVERIFY2(dialog->keychainNote()->text().contains(QLatin1String("No keychain")),
             qPrintable(dialog->keychainNote()->text()));
    dialog->passwordEdit()->setText(adminPassword);
    dialog->accept();
    QVERIFY(signedIn(w.get()));
    // Said again once signed in, without blocking anything; no file holds the token.
    QVERIFY(waitFor([&] { return w->messageBar()->isVisible(); }, 5000, 20));
    QCOMPARE(w->messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY2(w->messageBar()->text().contains(QLatin1String("not kept")), qPrintable(w->messageBar()->text()));
    QSettings settings;
    for (const QString& key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().startsWith(QLatin1String("pft_")), qPrintable(key));
    }
}

void TestConsole::certificateOnFirstContactThenPinned()
{
    KnownServers::forget(pinKey());
    const ConnectionProfile p = profile(QStringLiteral("Over TLS"), m_https, QStringLiteral("admin"));
    auto w = connectWindow(p, adminPassword);
    // The self-signed certificate is shown with its fingerprint, to be compared and accepted.
    QMessageBox* box = nullptr;
    QVERIFY(waitFor(
        [&] {
            box = w->findChild<QMessageBox*>(QStringLiteral("certificateQuestion"));
            return box != nullptr && box->isVisible();
        },
        10000, 20));
    QVERIFY2(box->text().contains(QString::fromLatin1(m_server.fingerprint)), qPrintable(box->text()));
    QVERIFY(!w->session()->isSignedIn());
    QPushButton* trust = nullptr;
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole) {
            trust = qobject_cast<QPushButton*>(b);
        }
    }
    QVERIFY(trust);
    trust->click();
    QVERIFY(signedIn(w.get()));
    QCOMPARE(KnownServers::fingerprint(pinKey()).remove(u':').toUpper(),
             QString::fromLatin1(m_server.fingerprint).remove(u':').toUpper());
}

void TestConsole::pinnedCertificateMismatchRefuses()
{
    // As if the server's certificate had been replaced by someone else's since it was accepted.
    KnownServers::setFingerprint(pinKey(),
                                 QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                                "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"));
    const ConnectionProfile p = profile(QStringLiteral("Replaced"), m_https, QStringLiteral("admin"));
    auto w = connectWindow(p, adminPassword);
    QVERIFY(waitFor([&] { return w->messageBar()->isVisible() && w->messageBar()->kind() == MessageBar::Kind::Error; },
                    10000, 20));
    QVERIFY2(w->messageBar()->text().contains(QLatin1String("not the one you accepted")),
             qPrintable(w->messageBar()->text()));
    QVERIFY(!w->session()->isSignedIn());
    QVERIFY(!w->findChild<QMessageBox*>(QStringLiteral("certificateQuestion"))); // no way round it offered
    QTest::qWait(300);
    QVERIFY(!w->session()->isSignedIn());
    KnownServers::forget(pinKey());
}

void TestConsole::everyBulkActionOnTheSelection()
{
    const ConnectionProfile p = profile(QStringLiteral("Actions"), m_http, QStringLiteral("admin"));
    auto w = connectWindow(p, adminPassword);
    QVERIFY(signedIn(w.get()));
    w->showPage(QStringLiteral("devices"));
    DevicesView* view = w->devicesView();
    QVERIFY(waitFor([&] { return view->model()->rowCount() == phones + 1; }, 10000));
    QSignalSpy jobs(view, &ConsolePage::jobStarted);
    using K = BulkAction::Kind;
    // The console's models, checked against QAbstractItemModel's rules through live jobs and
    // change-feed updates.
    using Tester = QAbstractItemModelTester;
    const Tester devices(view->model(), Tester::FailureReportingMode::QtTest);
    const Tester shown(view->proxy(), Tester::FailureReportingMode::QtTest);
    const Tester jobRows(w->jobsModel(), Tester::FailureReportingMode::QtTest);
    const Tester targetRows(w->jobsPanel()->targetsTable()->model(), Tester::FailureReportingMode::QtTest);

    // Check Status: no options, straight to a job; the Jobs panel shows it.
    select(view, {m_deviceIds.at(0), m_deviceIds.at(1)});
    QCOMPARE(view->selectedDevices().size(), 2);
    QVERIFY2(view->action(K::CheckStatus)->text().contains(QLatin1String("2 phones")),
             qPrintable(view->action(K::CheckStatus)->text()));
    view->action(K::CheckStatus)->trigger();
    qint64 job = jobOf(jobs);
    QVERIFY(job > 0);
    QVERIFY(jobDone(job));
    QVERIFY(w->jobsDock()->isVisible());
    QCOMPARE(w->jobsPanel()->selectedJob(), job);
    QVERIFY(waitFor([&] { return w->jobsPanel()->targetsTable()->model()->rowCount() == 2; }, 5000));

    // Send Message: the text on both phones' screens.
    ActionOptionsDialog* dialog = trigger(w.get(), K::SendMessage);
    QVERIFY(dialog);
    // How long it takes is said before it starts.
    QCOMPARE(dialog->estimateLabel()->text(), QStringLiteral("Takes under a minute: 64 phones at once."));
    dialog->messageText()->setText(QStringLiteral("Fire drill at 11:00"));
    accept(dialog);
    QVERIFY(jobDone(jobOf(jobs)));
    QVERIFY(waitFor(
        [&] {
            return phone(0).value(QStringLiteral("lastMessage")).toString() == QLatin1String("Fire drill at 11:00");
        },
        10000));
    QCOMPARE(phone(1).value(QStringLiteral("lastMessage")).toString(), QStringLiteral("Fire drill at 11:00"));

    // Update Configuration: the phone fetches its file again.
    select(view, {m_deviceIds.at(2)});
    const int fetches = phone(2).value(QStringLiteral("configFetches")).toInt();
    dialog = trigger(w.get(), K::UpdateConfiguration);
    QVERIFY(dialog);
    accept(dialog);
    QVERIFY(jobDone(jobOf(jobs)));
    QVERIFY(waitFor([&] { return phone(2).value(QStringLiteral("configFetches")).toInt() > fetches; }, 10000));

    // Reset (force): the phone restarts.
    const int reboots = phone(2).value(QStringLiteral("reboots")).toInt();
    dialog = trigger(w.get(), K::Reset);
    QVERIFY(dialog);
    QVERIFY2(
        dialog->estimateLabel()->text().startsWith(QLatin1String("Takes under a minute: batches of 100 phones, 60 s")),
        qPrintable(dialog->estimateLabel()->text()));
    QCOMPARE(ActionOptionsDialog::durationText(6000), QStringLiteral("about 1 h 40 min"));
    QCOMPARE(ActionOptionsDialog::durationText(125), QStringLiteral("about 3 minutes"));
    QVERIFY(dialog->forceButton());
    dialog->forceButton()->setChecked(true);
    // The batches are the administrator's to choose, a share per region included; the
    // estimate follows.
    QCOMPARE(dialog->batchSizeBox()->value(), 100);
    QCOMPARE(dialog->batchPauseBox()->value(), 60);
    QVERIFY(!dialog->regionPercentBox()->isEnabled());
    // A scheduled reset restarts every phone at its time: no share per batch to offer.
    dialog->scheduledButton()->setChecked(true);
    QVERIFY(!dialog->regionShareBox()->isEnabled());
    dialog->forceButton()->setChecked(true);
    QVERIFY(dialog->regionShareBox()->isEnabled());
    dialog->batchSizeBox()->setValue(50);
    dialog->batchPauseBox()->setValue(5);
    dialog->regionShareBox()->setChecked(true);
    QVERIFY(dialog->regionPercentBox()->isEnabled());
    dialog->regionPercentBox()->setValue(20);
    QVERIFY2(dialog->estimateLabel()->text().contains(
                 QLatin1String("batches of up to 50 phones, 5 s apart, at most 20 % of each region's phones a batch "
                               "(1 batch)")),
             qPrintable(dialog->estimateLabel()->text()));
    accept(dialog);
    const qint64 reset = jobOf(jobs);
    QVERIFY(jobDone(reset));
    const QJsonObject pacing =
        m_admin.get("/api/v1/jobs/" + QByteArray::number(reset)).json.value(QStringLiteral("pacing")).toObject();
    QCOMPARE(pacing.value(QStringLiteral("batchSize")).toInt(), 50);
    QCOMPARE(pacing.value(QStringLiteral("batchPauseMs")).toInt(), 5000);
    QCOMPARE(pacing.value(QStringLiteral("maxRegionPercent")).toInt(), 20);
    QVERIFY(waitFor([&] { return phone(2).value(QStringLiteral("reboots")).toInt() > reboots; }, 15000));

    // Update Firmware: the image chosen from the server's list; the phone reports the version.
    select(view, {m_deviceIds.at(3)});
    dialog = trigger(w.get(), K::UpdateFirmware);
    QVERIFY(dialog);
    QVERIFY(waitFor([&] { return dialog->firmwareBox()->findText(QStringLiteral("3.5.0.7"), Qt::MatchContains) >= 0; },
                    5000, 20));
    dialog->firmwareBox()->setCurrentIndex(
        dialog->firmwareBox()->findText(QStringLiteral("3.5.0.7"), Qt::MatchContains));
    accept(dialog);
    QVERIFY(jobDone(jobOf(jobs)));
    QVERIFY(waitFor(
        [&] { return phone(3).value(QStringLiteral("firmwareVersion")).toString() == QLatin1String("3.5.0.7"); },
        20000));

    // Allow First Contact (a phone reset to factory defaults): said what it exposes, for how long.
    dialog = trigger(w.get(), K::AllowFirstContact);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("warning")));
    QVERIFY(dialog->minutesBox());
    QCOMPARE(dialog->minutesBox()->value(), 60);
    dialog->minutesBox()->setValue(15);
    if (!qEnvironmentVariableIsEmpty("PHONEFLEET_SCREENSHOT_DIR")) {
        dialog->grab().save(qEnvironmentVariable("PHONEFLEET_SCREENSHOT_DIR")
                            + QStringLiteral("/allow-first-contact.png"));
    }
    accept(dialog);
    QVERIFY(jobDone(jobOf(jobs)));

    // Change Region: the row moves on the server, and the table follows through the change feed.
    select(view, {m_deviceIds.at(4)});
    dialog = trigger(w.get(), K::ChangeRegion);
    QVERIFY(dialog);
    QVERIFY(waitFor([&] { return dialog->regionBox()->findText(QStringLiteral("Lyon")) >= 0; }, 5000, 20));
    dialog->regionBox()->setCurrentIndex(dialog->regionBox()->findText(QStringLiteral("Lyon")));
    accept(dialog);
    QVERIFY(jobDone(jobOf(jobs)));
    QCOMPARE(deviceOnServer(m_deviceIds.at(4)).value(QStringLiteral("regionName")).toString(), QStringLiteral("Lyon"));
    QVERIFY(waitFor(
        [&] {
            const int row = view->model()->rowOf(m_deviceIds.at(4));
            return view->model()->index(row, DeviceTableModel::RegionColumn).data().toString() == QLatin1String("Lyon");
        },
        10000));
    QCOMPARE(view->selectedDevices().size(), 1); // the live update kept the selection

    // Generate Configuration Files: a job, its file on the server.
    view->action(K::GenerateConfiguration)->trigger();
    QVERIFY(jobDone(jobOf(jobs)));

    // Open Web Admin: the phone's HTTPS page in the browser.
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    view->action(K::OpenWebAdmin)->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.urls.size(), 1);
    QCOMPARE(browser.urls.first().scheme(), QStringLiteral("https"));
    QCOMPARE(browser.urls.first().host(), phoneAddress(4).toString());

    // Approve: only the pending phone of the selection, into the region chosen.
    select(view, {m_pending, m_deviceIds.at(0)});
    QVERIFY2(view->action(K::Approve)->text().contains(QLatin1String("1 phone")),
             qPrintable(view->action(K::Approve)->text()));
    dialog = trigger(w.get(), K::Approve);
    QVERIFY(dialog);
    QVERIFY(waitFor([&] { return dialog->regionBox()->findText(QStringLiteral("Paris")) >= 0; }, 5000, 20));
    dialog->regionBox()->setCurrentIndex(dialog->regionBox()->findText(QStringLiteral("Paris")));
    accept(dialog);
    QVERIFY(jobDone(jobOf(jobs)));
    QCOMPARE(deviceOnServer(m_pending).value(QStringLiteral("approval")).toString(), QStringLiteral("approved"));

    // Delete: confirmed, gone from the server and from the table.
    select(view, {m_deviceIds.at(5)});
    dialog = trigger(w.get(), K::Delete);
    QVERIFY(dialog);
    accept(dialog);
    QVERIFY(jobDone(jobOf(jobs)));
    QCOMPARE(m_admin.get("/api/v1/devices/" + QByteArray::number(m_deviceIds.at(5))).status, 404);
    QVERIFY(waitFor([&] { return view->model()->rowOf(m_deviceIds.at(5)) < 0; }, 10000));

    // Every job is in the panel, finished.
    QVERIFY(waitFor([&] { return w->jobsModel()->runningCount() == 0; }, 10000));
    QVERIFY(w->jobsPanel()->jobsTable()->model()->rowCount() >= 9);
}

void TestConsole::dashboardDrillDown()
{
    const ConnectionProfile p = profile(QStringLiteral("Dashboard"), m_http, QStringLiteral("admin"));
    auto w = connectWindow(p, adminPassword);
    QVERIFY(signedIn(w.get()));
    w->showPage(QStringLiteral("dashboard"));
    DashboardView* dashboard = w->dashboardView();
    DevicesView* view = w->devicesView();
    QVERIFY(waitFor([&] { return dashboard->figures().overall.total > 0 && view->model()->rowCount() > 0; }, 10000));
    // What the console holds: the drill-down must show exactly these rows.
    const auto rowsWhere = [&](int column, const QString& text) {
        int n = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            n += view->model()->index(row, column).data().toString() == text ? 1 : 0;
        }
        return n;
    };

    // A tile: Devices Status with just those phones.
    dashboard->tile(DashboardView::Tile::Registered)->click();
    QCOMPARE(w->currentPageId(), QStringLiteral("devices"));
    QVERIFY(waitFor(
        [&] {
            const int registered = rowsWhere(DeviceTableModel::StatusColumn, QStringLiteral("Registered"));
            return registered > 0 && view->table()->model()->rowCount() == registered;
        },
        10000, 20));
    for (int row = 0; row < view->table()->model()->rowCount(); ++row) {
        QCOMPARE(view->table()->model()->index(row, DeviceTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Registered"));
    }

    // A slice of the region chart: the phones of that region, whatever their status.
    w->showPage(QStringLiteral("dashboard"));
    auto* series = qobject_cast<QPieSeries*>(dashboard->regionChart()->chart()->series().value(0));
    QVERIFY(series);
    QPieSlice* paris = nullptr;
    for (QPieSlice* s : series->slices()) {
        if (s->label().startsWith(QLatin1String("Paris"))) {
            paris = s;
        }
    }
    QVERIFY(paris);
    Q_EMIT paris->clicked();
    QCOMPARE(w->currentPageId(), QStringLiteral("devices"));
    QVERIFY(waitFor(
        [&] {
            const int inParis = rowsWhere(DeviceTableModel::RegionColumn, QStringLiteral("Paris"));
            return inParis > 0 && view->table()->model()->rowCount() == inParis;
        },
        10000, 20));
    QVERIFY(view->table()->model()->rowCount() < view->model()->rowCount()); // Lyon's phone is not there
}

void TestConsole::noticesDoNotMoveTheRows()
{
    // A notice coming or going must not move the table under the pointer (a click meant for a
    // row once changed a filter): the rows stay where they are, whatever the message's length.
    const ConnectionProfile p = profile(QStringLiteral("Notices"), m_http, QStringLiteral("admin"));
    auto w = connectWindow(p, adminPassword);
    QVERIFY(signedIn(w.get()));
    w->resize(1024, 700);
    w->showPage(QStringLiteral("devices"));
    DevicesView* view = w->devicesView();
    QVERIFY(waitFor([&] { return view->table()->model()->rowCount() > 0; }, 10000));
    const auto rowTop = [&] {
        QCoreApplication::processEvents(); // the layouts run
        const QRect cell = view->table()->visualRect(view->table()->model()->index(0, 0));
        return view->table()->viewport()->mapTo(w.get(), cell.topLeft());
    };
    const QPoint before = rowTop();
    MessageBar* bar = w->messageBar();
    bar->hide();
    QCOMPARE(rowTop(), before);
    bar->show(MessageBar::Kind::Warning, QStringLiteral("Short"));
    QCOMPARE(rowTop(), before);
    QVERIFY(!bar->moreButton()->isVisible());
    const QString longText =
        QStringLiteral("The phones could not be loaded: ") + QString(400, u'x') + QStringLiteral("\nand a second line");
    bar->show(MessageBar::Kind::Error, longText);
    QCOMPARE(rowTop(), before);
    QVERIFY(bar->moreButton()->isVisible()); // cut to one line; the whole of it is one click away
    QCOMPARE(bar->text(), longText);
    bar->hide();
    QCOMPARE(rowTop(), before);
    bar->show(MessageBar::Kind::Information, QStringLiteral("Finished: something"));
    QCOMPARE(rowTop(), before);
}

void TestConsole::ctrlNFromThePageListAndNothingLeftAfterSignOut()
{
    // (And Help › About says which build this is.)
    const QString about = MainWindow::aboutText();
    for (const QString& part : {BuildInfo::version(), BuildInfo::commit(), BuildInfo::qtVersion()}) {
        QVERIFY2(about.contains(part), qPrintable(about));
    }
    QVERIFY2(about.contains(QLatin1String("OpenSSL")), qPrintable(about));

    const ConnectionProfile p = profile(QStringLiteral("Keys"), m_http, QStringLiteral("admin"));
    auto w = connectWindow(p, adminPassword);
    QVERIFY(signedIn(w.get()));
    w->showPage(QStringLiteral("regions"));
    auto* regions = w->findChild<RegionsPage*>();
    QVERIFY(regions);
    QVERIFY(waitFor([&] { return !regions->isLoading() && regions->model()->rowCount() > 0; }, 10000));

    // Ctrl+N with the focus in the page list adds a row on the page shown.
    auto* pages = w->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(pages);
    w->activateWindow();
    pages->setFocus();
    QTest::keyClick(pages, Qt::Key_N, Qt::ControlModifier);
    RecordDialog* add = nullptr;
    QVERIFY(waitFor(
        [&] {
            for (RecordDialog* d : regions->findChildren<RecordDialog*>()) {
                add = d->isVisible() ? d : add;
            }
            return add != nullptr;
        },
        5000, 20));
    QVERIFY(add->windowTitle().contains(QLatin1String("Region")));
    add->reject();

    // Signed out: no row of that server stays on screen.
    QVERIFY(waitFor([&] { return w->devicesView()->model()->rowCount() > 0; }, 10000));
    QAction* signOut = nullptr;
    for (QAction* a : w->findChildren<QAction*>()) {
        if (a->text() == QLatin1String("&Sign Out")) {
            signOut = a;
        }
    }
    QVERIFY(signOut);
    signOut->trigger();
    QVERIFY(waitFor([&] { return !w->session()->isSignedIn(); }, 10000));
    QCOMPARE(regions->model()->rowCount(), 0);
    QCOMPARE(regions->countLabel()->text(), QStringLiteral("Not connected"));
    QCOMPARE(w->devicesView()->model()->rowCount(), 0);
    QCOMPARE(w->dashboardView()->figures().overall.total, 0);
}

void TestConsole::monitoringAdminSeesWriteActionsDisabled()
{
    const ConnectionProfile p = profile(QStringLiteral("Monitoring"), m_http, QStringLiteral("monitor"));
    auto w = connectWindow(p, monitorPassword);
    QVERIFY(signedIn(w.get()));
    w->showPage(QStringLiteral("devices"));
    DevicesView* view = w->devicesView();
    // Paris only: the phones moved to Lyon and the deleted one are not there.
    QVERIFY(waitFor([&] { return view->model()->rowCount() > 0; }, 10000));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QCOMPARE(view->model()->index(row, DeviceTableModel::RegionColumn).data().toString(), QStringLiteral("Paris"));
    }
    select(view, {m_deviceIds.at(0), m_deviceIds.at(1)});
    QCOMPARE(view->selectedDevices().size(), 2);
    for (int k = 0; k <= static_cast<int>(BulkAction::Kind::GenerateConfiguration); ++k) {
        const auto kind = static_cast<BulkAction::Kind>(k);
        QAction* action = view->action(kind);
        QVERIFY(action);
        if (kind == BulkAction::Kind::OpenWebAdmin) {
            continue; // one phone at a time; reading its page is no change
        }
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        const QString reason = kind == BulkAction::Kind::Approve ? QStringLiteral("waiting for approval")
                                                                 : QStringLiteral("read-only (Monitoring)");
        QVERIFY2(action->toolTip().contains(reason), qPrintable(action->toolTip()));
    }
    // Triggered anyway (a shortcut): nothing starts, and it says why.
    QSignalSpy jobs(view, &ConsolePage::jobStarted);
    view->resetSelectedDevices();
    QVERIFY(!w->findChild<ActionOptionsDialog*>());
    QCOMPARE(jobs.size(), 0);
    QVERIFY(w->messageBar()->text().contains(QLatin1String("Monitoring")));
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
