#pragma once

#include "userimportplan.h"

#include <QJsonObject>
#include <QWizard>

class ConsoleSession;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableWidget;

// Import Users and Phones: choose a users+devices CSV file (the vendor console's format), see
// every line with its problems highlighted before anything is sent, import the good lines in
// batches with a progress bar (a line the server refuses is left out and its batch sent again
// without it), and read what was added, updated and refused, line by line.
class UserImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, ImportPage, SummaryPage };

    UserImportWizard(ConsoleSession* session, QWidget* parent = nullptr);

    // Reads the file (off the GUI thread) as if chosen with Browse.
    void setFile(const QString& path);
    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* createRegionsBox() const { return m_createRegions; }
    QTableWidget* previewTable() const { return m_preview; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summary; }
    QTableWidget* refusedTable() const { return m_refused; }
    const UserImportPlan& plan() const { return m_plan; }
    bool isReady() const { return m_ready; }
    bool isImportDone() const { return m_done; }
    // The server's counts summed over the batches (usersAdded, devicesUpdated, ...).
    QJsonObject totals() const { return m_totals; }

Q_SIGNALS:
    void fileRead();
    void importFinished();

protected:
    void initializePage(int id) override;

private:
    struct Refusal
    {
        int line;
        QString name;
        QString reason;
    };

    QWizardPage* createFilePage();
    QWizardPage* createPreviewPage();
    QWizardPage* createImportPage();
    QWizardPage* createSummaryPage();
    void showPreview();
    void sendBatch(int from, int count, bool retry);
    void batchDone(int from, int count);
    void finish(const QString& stopped);

    ConsoleSession* m_session;
    UserImportPlan m_plan;
    bool m_ready = false;
    bool m_done = false;
    quint64 m_readGeneration = 0;
    QLineEdit* m_path;
    QCheckBox* m_createRegions;
    QLabel* m_fileState;
    QTableWidget* m_preview;
    QLabel* m_previewState;
    QProgressBar* m_progress;
    QLabel* m_importState;
    QLabel* m_summary;
    QTableWidget* m_refused;
    QVector<UserCsvRow> m_sending; // the batch on its way (without the lines refused so far)
    QVector<Refusal> m_refusals;
    QJsonObject m_totals;
    int m_sent = 0;
};
