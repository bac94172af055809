#pragma once

#include "bulkaction.h"
#include "collectionpage.h"

#include <QHash>

class QComboBox;

// Manage Multiple Devices: the phones (searched by the server, of one region or all), and what
// the vendor's console does to many at once: delete them, change their phone type or language
// (each dialog can show how many phones use each type or language now: "view usage"),
// restart them, generate and update their configuration files, send them a message. Each is one
// job on the server; the Jobs panel follows it. Besides, the phones of one region are put at one
// of its sites, or at none (a change of each phone, PUT devices/<id>).
class ManageDevicesPage : public CollectionPage
{
    Q_OBJECT

public:
    explicit ManageDevicesPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("manage-devices"); }
    QString title() const override { return tr("Manage Multiple Devices"); }
    QIcon icon() const override;

    QComboBox* regionFilter() const { return m_region; }
    QAction* deleteAction() const { return m_delete; }
    QAction* changeModelAction() const { return m_changeModel; }
    QAction* changeLanguageAction() const { return m_changeLanguage; }
    QAction* restartAction() const { return m_restart; }
    QAction* generateAction() const { return m_generate; }
    QAction* updateAction() const { return m_update; }
    QAction* messageAction() const { return m_message; }
    QAction* changeSiteAction() const { return m_changeSite; }
    void applyChanges(const QVector<FeedChange>& changes) override;

    // How many of the listed phones have each value of a field ("model", "language"), most used
    // first; phones with none are counted under "" .
    QVector<QPair<QString, int>> usage(const QString& field) const;

public Q_SLOTS:
    void deleteSelected();
    void changeModelOfSelected();
    void changeLanguageOfSelected();
    void restartSelected();
    void generateForSelected();
    void updateSelected();
    void messageSelected();
    // Change Site…: a site of the selected phones' region (all of one region), or no site.
    void changeSiteOfSelected();

protected:
    void selectionChanged() override;

private:
    void run(BulkAction::Kind kind);
    // The phone type or language dialog: a choice, a "View Usage" table, then the action.
    void changeField(const QString& field);
    QVector<qint64> selectedIds() const;
    // The region of every selected phone when they share one (else 0).
    qint64 selectedRegion() const;
    // The names of the sites the administrator sees, for the Site column: listed again when a
    // phone shows a site not known yet (or always).
    void loadSiteNames(bool always);
    QVariant siteCell(const QJsonObject& device, int role) const;
    // PUT devices/<id> {siteId, revision} for each phone; says how it went and reloads.
    void putAtSite(const QVector<QJsonObject>& phones, qint64 siteId, const QString& siteName);

    QComboBox* m_region;
    QAction* m_delete;
    QAction* m_changeModel;
    QAction* m_changeLanguage;
    QAction* m_restart;
    QAction* m_generate;
    QAction* m_update;
    QAction* m_message;
    QAction* m_changeSite;
    QHash<qint64, QString> m_siteNames; // site id -> name
    bool m_siteNamesPending = false;
};
