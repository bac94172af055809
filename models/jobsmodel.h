#pragma once

#include "job.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QVector>

class ConsoleSession;

// The bulk-action jobs of the Jobs panel: the recent ones the administrator may watch, newest
// first, and every job this console starts. Running jobs are asked about once a second until
// they end, whatever page the console shows, so their progress is never stale.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DescriptionColumn,
        StateColumn,
        ProgressColumn,
        OutcomeColumn,
        PaceColumn, // phones a minute, the next batch, the estimated end
        AdminColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role { JobIdRole = Qt::UserRole + 1, ProgressRole, RunningRole };

    struct Entry
    {
        Job job;
        JobCounts counts;
        int progress = 0;         // 0..100
        QString description;      // describe(), made once when the job is read
        QDateTime lastProgressAt; // when this console last saw more phones finished
        QDateTime seenAt;         // when this console first saw it running (its own clock)
        int seenFinished = 0;     // how many phones were finished then
    };

    explicit JobsModel(ConsoleSession* session, QObject* parent = nullptr);

    // Loads the recent jobs (after connecting).
    void reload();
    // A job this console just created (the answer of POST /api/v1/actions).
    void addJob(const QJsonObject& job);
    void cancel(qint64 jobId, QObject* context, std::function<void(bool ok, const QString& error)> done);

    const Entry* entry(qint64 jobId) const;
    const Entry& entryAt(int row) const { return m_entries.at(row); }
    int runningCount() const;
    void setPollInterval(int ms) { m_timer.setInterval(ms); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(JobState state);
    // What the job does, in the console's language with the right plural ("Reset 37 phones
    // (force)"); the server's own description for an action this console does not know.
    static QString describe(const Job& job, int targets);
    // "12 done, 3 queued, 1 failed".
    static QString outcomeSummary(const JobCounts& counts);
    // "500 phones/min · ends about 10:42", "next batch 10:31 · ends about 11:40"; empty when
    // there is nothing to say (not started, over).
    static QString paceText(const Entry& entry, const QDateTime& now);
    static bool isRunning(JobState state) { return state == JobState::Queued || state == JobState::Running; }

Q_SIGNALS:
    void runningCountChanged(int running);
    // A job moved to Done or Cancelled.
    void jobFinished(qint64 jobId, const QString& description);
    void jobChanged(qint64 jobId);

private:
    void poll();
    bool update(const QJsonObject& json);
    void noteRunning();

    ConsoleSession* m_session;
    QVector<Entry> m_entries;
    QTimer m_timer;
    int m_inFlight = 0;
    int m_lastRunning = 0;
};
