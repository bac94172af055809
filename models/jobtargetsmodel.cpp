#include "jobtargetsmodel.h"

#include "apijson.h"
#include "consolesession.h"
#include "jobsmodel.h"

#include <QBrush>
#include <QJsonArray>
#include <QLocale>

JobTargetsModel::JobTargetsModel(ConsoleSession* session, JobsModel* jobs, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_jobs(jobs)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &JobTargetsModel::load);
    // The last refresh once a job ends, so the table shows how it ended.
    connect(jobs, &JobsModel::jobFinished, this, [this](qint64 id) {
        if (id == m_jobId) {
            load();
        }
    });
}

void JobTargetsModel::setJob(qint64 jobId)
{
    if (jobId == m_jobId) {
        return;
    }
    m_jobId = jobId;
    beginResetModel();
    m_targets.clear();
    endResetModel();
    m_timer.stop();
    if (jobId > 0) {
        load();
        m_timer.start();
    }
}

void JobTargetsModel::load()
{
    if (m_jobId <= 0 || m_inFlight) {
        return;
    }
    const JobsModel::Entry* entry = m_jobs->entry(m_jobId);
    if (entry && !JobsModel::isRunning(entry->job.state) && !m_targets.isEmpty()) {
        m_timer.stop();
    }
    m_inFlight = true;
    const qint64 job = m_jobId;
    m_session->get(QStringLiteral("jobs/%1/targets").arg(job), {{QStringLiteral("limit"), QStringLiteral("10000")}},
                   this, [this, job](const ApiReply& r) {
                       m_inFlight = false;
                       if (job != m_jobId || !r.ok()) {
                           return;
                       }
                       QVector<JobTarget> targets;
                       for (const QJsonValue& v : r.items()) {
                           JobTarget t;
                           if (ApiJson::read(v.toObject(), &t)) {
                               targets.append(t);
                           }
                       }
                       if (targets.size() == m_targets.size()) {
                           m_targets = targets; // same rows: keep the view's selection and scroll
                           if (!m_targets.isEmpty()) {
                               Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
                           }
                           return;
                       }
                       beginResetModel();
                       m_targets = targets;
                       endResetModel();
                   });
}

int JobTargetsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_targets.size());
}

int JobTargetsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTargetsModel::outcomeText(TargetOutcome outcome)
{
    switch (outcome) {
    case TargetOutcome::Pending:
        return tr("To do");
    case TargetOutcome::Sending:
        return tr("Sending");
    case TargetOutcome::Done:
        return tr("Done");
    case TargetOutcome::Queued:
        return tr("Queued for its next report");
    case TargetOutcome::Delivered:
        return tr("Delivered at its report");
    case TargetOutcome::Failed:
        return tr("Failed");
    case TargetOutcome::Skipped:
        return tr("Skipped (no rights)");
    case TargetOutcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant JobTargetsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size()) {
        return {};
    }
    const JobTarget& t = m_targets.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn && t.outcome == TargetOutcome::Failed) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case LabelColumn:
        return t.label;
    case OutcomeColumn:
        return outcomeText(t.outcome);
    case ReasonColumn:
        return t.reason;
    case UpdatedColumn:
        return t.updatedAt.isValid() ? QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant JobTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LabelColumn:
        return tr("Phone");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    case UpdatedColumn:
        return tr("When");
    default:
        return {};
    }
}
