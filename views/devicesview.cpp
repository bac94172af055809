#include "devicesview.h"

#include "actionicons.h"
#include "actionoptionsdialog.h"
#include "consolesession.h"
#include "consolesettings.h"
#include "csvexport.h"
#include "devicefilterbar.h"
#include "devicefilterproxy.h"
#include "devicetablemodel.h"
#include "jobsmodel.h"
#include "tablecelldelegate.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QKeySequence shortcutOf(BulkAction::Kind kind)
{
    using K = BulkAction::Kind;
    switch (kind) {
    case K::CheckStatus:
        return QKeySequence(Qt::CTRL | Qt::Key_T);
    case K::ChangeRegion:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    case K::UpdateFirmware:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    case K::OpenWebAdmin:
        return QKeySequence(Qt::CTRL | Qt::Key_B);
    case K::Reset:
        return QKeySequence(Qt::CTRL | Qt::Key_R);
    case K::UpdateConfiguration:
        return QKeySequence(Qt::CTRL | Qt::Key_U);
    case K::SendMessage:
        return QKeySequence(Qt::CTRL | Qt::Key_M);
    case K::Approve:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    case K::Delete:
        return QKeySequence(QKeySequence::Delete);
    case K::GenerateConfiguration:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    case K::AllowFirstContact:
        break; // rare, and never one keystroke away
    }
    return {};
}

QIcon iconOf(QStyle* style, BulkAction::Kind kind)
{
    using K = BulkAction::Kind;
    switch (kind) {
    case K::CheckStatus:
        return QIcon::fromTheme(QStringLiteral("view-refresh"), style->standardIcon(QStyle::SP_BrowserReload));
    case K::Reset:
        return QIcon::fromTheme(QStringLiteral("system-reboot"), style->standardIcon(QStyle::SP_MediaSkipBackward));
    case K::SendMessage:
        return QIcon::fromTheme(QStringLiteral("mail-send"), style->standardIcon(QStyle::SP_MessageBoxInformation));
    case K::UpdateConfiguration:
        return QIcon::fromTheme(QStringLiteral("document-send"), style->standardIcon(QStyle::SP_ArrowDown));
    case K::UpdateFirmware:
        return QIcon::fromTheme(QStringLiteral("system-software-update"), style->standardIcon(QStyle::SP_ArrowUp));
    case K::Delete:
        return QIcon::fromTheme(QStringLiteral("edit-delete"), style->standardIcon(QStyle::SP_TrashIcon));
    case K::OpenWebAdmin:
        return QIcon::fromTheme(QStringLiteral("internet-web-browser"), style->standardIcon(QStyle::SP_DriveNetIcon));
    case K::Approve:
        return QIcon::fromTheme(QStringLiteral("dialog-ok-apply"), style->standardIcon(QStyle::SP_DialogApplyButton));
    case K::ChangeRegion:
        return QIcon::fromTheme(QStringLiteral("go-jump"), style->standardIcon(QStyle::SP_ArrowRight));
    case K::GenerateConfiguration:
        return QIcon::fromTheme(QStringLiteral("document-new"), style->standardIcon(QStyle::SP_FileIcon));
    case K::AllowFirstContact:
        return QIcon::fromTheme(QStringLiteral("security-low"), style->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    return {};
}

} // namespace

DevicesView::DevicesView(ConsoleSession* session, QWidget* parent)
    : ConsolePage(parent)
    , m_session(session)
    , m_model(new DeviceTableModel(this))
    , m_proxy(new DeviceFilterProxy(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_filtersButton(new QToolButton(this))
    , m_filterBar(new DeviceFilterBar(this))
    , m_counts(new QLabel(this))
{
    m_proxy->setDeviceModel(m_model);

    m_search->setPlaceholderText(tr("Search user, phone number, MAC, IP, model, firmware, region, status…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search phones"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &DeviceFilterProxy::setSearchText);
    setFocusProxy(m_table); // Ctrl+2 then Ctrl+A selects every phone shown
    auto* focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(focusSearch);

    m_filtersButton->setText(tr("&Filters"));
    m_filtersButton->setCheckable(true);
    m_filtersButton->setToolTip(tr("Show the smart filters"));
    m_filterBar->setVisible(false);
    connect(m_filtersButton, &QToolButton::toggled, m_filterBar, &QWidget::setVisible);
    connect(m_filterBar, &DeviceFilterBar::filterChanged, m_proxy, &DeviceFilterProxy::setDeviceFilter);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceTableModel::MacColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new TableCellDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Rows of one height: no per-row measuring, whatever the number of phones.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(130);
    header->resizeSection(DeviceTableModel::UserColumn, 170);
    header->resizeSection(DeviceTableModel::StatusColumn, 150);
    for (int c : {DeviceTableModel::SubnetColumn, DeviceTableModel::VlanColumn, DeviceTableModel::StatusChangeColumn,
                  DeviceTableModel::LocationColumn}) {
        header->hideSection(c); // the vendor's default columns; the rest via the column menu
    }
    restoreColumns();
    connect(header, &QHeaderView::customContextMenuRequested, this, &DevicesView::showColumnMenu);
    // The layout is saved once it settles (a drag resizes a column many times a second), and
    // at the latest when the view goes.
    m_saveColumns.setSingleShot(true);
    m_saveColumns.setInterval(500);
    connect(&m_saveColumns, &QTimer::timeout, this, &DevicesView::saveColumns);
    const auto settle = [this] { m_saveColumns.start(); };
    connect(header, &QHeaderView::sectionMoved, this, settle);
    connect(header, &QHeaderView::sectionResized, this, settle);
    m_widthsByHand = ConsoleSettings::value(ConsoleSettings::Key::DevicesColumnWidthsByHand).toBool();
    const auto byHand = [this] {
        if (!m_fittingColumns && !m_widthsByHand) {
            m_widthsByHand = true;
            ConsoleSettings::setValue(ConsoleSettings::Key::DevicesColumnWidthsByHand, true);
        }
    };
    connect(header, &QHeaderView::sectionResized, this, [this, header, byHand](int logical) {
        // An edge dragged on the header; not the last column following the window or a dock.
        if (m_headerPressed && header->visualIndex(logical) != lastVisibleColumn()) {
            byHand();
        }
    });
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionHandleDoubleClicked, this, byHand);
    // The phones arrive after the view is shown: sized by their values once there are some.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            QTimer::singleShot(0, this, &DevicesView::fitColumnsToContent);
        }
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, settle);
    connect(m_table, &QTableView::customContextMenuRequested, this, &DevicesView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_actions.value(BulkAction::Kind::OpenWebAdmin)->isEnabled()) {
            openWebAdminOfSelectedDevice();
        }
    });

    // Live updates and sorting keep the selection (the proxy maps it); a reset (a load, a new
    // search or filter) is bridged.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &DevicesView::rememberView);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DevicesView::restoreView);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &DevicesView::updateCounts);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DevicesView::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DevicesView::updateCounts);
    connect(m_proxy, &DeviceFilterProxy::filterChanged, this, &DevicesView::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesView::updateActionState);
    m_stateTimer.setSingleShot(true);
    m_stateTimer.setInterval(200);
    connect(&m_stateTimer, &QTimer::timeout, this, &DevicesView::updateActionState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_stateTimer.isActive()) {
            m_stateTimer.start();
        }
    });

    createActions();

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filtersButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    updateCounts();
    updateActionState();
}

QIcon DevicesView::icon() const
{
    return QIcon::fromTheme(QStringLiteral("phone"), style()->standardIcon(QStyle::SP_ComputerIcon));
}

void DevicesView::createActions()
{
    using K = BulkAction::Kind;
    const QMap<K, void (DevicesView::*)()> slots {
        {K::CheckStatus, &DevicesView::checkStatusOfSelectedDevices},
        {K::ChangeRegion, &DevicesView::changeRegionOfSelectedDevices},
        {K::UpdateFirmware, &DevicesView::updateFirmwareOfSelectedDevices},
        {K::OpenWebAdmin, &DevicesView::openWebAdminOfSelectedDevice},
        {K::Reset, &DevicesView::resetSelectedDevices},
        {K::UpdateConfiguration, &DevicesView::updateConfigurationOfSelectedDevices},
        {K::SendMessage, &DevicesView::sendMessageToSelectedDevices},
        {K::Approve, &DevicesView::approveSelectedDevices},
        {K::Delete, &DevicesView::deleteSelectedDevices},
        {K::GenerateConfiguration, &DevicesView::generateConfigurationOfSelectedDevices},
        {K::AllowFirstContact, &DevicesView::allowFirstContactForSelectedDevices},
    };
    for (K kind : BulkAction::all()) {
        auto* a = new QAction(iconOf(style(), kind), QString(), this);
        a->setShortcut(shortcutOf(kind));
        // The shortcuts act on the table's selection, where the page is shown.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slots.value(kind));
        addAction(a);
        m_actions.insert(kind, a);
    }
    m_refresh =
        new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)),
                    tr("Reload the List"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, [this] { sessionStarted(); });
    m_export = new QAction(ActionIcons::themed(QStringLiteral("document-export")), tr("Export CSV…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Save the phones as shown (search, filters and order) as a CSV file"));
    addAction(m_export);
    connect(m_export, &QAction::triggered, this, [this] {
        CsvExport::ask(this, m_table, QStringLiteral("phones"), [this](bool ok, const QString& text) {
            Q_EMIT message(ok ? MessageBar::Kind::Information : MessageBar::Kind::Error, text);
        });
    });
}

QList<QAction*> DevicesView::toolBarActions() const
{
    using K = BulkAction::Kind;
    QList<QAction*> out;
    for (K kind : {K::CheckStatus, K::Reset, K::UpdateConfiguration, K::SendMessage, K::UpdateFirmware, K::ChangeRegion,
                   K::Approve, K::OpenWebAdmin, K::GenerateConfiguration, K::Delete}) {
        out << m_actions.value(kind);
    }
    out << m_export;
    return out;
}

void DevicesView::sessionStarted()
{
    if (m_session) {
        m_filterBar->setRegions(m_session->regions());
    }
    updateActionState();
}

void DevicesView::sessionClosed()
{
    m_columnsFitted = false; // the next server's phones may need other widths
    m_model->setRows({});
    updateActionState();
}

QVector<Device> DevicesView::selectedDevices() const
{
    QVector<Device> devices;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    devices.reserve(rows.size());
    for (const QModelIndex& proxyIndex : rows) {
        devices.append(m_model->deviceAt(m_proxy->mapToSource(proxyIndex)));
    }
    return devices;
}

void DevicesView::showFiltered(const DeviceFilter& filter)
{
    m_search->clear();
    m_filtersButton->setChecked(!filter.isEmpty());
    m_filterBar->setFilter(filter);
    m_table->clearSelection();
    m_table->scrollToTop();
}

void DevicesView::updateActionState()
{
    const QVector<Device> selection = selectedDevices();
    const Admin admin = m_session ? m_session->admin() : Admin();
    const bool connected = m_session && m_session->isSignedIn();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const BulkAction::State s = BulkAction::state(it.key(), selection, admin);
        QAction* a = it.value();
        a->setText(s.label);
        a->setEnabled(s.enabled && (connected || it.key() == BulkAction::Kind::OpenWebAdmin));
        a->setToolTip(connected || it.key() == BulkAction::Kind::OpenWebAdmin
                          ? s.tooltip
                          : s.tooltip + u'\n' + tr("Not connected to a server."));
        a->setStatusTip(a->toolTip());
    }
    m_refresh->setEnabled(connected);
    updateCounts();
}

void DevicesView::updateCounts()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int selected =
        m_table->selectionModel() ? static_cast<int>(m_table->selectionModel()->selectedRows().size()) : 0;
    QString text = shown == all ? tr("%n phone(s)", "", all) : tr("%1 of %n phone(s) shown", "", all).arg(shown);
    if (selected > 0) {
        text += tr(", %n selected", "", selected);
    }
    m_counts->setText(text);
}

// --- bulk actions ------------------------------------------------------------------------

void DevicesView::checkStatusOfSelectedDevices()
{
    run(BulkAction::Kind::CheckStatus);
}
void DevicesView::changeRegionOfSelectedDevices()
{
    run(BulkAction::Kind::ChangeRegion);
}
void DevicesView::updateFirmwareOfSelectedDevices()
{
    run(BulkAction::Kind::UpdateFirmware);
}
void DevicesView::openWebAdminOfSelectedDevice()
{
    run(BulkAction::Kind::OpenWebAdmin);
}
void DevicesView::resetSelectedDevices()
{
    run(BulkAction::Kind::Reset);
}
void DevicesView::updateConfigurationOfSelectedDevices()
{
    run(BulkAction::Kind::UpdateConfiguration);
}
void DevicesView::sendMessageToSelectedDevices()
{
    run(BulkAction::Kind::SendMessage);
}
void DevicesView::approveSelectedDevices()
{
    run(BulkAction::Kind::Approve);
}
void DevicesView::allowFirstContactForSelectedDevices()
{
    run(BulkAction::Kind::AllowFirstContact);
}
void DevicesView::deleteSelectedDevices()
{
    run(BulkAction::Kind::Delete);
}
void DevicesView::generateConfigurationOfSelectedDevices()
{
    run(BulkAction::Kind::GenerateConfiguration);
}

void DevicesView::run(BulkAction::Kind kind)
{
    const QVector<Device> selection = selectedDevices();
    const BulkAction::State state = BulkAction::state(kind, selection, m_session ? m_session->admin() : Admin());
    if (!state.enabled) {
        Q_EMIT message(MessageBar::Kind::Warning, state.tooltip);
        return;
    }
    if (kind == BulkAction::Kind::OpenWebAdmin) {
        const QUrl url(BulkAction::webAdminUrl(selection.first()));
        if (!QDesktopServices::openUrl(url)) {
            Q_EMIT message(MessageBar::Kind::Error, tr("No web browser could open %1.").arg(url.toString()));
        }
        return;
    }
    if (!m_session || !m_session->isSignedIn()) {
        return;
    }
    const QVector<qint64> ids = BulkAction::targetIds(kind, selection);
    if (kind == BulkAction::Kind::CheckStatus || kind == BulkAction::Kind::GenerateConfiguration) {
        PhoneAction action;
        action.kind = BulkAction::phoneActionOf(kind);
        send(action, ids); // harmless: no options, nothing to confirm
        return;
    }
    QStringList models;
    for (const Device& d : selection) {
        if (!models.contains(d.model)) {
            models << d.model;
        }
    }
    ActionOptionsDialog* dialog = askOptionsThenStart(
        m_session, kind, state, models, [ids](const PhoneAction& action) { return BulkAction::request(action, ids); });
    if (dialog->hasPacingOptions()) {
        // For the estimate of a share per region: every phone shown here counts in its region.
        QHash<qint64, qint64> sizes;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            ++sizes[m_model->deviceAt(m_model->index(row, 0)).regionId];
        }
        QHash<qint64, int> targets;
        for (const Device& d : selection) {
            ++targets[d.regionId];
        }
        dialog->setRegionCounts(sizes, targets);
    }
}

void DevicesView::send(const PhoneAction& action, const QVector<qint64>& deviceIds)
{
    startAction(m_session, BulkAction::request(action, deviceIds));
}

void DevicesView::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    using K = BulkAction::Kind;
    for (K kind : {K::CheckStatus, K::OpenWebAdmin}) {
        menu.addAction(m_actions.value(kind));
    }
    menu.addSeparator();
    for (K kind : {K::Reset, K::UpdateConfiguration, K::SendMessage, K::UpdateFirmware, K::ChangeRegion}) {
        menu.addAction(m_actions.value(kind));
    }
    menu.addSeparator();
    for (K kind : {K::Approve, K::GenerateConfiguration, K::AllowFirstContact, K::Delete}) {
        menu.addAction(m_actions.value(kind));
    }
    menu.addSeparator();
    menu.addAction(m_export);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

// --- columns -----------------------------------------------------------------------------

void DevicesView::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int c = 0; c < DeviceTableModel::ColumnCount; ++c) {
        QAction* a = menu.addAction(DeviceTableModel::columnName(c));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            const int visible = header->count() - header->hiddenSectionCount();
            if (!on && visible <= 1) {
                return; // one column stays
            }
            header->setSectionHidden(c, !on);
            saveColumns();
        });
    }
    menu.addSeparator();
    QAction* fit = menu.addAction(tr("Size Columns to Content"));
    connect(fit, &QAction::triggered, this, [this] {
        m_widthsByHand = false;
        ConsoleSettings::setValue(ConsoleSettings::Key::DevicesColumnWidthsByHand, false);
        m_columnsFitted = false;
        fitColumnsToContent();
    });
    QAction* reset = menu.addAction(tr("Default Columns"));
    connect(reset, &QAction::triggered, this, [this, header] {
        for (int c = 0; c < DeviceTableModel::ColumnCount; ++c) {
            header->setSectionHidden(c, false);
            header->moveSection(header->visualIndex(c), c);
        }
        for (int c : {DeviceTableModel::SubnetColumn, DeviceTableModel::VlanColumn,
                      DeviceTableModel::StatusChangeColumn, DeviceTableModel::LocationColumn}) {
            header->hideSection(c);
        }
        saveColumns();
    });
    menu.exec(header->mapToGlobal(position));
}

int DevicesView::lastVisibleColumn() const
{
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual))) {
            return visual;
        }
    }
    return -1;
}

bool DevicesView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_headerPressed = true;
        } else if (event->type() == QEvent::MouseButtonRelease) {
            m_headerPressed = false;
        }
    }
    return ConsolePage::eventFilter(watched, event);
}

void DevicesView::fitColumnsToContent()
{
    if (m_widthsByHand || m_columnsFitted || m_model->rowCount() == 0) {
        return;
    }
    m_columnsFitted = true;
    // A long location or user name does not take the whole table: past this, the value is
    // elided and the tooltip has it whole.
    const int widest = m_table->fontMetrics().averageCharWidth() * 40;
    QHeaderView* header = m_table->horizontalHeader();
    const int last = header->logicalIndex(lastVisibleColumn());
    m_fittingColumns = true;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c) || c == last) {
            continue; // the last one takes the rest of the width
        }
        // The rows measured are those around the visible ones (QHeaderView's precision): a
        // fleet of 100 000 phones costs no more than one of 1 000.
        m_table->resizeColumnToContents(c); // the values and the header's text
        if (header->sectionSize(c) > widest) {
            header->resizeSection(c, widest);
        }
    }
    m_fittingColumns = false;
}

DevicesView::~DevicesView()
{
    if (m_saveColumns.isActive()) {
        saveColumns();
    }
}

void DevicesView::saveColumns()
{
    m_saveColumns.stop();
    ConsoleSettings::setValue(ConsoleSettings::Key::DevicesColumns, m_table->horizontalHeader()->saveState());
}

void DevicesView::restoreColumns()
{
    const QByteArray state = ConsoleSettings::value(ConsoleSettings::Key::DevicesColumns).toByteArray();
    if (!state.isEmpty()) {
        m_table->horizontalHeader()->restoreState(state);
    }
}

// --- keeping the view across resets ------------------------------------------------------

void DevicesView::rememberView()
{
    m_keptSelection.clear();
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
        m_keptSelection.append(i.data(DeviceTableModel::DeviceIdRole).toLongLong());
    }
    const QModelIndex current = m_table->currentIndex();
    m_keptCurrent = current.isValid() ? current.data(DeviceTableModel::DeviceIdRole).toLongLong() : 0;
    const QModelIndex top = m_table->indexAt(QPoint(1, 1));
    m_keptTop = top.isValid() && m_table->verticalScrollBar()->value() > 0
        ? top.data(DeviceTableModel::DeviceIdRole).toLongLong()
        : 0;
}

void DevicesView::restoreView()
{
    const auto proxyIndex = [this](qint64 id, int column = 0) {
        const int row = m_model->rowOf(id);
        return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, column));
    };
    // Runs of neighbouring rows as one range each: a selection of every row stays one range.
    QVector<int> rows;
    rows.reserve(m_keptSelection.size());
    for (qint64 id : std::as_const(m_keptSelection)) {
        if (const QModelIndex i = proxyIndex(id); i.isValid()) {
            rows.append(i.row());
        }
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1) {
            ++j;
        }
        selection.append(QItemSelectionRange(m_proxy->index(rows.at(i), 0), m_proxy->index(rows.at(j), lastColumn)));
        i = j + 1;
    }
    if (!selection.isEmpty()) {
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (const QModelIndex current = proxyIndex(m_keptCurrent); current.isValid()) {
        m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    }
    if (const QModelIndex top = proxyIndex(m_keptTop); top.isValid()) {
        m_table->scrollTo(top, QAbstractItemView::PositionAtTop);
    }
    m_keptSelection.clear();
    updateActionState();
}
