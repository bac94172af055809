#include "mainwindow.h"

#include "offlinework.h"

#include "adminspage.h"
#include "alarmspage.h"
#include "cfgfilewindow.h"
#include "configfilespage.h"
#include "firmwarepage.h"
#include "logspage.h"
#include "managedevicespage.h"
#include "manageuserspage.h"
#include "placeholderspage.h"
#include "regionspage.h"
#include "settingspage.h"
#include "templatespage.h"
#include "userspage.h"
#include "vendorimportwizard.h"

#include "buildinfo.h"
#include "changefeed.h"
#include "connectdialog.h"
#include "consolesession.h"
#include "consolesettings.h"
#include "consoletranslations.h"
#include "dashboardview.h"
#include "demofleet.h"
#include "devicefilter.h"
#include "devicessource.h"
#include "devicesview.h"
#include "jobsmodel.h"
#include "jobspanel.h"
#include "knownservers.h"
#include "profileconnector.h"
#include "serverurl.h"
#include "signindialog.h"
#include "templateworkspace.h"
#include "windowfit.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString roleText(const Admin& admin, bool canWrite)
{
    switch (admin.role) {
    case AdminRole::SuperAdministrator:
        return MainWindow::tr("Super Administrator");
    case AdminRole::Administrator:
        return MainWindow::tr("Administrator");
    case AdminRole::Regional:
        break;
    }
    return canWrite ? MainWindow::tr("Regional administrator") : MainWindow::tr("Regional administrator, read-only");
}
} // namespace

MainWindow::MainWindow(QNetworkAccessManager* network, QWidget* parent)
    : QMainWindow(parent)
    , m_session(new ConsoleSession(network, this))
    , m_connector(new ProfileConnector(m_session, this))
    , m_feed(new ChangeFeed(m_session, this))
    , m_jobs(new JobsModel(m_session, this))
    , m_demo(new DemoFleet(m_session, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_messages(new MessageBar(this))
    , m_toolBar(addToolBar(tr("Actions")))
    , m_devices(new DevicesView(m_session, this))
    , m_dashboard(new DashboardView(m_session, this))
    , m_devicesSource(new DevicesSource(m_session, m_devices->model(), m_feed, this))
    , m_jobsDock(new QDockWidget(tr("Jobs"), this))
    , m_jobsPanel(new JobsPanel(m_session, m_jobs, m_jobsDock))
    , m_connectionLabel(new QLabel(this))
    , m_feedLabel(new QLabel(this))
    , m_loading(new QProgressBar(this))
    , m_jobsButton(new QToolButton(this))
    , m_refitToolBar(new QTimer(this))
{
    m_refitToolBar->setSingleShot(true);
    m_refitToolBar->setInterval(0);
    connect(m_refitToolBar, &QTimer::timeout, this, [this] {
        m_toolBarFullWidth = -1;
        fitToolBar();
    });
    setWindowTitle(tr("PhoneFleet"));
    setObjectName(QStringLiteral("MainWindow"));
    m_toolBar->setObjectName(QStringLiteral("actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFrameShape(QFrame::NoFrame);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);
    // Ctrl+N adds a row on the page shown, also while the page list has the focus (the page's
    // own shortcuts answer only within the page). Only that one: Delete there stays harmless.
    auto* addFromList = new QShortcut(QKeySequence::New, m_navigation, nullptr, nullptr, Qt::WidgetShortcut);
    connect(addFromList, &QShortcut::activated, this, [this] {
        const auto* page = qobject_cast<ConsolePage*>(m_pages->currentWidget());
        if (QAction* add = page ? page->addRowAction() : nullptr) {
            add->trigger();
        }
    });

    auto* central = new QWidget(this);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_messages);
    right->addWidget(m_pages, 1);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    m_jobsDock->setObjectName(QStringLiteral("jobs"));
    m_jobsDock->setWidget(m_jobsPanel);
    m_jobsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    m_jobsDock->hide();
    connect(m_jobsDock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        if (shown) {
            QTimer::singleShot(0, this, &MainWindow::keepJobsPanelLow); // once laid out
        }
    });

    addPage(m_dashboard);
    addPage(m_devices);
    addPage(new AlarmsPage(m_session, this));
    addPage(new UsersPage(m_session, this));
    addPage(new ManageUsersPage(m_session, this));
    addPage(new ManageDevicesPage(m_session, this));
    addPage(new RegionsPage(m_session, this));
    addPage(new TemplatesPage(m_session, this));
    addPage(new PlaceholdersPage(m_session, this));
    addPage(new ConfigFilesPage(m_session, this));
    addPage(new FirmwarePage(m_session, this));
    addPage(new SettingsPage(m_session, this));
    addPage(new LogsPage(m_session, this));
    addPage(new AdminsPage(m_session, this));
    createMenus();
    m_offline = new OfflineWork(m_session, this);
    createStatusBar();
    connect(m_offline, &OfflineWork::message, this, &MainWindow::showMessage);
    connect(m_session, &ConsoleSession::reachableChanged, this, &MainWindow::updateConnectionState);

    connect(m_session, &ConsoleSession::signedIn, this, &MainWindow::signedIn);
    connect(m_session, &ConsoleSession::sessionEnded, this, &MainWindow::sessionEnded);
    connect(m_session, &ConsoleSession::stateChanged, this, &MainWindow::updateConnectionState);
    connect(m_session, &ConsoleSession::regionsChanged, this, [this] { m_devices->sessionStarted(); });
    connect(m_connector, &ProfileConnector::passwordNeeded, this, &MainWindow::askPassword);
    connect(m_connector, &ProfileConnector::certificateToConfirm, this, &MainWindow::confirmCertificate);
    connect(m_connector, &ProfileConnector::failed, this, &MainWindow::connectFailed);
    connect(m_connector, &ProfileConnector::notice, this,
            [this](const QString& text) { showMessage(MessageBar::Kind::Warning, text); });
    connect(m_dashboard, &DashboardView::drillDown, this, &MainWindow::drillDown);
    connect(m_jobsPanel, &JobsPanel::failed, this,
            [this](const QString& text) { showMessage(MessageBar::Kind::Error, text); });
    connect(m_jobs, &JobsModel::runningCountChanged, this, &MainWindow::updateJobsState);
    connect(m_jobs, &JobsModel::jobFinished, this, [this](qint64, const QString& description) {
        showMessage(MessageBar::Kind::Information, tr("Finished: %1").arg(description));
    });
    connect(m_feed, &ChangeFeed::changed, this, [this](const QVector<FeedChange>& changes) {
        bool fleet = false;
        bool regions = false;
        for (const FeedChange& c : changes) {
            fleet = fleet || c.collection == QLatin1String("devices") || c.collection == QLatin1String("alarms");
            regions = regions || c.collection == QLatin1String("regions");
        }
        if (fleet || regions) {
            m_dashboard->scheduleRefresh();
        }
        if (regions) {
            m_session->refreshRegions();
        }
        m_session->templates()->applyChanges(changes); // the offline copy follows at once
        for (ConsolePage* page : std::as_const(m_pageList)) {
            page->applyChanges(changes);
        }
    });
    connect(m_feed, &ChangeFeed::unavailable, this, [this](const QString& why) {
        m_feedLabel->setText(tr("Live updates paused"));
        m_feedLabel->setToolTip(tr("The server does not answer: %1. Trying again.").arg(why));
    });
    connect(m_feed, &ChangeFeed::available, this, [this] {
        m_feedLabel->setText(tr("Live"));
        m_feedLabel->setToolTip(tr("Changes on the server show here within seconds."));
    });
    connect(m_devicesSource, &DevicesSource::progress, this, [this](int loaded, int total) {
        m_loading->setVisible(loaded < total);
        m_loading->setRange(0, qMax(1, total));
        m_loading->setValue(loaded);
        m_loading->setFormat(tr("Loading phones: %v of %m"));
    });
    connect(m_devicesSource, &DevicesSource::loaded, this, [this] {
        m_loading->hide();
        m_feedLabel->setText(tr("Live"));
        m_feedLabel->setToolTip(tr("Changes on the server show here within seconds."));
    });
    connect(m_devicesSource, &DevicesSource::failed, this, [this](const QString& why) {
        m_loading->hide();
        showMessage(MessageBar::Kind::Error, tr("The phones could not be loaded: %1").arg(why));
    });
    connect(m_demo, &DemoFleet::progress, this,
            [this](const QString& step) { showMessage(MessageBar::Kind::Information, step); });
    connect(m_demo, &DemoFleet::started, this, [this](int phones) {
        showMessage(MessageBar::Kind::Information,
                    tr("%n simulated phone(s) are booting; the dashboard follows them.", "", phones));
        updateConnectionState();
    });
    connect(m_demo, &DemoFleet::failed, this, [this](const QString& why) {
        showMessage(MessageBar::Kind::Error, tr("The demo fleet could not run: %1").arg(why));
        updateConnectionState();
    });
    connect(m_demo, &DemoFleet::stopped, this, &MainWindow::updateConnectionState);

    WindowFit::resizeWithin(this, QSize(1280, 800));
    restoreLayout();
    updateConnectionState();
    // Local files whose unsaved text a crash left behind come back now; templates once signed in.
    QTimer::singleShot(0, m_offline, &OfflineWork::restoreUnsavedWork);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(ConsolePage* page)
{
    m_pageList.append(page);
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setData(Qt::UserRole, page->pageId());
    item->setToolTip(page->title());
    connect(page, &ConsolePage::message, this, &MainWindow::showMessage);
    for (QAction* a : page->toolBarActions()) {
        connect(a, &QAction::changed, this, [this, page] {
            if (m_pages->currentWidget() == page) {
                m_refitToolBar->start();
            }
        });
    }
    connect(page, &ConsolePage::jobStarted, this, [this](const QJsonObject& job) {
        m_jobs->addJob(job);
        m_jobsDock->show();
        m_jobsPanel->showJob(job.value(QStringLiteral("id")).toInteger());
    });
    if (m_viewMenu) {
        QAction* go = m_viewMenu->addAction(page->icon(), page->title());
        const int n = static_cast<int>(m_pageList.size());
        if (n <= 9) {
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        }
        const QString id = page->pageId();
        connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
    }
    // As wide as the longest title (translations differ), icon and margins included.
    const int text = m_navigation->fontMetrics().horizontalAdvance(page->title());
    m_navigation->setFixedWidth(qMax(m_navigation->minimumWidth(), text + m_navigation->iconSize().width() + 40));
    if (m_navigation->currentRow() < 0) {
        m_navigation->setCurrentRow(0);
    }
}

void MainWindow::showPage(const QString& pageId)
{
    for (int i = 0; i < m_pageList.size(); ++i) {
        if (m_pageList.at(i)->pageId() == pageId) {
            m_navigation->setCurrentRow(i);
            return;
        }
    }
}

QString MainWindow::currentPageId() const
{
    const int i = m_navigation->currentRow();
    return i >= 0 && i < m_pageList.size() ? m_pageList.at(i)->pageId() : QString();
}

void MainWindow::pageChanged(int index)
{
    if (index < 0 || index >= m_pageList.size()) {
        return;
    }
    ConsolePage* page = m_pageList.at(index);
    m_pages->setCurrentWidget(page);
    if (!m_navigation->hasFocus()) {
        page->setFocus(); // keyboard users land in the page (its focus proxy: the table)
    }
    m_toolBar->clear();
    m_toolBar->addActions(page->toolBarActions());
    m_toolBar->setVisible(!page->toolBarActions().isEmpty());
    m_toolBarFullWidth = -1;
    fitToolBar();
    setWindowTitle(m_session->isSignedIn() ? tr("%1 — %2 — PhoneFleet").arg(page->title(), m_session->label())
                                           : tr("%1 — PhoneFleet").arg(page->title()));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectTo = file->addAction(tr("&Connect to Server…"), this, &MainWindow::chooseConnection);
    connectTo->setShortcut(QKeySequence::Open);
    file->addAction(tr("Use the &Local Server"), this, &MainWindow::connectToLocalServer);
    m_signOut = file->addAction(tr("&Sign Out"), this, [this] {
        m_demo->stop();
        m_feed->stop();
        m_session->signOut();
        showMessage(MessageBar::Kind::Information, tr("Signed out."));
    });
    file->addSeparator();
    QAction* importVendor = file->addAction(tr("&Import from the Vendor's Server…"), this, [this] {
        if (!m_session->isSignedIn() || !m_session->canAdministerSystem()) {
            return;
        }
        auto* wizard = new VendorImportWizard(m_session, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &VendorImportWizard::importFinished, this, [this, wizard] {
            showMessage(wizard->importSucceeded() ? MessageBar::Kind::Information : MessageBar::Kind::Error,
                        wizard->summaryLabel()->text());
            if (!wizard->importSucceeded()) {
                return;
            }
            // Regions, templates and values changed at once: every page showing them reloads now
            // rather than when the change feed tells.
            m_session->refreshRegions();
            m_dashboard->scheduleRefresh();
            QVector<FeedChange> changes;
            for (const char* collection : {"regions", "templates", "placeholders", "settings"}) {
                FeedChange change;
                change.collection = QLatin1String(collection);
                changes.append(change);
            }
            for (ConsolePage* page : std::as_const(m_pageList)) {
                page->applyChanges(changes);
            }
        });
        wizard->open();
    });
    importVendor->setObjectName(QStringLiteral("importVendorExport"));
    importVendor->setStatusTip(tr("Import the configuration export of the vendor's IP Phone Management Server "
                                  "(system administrators)"));
    file->addSeparator();
    QAction* openCfg = file->addAction(tr("&Open Cfg File…"), this, [this] {
        // A local file in the cfg editor, in a window of its own: no server needed.
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a configuration file"), QString(),
            tr("Configuration files and templates (*.cfg *.cfx *.txt *.xml);;Template XML (*.xml);;All files (*)"));
        if (!path.isEmpty()) {
            auto* window = new CfgFileWindow(this);
            window->openFile(path);
            window->show();
        }
    });
    openCfg->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    m_startDemo = file->addAction(tr("Start a &Demo Fleet…"), this, &MainWindow::askDemoSize);
    m_stopDemo = file->addAction(tr("S&top the Demo Fleet"), this, [this] { m_demo->stop(); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageList.size(); ++i) {
        ConsolePage* page = m_pageList.at(i);
        QAction* go = m_viewMenu->addAction(page->icon(), page->title());
        if (i < 9) { // Ctrl+1 .. Ctrl+9; the others through the list or Ctrl+Page Down/Up
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        }
        const QString id = page->pageId();
        connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
    }
    m_viewMenu->addSeparator();
    const auto step = [this](int by) {
        const int count = m_navigation->count();
        if (count > 0) {
            m_navigation->setCurrentRow((m_navigation->currentRow() + by + count) % count);
        }
    };
    QAction* next = m_viewMenu->addAction(tr("&Next Page"), this, [step] { step(1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction* previous = m_viewMenu->addAction(tr("&Previous Page"), this, [step] { step(-1); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_viewMenu->addSeparator();
    QAction* jobs = m_jobsDock->toggleViewAction();
    jobs->setText(tr("&Jobs Panel"));
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_viewMenu->addAction(jobs);
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    m_viewMenu->addSeparator();
    createLanguageMenu(m_viewMenu->addMenu(tr("&Language")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PhoneFleet"), this, &MainWindow::showAbout);
}

void MainWindow::createLanguageMenu(QMenu* menu)
{
    // Each language named in itself; the choice applies from the next start (every window's
    // texts are made once).
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString current = ConsoleSettings::value(ConsoleSettings::Key::Language).toString();
    const auto add = [&](const QString& code, const QString& name) {
        QAction* a = menu->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code, name] {
            if (code == ConsoleSettings::value(ConsoleSettings::Key::Language).toString()) {
                return;
            }
            ConsoleSettings::setValue(ConsoleSettings::Key::Language, code);
            showMessage(MessageBar::Kind::Information, tr("PhoneFleet shows in %1 from its next start.").arg(name));
        });
    };
    add(QString(), tr("The System's Language"));
    menu->addSeparator();
    for (const ConsoleTranslations::Language& l : ConsoleTranslations::available()) {
        add(l.code, l.nativeName);
    }
}

void MainWindow::createStatusBar()
{
    m_connectionLabel->setTextFormat(Qt::PlainText);
    m_feedLabel->setTextFormat(Qt::PlainText);
    m_loading->setMaximumWidth(260);
    m_loading->setTextVisible(true);
    m_loading->hide();
    m_jobsButton->setAutoRaise(true);
    m_jobsButton->setToolTip(tr("Show the Jobs panel"));
    connect(m_jobsButton, &QToolButton::clicked, this, [this] { m_jobsDock->setVisible(!m_jobsDock->isVisible()); });
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_loading);
    statusBar()->addPermanentWidget(m_offline->outboxButton());
    statusBar()->addPermanentWidget(m_jobsButton);
    statusBar()->addPermanentWidget(m_feedLabel);
    updateJobsState(0);
}

// --- connecting ----------------------------------------------------------------------------

void MainWindow::connectToLocalServer()
{
    if (!m_localConnector) {
        showMessage(MessageBar::Kind::Error, tr("This build has no local server."));
        return;
    }
    m_connector->abandon();
    m_demo->stop();
    m_messages->hide(); // what was said about the last connection
    m_connectionLabel->setText(tr("Starting the local server…"));
    m_localConnector(this,
                     [this](bool ok, const ServerUrl& server, const QString& token, const QString& /*account*/,
                            const QString& error) {
                         if (!ok) {
                             connectFailed(tr("The local server did not start: %1").arg(error));
                             return;
                         }
                         ConnectionProfiles::setLastUsed({});
                         m_session->openWithToken(server, {}, token, tr("Local server"), true);
                     });
}

void MainWindow::connectToProfile(const ConnectionProfile& profile)
{
    m_demo->stop();
    m_feed->stop();
    m_messages->hide(); // what was said about the last connection
    m_lastProfile = profile;
    m_connectionLabel->setText(tr("Connecting to %1…").arg(profile.name));
    m_connector->connectTo(profile);
}

bool MainWindow::connectToProfile(const QString& name)
{
    for (const ConnectionProfile& p : ConnectionProfiles::all()) {
        if (p.name == name) {
            connectToProfile(p);
            return true;
        }
    }
    showMessage(MessageBar::Kind::Error, tr("There is no saved server named “%1”.").arg(name));
    return false;
}

void MainWindow::connectAsLastTime()
{
    const QString last = ConnectionProfiles::lastUsed();
    if (last.isEmpty() || !connectToProfile(last)) {
        connectToLocalServer();
    }
}

void MainWindow::chooseConnection()
{
    auto* dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->localChosen()) {
            connectToLocalServer();
        } else {
            connectToProfile(dialog->profile());
        }
    });
    dialog->open();
}

void MainWindow::askPassword(const ConnectionProfile& profile, const QString& note)
{
    auto* dialog = new SignInDialog(profile, note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_connector->submitPassword(dialog->password(), dialog->remember()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_connector->abandon();
        updateConnectionState();
    });
    dialog->open();
}

void MainWindow::confirmCertificate(const QString& server, const QString& fingerprint)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Check the server's certificate"),
                                tr("The certificate of %1 is not trusted by this computer.\n\n"
                                   "SHA-256 fingerprint:\n%2\n\n"
                                   "Compare it with the fingerprint phonefleetd printed when it started (or ask "
                                   "its administrator). Trust it only if they are the same: PhoneFleet then "
                                   "accepts this certificate, and only this one, for this server.")
                                    .arg(server, fingerprint),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("certificateQuestion"));
    QPushButton* trust = box->addButton(tr("&Trust This Certificate"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, trust] {
        if (box->clickedButton() == trust) {
            m_connector->acceptCertificate();
        } else {
            m_connector->abandon();
            updateConnectionState();
        }
    });
    box->open();
}

void MainWindow::signedIn()
{
    m_devicesSource->reload();
    m_jobs->reload();
    for (ConsolePage* page : std::as_const(m_pageList)) {
        page->sessionStarted();
    }
    updateConnectionState();
    pageChanged(m_navigation->currentRow());
}

void MainWindow::sessionEnded(const QString& why)
{
    m_feed->stop();
    if (m_session->isOfflineStart()) {
        // Worked offline, and the server answers now: sign in, then the outbox goes.
        showMessage(MessageBar::Kind::Information,
                    tr("%1 answers again: sign in to send the outbox.").arg(m_lastProfile.name));
        connectToProfile(m_lastProfile);
        return;
    }
    showMessage(MessageBar::Kind::Warning, tr("The server ended your session: %1").arg(why));
    if (m_session->isLocal()) {
        connectToLocalServer(); // the console's own server: sign in again by itself
    }
}

void MainWindow::connectFailed(const QString& message)
{
    showMessage(MessageBar::Kind::Error, message);
    updateConnectionState();
    offerOffline();
}

void MainWindow::offerOffline()
{
    QString error;
    const ServerUrl server = ServerUrl::parse(m_lastProfile.server, &error);
    if (m_session->isSignedIn() || !m_lastProfile.isValid() || !server.isValid()) {
        return;
    }
    const QJsonObject identity = m_session->templates()->identityFor(server.toString());
    if (identity.isEmpty()) {
        return; // nothing kept of that server
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Work Offline"),
                                tr("%1 cannot be reached. Work offline on the templates kept from your last session "
                                   "there? Saved edits wait in the outbox and are sent once you sign in again.")
                                    .arg(m_lastProfile.name),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* offline = box->addButton(tr("Work &Offline"), QMessageBox::AcceptRole);
    box->setDefaultButton(offline);
    connect(box, &QMessageBox::finished, this, [this, box, offline, server, identity] {
        if (box->clickedButton() == offline) {
            m_session->openOffline(server, KnownServers::fingerprint(server.toString()),
                                   tr("%1 (offline)").arg(m_lastProfile.name), identity);
            showPage(QStringLiteral("templates"));
        }
    });
    box->open();
}

void MainWindow::updateConnectionState()
{
    const bool in = m_session->isSignedIn();
    if (in) {
        m_connectionLabel->setText(
            tr("%1 — %2 (%3)")
                .arg(m_session->label(), m_session->admin().name, roleText(m_session->admin(), m_session->canWrite()))
            + (m_session->isReachable() ? QString() : tr(" — offline, trying again")));
    } else if (m_session->state() == ConsoleSession::State::SignedOut) {
        m_connectionLabel->setText(tr("Not connected — File › Connect to Server…"));
        m_feedLabel->clear();
    }
    if (!in) {
        for (ConsolePage* page : std::as_const(m_pageList)) {
            page->sessionClosed();
        }
    }
    m_signOut->setEnabled(in);
    if (auto* importVendor = findChild<QAction*>(QStringLiteral("importVendorExport"))) {
        importVendor->setEnabled(in && m_session->canAdministerSystem());
    }
    m_startDemo->setEnabled(in && m_session->isLocal() && !m_demo->isRunning());
    m_startDemo->setToolTip(m_session->isLocal() ? QString() : tr("A demo fleet runs against the local server only."));
    m_stopDemo->setEnabled(m_demo->isRunning());
    m_devices->updateActionState();
}

void MainWindow::updateJobsState(int running)
{
    m_jobsButton->setText(running > 0 ? tr("%n job(s) running", "", running) : tr("Jobs"));
    m_jobsButton->setIcon(
        style()->standardIcon(running > 0 ? QStyle::SP_BrowserReload : QStyle::SP_FileDialogListView));
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

void MainWindow::drillDown(const DeviceFilter& filter)
{
    showPage(m_devices->pageId());
    m_devices->showFiltered(filter);
}

void MainWindow::startDemo(int phones)
{
    m_demo->start(phones);
}

void MainWindow::askDemoSize()
{
    auto* dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Demo Fleet"));
    dialog->setLabelText(tr("Simulated phones to start against the local server:"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, 20000);
    dialog->setIntValue(200);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::intValueSelected, this, &MainWindow::startDemo);
    dialog->open();
}

void MainWindow::showMessage(MessageBar::Kind kind, const QString& text)
{
    m_messages->show(kind, text);
}

// --- layout --------------------------------------------------------------------------------

void MainWindow::saveLayout() const
{
    ConsoleSettings::setValue(ConsoleSettings::Key::WindowGeometry, saveGeometry());
    ConsoleSettings::setValue(ConsoleSettings::Key::WindowState, saveState());
    ConsoleSettings::setValue(ConsoleSettings::Key::WindowPage, currentPageId());
}

void MainWindow::restoreLayout()
{
    restoreGeometry(ConsoleSettings::value(ConsoleSettings::Key::WindowGeometry).toByteArray());
    restoreState(ConsoleSettings::value(ConsoleSettings::Key::WindowState).toByteArray());
    WindowFit::keepOnScreen(this); // saved on a larger screen, or at another scale factor
    const QString page = ConsoleSettings::value(ConsoleSettings::Key::WindowPage).toString();
    if (!page.isEmpty()) {
        showPage(page);
    }
}

void MainWindow::fitToolBar()
{
    if (m_toolBarFullWidth < 0) {
        m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toolBarFullWidth = m_toolBar->sizeHint().width();
        m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_toolBarTextWidth = m_toolBar->sizeHint().width();
    }
    // Icons and words; the words alone (they say more than the icons); the icons alone.
    m_toolBar->setToolButtonStyle(m_toolBarFullWidth <= width()       ? Qt::ToolButtonTextBesideIcon
                                      : m_toolBarTextWidth <= width() ? Qt::ToolButtonTextOnly
                                                                      : Qt::ToolButtonIconOnly);
}

void MainWindow::keepJobsPanelLow()
{
    if (m_jobsDock->isVisible() && !m_jobsDock->isFloating() && dockWidgetArea(m_jobsDock) == Qt::BottomDockWidgetArea
        && m_jobsDock->height() > height() * 3 / 10) {
        resizeDocks({m_jobsDock}, {height() / 4}, Qt::Vertical);
    }
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    fitToolBar();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::StyleChange) {
        m_toolBarFullWidth = -1; // the text's width changed
        fitToolBar();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Windows holding unsaved text: one question for all of them, then closing again.
    if (!m_closeAnswered && m_offline && !m_offline->mayCloseNow([this] {
            QTimer::singleShot(0, this, [this] {
                m_closeAnswered = true;
                close();
            });
        })) {
        event->ignore();
        return;
    }
    saveLayout();
    m_demo->stop();
    QMainWindow::closeEvent(event);
}

QString MainWindow::aboutText()
{
    return tr("<h3>PhoneFleet %1</h3><p>Administration of enterprise SIP desk phone fleets: "
              "provisioning, status, alarms and bulk actions.</p>"
              "<p>Commit %2<br>Qt %3<br>%4</p>")
        .arg(BuildInfo::version().toHtmlEscaped(), BuildInfo::commit().toHtmlEscaped(),
             BuildInfo::qtVersion().toHtmlEscaped(), BuildInfo::openSslVersion().toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PhoneFleet"), aboutText());
}
