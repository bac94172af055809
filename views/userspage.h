#pragma once

#include "collectionpage.h"

class QTableWidget;

// Users: the phone users (name, display name, region, how many phones, whether a SIP password
// is set), searchable; add, edit and delete (with or without their phones); add a phone to a
// user; the current user's phones and their status below.
class UsersPage : public CollectionPage
{
    Q_OBJECT

public:
    explicit UsersPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("users"); }
    QString title() const override { return tr("Users"); }
    QIcon icon() const override;

    QAction* addUserAction() const { return m_add; }
    QAction* editUserAction() const { return m_edit; }
    QAction* deleteUserAction() const { return m_delete; }
    QAction* addDeviceAction() const { return m_addDevice; }
    QAction* importAction() const { return m_import; }
    QAction* exportFileAction() const { return m_exportFile; }
    QTableWidget* devicesTable() const { return m_devices; }

    // The columns of a users list: name, display name, region, phones, SIP password set.
    static QVector<CollectionModel::Column> columns(ConsoleSession* session);
    // Asks whether to delete these users (and, with a check box, their phones) and does so on page.
    static void confirmDeleteUsers(CollectionPage* page, const QVector<QJsonObject>& users);

public Q_SLOTS:
    // Each opens its dialog (non-modal to the event loop: open(), not exec()).
    void addUser();
    void editCurrentUser();
    void deleteSelectedUsers();
    void addDeviceToCurrentUser();
    // The import wizard (UserImportWizard); it stays open until closed.
    void importFile();
    // The users and phones file as the server writes it (to import again elsewhere).
    void exportFile();
    void exportFileTo(const QString& path);

Q_SIGNALS:
    void exportFinished(bool ok);

protected:
    void selectionChanged() override;
    QString emptyText() const override;

private:
    void editUser(const QJsonObject& user);
    void loadDevicesOf(qint64 userId);

    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_addDevice;
    QAction* m_import;
    QAction* m_exportFile;
    QTableWidget* m_devices;
    qint64 m_devicesOf = 0;
};
