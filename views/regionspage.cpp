#include "regionspage.h"

#include "accesspolicy.h"
#include "actionicons.h"
#include "admin.h"
#include "consolesession.h"
#include "pageicons.h"
#include "recorddialog.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// The first comma-separated part that is not "address/prefix", or an empty string.
QString firstInvalidSubnet(const QString& list)
{
    for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString subnet = part.trimmed();
        if (!subnet.isEmpty() && QHostAddress::parseSubnet(subnet).first.isNull()) {
            return subnet;
        }
    }
    return {};
}

QString roleText(const QString& role)
{
    if (role == QLatin1String("super-administrator")) {
        return RegionsPage::tr("Super Administrator");
    }
    if (role == QLatin1String("administrator")) {
        return RegionsPage::tr("Administrator");
    }
    if (role == QLatin1String("regional")) {
        return RegionsPage::tr("Regional administrator");
    }
    return role;
}

QString levelText(const QString& level)
{
    if (level == QLatin1String("operator")) {
        return RegionsPage::tr("Operator");
    }
    if (level == QLatin1String("monitoring")) {
        return RegionsPage::tr("Monitoring");
    }
    if (level == QLatin1String("not-visible")) {
        return RegionsPage::tr("Not visible");
    }
    return level;
}
} // namespace

RegionsPage::RegionsPage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(session, QStringLiteral("regions"), QStringLiteral("regions"),
                     {
                         CollectionModel::Column::of<Region>("name", tr("Region")),
                         CollectionModel::Column::of<Region>("description"),
                         CollectionModel::Column::of<Region>("provisioningSubnets"),
                         {QStringLiteral("level"), tr("Your level"), CollectionModel::Column::Kind::Text,
                          [](const QJsonObject& r, int role) -> QVariant {
                              if (role != Qt::DisplayRole) {
                                  return {};
                              }
                              return levelText(r.value(QStringLiteral("level")).toString());
                          }},
                     },
                     parent)
    , m_add(new QAction(ActionIcons::themed(QStringLiteral("list-add")), tr("Add Region…"), this))
    , m_edit(new QAction(ActionIcons::themed(QStringLiteral("document-edit")), tr("Edit Region…"), this))
    , m_delete(new QAction(ActionIcons::themed(QStringLiteral("edit-delete")), tr("Delete Region…"), this))
    , m_levels(new QTableWidget(0, 3, this))
    , m_addSite(new QAction(ActionIcons::themed(QStringLiteral("list-add")), tr("Add Site…"), this))
    , m_editSite(new QAction(ActionIcons::themed(QStringLiteral("document-edit")), tr("Edit Site…"), this))
    , m_removeSite(new QAction(ActionIcons::themed(QStringLiteral("edit-delete")), tr("Remove Site…"), this))
    , m_sites(new CollectionModel(
          {
              CollectionModel::Column::of<Site>("name", tr("Site")),
              CollectionModel::Column::of<Site>("description"),
          },
          this))
    , m_sitesTable(new QTableView(this))
    , m_details(new QTabWidget(this))
{
    searchBox()->setPlaceholderText(tr("Search by region name"));
    m_add->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_add, &QAction::triggered, this, &RegionsPage::addRegion);
    connect(m_edit, &QAction::triggered, this, &RegionsPage::editCurrentRegion);
    connect(m_delete, &QAction::triggered, this, &RegionsPage::deleteCurrentRegion);
    for (QAction* a : {m_add, m_edit, m_delete}) {
        addAction(a);
    }
    connect(table(), &QAbstractItemView::doubleClicked, this, &RegionsPage::editCurrentRegion);

    m_levels->setHorizontalHeaderLabels({tr("Administrator"), tr("Role"), tr("Level in this region")});
    m_levels->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levels->verticalHeader()->hide();
    m_levels->setWordWrap(false);
    m_levels->horizontalHeader()->setDefaultSectionSize(200);
    m_levels->horizontalHeader()->setStretchLastSection(true);
    m_levels->setAccessibleName(tr("Administrators' levels in the region"));

    // The current region's sites: their own small toolbar (the page's keys stay the region's).
    m_sitesTable->setModel(m_sites);
    m_sitesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sitesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sitesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sitesTable->setAlternatingRowColors(true);
    m_sitesTable->setWordWrap(false);
    m_sitesTable->verticalHeader()->hide();
    m_sitesTable->horizontalHeader()->setDefaultSectionSize(200);
    m_sitesTable->horizontalHeader()->setStretchLastSection(true);
    m_sitesTable->setAccessibleName(tr("The region's sites"));
    m_sitesTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_addSite->setToolTip(tr("Add a site (an office, a building) to the region"));
    connect(m_addSite, &QAction::triggered, this, &RegionsPage::addSite);
    connect(m_editSite, &QAction::triggered, this, &RegionsPage::editCurrentSite);
    connect(m_removeSite, &QAction::triggered, this, &RegionsPage::removeCurrentSite);
    connect(m_sitesTable, &QAbstractItemView::doubleClicked, this, &RegionsPage::editCurrentSite);
    connect(m_sitesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegionsPage::updateSiteActions);
    auto* sitesBar = new QToolBar(this);
    sitesBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    sitesBar->setIconSize(QSize(16, 16));
    for (QAction* a : {m_addSite, m_editSite, m_removeSite}) {
        sitesBar->addAction(a);
        m_sitesTable->addAction(a);
    }
    auto* sitesPane = new QWidget(this);
    auto* sitesLayout = new QVBoxLayout(sitesPane);
    sitesLayout->setContentsMargins(0, 0, 0, 0);
    sitesLayout->addWidget(sitesBar);
    sitesLayout->addWidget(m_sitesTable, 1);
    m_details->addTab(sitesPane, tr("Sites"));
    m_details->addTab(m_levels, tr("Administrators"));
    setDetailsWidget(m_details);
    connect(this, &CollectionPage::loaded, this, [this] {
        if (!this->session() || !this->session()->canAdministerSystem()) {
            m_admins.clear();
            showLevels();
            return;
        }
        this->session()->get(QStringLiteral("admins"), {{QStringLiteral("limit"), QStringLiteral("10000")}}, this,
                             [this](const ApiReply& reply) {
                                 m_admins.clear();
                                 for (const QJsonValue& v : reply.items()) {
                                     m_admins.append(v.toObject());
                                 }
                                 showLevels();
                             });
    });
    // After a load (a region or a site changed here): the sites again.
    connect(this, &CollectionPage::loaded, this, &RegionsPage::loadSites);
    selectionChanged();
}

QIcon RegionsPage::icon() const
{
    return PageIcons::regions();
}

void RegionsPage::selectionChanged()
{
    const bool system = session() && session()->canAdministerSystem();
    const bool current = !currentItem().isEmpty();
    m_add->setEnabled(system);
    m_edit->setEnabled(system && current);
    m_delete->setEnabled(system && current);
    for (QAction* a : {m_add, m_edit, m_delete}) {
        a->setToolTip(system ? a->text() : tr("Only system administrators change regions"));
    }
    showLevels();
    if (CollectionModel::idOf(currentItem()) != m_sitesOf) {
        loadSites();
    } else {
        updateSiteActions();
    }
}

void RegionsPage::applyChanges(const QVector<FeedChange>& changes)
{
    CollectionPage::applyChanges(changes);
    for (const FeedChange& c : changes) {
        if (c.collection == QLatin1String("sites")) {
            loadSites();
            return;
        }
    }
}

QJsonObject RegionsPage::currentSite() const
{
    const QModelIndex index = m_sitesTable->selectionModel()->currentIndex();
    return index.isValid() ? m_sites->item(index.row()) : QJsonObject();
}

void RegionsPage::loadSites()
{
    const QJsonObject region = currentItem();
    const qint64 id = CollectionModel::idOf(region);
    const quint64 generation = ++m_sitesGeneration;
    const qint64 keep = id == m_sitesOf ? CollectionModel::idOf(currentSite()) : 0;
    if (id != m_sitesOf) {
        m_sites->setItems({});
        m_sitesOf = id;
    }
    m_details->setTabText(
        0, id > 0 ? tr("Sites of %1").arg(region.value(QStringLiteral("name")).toString()) : tr("Sites"));
    updateSiteActions();
    if (id <= 0 || !session() || !session()->isSignedIn()) {
        Q_EMIT sitesLoaded();
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("region"), QString::number(id));
    q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    session()->get(QStringLiteral("sites"), q, this, [this, generation, keep](const ApiReply& reply) {
        if (generation != m_sitesGeneration) {
            return; // a newer listing started
        }
        if (reportFailure(reply, tr("Listing the sites"))) {
            QVector<QJsonObject> rows;
            for (const QJsonValue& v : reply.items()) {
                rows.append(v.toObject());
            }
            m_sites->setItems(rows);
            const int row = keep > 0 ? m_sites->rowOf(keep) : -1;
            if (row >= 0) {
                m_sitesTable->selectRow(row);
            }
        }
        updateSiteActions();
        Q_EMIT sitesLoaded();
    });
}

void RegionsPage::updateSiteActions()
{
    const qint64 region = m_sitesOf;
    const bool mayChange =
        region > 0 && session() && session()->canWrite() && AccessPolicy::canModify(session()->admin(), region);
    const bool site = !currentSite().isEmpty();
    m_addSite->setEnabled(mayChange);
    m_editSite->setEnabled(mayChange && site);
    m_removeSite->setEnabled(mayChange && site);
    for (QAction* a : {m_addSite, m_editSite, m_removeSite}) {
        a->setToolTip(mayChange         ? a->text()
                          : region <= 0 ? tr("Choose a region first")
                                        : tr("Only Operators of this region change its sites"));
    }
}

void RegionsPage::addSite()
{
    if (m_addSite->isEnabled()) {
        editSite({});
    }
}

void RegionsPage::editCurrentSite()
{
    const QJsonObject site = currentSite();
    if (!site.isEmpty() && m_editSite->isEnabled()) {
        editSite(site);
    }
}

void RegionsPage::editSite(const QJsonObject& site)
{
    const bool isNew = site.isEmpty();
    const qint64 region = isNew ? m_sitesOf : CollectionModel::idOf(site, "regionId");
    const QString regionName = session() ? session()->regionName(region) : QString();
    auto* dialog = new RecordDialog(session(),
                                    isNew ? tr("Add a Site to %1").arg(regionName)
                                          : tr("Edit Site %1").arg(site.value(QStringLiteral("name")).toString()),
                                    this);
    auto* name = new QLineEdit(site.value(QStringLiteral("name")).toString(), dialog);
    auto* description = new QLineEdit(site.value(QStringLiteral("description")).toString(), dialog);
    name->setObjectName(QStringLiteral("name"));
    name->setPlaceholderText(QStringLiteral("Paris-Opera"));
    description->setObjectName(QStringLiteral("description"));
    dialog->form()->addRow(tr("&Name:"), name);
    dialog->form()->addRow(tr("&Description:"), description);
    dialog->form()->addRow(tr("Region:"), new QLabel(regionName, dialog));
    dialog->checkFieldsOf<Site>();
    dialog->setRequest(
        isNew ? QByteArray("POST") : QByteArray("PUT"),
        isNew ? QStringLiteral("sites") : QStringLiteral("sites/%1").arg(CollectionModel::idOf(site)),
        [=](QString* problem) -> QJsonObject {
            const QString n = name->text().trimmed();
            if (n.isEmpty()) {
                *problem = tr("A site needs a name.");
                return {};
            }
            return QJsonObject {{QStringLiteral("name"), n},
                                {QStringLiteral("description"), description->text().trimmed()},
                                {QStringLiteral("regionId"), region}};
        },
        CollectionModel::idOf(site, "revision"));
    openEditor(dialog, [isNew, regionName](const QJsonObject& result) {
        return (isNew ? tr("Site %1 added to %2.") : tr("Site %1 of %2 changed."))
            .arg(result.value(QStringLiteral("name")).toString(), regionName);
    });
}

void RegionsPage::removeCurrentSite()
{
    const QJsonObject site = currentSite();
    if (site.isEmpty() || !m_removeSite->isEnabled()) {
        return;
    }
    const QString name = site.value(QStringLiteral("name")).toString();
    confirmDelete({site}, QStringLiteral("sites/%1"),
                  tr("Remove the site %1? Its placeholder values go with it; its phones stay in the region, at no "
                     "site.")
                      .arg(name),
                  tr("Site %1 removed.").arg(name));
}

void RegionsPage::showLevels()
{
    const QJsonObject region = currentItem();
    m_levels->setRowCount(0);
    if (region.isEmpty()) {
        return;
    }
    if (m_admins.isEmpty()) {
        // Not a system administrator: only one's own level is known.
        m_levels->setRowCount(1);
        m_levels->setItem(0, 0, new QTableWidgetItem(session() ? session()->admin().name : QString()));
        m_levels->setItem(0, 1, new QTableWidgetItem(tr("you")));
        m_levels->setItem(0, 2, new QTableWidgetItem(levelText(region.value(QStringLiteral("level")).toString())));
        return;
    }
    const qint64 id = CollectionModel::idOf(region);
    m_levels->setRowCount(static_cast<int>(m_admins.size()));
    for (int row = 0; row < m_admins.size(); ++row) {
        const QJsonObject& a = m_admins.at(row);
        const QString role = a.value(QStringLiteral("role")).toString();
        QString level = tr("Operator (every region)");
        if (role == QLatin1String("regional")) {
            level = levelText(QStringLiteral("not-visible"));
            for (const QJsonValue& v : a.value(QStringLiteral("regionLevels")).toArray()) {
                if (CollectionModel::idOf(v.toObject(), "regionId") == id) {
                    level = levelText(v.toObject().value(QStringLiteral("level")).toString());
                }
            }
        }
        m_levels->setItem(row, 0, new QTableWidgetItem(a.value(QStringLiteral("name")).toString()));
        m_levels->setItem(row, 1, new QTableWidgetItem(roleText(role)));
        m_levels->setItem(row, 2, new QTableWidgetItem(level));
    }
}

void RegionsPage::addRegion()
{
    if (m_add->isEnabled()) {
        editRegion({});
    }
}

void RegionsPage::editCurrentRegion()
{
    if (m_edit->isEnabled() && !currentItem().isEmpty()) {
        editRegion(currentItem());
    }
}

void RegionsPage::editRegion(const QJsonObject& region)
{
    const bool isNew = region.isEmpty();
    auto* dialog = new RecordDialog(
        session(), isNew ? tr("Add Region") : tr("Edit Region %1").arg(region.value("name").toString()), this);
    auto* name = new QLineEdit(region.value(QStringLiteral("name")).toString(), dialog);
    auto* description = new QLineEdit(region.value(QStringLiteral("description")).toString(), dialog);
    auto* subnets = new QLineEdit(region.value(QStringLiteral("provisioningSubnets")).toString(), dialog);
    subnets->setPlaceholderText(QStringLiteral("10.20.0.0/16, 2001:db8::/32"));
    name->setObjectName(QStringLiteral("name"));
    description->setObjectName(QStringLiteral("description"));
    subnets->setObjectName(QStringLiteral("subnets"));
    dialog->form()->addRow(tr("&Name:"), name);
    dialog->form()->addRow(tr("&Description:"), description);
    dialog->form()->addRow(tr("Provisioning &subnets:"), subnets);
    dialog->checkFieldsOf<Region>();
    dialog->setRequest(
        isNew ? QByteArray("POST") : QByteArray("PUT"),
        isNew ? QStringLiteral("regions") : QStringLiteral("regions/%1").arg(CollectionModel::idOf(region)),
        [=](QString* problem) -> QJsonObject {
            const QString n = name->text().trimmed();
            if (n.isEmpty()) {
                *problem = tr("A region needs a name.");
                return {};
            }
            const QString bad = firstInvalidSubnet(subnets->text());
            if (!bad.isEmpty()) {
                *problem = tr("\"%1\" is not a subnet (address/prefix length, e.g. 10.20.0.0/16).").arg(bad);
                return {};
            }
            return QJsonObject {{QStringLiteral("name"), n},
                                {QStringLiteral("description"), description->text().trimmed()},
                                {QStringLiteral("provisioningSubnets"), subnets->text().trimmed()}};
        },
        CollectionModel::idOf(region, "revision"));
    openEditor(dialog, [this, isNew](const QJsonObject& result) {
        if (session()) {
            session()->refreshRegions(); // the other pages' region names and filters
        }
        return (isNew ? tr("Region %1 added.") : tr("Region %1 changed."))
            .arg(result.value(QStringLiteral("name")).toString());
    });
}

void RegionsPage::deleteCurrentRegion()
{
    const QJsonObject region = currentItem();
    if (region.isEmpty() || !m_delete->isEnabled()) {
        return;
    }
    const QString name = region.value(QStringLiteral("name")).toString();
    confirmDelete({region}, QStringLiteral("regions/%1"),
                  tr("Delete the region %1? Its sites, its placeholder values and the administrators' levels in it go "
                     "with it. A region that still has phones, users or templates cannot be deleted.")
                      .arg(name),
                  tr("Region %1 deleted.").arg(name));
}

QString RegionsPage::emptyText() const
{
    return tr("No region yet. A region groups phones (by office or network: its provisioning subnets), gives "
              "them its templates and placeholder values, and sets who may see and change them.");
}
