#pragma once

#include "collectionpage.h"

class QTableWidget;

// Regions: name, description, the subnets its phones may provision from without credentials,
// and the signed-in administrator's level in each; below, every administrator's level in the
// current region (system administrators see them all). Adding, changing and removing regions
// is for system administrators; a region that still has phones, users or templates is refused
// by the server, which says so.
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

public Q_SLOTS:
    void addRegion();
    void editCurrentRegion();
    void deleteCurrentRegion();

protected:
    void selectionChanged() override;

private:
    void editRegion(const QJsonObject& region);
    void showLevels();

    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
    QTableWidget* m_levels;
    QVector<QJsonObject> m_admins; // GET admins, for system administrators
};
