#pragma once

#include "consolepage.h"
#include "dashboardfigures.h"

#include <QTimer>

class ConsoleSession;
class QChartView;
class QLabel;
class QPushButton;

// The Dashboard: registered / not registered / disconnected / % registered and pending-approval
// tiles, and pie charts per region, model and firmware version. Clicking a tile or a slice opens
// Devices Status filtered to those phones (drillDown). Refreshed when shown and while the
// fleet changes, at most every few seconds.
class DashboardView : public ConsolePage
{
    Q_OBJECT

public:
    explicit DashboardView(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    QIcon icon() const override;
    QList<QAction*> toolBarActions() const override { return {m_refreshAction}; }
    void sessionStarted() override { refresh(); }
    void sessionClosed() override;

    // Soon (coalesced): the fleet changed.
    void scheduleRefresh();
    void refresh();
    const DashboardFigures& figures() const { return m_figures; }

    enum class Tile { Registered, NotRegistered, Disconnected, Percent, Pending };
    QPushButton* tile(Tile which) const;
    QChartView* regionChart() const { return m_regionChart; }
    QChartView* modelChart() const { return m_modelChart; }
    QChartView* firmwareChart() const { return m_firmwareChart; }

Q_SIGNALS:
    void drillDown(const DeviceFilter& filter);
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QPushButton* makeTile(const QIcon& icon, const QString& caption, const DeviceFilter& filter);
    void show(const DashboardFigures& figures);
    void fillChart(QChartView* view, const QString& title, const QVector<DashboardFigures::Group>& groups);

    ConsoleSession* m_session;
    DashboardFigures m_figures;
    QPushButton* m_tiles[5] = {};
    QChartView* m_regionChart;
    QChartView* m_modelChart;
    QChartView* m_firmwareChart;
    QLabel* m_updated;
    QAction* m_refreshAction;
    QTimer m_refreshTimer;
    bool m_inFlight = false;
};
