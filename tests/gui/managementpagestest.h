#pragma once

// The fixture of the management pages' second half (gui_management): one phonefleetd with two
// regions, three users and their phones, an administrator and a Monitoring administrator of
// Paris. The test functions run in order and build on each other (the monitoring one last).
#include "apiclient.h"
#include "pagetest.h"
#include "serverprocess.h"

#include <QDialog>
#include <QTemporaryDir>

class TestManagementPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manageMultipleUsers();
    void manageMultipleDevices();
    void templatesAddEditCloneRestoreExportImportGenerateDelete();
    void placeholdersAtEveryLevel();
    void sitesOfARegion();
    void configurationFilesAndDelayBetweenInstalls();
    void systemSettingsCheckedSavedAndOption160();
    void csvImportWizardWithBadLines();
    void vendorImportWizardPreviewsThenImports();
    void exportOfTheFilteredView();
    void monitoringAdminReadsTheseAndChangesNothing();

private:
    std::unique_ptr<ConsoleSession> signIn(const QString& user, const QString& password)
    {
        return PageTest::signIn(m_server.http, user, password);
    }
    QJsonObject row(const QByteArray& collection, qint64 id) const
    {
        return m_admin.get("/api/v1/" + collection + "/" + QByteArray::number(id)).json;
    }
    qint64 addDevice(const char* mac, const char* model, qint64 region, qint64 user);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    ApiClient m_admin;
    qint64 m_paris = 0;
    qint64 m_lyon = 0;
    qint64 m_alice = 0;
    qint64 m_bob = 0;
    qint64 m_carl = 0;
    QVector<qint64> m_devices;
};

namespace ManagementTest {
inline const QString adminPassword = QStringLiteral("management-admin-password");
inline const QString monitorPassword = QStringLiteral("management-monitor-password");
QByteArray fileBytes(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);
// Presses OK of a plain dialog (one built from a QDialogButtonBox).
void pressOk(QDialog* dialog);
} // namespace ManagementTest
