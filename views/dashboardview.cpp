#include "dashboardview.h"

#include "consolesession.h"
#include "piecard.h"
#include "statusicons.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

namespace {
QString tileText(const QString& figure, const QString& caption)
{
    return figure + u'\n' + caption;
}

// How many columns of items at least itemWidth wide fit in width, at most count; the rows are
// then balanced (five tiles in two rows: three and two, not four and one).
int columnsFor(int width, int itemWidth, int spacing, int count)
{
    const int fit = qBound(1, (width + spacing) / qMax(1, itemWidth + spacing), count);
    const int rows = (count + fit - 1) / fit;
    return (count + rows - 1) / rows;
}

void regrid(QGridLayout* grid, const QVector<QWidget*>& items, int columns)
{
    for (QWidget* w : items) {
        grid->removeWidget(w);
    }
    for (int c = 0; c < grid->columnCount(); ++c) {
        grid->setColumnStretch(c, 0);
    }
    for (int i = 0; i < items.size(); ++i) {
        grid->addWidget(items.at(i), i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c) {
        grid->setColumnStretch(c, 1);
    }
}
} // namespace

DashboardView::DashboardView(ConsoleSession* session, QWidget* parent)
    : ConsolePage(parent)
    , m_session(session)
    , m_scroll(new QScrollArea(this))
    , m_tileGrid(new QGridLayout)
    , m_cardGrid(new QGridLayout)
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

    m_cards[0] = new PieCard(tr("Phones per region"), this);
    m_cards[1] = new PieCard(tr("Phones per model"), this);
    m_cards[2] = new PieCard(tr("Phones per firmware version"), this);
    for (PieCard* card : m_cards) {
        connect(card, &PieCard::drillDown, this, &DashboardView::drillDown);
    }
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_tileGrid);
    contentLayout->addLayout(m_cardGrid, 1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the items reflow instead
    m_scroll->viewport()->installEventFilter(this);
    m_updated->setAlignment(Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_updated);
    arrange(width());
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

QChartView* DashboardView::regionChart() const
{
    return card(Chart::Region)->chartView();
}

QChartView* DashboardView::modelChart() const
{
    return card(Chart::Model)->chartView();
}

QChartView* DashboardView::firmwareChart() const
{
    return card(Chart::Firmware)->chartView();
}

bool DashboardView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        arrange(m_scroll->viewport()->width());
    }
    return ConsolePage::eventFilter(watched, event);
}

void DashboardView::arrange(int width)
{
    const int spacing = qMax(0, m_tileGrid->spacing());
    int tileWidth = 0;
    for (QPushButton* t : m_tiles) {
        tileWidth = qMax(tileWidth, t->sizeHint().width());
    }
    int cardWidth = 0;
    for (PieCard* c : m_cards) {
        cardWidth = qMax(cardWidth, c->minimumSizeHint().width());
    }
    // A pie wants some room beyond its minimum: three side by side only where each gets 320 px.
    const int tileColumns = columnsFor(width, tileWidth, spacing, 5);
    const int cardColumns = columnsFor(width, qMax(cardWidth, 320), spacing, 3);
    if (tileColumns == m_tileColumns && cardColumns == m_cardColumns) {
        return;
    }
    m_tileColumns = tileColumns;
    m_cardColumns = cardColumns;
    regrid(m_tileGrid, {m_tiles[0], m_tiles[1], m_tiles[2], m_tiles[3], m_tiles[4]}, tileColumns);
    regrid(m_cardGrid, {m_cards[0], m_cards[1], m_cards[2]}, cardColumns);
    const int rows = (3 + cardColumns - 1) / cardColumns;
    for (int r = 0; r < m_cardGrid->rowCount(); ++r) {
        m_cardGrid->setRowMinimumHeight(r, r < rows ? 260 : 0); // a grid keeps the rows it once had
    }
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
    card(Chart::Region)->setGroups(f.byRegion);
    card(Chart::Model)->setGroups(f.byModel);
    card(Chart::Firmware)->setGroups(f.byFirmware);
    m_tileColumns = 0; // the legends' widths changed: lay out again
    arrange(m_scroll->viewport()->width());
    m_updated->setText(m_session && m_session->isSignedIn()
                           ? tr("%n phone(s); updated %1", "", f.overall.total)
                                 .arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat))
                           : QString());
}
