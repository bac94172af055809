#include "jobspanel.h"

#include "jobsmodel.h"
#include "jobtargetsmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The Progress column as a bar with its percentage.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(JobsModel::ProgressRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

void setUpTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

JobsPanel::JobsPanel(ConsoleSession* session, JobsModel* jobs, QWidget* parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_targets(new JobTargetsModel(session, jobs, this))
    , m_jobsTable(new QTableView(this))
    , m_targetsTable(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Job"), this))
{
    m_jobsTable->setModel(jobs);
    m_jobsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_jobsTable->setItemDelegateForColumn(JobsModel::ProgressColumn, new ProgressDelegate(m_jobsTable));
    setUpTable(m_jobsTable);
    m_jobsTable->horizontalHeader()->resizeSection(JobsModel::DescriptionColumn, 320);
    m_jobsTable->setAccessibleName(tr("Jobs"));
    m_targetsTable->setModel(m_targets);
    m_targetsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpTable(m_targetsTable);
    m_targetsTable->horizontalHeader()->resizeSection(JobTargetsModel::LabelColumn, 140);
    m_targetsTable->horizontalHeader()->resizeSection(JobTargetsModel::OutcomeColumn, 200);
    m_targetsTable->setAccessibleName(tr("Outcome per phone"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Phones not sent to yet are not; commands waiting for a phone's report are withdrawn."));

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    head->addWidget(m_summary, 1);
    head->addWidget(m_progress);
    head->addWidget(m_cancel);
    detailsLayout->addLayout(head);
    detailsLayout->addWidget(m_targetsTable, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_jobsTable);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_jobsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPanel::selectionChanged);
    connect(jobs, &JobsModel::jobChanged, this, [this](qint64 id) {
        if (id == selectedJob()) {
            updateDetails();
        }
    });
    connect(jobs, &QAbstractItemModel::modelReset, this, &JobsPanel::selectionChanged);
    connect(m_cancel, &QPushButton::clicked, this, &JobsPanel::cancelSelected);
    updateDetails();
}

qint64 JobsPanel::selectedJob() const
{
    const QModelIndexList rows = m_jobsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(JobsModel::JobIdRole).toLongLong();
}

void JobsPanel::showJob(qint64 jobId)
{
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        if (m_jobs->entryAt(row).job.id == jobId) {
            m_jobsTable->selectRow(row);
            return;
        }
    }
}

void JobsPanel::selectionChanged()
{
    m_targets->setJob(selectedJob());
    updateDetails();
}

void JobsPanel::updateDetails()
{
    const JobsModel::Entry* e = m_jobs->entry(selectedJob());
    if (!e) {
        m_summary->setText(tr("Select a job to see what happened to each phone."));
        m_progress->setVisible(false);
        m_cancel->setEnabled(false);
        return;
    }
    m_summary->setText(
        tr("%1 — %2: %3")
            .arg(e->description, JobsModel::stateText(e->job.state), JobsModel::outcomeSummary(e->counts)));
    m_progress->setVisible(true);
    m_progress->setValue(e->progress);
    m_cancel->setEnabled(JobsModel::isRunning(e->job.state));
}

void JobsPanel::cancelSelected()
{
    const qint64 id = selectedJob();
    if (id <= 0) {
        return;
    }
    m_cancel->setEnabled(false);
    m_jobs->cancel(id, this, [this](bool ok, const QString& error) {
        if (!ok) {
            Q_EMIT failed(tr("The job could not be cancelled: %1").arg(error));
        }
        updateDetails();
    });
}
