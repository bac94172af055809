#pragma once

#include "bulkaction.h"
#include "collectionpage.h"

class QComboBox;

// Manage Multiple Devices: the phones (searched by the server, of one region or all), and what
// the vendor's console does to many at once: delete them, change their phone type or language
// (each dialog can show how many phones use each type or language now: "view usage"),
// restart them, generate and update their configuration files, send them a message. Each is one
// job on the server; the Jobs panel follows it.
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

protected:
    void selectionChanged() override;

private:
    void run(BulkAction::Kind kind);
    // The phone type or language dialog: a choice, a "View Usage" table, then the action.
    void changeField(const QString& field);
    QVector<qint64> selectedIds() const;

    QComboBox* m_region;
    QAction* m_delete;
    QAction* m_changeModel;
    QAction* m_changeLanguage;
    QAction* m_restart;
    QAction* m_generate;
    QAction* m_update;
    QAction* m_message;
};
