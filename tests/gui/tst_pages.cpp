// The management pages (part 2) against a real phonefleetd, offscreen: each page opens and
// loads, its main operations go through its dialogs and are checked on the server, bad input
// is refused before sending, the server's refusals are shown in words, and a Monitoring
// administrator can read every page and change nothing.
#include "adminspage.h"
#include "alarmspage.h"
#include "apiclient.h"
#include "collectionmodel.h"
#include "consolesession.h"
#include "firmwarepage.h"
#include "logspage.h"
#include "pagetest.h"
#include "rawhttp.h"
#include "recorddialog.h"
#include "regionspage.h"
#include "serverprocess.h"
#include "serverurl.h"
#include "templatespage.h"
#include "userspage.h"
#include "waitfor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <memory>

namespace {
const QString adminPassword = QStringLiteral("pages-admin-password");
const QString monitorPassword = QStringLiteral("pages-monitor-password");

QByteArray alert(const QByteArray& mac, const QByteArray& name, const QByteArray& severity)
{
    return R"({"alerts":[{"uniqueId":")" + mac + name + R"(","name":")" + name + R"(","severity":")" + severity
        + R"(","source":"IPPhone/)" + mac
        + R"(","date":"2026-11-22T09:14:05","description":"Line 1 failed to register",)"
        + R"("type":"communicationsAlarm","probableCause":"communicationsProtocolError","additionalInfo1":"sip.example.org"}]})";
}
} // namespace

class TestPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void alarmsShowSearchAndClear();
    void usersAddEditDeleteAndTheirPhones();
    void regionsAddEditDeleteAndLevels();
    void systemLogsFilterAndSave();
    void firmwareUploadEditDownloadDelete();
    void monitoringAdminReadsEveryPageAndChangesNothing();
    void administratorsAndOwnPassword();

private:
    std::unique_ptr<ConsoleSession> signIn(const QString& user, const QString& password)
    {
        return PageTest::signIn(m_server.http, user, password);
    }
    qint64 usersNamed(const QString& name);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    ApiClient m_admin;
    qint64 m_paris = 0;
};

void TestPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.startIn(m_dir.path(), adminPassword, &error), qPrintable(error));
    m_admin = ApiClient(m_server.http, QHostAddress::LocalHost);
    QCOMPARE(m_admin.login(QStringLiteral("admin"), adminPassword).status, 200);
    ApiClient::Reply r = m_admin.post("/api/v1/regions", {{QStringLiteral("name"), QStringLiteral("Paris")}});
    QVERIFY2(r.status == 201, r.text());
    m_paris = r.id();
    r = m_admin.post("/api/v1/admins",
                     {{QStringLiteral("name"), QStringLiteral("monitor")},
                      {QStringLiteral("role"), QStringLiteral("regional")},
                      {QStringLiteral("regionLevels"),
                       QJsonArray {QJsonObject {{QStringLiteral("regionId"), m_paris},
                                                {QStringLiteral("level"), QStringLiteral("monitoring")}}}},
                      {QStringLiteral("password"), monitorPassword}});
    QVERIFY2(r.status == 201, r.text());
    // Two phones of Paris, one raising a critical alarm and one a minor one.
    for (const char* mac : {"00908F0A0001", "00908F0A0002"}) {
        r = m_admin.post("/api/v1/devices",
                         {{QStringLiteral("mac"), QString::fromLatin1(mac)},
                          {QStringLiteral("model"), QStringLiteral("430HD")},
                          {QStringLiteral("regionId"), m_paris}});
        QVERIFY2(r.status == 201, r.text());
    }
    QCOMPARE(rawRequest(m_server.http, "POST", "/rest/v1/ipphoneMgrAlert/alert", {},
                        alert("00908F0A0001", "IPPhoneRegisterFailure", "5"))
                 .status,
             200);
    QCOMPARE(rawRequest(m_server.http, "POST", "/rest/v1/ipphoneMgrAlert/alert", {},
                        alert("00908F0A0002", "IPPhoneLowMemory", "3"))
                 .status,
             200);
}

qint64 TestPages::usersNamed(const QString& name)
{
    const ApiClient::Reply r = m_admin.get("/api/v1/users?q=" + name.toUtf8());
    for (const QJsonValue& v : r.items()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            return static_cast<qint64>(v.toObject().value(QStringLiteral("id")).toDouble());
        }
    }
    return 0;
}

void TestPages::alarmsShowSearchAndClear()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    AlarmsPage page(session.get());
    page.resize(1000, 600);
    page.show();
    QVERIFY(load(&page));
    QCOMPARE(page.model()->rowCount(), 2);
    // Severity: the icon, the colour and the word; sorting by it puts critical first.
    page.table()->sortByColumn(0, Qt::DescendingOrder);
    const QModelIndex first = page.table()->model()->index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("Critical"));
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(first.data(Qt::ForegroundRole).value<QColor>().isValid());
    QCOMPARE(page.table()->model()->index(0, 4).data().toString(), QStringLiteral("Paris"));

    // The search goes to the server: by MAC, then by name.
    QSignalSpy loaded(&page, &CollectionPage::loaded);
    page.searchBox()->setText(QStringLiteral("0A0002"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->item(0).value(QStringLiteral("name")).toString(), QStringLiteral("IPPhoneLowMemory"));
    page.searchBox()->setText(QStringLiteral("RegisterFailure"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.model()->rowCount(), 1);

    // Details of the current alarm, then Clear: gone from the active list, kept in history.
    page.table()->selectRow(0);
    QVERIFY(page.details()->toPlainText().contains(QLatin1String("communicationsProtocolError")));
    QVERIFY(page.clearAction()->isEnabled());
    page.clearAction()->trigger();
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/alarms?state=active").total() == 1; }, 10000));
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowCount() == 0; }, 10000));
    page.searchBox()->clear();
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(QStringLiteral("cleared")));
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowCount() == 1; }, 10000));
    page.table()->selectRow(0);
    QVERIFY(!page.clearAction()->isEnabled()); // already cleared
    QVERIFY(!page.model()->item(0).value(QStringLiteral("clearedAt")).toString().isEmpty());
}

void TestPages::usersAddEditDeleteAndTheirPhones()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    UsersPage page(session.get());
    page.resize(1000, 600);
    page.show();
    QVERIFY(load(&page));
    const int before = page.model()->rowCount();
    // The Yes/No column last does not take the room from the names.
    QVERIFY(!page.table()->horizontalHeader()->stretchLastSection());
    QVERIFY(page.table()->columnWidth(page.model()->columnCount() - 1) < 250);

    // Add: a name with a space is refused in the dialog, nothing is sent.
    page.addUserAction()->trigger();
    QPointer<RecordDialog> add = openDialog<RecordDialog>(&page);
    QVERIFY(add);
    add->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("chloe martin"));
    add->accept();
    QVERIFY(add->problemLabel()->isVisible());
    QVERIFY(add->isVisible());
    QCOMPARE(usersNamed(QStringLiteral("chloe martin")), 0);
    add->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("chloe.martin"));
    add->findChild<QLineEdit*>(QStringLiteral("displayName"))->setText(QStringLiteral("Chloé Martin"));
    auto* region = add->findChild<QComboBox*>(QStringLiteral("region"));
    region->setCurrentIndex(region->findData(m_paris));
    add->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("sip-secret-1"));
    add->accept();
    QVERIFY(waitFor([&] { return usersNamed(QStringLiteral("chloe.martin")) > 0; }, 10000));
    const qint64 chloe = usersNamed(QStringLiteral("chloe.martin"));
    const QJsonObject onServer = m_admin.get("/api/v1/users/" + QByteArray::number(chloe)).json;
    QCOMPARE(onServer.value(QStringLiteral("displayName")).toString(), QStringLiteral("Chloé Martin"));
    QCOMPARE(static_cast<qint64>(onServer.value(QStringLiteral("regionId")).toDouble()), m_paris);
    QVERIFY(onServer.value(QStringLiteral("hasPassword")).toBool());
    QVERIFY(waitFor([&] { return page.model()->rowCount() == before + 1; }, 10000));
    QVERIFY(waitFor([&] { return add.isNull(); }, 5000)); // closed (and deleted) once accepted

    // The same name again: the server's refusal shows in the dialog, which stays open.
    page.addUserAction()->trigger();
    RecordDialog* again = openDialog<RecordDialog>(&page);
    QVERIFY(again);
    again->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("chloe.martin"));
    again->accept();
    QVERIFY(waitFor([&] { return again->problemLabel()->text().contains(QLatin1String("refused")); }, 10000));
    QVERIFY(again->isVisible());
    again->reject();

    // Add a phone to her: a bad MAC is refused before sending; a good one lands with her id.
    QVERIFY(page.model()->rowOf(chloe) >= 0);
    selectId(&page, chloe);
    QVERIFY(page.addDeviceAction()->isEnabled());
    page.addDeviceAction()->trigger();
    RecordDialog* phone = openDialog<RecordDialog>(&page);
    QVERIFY(phone);
    phone->findChild<QLineEdit*>(QStringLiteral("mac"))->setText(QStringLiteral("00:90:8F:ZZ"));
    phone->accept();
    QVERIFY(phone->problemLabel()->text().contains(QLatin1String("not a MAC")));
    phone->findChild<QLineEdit*>(QStringLiteral("mac"))->setText(QStringLiteral("00-90-8f-0a-00-09"));
    phone->accept();
    QVERIFY(waitFor(
        [&] {
            const QJsonObject d = m_admin.get("/api/v1/devices?mac=00908F0A0009").items().first().toObject();
            return static_cast<qint64>(d.value(QStringLiteral("userId")).toDouble()) == chloe;
        },
        10000));
    QVERIFY(waitFor([&] { return page.devicesTable()->rowCount() == 1; }, 10000));
    QCOMPARE(page.devicesTable()->item(0, 0)->text(), QStringLiteral("00908F0A0009"));

    // Edit: the display name changes on the server.
    page.editUserAction()->trigger();
    RecordDialog* edit = openDialog<RecordDialog>(&page);
    QVERIFY(edit);
    QCOMPARE(edit->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("chloe.martin"));
    edit->findChild<QLineEdit*>(QStringLiteral("displayName"))->setText(QStringLiteral("Chloé Martin-Durand"));
    edit->accept();
    QVERIFY(waitFor(
        [&] {
            return m_admin.get("/api/v1/users/" + QByteArray::number(chloe))
                       .json.value(QStringLiteral("displayName"))
                       .toString()
                == QStringLiteral("Chloé Martin-Durand");
        },
        10000));

    // Delete, with her phone.
    // The page follows (the change is shown, with its new revision) before the delete.
    QVERIFY(waitFor(
        [&] {
            const int at = page.model()->rowOf(chloe);
            return !page.isLoading() && at >= 0
                && page.model()->item(at).value(QStringLiteral("displayName")).toString()
                == QStringLiteral("Chloé Martin-Durand");
        },
        10000));
    selectId(&page, chloe);
    QSignalSpy messages(&page, &ConsolePage::message);
    page.deleteUserAction()->trigger();
    QVERIFY(waitFor([&] { return openDialog<QMessageBox>(&page) != nullptr; }, 5000));
    openDialog<QMessageBox>(&page)->findChild<QCheckBox*>(QStringLiteral("withDevices"))->setChecked(true);
    QVERIFY(confirmDestructive(&page));
    QVERIFY2(waitFor([&] { return usersNamed(QStringLiteral("chloe.martin")) == 0; }, 10000),
             messages.isEmpty() ? "no message" : qPrintable(messages.last().at(1).toString()));
    QCOMPARE(m_admin.get("/api/v1/devices?mac=00908F0A0009").total(), 0);
}

void TestPages::regionsAddEditDeleteAndLevels()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    RegionsPage page(session.get());
    page.show();
    QVERIFY(load(&page));
    QVERIFY(page.model()->rowOf(m_paris) >= 0);
    QVERIFY(!page.emptyLabel()->isVisible());
    // A search that finds nothing says so; it is not "no region yet".
    page.searchBox()->setText(QStringLiteral("no-such-region"));
    QVERIFY(load(&page));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.emptyLabel()->isVisible());
    QVERIFY2(page.emptyLabel()->text().startsWith(QStringLiteral("Nothing matches “no-such-region”")),
             qPrintable(page.emptyLabel()->text()));
    page.searchBox()->clear();
    QVERIFY(load(&page));
    QVERIFY(!page.emptyLabel()->isVisible());

    // Every administrator's level in Paris: the monitor is Monitoring there.
    selectId(&page, m_paris);
    QVERIFY(waitFor(
        [&] {
            for (int row = 0; row < page.levelsTable()->rowCount(); ++row) {
                if (page.levelsTable()->item(row, 0)->text() == QLatin1String("monitor")) {
                    return page.levelsTable()->item(row, 2)->text() == QLatin1String("Monitoring");
                }
            }
            return false;
        },
        10000));

    // Add: a bad subnet is refused before sending; then Lille is added, renamed, deleted.
    page.addRegionAction()->trigger();
    RecordDialog* add = openDialog<RecordDialog>(&page);
    QVERIFY(add);
    add->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Lille"));
    add->findChild<QLineEdit*>(QStringLiteral("subnets"))->setText(QStringLiteral("10.59.0.0/16, 10.59.300.0/24"));
    add->accept();
    QVERIFY(add->problemLabel()->text().contains(QLatin1String("10.59.300.0/24")));
    add->findChild<QLineEdit*>(QStringLiteral("subnets"))->setText(QStringLiteral("10.59.0.0/16"));
    add->accept();
    qint64 lille = 0;
    QVERIFY(waitFor(
        [&] {
            for (const QJsonValue& v : m_admin.get("/api/v1/regions?q=Lille").items()) {
                lille = static_cast<qint64>(v.toObject().value(QStringLiteral("id")).toDouble());
            }
            return lille > 0;
        },
        10000));
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowOf(lille) >= 0; }, 10000));
    selectId(&page, lille);
    page.editRegionAction()->trigger();
    RecordDialog* edit = openDialog<RecordDialog>(&page);
    QVERIFY(edit);
    edit->findChild<QLineEdit*>(QStringLiteral("description"))->setText(QStringLiteral("Hauts-de-France"));
    edit->accept();
    QVERIFY(waitFor(
        [&] {
            return m_admin.get("/api/v1/regions/" + QByteArray::number(lille))
                       .json.value(QStringLiteral("description"))
                       .toString()
                == QStringLiteral("Hauts-de-France");
        },
        10000));
    QVERIFY(waitFor(
        [&] {
            const int at = page.model()->rowOf(lille);
            return !page.isLoading() && at >= 0
                && page.model()->item(at).value(QStringLiteral("description")).toString()
                == QStringLiteral("Hauts-de-France");
        },
        10000));
    selectId(&page, lille);
    page.deleteRegionAction()->trigger();
    QVERIFY(confirmDestructive(&page));
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/regions/" + QByteArray::number(lille)).status == 404; }, 10000));

    // Paris still has phones: the server refuses, and the page says why.
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowOf(lille) < 0; }, 10000));
    selectId(&page, m_paris);
    QSignalSpy messages(&page, &ConsolePage::message);
    page.deleteRegionAction()->trigger();
    QVERIFY(confirmDestructive(&page));
    QVERIFY(waitFor([&] { return !messages.isEmpty(); }, 10000));
    QCOMPARE(messages.last().at(0).value<MessageBar::Kind>(), MessageBar::Kind::Error);
    QVERIFY(m_admin.get("/api/v1/regions/" + QByteArray::number(m_paris)).status == 200);
}

void TestPages::systemLogsFilterAndSave()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    LogsPage page(session.get());
    page.show();
    QVERIFY(load(&page));
    QVERIFY(page.model()->rowCount() > 0); // the sign-ins and changes of the tests before
    // The activity log holds the alarms the phones raised.
    QSignalSpy loaded(&page, &CollectionPage::loaded);
    page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(QStringLiteral("activity")));
    QVERIFY(loaded.wait(10000));
    bool alarm = false;
    for (const QJsonObject& e : page.model()->items()) {
        alarm = alarm || e.value(QStringLiteral("action")).toString() == QLatin1String("alarm raised");
    }
    QVERIFY(alarm);
    page.lastLines()->setValue(1);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page.model()->rowCount(), 1);

    const QString path = m_dir.filePath(QStringLiteral("activity.log"));
    QString error;
    QVERIFY2(page.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("time\tlevel\tadmin\tsource\taction\ttarget\tdetails"));
    QCOMPARE(lines.size(), 3); // header, one entry, the final newline
    QVERIFY(!page.saveTo(m_dir.filePath(QStringLiteral("no/such/folder/x.log")), &error));
    QVERIFY(!error.isEmpty());
}

void TestPages::firmwareUploadEditDownloadDelete()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    FirmwarePage page(session.get());
    page.show();
    QVERIFY(load(&page));
    // The upload dialog's labels all lead to their field (a label without one shows its "&").
    page.upload();
    auto* dialog = openDialog<QDialog>(&page);
    QVERIFY(dialog);
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(u'&') || label->buddy(), qPrintable(label->text()));
    }
    dialog->reject();
    auto modelRow = [&](const QString& model) {
        for (int row = 0; row < page.modelsTable()->rowCount(); ++row) {
            if (page.modelsTable()->item(row, 0)->text() == model) {
                return row;
            }
        }
        return -1;
    };
    const QColor red = page.modelsTable()->item(modelRow(QStringLiteral("430HD")), 0)->foreground().color();
    QCOMPARE(page.modelsTable()->item(modelRow(QStringLiteral("430HD")), 1)->text().startsWith(QLatin1String("none")),
             true);

    // A name the server would refuse is refused here, before anything is read or sent.
    QSignalSpy done(&page, &FirmwarePage::transferFinished);
    QSignalSpy messages(&page, &ConsolePage::message);
    page.uploadFile(m_dir.filePath(QStringLiteral("firmware v2.img")), {}, {});
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.last().at(0).toBool(), false);
    QVERIFY(messages.last().at(1).toString().contains(QLatin1String(".img")));

    QByteArray image(256 * 1024, '\0');
    for (qsizetype i = 0; i < image.size(); ++i) {
        image[i] = static_cast<char>((i * 131) % 251);
    }
    const QString file = m_dir.filePath(QStringLiteral("430HD_3.5.1.2.img"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(image);
    }
    page.uploadFile(file, {}, {});
    QVERIFY(done.wait(20000));
    QVERIFY2(done.last().at(0).toBool(), qPrintable(messages.last().at(1).toString()));
    // Bytes that name neither a version nor the model: uploaded, and the administrator warned.
    QCOMPARE(messages.last().at(0).value<MessageBar::Kind>(), MessageBar::Kind::Warning);
    QVERIFY2(messages.last().at(1).toString().contains(QLatin1String("neither a version nor the model")),
             qPrintable(messages.last().at(1).toString()));
    const ApiClient::Reply list = m_admin.get("/api/v1/firmware?name=430HD_3.5.1.2.img");
    QCOMPARE(list.total(), 1);
    const QJsonObject uploaded = list.items().first().toObject();
    QCOMPARE(uploaded.value(QStringLiteral("model")).toString(), QStringLiteral("430HD")); // from the name
    QCOMPARE(uploaded.value(QStringLiteral("version")).toString(), QStringLiteral("3.5.1.2"));
    const qint64 id = static_cast<qint64>(uploaded.value(QStringLiteral("id")).toDouble());
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowOf(id) >= 0; }, 10000));
    QCOMPARE(page.modelsTable()->item(modelRow(QStringLiteral("430HD")), 1)->text(),
             QStringLiteral("430HD_3.5.1.2.img"));
    QVERIFY(page.modelsTable()->item(modelRow(QStringLiteral("430HD")), 0)->foreground().color() != red);

    // Download: the same bytes.
    selectId(&page, id);
    const QString saved = m_dir.filePath(QStringLiteral("downloaded.img"));
    page.downloadCurrentTo(saved);
    QVERIFY(done.wait(20000));
    QVERIFY(done.last().at(0).toBool());
    QFile in(saved);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), image);

    // Edit the version, then delete.
    page.editAction()->trigger();
    RecordDialog* edit = openDialog<RecordDialog>(&page);
    QVERIFY(edit);
    edit->findChild<QLineEdit*>(QStringLiteral("version"))->setText(QStringLiteral("3.5.1.2-hotfix"));
    edit->accept();
    QVERIFY(waitFor(
        [&] {
            return m_admin.get("/api/v1/firmware/" + QByteArray::number(id))
                       .json.value(QStringLiteral("version"))
                       .toString()
                == QStringLiteral("3.5.1.2-hotfix");
        },
        10000));
    QVERIFY(waitFor(
        [&] {
            const int at = page.model()->rowOf(id);
            return !page.isLoading() && at >= 0
                && page.model()->item(at).value(QStringLiteral("version")).toString()
                == QStringLiteral("3.5.1.2-hotfix");
        },
        10000));
    selectId(&page, id);
    page.deleteAction()->trigger();
    QVERIFY(confirmDestructive(&page));
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/firmware?name=430HD_3.5.1.2.img").total() == 0; }, 10000));
}

void TestPages::monitoringAdminReadsEveryPageAndChangesNothing()
{
    ApiClient::Reply r =
        m_admin.post("/api/v1/users",
                     {{QStringLiteral("name"), QStringLiteral("paul.roux")}, {QStringLiteral("regionId"), m_paris}});
    QVERIFY2(r.status == 201, r.text());
    auto session = signIn(QStringLiteral("monitor"), monitorPassword);
    QVERIFY(session);
    QVERIFY(!session->canWrite());

    AlarmsPage alarms(session.get());
    alarms.stateFilter()->setCurrentIndex(alarms.stateFilter()->findData(QStringLiteral("all")));
    QVERIFY(load(&alarms));
    QVERIFY(alarms.model()->rowCount() >= 2); // Paris's alarms are visible
    alarms.table()->selectAll();
    QVERIFY(!alarms.clearAction()->isEnabled());

    UsersPage users(session.get());
    QVERIFY(load(&users));
    QVERIFY(users.model()->rowOf(r.id()) >= 0);
    users.table()->selectAll();
    for (QAction* a :
         {users.addUserAction(), users.editUserAction(), users.deleteUserAction(), users.addDeviceAction()}) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        a->trigger(); // a disabled action does nothing, not even through its slot
    }
    QTest::qWait(200);
    QVERIFY(users.findChildren<RecordDialog*>().isEmpty());
    users.deleteSelectedUsers();
    QVERIFY(users.findChildren<QMessageBox*>().isEmpty());
    QVERIFY(usersNamed(QStringLiteral("paul.roux")) > 0);

    RegionsPage regions(session.get());
    QVERIFY(load(&regions));
    QCOMPARE(regions.model()->rowCount(), 1); // Paris only: the monitor sees no other region
    regions.table()->selectRow(0);
    for (QAction* a : {regions.addRegionAction(), regions.editRegionAction(), regions.deleteRegionAction(),
                       regions.addSiteAction(), regions.editSiteAction(), regions.removeSiteAction()}) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    }
    regions.addRegion();
    regions.deleteCurrentRegion();
    regions.addSite(); // a Monitoring administrator of Paris changes none of its sites
    regions.removeCurrentSite();
    QVERIFY(regions.findChildren<RecordDialog*>().isEmpty());
    QVERIFY(regions.findChildren<QMessageBox*>().isEmpty());

    LogsPage logs(session.get());
    QVERIFY(load(&logs)); // reading the logs is allowed (the server scopes them)

    FirmwarePage firmware(session.get());
    QVERIFY(load(&firmware));
    QVERIFY(firmware.modelsTable()->rowCount() > 0);
    QVERIFY(!firmware.uploadAction()->isEnabled());
    firmware.upload();
    QVERIFY(firmware.findChildren<QDialog*>().isEmpty());

    // A page that is not shown says why it could not load on itself, not in the window's
    // message bar over another page ("Loading System Logs failed" on the Templates page).
    AlarmsPage hidden(session.get());
    hidden.stateFilter()->addItem(QStringLiteral("(refused)"), QStringLiteral("bogus")); // the server says 400
    hidden.stateFilter()->setCurrentIndex(hidden.stateFilter()->count() - 1);
    QSignalSpy said(&hidden, &ConsolePage::message);
    QVERIFY(load(&hidden));
    QVERIFY(said.isEmpty());
    QVERIFY2(hidden.countLabel()->text().startsWith(QLatin1String("Loading failed: ")),
             qPrintable(hidden.countLabel()->text()));
    hidden.show();
    QVERIFY(load(&hidden));
    QCOMPARE(said.size(), 1); // shown, it says so
}

void TestPages::administratorsAndOwnPassword()
{
    auto session = signIn(QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    AdminsPage page(session.get());
    page.show();
    QVERIFY(load(&page));
    QVERIFY(page.model()->rowCount() >= 2); // admin and monitor

    // Add a regional administrator, Operator in Paris; a short password is refused first.
    page.addAdminAction()->trigger();
    RecordDialog* add = openDialog<RecordDialog>(&page);
    QVERIFY(add);
    add->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("helpdesk"));
    add->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("short"));
    auto* levels = add->findChild<QTableWidget*>(QStringLiteral("levels"));
    QVERIFY(levels->isEnabled()); // regional is the default role
    for (int row = 0; row < levels->rowCount(); ++row) {
        if (levels->item(row, 0)->text() == QLatin1String("Paris")) {
            auto* level = static_cast<QComboBox*>(levels->cellWidget(row, 1));
            level->setCurrentIndex(level->findData(QStringLiteral("operator")));
        }
    }
    add->accept();
    QVERIFY(add->problemLabel()->text().contains(QLatin1String("12")));
    add->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("helpdesk-password-1"));
    add->accept();
    QJsonObject helpdesk;
    QVERIFY(waitFor(
        [&] {
            for (const QJsonValue& v : m_admin.get("/api/v1/admins").items()) {
                if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("helpdesk")) {
                    helpdesk = v.toObject();
                }
            }
            return !helpdesk.isEmpty();
        },
        10000));
    QCOMPARE(helpdesk.value(QStringLiteral("role")).toString(), QStringLiteral("regional"));
    const QJsonArray levelsOnServer = helpdesk.value(QStringLiteral("regionLevels")).toArray();
    QCOMPARE(levelsOnServer.size(), 1);
    QCOMPARE(CollectionModel::idOf(levelsOnServer.first().toObject(), "regionId"), m_paris);
    QCOMPARE(levelsOnServer.first().toObject().value(QStringLiteral("level")).toString(), QStringLiteral("operator"));
    ApiClient helpdeskClient(m_server.http, QHostAddress::LocalHost);
    QCOMPARE(helpdeskClient.login(QStringLiteral("helpdesk"), QStringLiteral("helpdesk-password-1")).status, 200);

    // Unlock is only for locked accounts; delete it.
    const qint64 id = CollectionModel::idOf(helpdesk);
    QVERIFY(waitFor([&] { return !page.isLoading() && page.model()->rowOf(id) >= 0; }, 10000));
    selectId(&page, id);
    QVERIFY(!page.unlockAction()->isEnabled());
    page.deleteAction()->trigger();
    QVERIFY(confirmDestructive(&page));
    QVERIFY(waitFor([&] { return m_admin.get("/api/v1/admins/" + QByteArray::number(id)).status == 404; }, 10000));

    // A Monitoring administrator sees no accounts but changes their own password.
    ApiClient::Reply r =
        m_admin.post("/api/v1/admins",
                     {{QStringLiteral("name"), QStringLiteral("auditor")},
                      {QStringLiteral("role"), QStringLiteral("regional")},
                      {QStringLiteral("regionLevels"),
                       QJsonArray {QJsonObject {{QStringLiteral("regionId"), m_paris},
                                                {QStringLiteral("level"), QStringLiteral("monitoring")}}}},
                      {QStringLiteral("password"), QStringLiteral("auditor-password-1")}});
    QVERIFY2(r.status == 201, r.text());
    auto auditor = signIn(QStringLiteral("auditor"), QStringLiteral("auditor-password-1"));
    QVERIFY(auditor);
    AdminsPage own(auditor.get());
    own.show();
    QVERIFY(load(&own));
    QCOMPARE(own.model()->rowCount(), 0);
    QVERIFY(!own.addAdminAction()->isEnabled());
    QVERIFY(own.passwordAction()->isEnabled());
    own.passwordAction()->trigger();
    QPointer<RecordDialog> change = openDialog<RecordDialog>(&own);
    QVERIFY(change);
    change->findChild<QLineEdit*>(QStringLiteral("current"))->setText(QStringLiteral("auditor-password-1"));
    change->findChild<QLineEdit*>(QStringLiteral("new"))->setText(QStringLiteral("auditor-password-2"));
    change->findChild<QLineEdit*>(QStringLiteral("repeat"))->setText(QStringLiteral("auditor-password-3"));
    change->accept();
    QVERIFY(change->problemLabel()->text().contains(QLatin1String("differ")));
    change->findChild<QLineEdit*>(QStringLiteral("repeat"))->setText(QStringLiteral("auditor-password-2"));
    change->accept();
    QVERIFY(waitFor([&] { return change.isNull(); }, 10000)); // closed once the server accepted
    ApiClient check(m_server.http, QHostAddress::LocalHost);
    QCOMPARE(check.login(QStringLiteral("auditor"), QStringLiteral("auditor-password-2")).status, 200);
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
