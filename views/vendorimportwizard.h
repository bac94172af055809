#pragma once

#include "vendorexport.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QWizard>

class ConsoleSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QScrollArea;
class QTableWidget;
struct ApiReply;

// Import from the Vendor's Server: choose the configuration export of the vendor's IP Phone
// Management Server (one zip), read it here first (a file that is not such an export is refused
// before anything is sent), let the server say what the import would do (a dry run: nothing is
// written), ask which tenant each of the vendor's numeric TENANT_IDs is when the server cannot
// tell, show every step (create, change, unchanged, skip) with where in the bundle it comes from,
// and only then import it all in one transaction (all or nothing).
class VendorImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, TenantPage, PreviewPage, ImportPage };
    enum Column { WhatColumn, KindColumn, NameColumn, WhereColumn, DetailsColumn }; // Details last: it stretches

    // The server's limit on the body of POST import/vendor-export.
    static constexpr qint64 maxFileBytes = 16LL * 1024 * 1024;

    VendorImportWizard(ConsoleSession* session, QWidget* parent = nullptr);

    // Reads the file (off the GUI thread) as if chosen with Browse, then asks the server for a dry run.
    void setFile(const QString& path);
    QLineEdit* pathEdit() const { return m_path; }
    QLabel* fileStateLabel() const { return m_fileState; }
    // The choice for one vendor TENANT_ID on the tenant page; null when the page has no such row.
    QComboBox* tenantCombo(const QString& tenantId) const { return m_tenantCombos.value(tenantId); }
    QStringList unmappedTenantIds() const { return m_unmapped; }
    // "7=Paris,8=Lyon": what the tenant page's choices send (skipped ids are left out).
    QString tenantMap() const;
    QTableWidget* stepsTable() const { return m_steps; }
    QLabel* previewSummaryLabel() const { return m_previewSummary; }
    QCheckBox* showUnchangedBox() const { return m_showUnchanged; }
    QProgressBar* importProgress() const { return m_importBusy; }
    // The result of the import (the counts of the server's answer, or why nothing was imported).
    QLabel* summaryLabel() const { return m_summary; }
    bool isFileRead() const { return m_fileOk; }
    bool isImportDone() const { return m_done; }
    bool importSucceeded() const { return m_succeeded; }
    // The server's last dry-run answer, and the import's.
    QJsonObject dryRunResult() const { return m_result; }
    QJsonObject importResult() const { return m_imported; }

    int nextId() const override;

Q_SIGNALS:
    // The file was read here (or could not be: fileStateLabel() says why).
    void fileRead();
    // The server answered a dry run (or refused it: the page says why).
    void dryRunFinished();
    void importFinished();

protected:
    void initializePage(int id) override;

private:
    QWizardPage* createFilePage();
    QWizardPage* createTenantPage();
    QWizardPage* createPreviewPage();
    QWizardPage* createImportPage();
    void fileDone(const QByteArray& bytes, const VendorExport& bundle, const QString& error);
    void buildTenantRows();
    void updateTenantState();
    // Whether the import may be sent at all; false with why.
    bool mayImport(QString* why) const;
    // The tenant map the tenant page's choices make, or none when the page was not needed.
    QString currentMap() const;
    // first: the dry run of a newly read file (its unmapped ids decide whether the tenant page shows).
    void runDryRun(const QString& map, bool first);
    void dryRunDone(const QString& map, bool first, const ApiReply& reply);
    void showPreview();
    void updateUnchangedRows();
    void runImport();
    void importDone(const ApiReply& reply);
    void recheck(int pageId);

    ConsoleSession* m_session;
    QByteArray m_bytes; // the file as read, sent as it is
    VendorExport m_bundle;
    QString m_readPath;
    bool m_fileOk = false;
    bool m_firstOk = false; // the server answered the first dry run
    bool m_busy = false;    // a dry run on its way
    quint64 m_generation = 0;
    QStringList m_unmapped; // what the first dry run (without a map) asked to map
    QString m_resultMap;    // the map m_result was planned with
    bool m_resultOk = false;
    QJsonObject m_result;
    QJsonObject m_imported;
    bool m_done = false;
    bool m_succeeded = false;

    QLineEdit* m_path;
    QLabel* m_fileState;
    QProgressBar* m_fileBusy;
    QLabel* m_tenantState;
    QScrollArea* m_tenantScroll;
    QHash<QString, QComboBox*> m_tenantCombos;
    QStringList m_builtIds; // the ids the tenant page's rows are for
    QTableWidget* m_steps;
    QLabel* m_previewSummary;
    QLabel* m_previewState;
    QProgressBar* m_previewBusy;
    QCheckBox* m_showUnchanged;
    QProgressBar* m_importBusy;
    QLabel* m_importState;
    QLabel* m_summary;
};
