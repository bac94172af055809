#pragma once

#include "bulkaction.h"
#include "collectionpage.h"

#include <QJsonValue>

class QComboBox;

// Manage Multiple Users: the users of one region (or all the administrator sees), chosen first,
// and what the vendor's console does to many at once: set their region, reset their SIP
// passwords (a random one each, or one for all), delete them, and restart, regenerate, update
// or message their phones. Each starts one request or one job; the Jobs panel follows the jobs.
class ManageUsersPage : public CollectionPage
{
    Q_OBJECT

public:
    explicit ManageUsersPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("manage-users"); }
    QString title() const override { return tr("Manage Multiple Users"); }
    QIcon icon() const override;

    QComboBox* regionFilter() const { return m_region; }
    QAction* setRegionAction() const { return m_setRegion; }
    QAction* resetPasswordsAction() const { return m_resetPasswords; }
    QAction* deleteAction() const { return m_delete; }
    QAction* restartAction() const { return m_restart; }
    QAction* generateAction() const { return m_generate; }
    QAction* updateAction() const { return m_update; }
    QAction* messageAction() const { return m_message; }

public Q_SLOTS:
    void setRegionOfSelected();
    void resetPasswordsOfSelected();
    void deleteSelected();
    void restartPhonesOfSelected();
    void generateForSelected();
    void updatePhonesOfSelected();
    void messagePhonesOfSelected();

protected:
    void selectionChanged() override;

private:
    // Moves these users to a region in one request, at the revisions the list shows. When one
    // changed since the list was loaded (a password job, another console), the list is loaded
    // again and the move asked once more at the revisions it shows then.
    void moveUsers(const QVector<qint64>& ids, const QJsonValue& regionId, const QString& regionName, bool again);
    // Options (when the action has any) and confirmation, then the action on the users' phones.
    void runOnPhones(BulkAction::Kind kind);
    QVector<qint64> selectedIds() const;

    QComboBox* m_region;
    QAction* m_setRegion;
    QAction* m_resetPasswords;
    QAction* m_delete;
    QAction* m_restart;
    QAction* m_generate;
    QAction* m_update;
    QAction* m_message;
};
