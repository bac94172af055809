#include "dashboardview.h"

#include "consolesession.h"
#include "statusicons.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

namespace {
constexpr int maxSlices = 8;

QString tileText(const QString& figure, const QString& caption)
{
    return figure + u'\n' + caption;
}
} // namespace

DashboardView::DashboardView(ConsoleSession* session, QWidget* parent)
    : ConsolePage(parent)
    , m_session(session)
    , m_regionChart(new QChartView(this))
    , m_modelChart(new QChartView(this))
    , m_firmwareChart(new QChartView(this))
    , m_updated(new QLabel(this))
    , m_refreshAction(
          new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)),
                      tr("Refresh the Dashboard"), this))
{
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &DashboardView::refresh);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(3000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);

    m_tiles[0] = makeTile(StatusIcons::registered(), tr("Registered"),
                          DashboardFigures::statusFilter(DeviceFilter::Status::Registered));
    m_tiles[1] = makeTile(StatusIcons::notRegistered(), tr("Not registered"),
                          DashboardFigures::statusFilter(DeviceFilter::Status::NotRegistered));
    m_tiles[2] = makeTile(StatusIcons::disconnected(), tr("Disconnected"),
                          DashboardFigures::statusFilter(DeviceFilter::Status::Disconnected));
    m_tiles[3] = makeTile(QIcon(), tr("Registered of all phones"), DeviceFilter());
    m_tiles[4] = makeTile(StatusIcons::pending(), tr("Waiting for approval"), DashboardFigures::pendingFilter());
    m_tiles[3]->setToolTip(tr("Open Devices Status with every phone"));

    auto* tiles = new QGridLayout;
    for (int i = 0; i < 5; ++i) {
        tiles->addWidget(m_tiles[i], 0, i);
    }
    auto* charts = new QGridLayout;
    int column = 0;
    for (QChartView* v : {m_regionChart, m_modelChart, m_firmwareChart}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(280, 260);
        v->chart()->legend()->setAlignment(Qt::AlignRight); // a column: labels are never cut short
        v->chart()->legend()->setShowToolTips(true);
        v->chart()->setMargins(QMargins(4, 4, 4, 4));
        charts->addWidget(v, 0, column++);
    }
    m_regionChart->setAccessibleName(tr("Phones per region"));
    m_modelChart->setAccessibleName(tr("Phones per model"));
    m_firmwareChart->setAccessibleName(tr("Phones per firmware version"));
    m_updated->setAlignment(Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);
    layout->addWidget(m_updated);
    show(m_figures);
}

QIcon DashboardView::icon() const
{
    return QIcon::fromTheme(QStringLiteral("office-chart-pie"), style()->standardIcon(QStyle::SP_DesktopIcon));
}

QPushButton* DashboardView::makeTile(const QIcon& icon, const QString& caption, const DeviceFilter& filter)
{
    auto* b = new QPushButton(icon, tileText(QStringLiteral("–"), caption), this);
    b->setIconSize(QSize(32, 32));
    b->setMinimumHeight(84);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    b->setFont(f);
    b->setProperty("caption", caption);
    b->setToolTip(tr("Open Devices Status with these phones"));
    b->setAccessibleName(caption);
    connect(b, &QPushButton::clicked, this, [this, filter] { Q_EMIT drillDown(filter); });
    return b;
}

QPushButton* DashboardView::tile(Tile which) const
{
    return m_tiles[static_cast<int>(which)];
}

void DashboardView::showEvent(QShowEvent* event)
{
    ConsolePage::showEvent(event);
    refresh();
}

void DashboardView::scheduleRefresh()
{
    if (isVisible() && !m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

void DashboardView::refresh()
{
    if (!m_session || !m_session->isSignedIn() || m_inFlight) {
        return;
    }
    m_inFlight = true;
    m_session->get(QStringLiteral("dashboard"), {}, this, [this](const ApiReply& r) {
        m_inFlight = false;
        DashboardFigures figures;
        if (!r.ok() || !DashboardFigures::fromJson(r.json, &figures)) {
            Q_EMIT message(MessageBar::Kind::Warning,
                           tr("The dashboard could not be refreshed: %1")
                               .arg(r.error.isEmpty() ? tr("an answer that cannot be read") : r.error));
            return;
        }
        m_figures = figures;
        show(figures);
        Q_EMIT refreshed();
    });
}

void DashboardView::sessionClosed()
{
    m_figures = DashboardFigures();
    show(m_figures);
}

void DashboardView::show(const DashboardFigures& f)
{
    const QLocale locale;
    const auto set = [&](Tile t, const QString& figure) {
        QPushButton* b = tile(t);
        b->setText(tileText(figure, b->property("caption").toString()));
    };
    set(Tile::Registered, locale.toString(f.overall.registered));
    set(Tile::NotRegistered, locale.toString(f.overall.unregistered));
    set(Tile::Disconnected, locale.toString(f.overall.disconnected));
    set(Tile::Percent, tr("%1 %").arg(locale.toString(f.overall.percentRegistered, 'f', 1)));
    set(Tile::Pending, locale.toString(f.pendingApproval));
    fillChart(m_regionChart, tr("Phones per region"), f.byRegion);
    fillChart(m_modelChart, tr("Phones per model"), f.byModel);
    fillChart(m_firmwareChart, tr("Phones per firmware version"), f.byFirmware);
    m_updated->setText(m_session && m_session->isSignedIn()
                           ? tr("%n phone(s); updated %1", "", f.overall.total)
                                 .arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat))
                           : QString());
}

void DashboardView::fillChart(QChartView* view, const QString& title, const QVector<DashboardFigures::Group>& groups)
{
    auto* series = new QPieSeries;
    series->setPieSize(0.72);
    int others = 0;
    for (int i = 0; i < groups.size(); ++i) {
        const DashboardFigures::Group& g = groups.at(i);
        if (i >= maxSlices - 1 && groups.size() > maxSlices) {
            others += g.counts.total;
            continue;
        }
        QPieSlice* slice = series->append(QStringLiteral("%1 (%2)").arg(g.label).arg(g.counts.total), g.counts.total);
        const DeviceFilter filter = g.filter;
        connect(slice, &QPieSlice::clicked, this, [this, filter] { Q_EMIT drillDown(filter); });
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
    }
    if (others > 0) {
        series->append(tr("Others (%1)").arg(others), others);
    }
    QChart* chart = view->chart();
    chart->removeAllSeries();
    chart->addSeries(series);
    chart->setTitle(title);
    if (groups.isEmpty()) {
        chart->setTitle(tr("%1: no phones yet").arg(title));
    }
}
