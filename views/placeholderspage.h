#pragma once

#include "collectionpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

// Placeholders: the %ITCS_...% values of one level — the system, a template (a phone model's),
// a region, a site (a part of a region), a device — and the overwrite values (cfg keys set
// outright) of a region or of one phone. The level is chosen first, then its owner (a template,
// a region, a site, or a phone by MAC); add, change and delete follow the administrator's rights
// on that owner (a site's: on its region).
class PlaceholdersPage : public CollectionPage
{
    Q_OBJECT

public:
    enum class Level { System, Template, Region, Site, Device, RegionOverwrite, DeviceOverwrite };

    explicit PlaceholdersPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("placeholders"); }
    QString title() const override { return tr("Placeholders"); }
    QIcon icon() const override;
    void sessionStarted() override;
    void applyChanges(const QVector<FeedChange>& changes) override;

    QComboBox* levelBox() const { return m_level; }
    QComboBox* ownerBox() const { return m_owner; }
    QLineEdit* macEdit() const { return m_mac; }
    QAction* addValueAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* importCsvAction() const { return m_importCsv; }
    QAction* exportVendorCsvAction() const { return m_exportVendorCsv; }

    Level level() const;
    void setLevel(Level level);
    // The owner the list is of: a template's, region's, site's or device's id (0: none chosen, or
    // system).
    qint64 ownerId() const;
    // Finds the phone of that MAC and shows its values (the MAC box does this on Enter).
    void showDevice(const QString& mac);

public Q_SLOTS:
    void addValue();
    void editCurrent();
    void deleteCurrent();
    // Import Values…: a placeholder file in the vendor's layouts (any level), all lines or none;
    // the server's refusals line by line.
    void importCsv();
    void importCsvFile(const QString& path);
    // Export for the Vendor…: this level's values in the vendor's layout.
    void exportVendorCsv();

Q_SIGNALS:
    // The owners of a level were listed (templates, sites) or a phone was found by its MAC.
    void ownerReady();

protected:
    bool canLoad(QString* why) const override;
    QUrlQuery query() const override;
    void selectionChanged() override;
    QString emptyText() const override;

private:
    bool isOverwrite() const;
    QString levelName() const; // as the API says it: system, template, region, site, device
    void levelChanged();
    void fillOwners();
    bool mayChange() const;
    void editValue(const QJsonObject& value);

    QComboBox* m_level;
    QStackedWidget* m_ownerStack;
    QComboBox* m_owner;
    QLineEdit* m_mac;
    QLabel* m_deviceLabel;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_importCsv;
    QAction* m_exportVendorCsv;
    qint64 m_deviceId = 0;
    qint64 m_deviceRegion = 0;
    QHash<qint64, qint64> m_templateRegions; // template id -> its region (0: system-wide)
    QHash<qint64, qint64> m_siteRegions;     // site id -> its region
    bool m_ownersAreSites = false;           // m_owner lists sites (not regions or templates)
};
