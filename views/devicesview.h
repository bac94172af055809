#pragma once

#include "bulkaction.h"
#include "consolepage.h"
#include "device.h"
#include "devicefilter.h"

#include <QMap>
#include <QTimer>
#include <QVector>

class ConsoleSession;
class DeviceFilterBar;
class DeviceFilterProxy;
class DeviceTableModel;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;
struct PhoneAction;

// The Devices Status page: every phone the administrator may see, searchable, filterable with
// the smart filters, sortable by raw value, with the columns the administrator chose (kept per
// page), and the bulk actions on the selected rows — toolbar, context menu and shortcuts. The
// view owns its model and proxy; live updates keep the selection and the scroll position.
class DevicesView : public ConsolePage
{
    Q_OBJECT

public:
    // session may be null: then the table only shows rows (tests, offline).
    explicit DevicesView(ConsoleSession* session = nullptr, QWidget* parent = nullptr);
    // Saves a column layout that had not settled yet.
    ~DevicesView() override;

    QString pageId() const override { return QStringLiteral("devices"); }
    QString title() const override { return tr("Devices Status"); }
    QIcon icon() const override;
    QList<QAction*> toolBarActions() const override;
    void sessionStarted() override;
    void sessionClosed() override;

    DeviceTableModel* model() const { return m_model; }
    DeviceFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    DeviceFilterBar* filterBar() const { return m_filterBar; }
    QAction* action(BulkAction::Kind kind) const { return m_actions.value(kind); }
    // Export CSV…: the phones as the search, filters and sorting show them.
    QAction* exportAction() const { return m_export; }
    QVector<Device> selectedDevices() const;

    // The dashboard's drill-down: only the phones of this filter (the search box cleared).
    void showFiltered(const DeviceFilter& filter);

public Q_SLOTS:
    void checkStatusOfSelectedDevices();
    void changeRegionOfSelectedDevices();
    void updateFirmwareOfSelectedDevices();
    void openWebAdminOfSelectedDevice();
    void resetSelectedDevices();
    void updateConfigurationOfSelectedDevices();
    void sendMessageToSelectedDevices();
    void approveSelectedDevices();
    void deleteSelectedDevices();
    void generateConfigurationOfSelectedDevices();
    void allowFirstContactForSelectedDevices();
    // Enables the actions from the selection and the administrator's rights; relabels them.
    void updateActionState();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void run(BulkAction::Kind kind);
    void send(const PhoneAction& action, const QVector<qint64>& deviceIds);
    void showContextMenu(const QPoint& position);
    // Each column shown as wide as its header and the phones' values need (at most a limit),
    // unless the administrator set the widths by hand.
    void fitColumnsToContent();
    // The visual index of the last column shown (the one that stretches).
    int lastVisibleColumn() const;
    void showColumnMenu(const QPoint& position);
    void saveColumns();
    void restoreColumns();
    void rememberView();
    void restoreView();
    void updateCounts();

    ConsoleSession* m_session;
    DeviceTableModel* m_model;
    DeviceFilterProxy* m_proxy;
    QTableView* m_table;
    QAction* m_export = nullptr;
    QLineEdit* m_search;
    QToolButton* m_filtersButton;
    DeviceFilterBar* m_filterBar;
    QLabel* m_counts;
    QMap<BulkAction::Kind, QAction*> m_actions;
    QAction* m_refresh = nullptr;
    QTimer m_stateTimer;          // rows changing under a selection: one update of the actions at a time
    QTimer m_saveColumns;         // the column layout is saved once it settles
    bool m_widthsByHand = false;  // the administrator dragged a column's edge: keep the widths
    bool m_columnsFitted = false; // sized by content once this session
    bool m_fittingColumns = false;
    bool m_headerPressed = false; // a mouse button is down on the header: resizes are the administrator's
    // Across a model reset: what was selected, current and at the top.
    QVector<qint64> m_keptSelection;
    qint64 m_keptCurrent = 0;
    qint64 m_keptTop = 0;
};
