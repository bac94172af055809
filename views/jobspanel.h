#pragma once

#include <QWidget>

class JobTargetsModel;
class JobsModel;
class ConsoleSession;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// The Jobs panel (a dock of the main window, so it stays whatever page is shown): the bulk
// actions running and recent, with their progress, what happened to each phone of the one
// selected, and Cancel for a running one.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    JobsPanel(ConsoleSession* session, JobsModel* jobs, QWidget* parent = nullptr);

    // Selects the job (one just started).
    void showJob(qint64 jobId);
    qint64 selectedJob() const;
    QTableView* jobsTable() const { return m_jobsTable; }
    QTableView* targetsTable() const { return m_targetsTable; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void failed(const QString& message);

private:
    void selectionChanged();
    void updateDetails();
    void cancelSelected();

    JobsModel* m_jobs;
    JobTargetsModel* m_targets;
    QTableView* m_jobsTable;
    QTableView* m_targetsTable;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};
