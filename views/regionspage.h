#pragma once

#include "collectionpage.h"

class QTabWidget;
class QTableView;
class QTableWidget;

// Regions: name, description, the subnets its phones may provision from without credentials,
// and the signed-in administrator's level in each; below, the current region's sites (its
// offices: GET sites?region=) and every administrator's level in it (system administrators see
// them all). Adding, changing and removing regions is for system administrators; a region that
// still has phones, users or templates is refused by the server, which says so. The Operators
// of a region add, change and remove its sites.
class RegionsPage : public CollectionPage
{
    Q_OBJECT

public:
    explicit RegionsPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("regions"); }
    QString title() const override { return tr("Regions"); }
    QIcon icon() const override;

    QAction* addRegionAction() const { return m_add; }
    QAction* editRegionAction() const { return m_edit; }
    QAction* deleteRegionAction() const { return m_delete; }
    QTableWidget* levelsTable() const { return m_levels; }
    QAction* addSiteAction() const { return m_addSite; }
    QAction* editSiteAction() const { return m_editSite; }
    QAction* removeSiteAction() const { return m_removeSite; }
    // The sites of the current region, as the server lists them (by name), and their table.
    CollectionModel* sitesModel() const { return m_sites; }
    QTableView* sitesTable() const { return m_sitesTable; }
    // The region whose sites are shown (0: none).
    qint64 sitesRegion() const { return m_sitesOf; }
    QJsonObject currentSite() const;
    void applyChanges(const QVector<FeedChange>& changes) override;

public Q_SLOTS:
    void addRegion();
    void editCurrentRegion();
    void deleteCurrentRegion();
    void addSite();
    void editCurrentSite();
    void removeCurrentSite();

Q_SIGNALS:
    // The current region's sites were listed (or emptied: no region).
    void sitesLoaded();

protected:
    void selectionChanged() override;
    QString emptyText() const override;

private:
    void editRegion(const QJsonObject& region);
    void showLevels();
    // Lists the current region's sites again (keeps the current site by id).
    void loadSites();
    void editSite(const QJsonObject& site);
    // Enables the site actions from the current site and the administrator's level in the region.
    void updateSiteActions();

    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
    QTableWidget* m_levels;
    QAction* m_addSite;
    QAction* m_editSite;
    QAction* m_removeSite;
    CollectionModel* m_sites;
    QTableView* m_sitesTable;
    QTabWidget* m_details;
    QVector<QJsonObject> m_admins; // GET admins, for system administrators
    qint64 m_sitesOf = 0;          // the region whose sites m_sites holds
    quint64 m_sitesGeneration = 0; // answers of an earlier listing are dropped
};
