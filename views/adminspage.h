#pragma once

#include "collectionpage.h"

// Administrators: the accounts (name, role, level per region, locked or not, failed logins).
// System administrators add, change (role, levels, a new password — which ends that account's
// sessions), unlock and delete them; every administrator changes their own password here.
class AdminsPage : public CollectionPage
{
    Q_OBJECT

public:
    explicit AdminsPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("admins"); }
    QString title() const override { return tr("Administrators"); }
    QIcon icon() const override;

    QAction* addAdminAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* unlockAction() const { return m_unlock; }
    QAction* passwordAction() const { return m_password; }

    // Passwords are at least this long (the server's rule).
    static constexpr int minimumPassword = 12;

public Q_SLOTS:
    void addAdmin();
    void editCurrent();
    void deleteCurrent();
    void unlockCurrent();
    void changeOwnPassword();

protected:
    bool canLoad(QString* why) const override;
    void selectionChanged() override;

private:
    void editAdmin(const QJsonObject& admin);

    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_unlock;
    QAction* m_password;
};
