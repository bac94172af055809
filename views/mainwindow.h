#pragma once

#include "connectionprofiles.h"
#include "messagebar.h"
#include "serverurl.h"

#include <QMainWindow>
#include <QVector>

#include <functional>

class ChangeFeed;
class ConsolePage;
class ConsoleSession;
class DashboardView;
class DemoFleet;
class DevicesSource;
class DevicesView;
class JobsModel;
class JobsPanel;
class ProfileConnector;
class QDockWidget;
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QProgressBar;
class QStackedWidget;
class QToolBar;
class QToolButton;
struct DeviceFilter;

// The console's main window: the navigation pane of pages (Dashboard, Devices Status, and the
// pages later parts add with addPage()), the current page's actions in the toolbar, the Jobs
// panel, and a status bar with the connection, the change feed and the running jobs. It signs
// in to the local server (through the connector app/ gives it: views never include server/) or
// to a saved server, and restores its layout and last page on start.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Starts the local server if needed and opens a session on it; answers on the GUI thread.
    using LocalAnswer = std::function<void(bool ok, const ServerUrl& server, const QString& token,
                                           const QString& account, const QString& error)>;
    using LocalConnector = std::function<void(QObject* context, LocalAnswer answer)>;

    explicit MainWindow(QNetworkAccessManager* network, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setLocalConnector(LocalConnector connector) { m_localConnector = std::move(connector); }
    void addPage(ConsolePage* page);
    void showPage(const QString& pageId);
    QString currentPageId() const;

    void connectToLocalServer();
    void connectToProfile(const ConnectionProfile& profile);
    // The saved server of that name; false (and a message) if there is none.
    bool connectToProfile(const QString& name);
    // The last connection (a saved server, or the local one).
    void connectAsLastTime();
    void startDemo(int phones);

    ConsoleSession* session() const { return m_session; }
    DevicesView* devicesView() const { return m_devices; }
    DashboardView* dashboardView() const { return m_dashboard; }
    JobsPanel* jobsPanel() const { return m_jobsPanel; }
    JobsModel* jobsModel() const { return m_jobs; }
    MessageBar* messageBar() const { return m_messages; }
    DemoFleet* demoFleet() const { return m_demo; }
    ProfileConnector* connector() const { return m_connector; }
    QDockWidget* jobsDock() const { return m_jobsDock; }
    class OfflineWork* offlineWork() const { return m_offline; }
    QString connectionText() const;
    // The About box's text: the version, the commit built from, the Qt and OpenSSL in use.
    static QString aboutText();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void createLanguageMenu(QMenu* menu);
    void pageChanged(int index);
    void drillDown(const DeviceFilter& filter);
    void signedIn();
    void sessionEnded(const QString& why);
    void connectFailed(const QString& message);
    // After a failed connection: offers to work on the offline copy kept of that server.
    void offerOffline();
    void askPassword(const ConnectionProfile& profile, const QString& note);
    void confirmCertificate(const QString& server, const QString& fingerprint);
    void chooseConnection();
    void askDemoSize();
    void updateConnectionState();
    void updateJobsState(int running);
    void showMessage(MessageBar::Kind kind, const QString& text);
    void saveLayout() const;
    void restoreLayout();
    void showAbout();
    // The toolbar's text beside the icons where the whole row fits the window; else the text
    // alone; else the icons alone (the text is in each tooltip and in the page's context menu):
    // nothing ever hides behind the overflow button.
    void fitToolBar();
    // A Jobs panel coming up takes a quarter of the window's height, not half of it.
    void keepJobsPanelLow();

    ConsoleSession* m_session;
    ProfileConnector* m_connector;
    ChangeFeed* m_feed;
    JobsModel* m_jobs;
    DemoFleet* m_demo;
    LocalConnector m_localConnector;
    ConnectionProfile m_lastProfile; // the last one connected to (for working offline)

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QVector<ConsolePage*> m_pageList;
    MessageBar* m_messages;
    QToolBar* m_toolBar;
    DevicesView* m_devices;
    DashboardView* m_dashboard;
    DevicesSource* m_devicesSource;
    QDockWidget* m_jobsDock;
    JobsPanel* m_jobsPanel;
    QMenu* m_viewMenu = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_startDemo = nullptr;
    QAction* m_stopDemo = nullptr;

    QLabel* m_connectionLabel;
    QLabel* m_feedLabel;
    QProgressBar* m_loading;
    QToolButton* m_jobsButton;
    class OfflineWork* m_offline = nullptr;
    bool m_closeAnswered = false; // the question about unsaved windows was answered: close
    int m_toolBarFullWidth = -1;  // the page's toolbar with icons and text, measured once per page (-1: not yet)
    int m_toolBarTextWidth = -1;  // ... with the text alone
    QTimer* m_refitToolBar;       // an action's text changed ("Reset 37 Phones…"): measure again, once
};
