#pragma once

#include "consolepage.h"
#include "dashboardfigures.h"

#include <QTimer>

class ConsoleSession;
class PieCard;
class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

// The Dashboard: registered / not registered / disconnected / % registered and pending-approval
// tiles, and pie charts per region, model and firmware version. Clicking a tile or a slice opens
// Devices Status filtered to those phones (drillDown). Refreshed when shown and while the
// fleet changes, at most every few seconds. Tiles and charts flow into as many rows as the
// width needs (five tiles a row on a wide screen, two or three on a laptop), and the page
// scrolls rather than cutting anything when the window is short.
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
    QChartView* regionChart() const;
    QChartView* modelChart() const;
    QChartView* firmwareChart() const;
    // The chart with its title and legend (regionChart() is its chartView()).
    enum class Chart { Region, Model, Firmware };
    PieCard* card(Chart which) const { return m_cards[static_cast<int>(which)]; }

Q_SIGNALS:
    void drillDown(const DeviceFilter& filter);
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPushButton* makeTile(const QIcon& icon, const QString& caption, const DeviceFilter& filter);
    void show(const DashboardFigures& figures);
    // Puts the tiles and the charts in as many columns as width allows.
    void arrange(int width);

    ConsoleSession* m_session;
    DashboardFigures m_figures;
    QPushButton* m_tiles[5] = {};
    PieCard* m_cards[3] = {};
    QScrollArea* m_scroll;
    QGridLayout* m_tileGrid;
    QGridLayout* m_cardGrid;
    int m_tileColumns = 0;
    int m_cardColumns = 0;
    QLabel* m_updated;
    QAction* m_refreshAction;
    QTimer m_refreshTimer;
    bool m_inFlight = false;
};
