// The template editor against a real phonefleetd: the live preview follows typing, with its
// provenance table and the comparison with a phone's current file; an edit saved while the
// server is down waits in the outbox and, the server back with a concurrent change, is
// settled through the three-way comparison both ways (and merged); text typed in a console
// killed with SIGKILL comes back in the next one.
#include "cfgeditor.h"
#include "cfgfilewindow.h"
#include "cfghighlighter.h"
#include "consoletranslations.h"
#include "csvexport.h"
#include "mergedialog.h"
#include "offlinework.h"
#include "pagetest.h"
#include "previewpanel.h"
#include "serverprocess.h"
#include "templatedialog.h"
#include "templatespage.h"
#include "templateworkspace.h"
#include "templatexml.h"
#include "unresolvedphonesdialog.h"
#include "unsavedwork.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QToolButton>
#include <QtTest>

#include <csignal>

namespace {
const QString adminPassword = QStringLiteral("a-long-enough-password");
const QString deviceText = QStringLiteral("voip/line/0/auth_name=%ITCS_Line1AuthName%\n"
                                          "voip/line/0/auth_password=%ITCS_Line1AuthPassword%\n"
                                          "system/ntp/primary_server_address=%ITCS_Primary_NTP%\n"
                                          "custom/value=%ITCS_Custom%\n"
                                          "custom/unknown=%ITCS_NoSuchValue%\n"
                                          "custom/a=1\n"
                                          "custom/b=2\n"
                                          "custom/c=3\n"
                                          "custom/d=4\n"
                                          "zzz_device_marker=1\n");

// Replaces the first line starting with prefix in the editor, as typing would (one undo step).
void replaceLine(QPlainTextEdit* editor, const QString& prefix, const QString& line)
{
    QTextBlock block = editor->document()->firstBlock();
    while (block.isValid() && !block.text().startsWith(prefix)) {
        block = block.next();
    }
    QVERIFY2(block.isValid(), qPrintable(prefix));
    QTextCursor cursor(block);
    cursor.select(QTextCursor::LineUnderCursor);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, line);
}

QString deviceData(const ApiClient& admin, qint64 id)
{
    return admin.get(ApiClient::path("/api/v1/templates/{id}", id))
        .json.value(QStringLiteral("deviceFile"))
        .toObject()
        .value(QStringLiteral("data"))
        .toString();
}

int rowOf(QTableWidget* table, const QString& name)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, PreviewPanel::NameColumn)->text() == name) {
            return r;
        }
    }
    return -1;
}
} // namespace

class TestTemplateEditor : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewFollowsTyping();
    void offlineEditMeetsConcurrentChange();
    void startsOfflineAndSendsAfterSignIn();
    void generateSaysWhichPhonesChange();
    void unresolvedPlaceholdersShowOnTheTemplatesPage();
    void killedConsoleLosesNoText();
    void closingAsksOnceForAllUnsavedWindows();
    void templatesAddedOnlineAreInTheOfflineCopyAtOnce();
    void vendorXmlFileOpensAndSaves();

private:
    bool startServer();
    TemplateDialog* openTemplate(TemplatesPage* page);
    // Stops the server, changes the device file offline and saves; starts the server again,
    // changes the same template there (theirs), and lets the console back in: the merge dialog.
    MergeDialog* offlineRound(ConsoleSession* session, QWidget* window, const QString& minePrefix, const QString& mine,
                              const QString& theirsFrom, const QString& theirsTo);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    quint16 m_http = 0;
    quint16 m_https = 0;
    ApiClient m_admin;
    qint64 m_region = 0;
    qint64 m_phone = 0;
    qint64 m_template = 0;
};

bool TestTemplateEditor::startServer()
{
    QString error;
    if (!m_server.startIn(m_dir.path(), adminPassword, &error, m_http, m_https)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_http = m_server.http;
    m_https = m_server.https;
    m_admin = ApiClient(m_http, QHostAddress::LocalHost);
    return m_admin.login(QStringLiteral("admin"), adminPassword).status == 200;
}

void TestTemplateEditor::initTestCase()
{
    // The offline copy and the journal of an earlier run (XDG_DATA_HOME is this test's own).
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    ConsoleTranslations::install(QCoreApplication::instance(), QStringLiteral("en")); // the English plurals
    QVERIFY(startServer());
    const auto created = [](const ApiClient::Reply& r) {
        if (r.status != 201) {
            qFatal("%s", r.text().constData());
        }
        return r.id();
    };
    m_region = created(m_admin.post("/api/v1/regions", {{QStringLiteral("name"), QStringLiteral("Lyon")}}));
    const qint64 alice = created(m_admin.post("/api/v1/users",
                                              {{QStringLiteral("name"), QStringLiteral("alice")},
                                               {QStringLiteral("password"), QStringLiteral("pw-A1")},
                                               {QStringLiteral("regionId"), m_region}}));
    m_phone = created(m_admin.post("/api/v1/devices",
                                   {{QStringLiteral("mac"), QStringLiteral("00908F0000C1")},
                                    {QStringLiteral("model"), QStringLiteral("430HD")},
                                    {QStringLiteral("regionId"), m_region},
                                    {QStringLiteral("userId"), alice}}));
    m_template = created(m_admin.post("/api/v1/templates",
                                      {{QStringLiteral("name"), QStringLiteral("Lyon 430HD")},
                                       {QStringLiteral("model"), QStringLiteral("430HD")},
                                       {QStringLiteral("regionId"), m_region},
                                       {QStringLiteral("isDefault"), true},
                                       {QStringLiteral("globalFile"),
                                        QJsonObject {{QStringLiteral("name"), QStringLiteral("430HD.cfg")},
                                                     {QStringLiteral("data"), QStringLiteral("a=1\n")}}},
                                       {QStringLiteral("deviceFile"),
                                        QJsonObject {{QStringLiteral("name"), QStringLiteral("%ITCS_mac%.cfg")},
                                                     {QStringLiteral("data"), deviceText}}}}));
    created(m_admin.post("/api/v1/placeholders",
                         {{QStringLiteral("level"), QStringLiteral("system")},
                          {QStringLiteral("name"), QStringLiteral("Custom")},
                          {QStringLiteral("value"), QStringLiteral("from-system")}}));
    created(m_admin.post("/api/v1/placeholders",
                         {{QStringLiteral("level"), QStringLiteral("region")},
                          {QStringLiteral("ownerId"), m_region},
                          {QStringLiteral("name"), QStringLiteral("Custom")},
                          {QStringLiteral("value"), QStringLiteral("from-lyon")}}));
    const qint64 job =
        created(m_admin.post("/api/v1/actions",
                             {{QStringLiteral("action"), QStringLiteral("generate")},
                              {QStringLiteral("deviceIds"), QJsonArray {static_cast<double>(m_phone)}}}));
    QVERIFY(waitFor(
        [&] {
            return m_admin.get("/api/v1/jobs/" + QByteArray::number(job)).json.value(QStringLiteral("state")).toString()
                == QLatin1String("done");
        },
        30000));
}

TemplateDialog* TestTemplateEditor::openTemplate(TemplatesPage* page)
{
    if (!load(page)) {
        return nullptr;
    }
    selectId(page, m_template);
    page->editCurrent();
    return openDialog<TemplateDialog>(page);
}

void TestTemplateEditor::previewFollowsTyping()
{
    auto session = signIn(m_http, QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    TemplatesPage page(session.get());
    TemplateDialog* dialog = openTemplate(&page);
    QVERIFY(dialog);
    PreviewPanel* preview = dialog->preview();
    QVERIFY(waitFor([&] { return preview->hasContext(); }, 10000, 20));

    // Any phone in Lyon: the region's value wins over the system's, per-phone built-ins stay open.
    QVERIFY2(preview->fileView()->toPlainText().contains(QLatin1String("custom/value=from-lyon\n")),
             qPrintable(preview->fileView()->toPlainText()));
    QTableWidget* table = preview->placeholderTable();
    int custom = rowOf(table, QStringLiteral("Custom"));
    QVERIFY(custom >= 0);
    QCOMPARE(table->item(custom, PreviewPanel::LevelColumn)->text(), QStringLiteral("Region Lyon"));
    QCOMPARE(table->item(custom, PreviewPanel::ValueColumn)->text(), QStringLiteral("from-lyon"));
    // Values keep most of the width, whatever the names; each cell says itself whole on hover.
    for (int tab = 0; tab < preview->tabs()->count(); ++tab) {
        if (preview->tabs()->widget(tab)->isAncestorOf(table) || preview->tabs()->widget(tab) == table) {
            preview->tabs()->setCurrentIndex(tab);
        }
    }
    QVERIFY(waitFor([&] { return table->isVisible() && table->viewport()->width() > 200; }, 5000, 20));
    QVERIFY2(table->columnWidth(PreviewPanel::ValueColumn) >= table->viewport()->width() / 3,
             qPrintable(QStringLiteral("%1 of %2")
                            .arg(table->columnWidth(PreviewPanel::ValueColumn))
                            .arg(table->viewport()->width())));
    QVERIFY(table->item(custom, PreviewPanel::ValueColumn)->toolTip().contains(QLatin1String("from-lyon")));
    const int auth = rowOf(table, QStringLiteral("Line1AuthName"));
    QCOMPARE(table->item(auth, PreviewPanel::LevelColumn)->text(), QStringLiteral("Built-in, per phone"));
    const int unknown = rowOf(table, QStringLiteral("NoSuchValue"));
    QCOMPARE(table->item(unknown, PreviewPanel::LevelColumn)->text(), QStringLiteral("Unresolved"));
    QCOMPARE(table->item(unknown, PreviewPanel::NameColumn)->foreground().color(), QColor(0xc6, 0x28, 0x28));

    // One phone: its own values, and the file it has now, which the unchanged template matches.
    QTest::keyClicks(preview->macEdit(), QStringLiteral("00908f0000c1"));
    QTest::keyClick(preview->macEdit(), Qt::Key_Return);
    QVERIFY(waitFor([&] { return preview->statusLabel()->text().contains(QLatin1String("00908F0000C1")); }, 10000, 20));
    QVERIFY(preview->fileView()->toPlainText().contains(QLatin1String("voip/line/0/auth_name=alice\n")));
    QVERIFY(preview->fileView()->toPlainText().contains(QLatin1String("auth_password=********\n")));
    preview->tabs()->setCurrentIndex(2);
    QVERIFY2(preview->changesView()->toPlainText().isEmpty(), qPrintable(preview->changesView()->toPlainText()));
    QVERIFY(preview->findChild<QLabel*>() != nullptr);

    // Typing: the preview follows within the editor's pause, the change shows against the phone's file.
    CfgEditor* editor = dialog->deviceText();
    dialog->fileTabs()->setCurrentIndex(1);
    QSignalSpy rendered(preview, &PreviewPanel::rendered);
    replaceLine(editor, QStringLiteral("custom/b=2"), QStringLiteral("custom/typed=%ITCS_Custom%-%ITCS_Typo%"));
    QVERIFY(rendered.wait(2000));
    const QString text = preview->fileView()->toPlainText();
    // The phone would not get the line: %ITCS_Typo% resolves nowhere and custom/typed has no default.
    QVERIFY2(!text.contains(QLatin1String("custom/typed=")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("custom/b=2")));
    const QString changes = preview->changesView()->toPlainText();
    QVERIFY2(changes.contains(QLatin1String("- custom/b=2")), qPrintable(changes));
    QVERIFY(!changes.contains(QLatin1String("+ custom/typed=")));
    // The placeholder nothing resolves is listed in the table, as unresolved.
    QVERIFY(rowOf(table, QStringLiteral("Typo")) >= 0);

    // A row of the table leads to the line of the template that uses it.
    custom = rowOf(table, QStringLiteral("Custom"));
    editor->moveCursor(QTextCursor::End);
    Q_EMIT table->cellActivated(custom, PreviewPanel::NameColumn);
    QCOMPARE(editor->textCursor().blockNumber() + 1, table->item(custom, PreviewPanel::LineColumn)->text().toInt());
    QCOMPARE(editor->textCursor().block().text(), QStringLiteral("custom/value=%ITCS_Custom%"));
    // Completion offers the names the phone's levels define.
    const QAbstractItemModel* words = editor->completer()->model();
    QVERIFY(!words->match(words->index(0, 0), Qt::DisplayRole, QStringLiteral("%ITCS_Custom%"), 1, Qt::MatchExactly)
                 .isEmpty());

    // The global file's tab previews the global file: one for every phone of the model, so the
    // region's value (a Lyon template) but none of the phone's own, although one phone is chosen.
    dialog->fileTabs()->setCurrentIndex(0);
    QVERIFY(preview->showsGlobalFile());
    QVERIFY(preview->globalNote()->isVisible());
    QVERIFY(preview->tabs()->tabText(0).contains(QLatin1String("Global")));
    dialog->globalText()->setPlainText(
        QStringLiteral("g/custom=%ITCS_Custom%\ng/name=%ITCS_Line1AuthName%\ng/mac=%ITCS_mac%\n"));
    QVERIFY(rendered.wait(2000));
    const QString global = preview->fileView()->toPlainText();
    QVERIFY2(global.contains(QLatin1String("g/custom=from-lyon\n")), qPrintable(global));
    QVERIFY2(!global.contains(QLatin1String("alice")) && !global.contains(QLatin1String("00908F0000C1")),
             qPrintable(global));
    QCOMPARE(table->item(rowOf(table, QStringLiteral("Line1AuthName")), PreviewPanel::LevelColumn)->text(),
             QStringLiteral("Unresolved"));
    // Whatever region is chosen for the device file, a Lyon template's global file takes Lyon's values.
    const int noRegion = preview->contextBox()->findData(QStringLiteral("region:0"));
    QVERIFY(noRegion >= 0);
    preview->contextBox()->setCurrentIndex(noRegion);
    preview->showContext(QStringLiteral("region:0"));
    QVERIFY(waitFor(
        [&] {
            return preview->fileView()->toPlainText().contains(QLatin1String("g/custom=from-lyon\n"))
                && preview->statusLabel()->text().isEmpty();
        },
        10000, 20));
    QCOMPARE(table->item(rowOf(table, QStringLiteral("Custom")), PreviewPanel::LevelColumn)->text(),
             QStringLiteral("Region Lyon"));
    preview->showContext(QStringLiteral("device:00908F0000C1"));
    QVERIFY(waitFor([&] { return preview->statusLabel()->text().contains(QLatin1String("00908F0000C1")); }, 10000, 20));
    // Back on the device file, the phone's own file again.
    dialog->fileTabs()->setCurrentIndex(1);
    QVERIFY(!preview->showsGlobalFile());
    QVERIFY(!preview->globalNote()->isVisible());
    QVERIFY(preview->fileView()->toPlainText().contains(QLatin1String("voip/line/0/auth_name=alice\n")));

    // Cancel with typed text asks first: Cancel keeps the dialog and its text, Discard closes it.
    QVERIFY(dialog->hasChanges());
    const QString typed = editor->toPlainText();
    dialog->reject();
    auto* ask = openDialog<QMessageBox>(dialog);
    QVERIFY(ask);
    QVERIFY2(ask->text().contains(QLatin1String("Save the changes")), qPrintable(ask->text()));
    ask->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(dialog->isVisible());
    QCOMPARE(editor->toPlainText(), typed);
    dialog->reject();
    ask = openDialog<QMessageBox>(dialog);
    QVERIFY(ask);
    ask->button(QMessageBox::Discard)->click();
    QVERIFY(waitFor([&] { return !dialog->isVisible(); }, 3000, 20));
}

MergeDialog* TestTemplateEditor::offlineRound(ConsoleSession* session, QWidget* window, const QString& minePrefix,
                                              const QString& mine, const QString& theirsFrom, const QString& theirsTo)
{
    TemplateWorkspace* templates = session->templates();
    // The offline copy holds the template (and its region's preview) once the console has seen it.
    if (!waitFor([&] { return !templates->offlineList(-1, {}).isEmpty(); }, 10000, 20)) {
        qWarning("the offline copy stayed empty");
        return nullptr;
    }
    session->setProbeInterval(60000); // the test says when the console may look again
    m_server.terminate();
    m_server.waitForExit();

    TemplatesPage page(session);
    TemplateDialog* dialog = openTemplate(&page);
    if (!dialog || session->isReachable()) {
        qWarning("no dialog from the offline copy");
        return nullptr;
    }
    if (!dialog->findChild<QLabel*>(QStringLiteral("offlineNote"))->isVisibleTo(dialog)) {
        qWarning("the dialog does not say it is offline");
        return nullptr;
    }
    if (!waitFor([&] { return dialog->preview()->hasContext(); }, 5000, 20)
        || !dialog->preview()->statusLabel()->text().contains(QLatin1String("Offline"))) {
        qWarning("no preview offline: %s", qPrintable(dialog->preview()->statusLabel()->text()));
        return nullptr;
    }
    const int before = templates->pendingCount();
    replaceLine(dialog->deviceText(), minePrefix, mine);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->accept();
    if (!accepted.wait(5000) && accepted.isEmpty()) {
        qWarning("the offline save did not close the dialog");
        return nullptr;
    }
    if (templates->pendingCount() != before + 1) {
        qWarning("nothing waits in the outbox");
        return nullptr;
    }
    const auto* outbox = window->findChild<QToolButton*>(QStringLiteral("outbox"));
    if (!outbox->isVisibleTo(window) || !outbox->text().contains(QLatin1String("1"))) {
        qWarning("the outbox button says %s", qPrintable(outbox->text()));
        return nullptr;
    }

    // The server comes back, and someone changed the template there meanwhile.
    if (!startServer()) {
        return nullptr;
    }
    ApiClient::Reply current = m_admin.get(ApiClient::path("/api/v1/templates/{id}", m_template));
    QJsonObject file = current.json.value(QStringLiteral("deviceFile")).toObject();
    file.insert(QStringLiteral("data"), file.value(QStringLiteral("data")).toString().replace(theirsFrom, theirsTo));
    const ApiClient::Reply changed =
        m_admin.put(ApiClient::path("/api/v1/templates/{id}", m_template),
                    {{QStringLiteral("deviceFile"), file}, {QStringLiteral("revision"), current.revision()}});
    if (changed.status != 200) {
        qWarning("%s", changed.text().constData());
        return nullptr;
    }
    session->setProbeInterval(100);
    return openDialog<MergeDialog>(window);
}

void TestTemplateEditor::offlineEditMeetsConcurrentChange()
{
    auto session = signIn(m_http, QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    QWidget window;
    OfflineWork offline(session.get(), &window);
    TemplateWorkspace* templates = session->templates();

    // 1. Both changed custom/c: keep mine. The merge shows the conflict between markers.
    MergeDialog* merge =
        offlineRound(session.get(), &window, QStringLiteral("custom/c="), QStringLiteral("custom/c=MINE"),
                     QStringLiteral("custom/c=3"), QStringLiteral("custom/c=THEIRS"));
    QVERIFY(merge);
    QCOMPARE(merge->conflictCount(1), 1);
    QVERIFY(merge->result(1)->toPlainText().contains(QLatin1String("<<<<<<< mine\ncustom/c=MINE\n")));
    QVERIFY(!merge->saveMergeButton()->isEnabled());
    QCOMPARE(merge->mergeState(1)->text(), QStringLiteral("The merge: 1 conflict to settle"));
    // Settled by hand (the markers and the server's side deleted): the dialog says so at once.
    QStringList settled;
    bool inTheirs = false;
    for (const QString& line : merge->result(1)->toPlainText().split(u'\n')) {
        if (line.startsWith(QLatin1String("|||||||")) || line.startsWith(QLatin1String("======="))) {
            inTheirs = true;
        } else if (line.startsWith(QLatin1String(">>>>>>>"))) {
            inTheirs = false;
        } else if (!inTheirs && !line.startsWith(QLatin1String("<<<<<<<"))) {
            settled << line;
        }
    }
    merge->result(1)->setPlainText(settled.join(u'\n'));
    QCOMPARE(merge->mergeState(1)->text(), QStringLiteral("The merge: every conflict settled"));
    QVERIFY(merge->saveMergeButton()->isEnabled());
    merge->keepMineButton()->click();
    QVERIFY(waitFor([&] { return templates->pendingCount() == 0; }, 10000, 20));
    QString data = deviceData(m_admin, m_template);
    QVERIFY2(data.contains(QLatin1String("custom/c=MINE\n")) && !data.contains(QLatin1String("THEIRS")),
             qPrintable(data));

    // 2. Both changed custom/d: keep the server's.
    merge = offlineRound(session.get(), &window, QStringLiteral("custom/d="), QStringLiteral("custom/d=MINE"),
                         QStringLiteral("custom/d=4"), QStringLiteral("custom/d=THEIRS"));
    QVERIFY(merge);
    merge->keepTheirsButton()->click();
    QVERIFY(waitFor([&] { return templates->pendingCount() == 0; }, 10000, 20));
    data = deviceData(m_admin, m_template);
    QVERIFY2(data.contains(QLatin1String("custom/d=THEIRS\n")) && !data.contains(QLatin1String("custom/d=MINE")),
             qPrintable(data));
    QVERIFY(data.contains(QLatin1String("custom/c=MINE\n"))); // round 1 stands

    // 3. Different lines: merged by itself, the merge saved holds both, and a conflict edited by hand.
    merge = offlineRound(session.get(), &window, QStringLiteral("custom/a="), QStringLiteral("custom/a=MINE"),
                         QStringLiteral("zzz_device_marker=1"), QStringLiteral("zzz_device_marker=THEIRS"));
    QVERIFY(merge);
    QCOMPARE(merge->conflictCount(1), 0);
    QVERIFY(merge->saveMergeButton()->isEnabled());
    merge->saveMergeButton()->click();
    QVERIFY(waitFor([&] { return templates->pendingCount() == 0; }, 10000, 20));
    data = deviceData(m_admin, m_template);
    QVERIFY2(data.contains(QLatin1String("custom/a=MINE\n"))
                 && data.contains(QLatin1String("zzz_device_marker=THEIRS")),
             qPrintable(data));
}

void TestTemplateEditor::startsOfflineAndSendsAfterSignIn()
{
    // A console that saw the server once starts later without it (a laptop on a train).
    QString serverKey;
    {
        auto online = signIn(m_http, QStringLiteral("admin"), adminPassword);
        QVERIFY(online);
        serverKey = online->serverKey();
        QVERIFY(waitFor([&] { return !online->templates()->identityFor(serverKey).isEmpty(); }, 10000, 20));
    }
    m_server.terminate();
    QVERIFY(m_server.waitForExit());
    ConsoleSession session(&m_network);
    const QJsonObject identity = session.templates()->identityFor(serverKey);
    QVERIFY(!identity.isEmpty());
    QString error;
    const ServerUrl url = ServerUrl::parse(serverKey, &error);
    session.openOffline(url, {}, QStringLiteral("train"), identity);
    session.setProbeInterval(60000);
    QVERIFY(session.isSignedIn());
    QVERIFY(!session.isReachable());
    QCOMPARE(session.admin().name, QStringLiteral("admin"));
    QCOMPARE(session.regionName(m_region), QStringLiteral("Lyon"));

    TemplatesPage page(&session);
    TemplateDialog* dialog = openTemplate(&page);
    QVERIFY(dialog);
    replaceLine(dialog->deviceText(), QStringLiteral("custom/unknown="),
                QStringLiteral("custom/unknown=from-the-train"));
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->accept();
    QVERIFY(!accepted.isEmpty() || accepted.wait(5000));
    QCOMPARE(session.templates()->pendingCount(), 1);

    // The server is back: the console must sign in before anything is sent, then the outbox goes.
    QVERIFY(startServer());
    QSignalSpy ended(&session, &ConsoleSession::sessionEnded);
    session.setProbeInterval(100);
    QVERIFY(ended.wait(10000));
    QCOMPARE(session.templates()->pendingCount(), 1);
    QVERIFY(!deviceData(m_admin, m_template).contains(QLatin1String("from-the-train")));
    QSignalSpy signedIn(&session, &ConsoleSession::signedIn);
    session.signIn(url, {}, QStringLiteral("admin"), adminPassword, QStringLiteral("back"));
    QVERIFY(signedIn.wait(10000));
    QVERIFY(waitFor([&] { return session.templates()->pendingCount() == 0; }, 10000, 20));
    QVERIFY(deviceData(m_admin, m_template).contains(QLatin1String("custom/unknown=from-the-train\n")));
}

void TestTemplateEditor::generateSaysWhichPhonesChange()
{
    // The template changed since the phone's file was made (the offline rounds): its file
    // changes now, and not the second time.
    auto session = signIn(m_http, QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    TemplatesPage page(session.get());
    QVERIFY(load(&page));
    for (const QString& expected : {QStringLiteral("changed"), QStringLiteral("unchanged")}) {
        selectId(&page, m_template);
        QSignalSpy summary(&page, &TemplatesPage::generationSummarised);
        QSignalSpy said(&page, &ConsolePage::message);
        page.generateCurrent();
        QVERIFY(summary.wait(20000));
        const QStringList changed = summary.first().at(0).toStringList();
        if (expected == QLatin1String("changed")) {
            QCOMPARE(changed, QStringList {QStringLiteral("00908F0000C1")});
            QCOMPARE(summary.first().at(1).toInt(), 0);
        } else {
            QVERIFY(changed.isEmpty());
            QCOMPARE(summary.first().at(1).toInt(), 1);
        }
        QVERIFY(!said.isEmpty());
        QVERIFY2(said.last().at(1).toString().startsWith(QLatin1String("Generated: ")),
                 qPrintable(said.last().at(1).toString()));
    }
}

void TestTemplateEditor::unresolvedPlaceholdersShowOnTheTemplatesPage()
{
    // The template gets a line whose placeholder nothing gives a value; Generate says so, the
    // template's row counts the phone, and the dialog names the placeholder, long after the job.
    const ApiClient::Reply t = m_admin.get(ApiClient::path("/api/v1/templates/{id}", m_template));
    QJsonObject file = t.json.value(QStringLiteral("deviceFile")).toObject();
    file.insert(QStringLiteral("data"),
                file.value(QStringLiteral("data")).toString() + QStringLiteral("custom/desk=%ITCS_Desk_Label%\n"));
    const ApiClient::Reply put =
        m_admin.put(ApiClient::path("/api/v1/templates/{id}", m_template),
                    {{QStringLiteral("deviceFile"), file}, {QStringLiteral("revision"), t.revision()}});
    QVERIFY2(put.status == 200, put.text());

    auto session = signIn(m_http, QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    TemplatesPage page(session.get());
    page.resize(1100, 500);
    page.show();
    QVERIFY(load(&page));
    selectId(&page, m_template);
    QSignalSpy summary(&page, &TemplatesPage::generationSummarised);
    QSignalSpy said(&page, &ConsolePage::message);
    page.generateCurrent();
    QVERIFY(summary.wait(20000));
    QVERIFY2(said.last().at(1).toString().contains(QLatin1String("1 with unresolved placeholders")),
             qPrintable(said.last().at(1).toString()));
    int column = -1;
    for (int c = 0; c < page.model()->columnCount(); ++c) {
        if (page.model()->column(c).key == QLatin1String("unresolvedPhones")) {
            column = c;
        }
    }
    QVERIFY(column >= 0);
    const auto count = [&] { return page.model()->index(page.model()->rowOf(m_template), column); };
    // The page reloads by itself after the job, for the new count.
    QVERIFY2(waitFor([&] { return count().data().toString().startsWith(QLatin1String("1 phone")); }, 10000),
             qPrintable(count().data().toString()));
    QCOMPARE(count().data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));

    selectId(&page, m_template);
    QVERIFY(page.unresolvedAction()->isEnabled());
    page.unresolvedAction()->trigger();
    auto* dialog = openDialog<UnresolvedPhonesDialog>(&page);
    QVERIFY(dialog);
    QTableWidget* table = dialog->table();
    QVERIFY(waitFor([&] { return table->rowCount() == 1 && dialog->exportButton()->isEnabled(); }, 10000));
    QCOMPARE(dialog->scope()->currentText(), QStringLiteral("Template Lyon 430HD"));
    QCOMPARE(table->item(0, UnresolvedPhonesDialog::MacColumn)->text(), QStringLiteral("00908F0000C1"));
    QCOMPARE(table->item(0, UnresolvedPhonesDialog::RegionColumn)->text(), QStringLiteral("Lyon"));
    QCOMPARE(table->item(0, UnresolvedPhonesDialog::TemplateColumn)->text(), QStringLiteral("Lyon 430HD"));
    const QString names = table->item(0, UnresolvedPhonesDialog::PlaceholdersColumn)->text();
    QVERIFY2(names.contains(QLatin1String("Desk_Label")) && !names.contains(QLatin1String("Custom")),
             qPrintable(names));
    QVERIFY(!table->item(0, UnresolvedPhonesDialog::GeneratedColumn)->text().isEmpty());

    // The same list as CSV, as shown.
    const QString csv = m_dir.filePath(QStringLiteral("unresolved.csv"));
    QCOMPARE(CsvExport::save(table, csv), QString());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(text.contains("00908F0000C1") && text.contains("Desk_Label"), text.constData());

    // No phone of this server uses a shipped template.
    dialog->scope()->setCurrentIndex(dialog->scope()->findData(0));
    dialog->reload();
    QVERIFY(waitFor(
        [&] {
            return dialog->exportButton()->isEnabled() == false && table->rowCount() == 0
                && dialog->status()->text().startsWith(QLatin1String("No phone"));
        },
        10000));
    dialog->close();
}

void TestTemplateEditor::killedConsoleLosesNoText()
{
    // A console (this test, as a child) opens the template and a local file, types, and is
    // killed with SIGKILL once its journal holds the text; the next console opens both again.
    const QString local = m_dir.filePath(QStringLiteral("desk.cfg"));
    {
        QFile f(local);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("system/ntp/enabled=1\n");
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PF_TEST_CHILD_PORT"), QString::number(m_http));
    env.insert(QStringLiteral("PF_TEST_CHILD_TEMPLATE"), QString::number(m_template));
    env.insert(QStringLiteral("PF_TEST_CHILD_FILE"), local);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QVERIFY(waitFor([&] { return child.readAllStandardOutput().contains("TYPED") || !child.isOpen(); }, 30000, 50));
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    auto session = signIn(m_http, QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    QWidget window;
    OfflineWork offline(session.get(), &window);
    QCOMPARE(UnsavedWork::journal().entries().size(), 2);
    QCOMPARE(offline.restoreUnsavedWork(), 2);
    auto* dialog = openDialog<TemplateDialog>(&window);
    QVERIFY(dialog);
    QVERIFY2(dialog->deviceText()->toPlainText().contains(QLatin1String("custom/killed=typed before SIGKILL")),
             qPrintable(dialog->deviceText()->toPlainText()));
    QVERIFY(dialog->deviceText()->document()->isModified());
    CfgFileWindow* file = nullptr;
    for (CfgFileWindow* w : window.findChildren<CfgFileWindow*>()) {
        file = w;
    }
    QVERIFY(file);
    QCOMPARE(file->path(), local);
    QVERIFY(file->editor()->toPlainText().contains(QLatin1String("system/typed=before the kill")));
    QVERIFY(file->isModified());
    // The dialog says the text is a restored one.
    QVERIFY(dialog->restoredNote()->isVisible());
    QVERIFY2(dialog->restoredNote()->text().startsWith(QLatin1String("Restored: ")),
             qPrintable(dialog->restoredNote()->text()));
    QVERIFY(dialog->windowTitle().endsWith(QLatin1String("(restored)")));
    // Saved: the journal forgets it. The template's text is thrown away on purpose, after the question.
    QVERIFY(file->save());
    dialog->reject();
    auto* ask = openDialog<QMessageBox>(dialog);
    QVERIFY(ask);
    ask->button(QMessageBox::Discard)->click();
    QVERIFY(waitFor([] { return UnsavedWork::journal().entries().isEmpty(); }, 3000, 20));
    file->close();
}

void TestTemplateEditor::closingAsksOnceForAllUnsavedWindows()
{
    auto session = signIn(m_http, QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    QWidget window;
    window.show();
    OfflineWork offline(session.get(), &window);
    QVERIFY(offline.mayCloseNow([] {})); // nothing unsaved: close at once, no question

    const auto openBoth = [&] {
        auto* dialog = new TemplateDialog(session.get(), {}, m_region, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->nameEdit()->setText(QStringLiteral("Typed, not saved"));
        dialog->deviceText()->appendPlainText(QStringLiteral("custom/typed=1"));
        auto* file = new CfgFileWindow(&window);
        file->setAttribute(Qt::WA_DeleteOnClose);
        file->show();
        file->editor()->insertPlainText(QStringLiteral("system/typed=1\n"));
        dialog->unsavedWork()->keepNow();
        file->unsavedWork()->keepNow();
        return std::pair {dialog, file};
    };
    auto opened = openBoth();
    TemplateDialog* dialog = opened.first;
    CfgFileWindow* file = opened.second;
    QCOMPARE(offline.unsavedWindows().size(), 2);
    QCOMPARE(UnsavedWork::journal().entries().size(), 2);

    // One question for both; Cancel goes back to work.
    bool closed = false;
    QVERIFY(!offline.mayCloseNow([&] { closed = true; }));
    auto* ask = openDialog<QMessageBox>(&window);
    QVERIFY(ask);
    QVERIFY2(ask->text().startsWith(QLatin1String("2 windows hold changes"))
                 && ask->text().contains(dialog->windowTitle()) && ask->text().contains(file->windowTitle()),
             qPrintable(ask->text()));
    ask->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(!closed);
    QVERIFY(dialog->isVisible() && file->isVisible());

    // Keep for Next Start: the journal holds both texts, to open them again.
    QVERIFY(!offline.mayCloseNow([&] { closed = true; }));
    ask = openDialog<QMessageBox>(&window);
    QVERIFY(ask);
    for (QAbstractButton* b : ask->buttons()) {
        if (ask->buttonRole(b) == QMessageBox::AcceptRole) {
            b->click();
        }
    }
    QVERIFY(waitFor([&] { return closed; }, 3000, 20));
    QCOMPARE(UnsavedWork::journal().entries().size(), 2);
    // On their way out the windows ask nothing more and keep what they hold.
    QVERIFY(file->close());
    const QPointer<TemplateDialog> leaving(dialog);
    dialog->reject();
    QTest::qWait(50);
    QVERIFY(!leaving || !leaving->isVisible());
    QCOMPARE(UnsavedWork::journal().entries().size(), 2);
    opened = openBoth();
    dialog = opened.first;
    file = opened.second;
    QCOMPARE(UnsavedWork::journal().entries().size(), 4);

    // Discard All: nothing is kept, and the windows do not ask again on the way out.
    closed = false;
    QVERIFY(!offline.mayCloseNow([&] { closed = true; }));
    ask = openDialog<QMessageBox>(&window);
    QVERIFY(ask);
    for (QAbstractButton* b : ask->buttons()) {
        if (ask->buttonRole(b) == QMessageBox::DestructiveRole) {
            b->click();
        }
    }
    QVERIFY(waitFor([&] { return closed; }, 3000, 20));
    QCOMPARE(UnsavedWork::journal().entries().size(), 2); // the first two, kept for the next start
    for (const RecoveryJournal::Entry& e : UnsavedWork::journal().entries()) {
        UnsavedWork::journal().remove(e.key);
    }
    QVERIFY(!file->isModified());
    QVERIFY(file->close());
}

void TestTemplateEditor::templatesAddedOnlineAreInTheOfflineCopyAtOnce()
{
    auto session = signIn(m_http, QStringLiteral("admin"), adminPassword);
    QVERIFY(session);
    TemplateWorkspace* workspace = session->templates();
    QVERIFY(waitFor([&] { return !workspace->identityFor(session->serverKey()).isEmpty(); }, 10000, 20));
    const auto inCopy = [&](const QString& name) {
        for (const QJsonObject& t : workspace->offlineList(-1, {})) {
            if (t.value(QStringLiteral("name")).toString() == name) {
                return CollectionModel::idOf(t);
            }
        }
        return qint64(0);
    };

    // Added in this console: in the copy as soon as the server took it, files and all.
    TemplatesPage page(session.get());
    QVERIFY(load(&page));
    page.addTemplateAction()->trigger();
    auto* add = openDialog<TemplateDialog>(&page);
    QVERIFY(add);
    add->nameEdit()->setText(QStringLiteral("Train 430HD"));
    add->accept();
    QVERIFY(waitFor([&] { return inCopy(QStringLiteral("Train 430HD")) > 0; }, 10000, 20));
    QVERIFY(workspace->offlineList(-1, {}).size() >= 2);

    // Added by someone else: the change feed brings it, whole.
    const ApiClient::Reply other =
        m_admin.post("/api/v1/templates",
                     {{QStringLiteral("name"), QStringLiteral("Other 430HD")},
                      {QStringLiteral("model"), QStringLiteral("430HD")},
                      {QStringLiteral("regionId"), m_region},
                      {QStringLiteral("deviceFile"),
                       QJsonObject {{QStringLiteral("name"), QStringLiteral("%ITCS_mac%.cfg")},
                                    {QStringLiteral("data"), QStringLiteral("custom/other=1\n")}}}});
    QVERIFY2(other.status == 201, other.text());
    QCOMPARE(inCopy(QStringLiteral("Other 430HD")), 0);
    FeedChange change;
    change.collection = QStringLiteral("templates");
    change.id = other.id();
    change.revision = other.revision();
    workspace->applyChanges({change});
    QVERIFY(waitFor([&] { return inCopy(QStringLiteral("Other 430HD")) == other.id(); }, 10000, 20));

    // Removed: forgotten.
    change.deleted = true;
    workspace->applyChanges({change});
    QCOMPARE(inCopy(QStringLiteral("Other 430HD")), 0);
    QCOMPARE(m_admin
                 .call("DELETE",
                       ApiClient::path("/api/v1/templates/{id}", other.id())
                           + "?revision=" + QByteArray::number(other.revision()))
                 .status,
             200);
    const qint64 train = inCopy(QStringLiteral("Train 430HD"));
    QCOMPARE(
        m_admin
            .call("DELETE",
                  ApiClient::path("/api/v1/templates/{id}", train) + "?revision="
                      + QByteArray::number(m_admin.get(ApiClient::path("/api/v1/templates/{id}", train)).revision()))
            .status,
        200);
}

void TestTemplateEditor::vendorXmlFileOpensAndSaves()
{
    const QString path = m_dir.filePath(QStringLiteral("vendor.xml"));
    QFile::remove(path);
    QVERIFY(QFile::copy(testDataPath(QStringLiteral("samples/template_430HD.xml")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto* window = new CfgFileWindow;
    QSignalSpy opened(window, &CfgFileWindow::opened);
    window->openFile(path);
    QVERIFY(opened.wait(5000));
    QVERIFY(window->isTemplateXml());
    QVERIFY(window->globalEditor()->toPlainText().contains(QLatin1String("system/ntp/enabled=1")));
    QVERIFY(window->editor()->toPlainText().contains(QLatin1String("%ITCS_Line1AuthName%")));
    QCOMPARE(window->fileTabs()->count(), 2);
    window->editor()->moveCursor(QTextCursor::End);
    QTest::keyClick(window->editor(), Qt::Key_Return);
    QTest::keyClicks(window->editor(), QStringLiteral("custom/from_window=1"));
    QVERIFY(window->save());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    PhoneTemplate t;
    QString error;
    QVERIFY2(TemplateXml::read(saved.readAll(), &t, &error), qPrintable(error));
    QVERIFY2(t.deviceFile.data.contains(QLatin1String("\ncustom/from_window=1")), qPrintable(t.deviceFile.data));
    QVERIFY(t.globalFile.data.contains(QLatin1String("system/ntp/enabled=1")));
    delete window;
}

// --- the console that gets killed --------------------------------------------------------------

namespace {
int runKilledChild()
{
    // Types into a template and a local file, says so once the journal has both, and waits for
    // the SIGKILL.
    QNetworkAccessManager network;
    ConsoleSession session(&network);
    QString error;
    QSignalSpy signedIn(&session, &ConsoleSession::signedIn);
    session.signIn(
        ServerUrl::parse(QStringLiteral("http://127.0.0.1:") + qEnvironmentVariable("PF_TEST_CHILD_PORT"), &error), {},
        QStringLiteral("admin"), adminPassword, QStringLiteral("child"));
    if (!signedIn.wait(15000)) {
        return 2;
    }
    TemplatesPage page(&session);
    QSignalSpy loaded(&page, &CollectionPage::loaded);
    page.reload();
    if (!loaded.wait(15000)) {
        return 3;
    }
    const qint64 id = qEnvironmentVariableIntValue("PF_TEST_CHILD_TEMPLATE");
    const auto* proxy = static_cast<QSortFilterProxyModel*>(page.table()->model());
    page.table()->selectRow(proxy->mapFromSource(page.model()->index(page.model()->rowOf(id), 0)).row());
    page.editCurrent();
    TemplateDialog* dialog = nullptr;
    waitFor([&] { return (dialog = page.findChild<TemplateDialog*>()) != nullptr; }, 10000, 20);
    if (!dialog) {
        return 4;
    }
    dialog->deviceText()->moveCursor(QTextCursor::End);
    QTest::keyClick(dialog->deviceText(), Qt::Key_Return);
    QTest::keyClicks(dialog->deviceText(), QStringLiteral("custom/killed=typed before SIGKILL"));
    auto* file = new CfgFileWindow;
    QSignalSpy opened(file, &CfgFileWindow::opened);
    file->openFile(qEnvironmentVariable("PF_TEST_CHILD_FILE"));
    if (!opened.wait(5000)) {
        return 5;
    }
    file->editor()->moveCursor(QTextCursor::End);
    QTest::keyClick(file->editor(), Qt::Key_Return);
    QTest::keyClicks(file->editor(), QStringLiteral("system/typed=before the kill"));
    // No saving, no closing: the journal has it within its pause.
    waitFor(
        [&] {
            const auto entries = UnsavedWork::journal().entries();
            int found = 0;
            for (const RecoveryJournal::Entry& e : entries) {
                const QString all = QJsonDocument(e.state).toJson();
                found += all.contains(QLatin1String("typed before SIGKILL"))
                    || all.contains(QLatin1String("before the kill"));
            }
            return found == 2;
        },
        10000, 20);
    fputs("TYPED\n", stdout);
    fflush(stdout);
    return QCoreApplication::exec();
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("PF_TEST_CHILD_PORT")) {
        return runKilledChild();
    }
    TestTemplateEditor test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_templateeditor.moc"
