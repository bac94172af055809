#pragma once

#include "job.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QVector>

class ConsoleSession;
class JobsModel;

// What happened to each phone of one job (GET /api/v1/jobs/{id}/targets), for the Jobs panel:
// refreshed while the job runs, then left as it ended.
class JobTargetsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, OutcomeColumn, ReasonColumn, UpdatedColumn, ColumnCount };

    JobTargetsModel(ConsoleSession* session, JobsModel* jobs, QObject* parent = nullptr);

    // Shows this job's targets (0: none).
    void setJob(qint64 jobId);
    qint64 jobId() const { return m_jobId; }
    const JobTarget& targetAt(int row) const { return m_targets.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(TargetOutcome outcome);

private:
    void load();

    ConsoleSession* m_session;
    JobsModel* m_jobs;
    qint64 m_jobId = 0;
    QVector<JobTarget> m_targets;
    QTimer m_timer;
    bool m_inFlight = false;
};
