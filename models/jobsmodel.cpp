#include "jobsmodel.h"

#include "apijson.h"
#include "consolesession.h"
#include "jobpace.h"
#include "phoneaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
bool readEntry(const QJsonObject& json, JobsModel::Entry* e)
{
    e->progress = json.value(QStringLiteral("progress")).toInt();
    if (!ApiJson::read(json, &e->job, &e->counts)) {
        return false;
    }
    e->description = JobsModel::describe(e->job, e->counts.total);
    return true;
}
} // namespace

JobsModel::JobsModel(ConsoleSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &JobsModel::poll);
    m_timer.start();
}

void JobsModel::reload()
{
    m_session->get(QStringLiteral("jobs"), {{QStringLiteral("limit"), QStringLiteral("50")}}, this,
                   [this](const ApiReply& r) {
                       if (!r.ok()) {
                           return;
                       }
                       beginResetModel();
                       m_entries.clear();
                       for (const QJsonValue& v : r.items()) {
                           Entry e;
                           if (readEntry(v.toObject(), &e)) {
                               m_entries.append(e);
                           }
                       }
                       endResetModel();
                       noteRunning();
                   });
}

void JobsModel::addJob(const QJsonObject& json)
{
    if (!update(json)) {
        Entry e;
        if (!readEntry(json, &e)) {
            return;
        }
        beginInsertRows({}, 0, 0);
        m_entries.prepend(e);
        endInsertRows();
    }
    noteRunning();
}

void JobsModel::noteRunning()
{
    const int running = runningCount();
    if (running != m_lastRunning) {
        m_lastRunning = running;
        Q_EMIT runningCountChanged(running);
    }
}

bool JobsModel::update(const QJsonObject& json)
{
    Entry fresh;
    if (!readEntry(json, &fresh)) {
        return false;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry& e = m_entries[i];
        if (e.job.id != fresh.job.id) {
            continue;
        }
        const bool wasRunning = isRunning(e.job.state);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        fresh.lastProgressAt = fresh.counts.finished() > e.counts.finished() ? now : e.lastProgressAt;
        // The pace is timed on this console's clock from when it first saw the job run.
        const bool seenBefore = e.seenAt.isValid();
        fresh.seenAt = seenBefore ? e.seenAt : fresh.job.state == JobState::Running ? now : QDateTime();
        fresh.seenFinished = seenBefore ? e.seenFinished : fresh.counts.finished();
        e = fresh;
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        Q_EMIT jobChanged(e.job.id);
        if (wasRunning && !isRunning(e.job.state)) {
            Q_EMIT jobFinished(e.job.id, e.description);
        }
        return true;
    }
    return false;
}

void JobsModel::poll()
{
    if (!m_session->isSignedIn() || m_inFlight > 0) {
        return;
    }
    for (const Entry& e : m_entries) {
        if (!isRunning(e.job.state)) {
            continue;
        }
        ++m_inFlight;
        m_session->get(QStringLiteral("jobs/%1").arg(e.job.id), {}, this, [this](const ApiReply& r) {
            --m_inFlight;
            if (r.ok()) {
                update(r.json);
            }
            if (m_inFlight == 0) {
                noteRunning();
            }
        });
    }
}

void JobsModel::cancel(qint64 jobId, QObject* context, std::function<void(bool, const QString&)> done)
{
    m_session->sendJson("POST", QStringLiteral("jobs/%1/cancel").arg(jobId), {}, context,
                        [this, done](const ApiReply& r) {
                            if (r.ok()) {
                                update(r.json);
                            }
                            done(r.ok(), r.error);
                        });
}

const JobsModel::Entry* JobsModel::entry(qint64 jobId) const
{
    for (const Entry& e : m_entries) {
        if (e.job.id == jobId) {
            return &e;
        }
    }
    return nullptr;
}

int JobsModel::runningCount() const
{
    return static_cast<int>(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry& e) { return isRunning(e.job.state); }));
}

int JobsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int JobsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobsModel::describe(const Job& job, int targets)
{
    PhoneAction::Kind kind;
    if (!PhoneAction::kindFromName(job.action, &kind)) {
        return job.description;
    }
    const int n = targets;
    switch (kind) {
    case PhoneAction::Kind::Reset: {
        const QString mode =
            QJsonDocument::fromJson(job.options.toUtf8()).object().value(QStringLiteral("mode")).toString();
        return mode == QLatin1String("force")    ? tr("Reset %n phone(s) at once", nullptr, n)
            : mode == QLatin1String("scheduled") ? tr("Reset %n phone(s) at a set time", nullptr, n)
                                                 : tr("Reset %n phone(s) when idle", nullptr, n);
    }
    case PhoneAction::Kind::CheckStatus:
        return tr("Check Status of %n phone(s)", nullptr, n);
    case PhoneAction::Kind::UpdateConfig:
        return tr("Update Configuration of %n phone(s)", nullptr, n);
    case PhoneAction::Kind::UpdateFirmware:
        return tr("Update Firmware of %n phone(s)", nullptr, n);
    case PhoneAction::Kind::SendMessage:
        return tr("Send Message to %n phone(s)", nullptr, n);
    case PhoneAction::Kind::ChangeRegion:
        return tr("Change Region of %n phone(s)", nullptr, n);
    case PhoneAction::Kind::ChangeModel:
        return tr("Change Phone Type of %n phone(s)", nullptr, n);
    case PhoneAction::Kind::ChangeLanguage:
        return tr("Change Language of %n phone(s)", nullptr, n);
    case PhoneAction::Kind::Approve:
        return tr("Approve %n phone(s)", nullptr, n);
    case PhoneAction::Kind::Delete:
        return tr("Delete %n phone(s)", nullptr, n);
    case PhoneAction::Kind::ResetPasswords:
        return tr("Reset Passwords of %n user(s)", nullptr, n);
    case PhoneAction::Kind::Generate:
        return tr("Generate Configuration Files of %n phone(s)", nullptr, n);
    case PhoneAction::Kind::AllowFirstContact:
        return tr("Allow First Contact for %n phone(s)", nullptr, n);
    }
    return job.description;
}

QString JobsModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return tr("Waiting");
    case JobState::Running:
        return tr("Running");
    case JobState::Done:
        return tr("Done");
    case JobState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobsModel::outcomeSummary(const JobCounts& c)
{
    QStringList parts;
    const auto add = [&](TargetOutcome o, const QString& text) {
        if (c.of(o) > 0) {
            parts << text;
        }
    };
    add(TargetOutcome::Done, tr("%n done", "", c.of(TargetOutcome::Done)));
    add(TargetOutcome::Delivered, tr("%n delivered", "", c.of(TargetOutcome::Delivered)));
    add(TargetOutcome::Queued, tr("%n queued", "", c.of(TargetOutcome::Queued)));
    add(TargetOutcome::Failed, tr("%n failed", "", c.of(TargetOutcome::Failed)));
    add(TargetOutcome::Skipped, tr("%n skipped", "", c.of(TargetOutcome::Skipped)));
    add(TargetOutcome::Cancelled, tr("%n cancelled", "", c.of(TargetOutcome::Cancelled)));
    add(TargetOutcome::Pending, tr("%n to do", "", c.of(TargetOutcome::Pending) + c.of(TargetOutcome::Sending)));
    return parts.join(QStringLiteral(", "));
}

QString JobsModel::paceText(const Entry& e, const QDateTime& now)
{
    const JobPace pace = JobPace::of(e.job, e.counts, e.lastProgressAt, now, e.seenAt, e.seenFinished);
    QStringList parts;
    const QLocale locale;
    if (pace.nextBatch.isValid()) {
        parts << tr("next batch %1").arg(locale.toString(pace.nextBatch.toLocalTime().time(), QLocale::ShortFormat));
    } else if (pace.perMinute > 0) {
        parts << tr("%1 phones/min").arg(locale.toString(qRound(pace.perMinute)));
    }
    if (pace.estimatedEnd.isValid()) {
        parts << tr("ends about %1").arg(locale.toString(pace.estimatedEnd.toLocalTime().time(), QLocale::ShortFormat));
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant JobsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const Entry& e = m_entries.at(index.row());
    if (role == JobIdRole) {
        return e.job.id;
    }
    if (role == ProgressRole) {
        return e.progress;
    }
    if (role == RunningRole) {
        return isRunning(e.job.state);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case DescriptionColumn:
        return e.description;
    case StateColumn:
        return stateText(e.job.state);
    case ProgressColumn:
        return QStringLiteral("%1%").arg(e.progress);
    case OutcomeColumn:
        return outcomeSummary(e.counts);
    case PaceColumn:
        return paceText(e, QDateTime::currentDateTimeUtc());
    case AdminColumn:
        return e.job.adminName;
    case CreatedColumn:
        return QLocale().toString(e.job.createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DescriptionColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case OutcomeColumn:
        return tr("Outcome");
    case PaceColumn:
        return tr("Pace");
    case AdminColumn:
        return tr("By");
    case CreatedColumn:
        return tr("Started");
    default:
        return {};
    }
}
