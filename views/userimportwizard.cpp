#include "userimportwizard.h"

#include "consolesession.h"
#include "gatedwizardpage.h"
#include "statusicons.h"
#include "windowfit.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace {
constexpr qint64 maxFileBytes = 64LL * 1024 * 1024;

struct ReadOutcome
{
    UserImportPlan plan;
    QString error;
};

ReadOutcome readPlan(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, file.errorString()};
    }
    if (file.size() > maxFileBytes) {
        return {{},
                UserImportWizard::tr("the file is %1; at most %2 are read")
                    .arg(QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(maxFileBytes))};
    }
    return {UserImportPlan::read(file.readAll()), {}};
}

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

GatedWizardPage* gated(QWizardPage* page)
{
    return static_cast<GatedWizardPage*>(page);
}
} // namespace

UserImportWizard::UserImportWizard(ConsoleSession* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_createRegions(new QCheckBox(tr("&Create the regions the file names that do not exist yet"), this))
    , m_fileState(new QLabel(this))
    , m_preview(table({tr("Line"), tr("User"), tr("Display name"), tr("Region"), tr("Phones"), tr("Problem")}, this))
    , m_previewState(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_importState(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_refused(table({tr("Line"), tr("User"), tr("Why it was not imported")}, this))
{
    setWindowTitle(tr("Import Users and Phones"));
    setWizardStyle(QWizard::ClassicStyle); // the same look on every platform
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(ImportPage, createImportPage());
    setPage(SummaryPage, createSummaryPage());
    WindowFit::resizeWithin(this, QSize(860, 560));
}

QWizardPage* UserImportWizard::createFilePage()
{
    auto* page = new GatedWizardPage([this] { return m_ready; });
    page->setTitle(tr("Choose the File"));
    page->setSubTitle(
        tr("A users and phones file as the vendor's console exports it: Name, Password, Display Name, "
           "Region, then Device 1 Display Name, Device 1 MAC Address, Device 1 IP Phone Model and so on."));
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("the CSV file"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto* files = new QFileDialog(this, tr("Users and phones file"), QString(), tr("CSV files (*.csv *.txt)"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setFileMode(QFileDialog::ExistingFile);
        connect(files, &QFileDialog::fileSelected, this, &UserImportWizard::setFile);
        files->open();
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_path->text().trimmed().isEmpty()) {
            setFile(m_path->text().trimmed());
        }
    });
    connect(m_path, &QLineEdit::textEdited, this, [this, page] {
        m_ready = false; // a new name: read it first
        page->recheck();
    });
    m_fileState->setWordWrap(true);
    m_fileState->setTextFormat(Qt::PlainText);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_fileState);
    layout->addWidget(m_createRegions);
    layout->addStretch(1);
    page->setFocusProxy(m_path);
    return page;
}

QWizardPage* UserImportWizard::createPreviewPage()
{
    auto* page = new GatedWizardPage([this] { return m_plan.goodCount() > 0; });
    page->setTitle(tr("Check the Lines"));
    page->setSubTitle(tr("Lines with a problem are shown in red and are not imported; the others are sent when "
                         "you go on."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_previewState->setWordWrap(true);
    m_previewState->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_previewState);
    layout->addWidget(m_preview, 1);
    return page;
}

QWizardPage* UserImportWizard::createImportPage()
{
    auto* page = new GatedWizardPage([this] { return m_done; });
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("The server imports the lines in batches of %1; each batch is all or nothing.")
                          .arg(UserImportPlan::batchRows));
    m_importState->setWordWrap(true);
    m_importState->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_importState);
    layout->addStretch(1);
    return page;
}

QWizardPage* UserImportWizard::createSummaryPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Result"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_refused->setObjectName(QStringLiteral("refused"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_refused, 1);
    return page;
}

void UserImportWizard::setFile(const QString& path)
{
    m_path->setText(path);
    m_ready = false;
    gated(page(FilePage))->recheck();
    m_fileState->setText(tr("Reading %1…").arg(path));
    const quint64 generation = ++m_readGeneration;
    auto* watcher = new QFutureWatcher<ReadOutcome>(this);
    connect(watcher, &QFutureWatcher<ReadOutcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_readGeneration) {
            return; // another file was chosen meanwhile
        }
        const ReadOutcome outcome = watcher->result();
        m_plan = outcome.plan;
        if (!outcome.error.isEmpty()) {
            m_fileState->setText(tr("The file cannot be read: %1").arg(outcome.error));
        } else if (!m_plan.fileProblem().isEmpty()) {
            m_fileState->setText(tr("This is not a users and phones file: %1").arg(m_plan.fileProblem()));
        } else {
            m_ready = true;
            m_fileState->setText(
                tr("%n line(s) read; %1 with a problem.", nullptr, static_cast<int>(m_plan.lines().size()))
                    .arg(m_plan.badCount()));
        }
        gated(page(FilePage))->recheck();
        Q_EMIT fileRead();
    });
    watcher->setFuture(QtConcurrent::run(readPlan, path));
}

void UserImportWizard::initializePage(int id)
{
    if (id == FilePage) {
        // Type the file's name at once (after QWizard has put the focus on its buttons).
        QTimer::singleShot(0, m_path, qOverload<>(&QWidget::setFocus));
    } else if (id == PreviewPage) {
        showPreview();
    } else if (id == ImportPage) {
        m_done = false;
        m_sent = 0;
        m_totals = {};
        m_refusals.clear();
        for (const UserImportPlan::Line& l : m_plan.lines()) {
            if (!l.problem.isEmpty()) {
                m_refusals.append({l.line, l.name, l.problem});
            }
        }
        m_progress->setRange(0, m_plan.goodCount());
        m_progress->setValue(0);
        m_progress->setFormat(tr("%v of %m lines"));
        sendBatch(0, qMin(UserImportPlan::batchRows, m_plan.goodCount()), false);
    }
    QWizard::initializePage(id);
}

void UserImportWizard::showPreview()
{
    const QVector<UserImportPlan::Line>& lines = m_plan.lines();
    m_preview->setRowCount(static_cast<int>(lines.size()));
    const QColor bad = StatusIcons::disconnectedColor();
    const QColor warned = StatusIcons::notRegisteredColor();
    for (int r = 0; r < lines.size(); ++r) {
        const UserImportPlan::Line& l = lines.at(r);
        const QString note = l.problem.isEmpty() ? l.warning : l.problem;
        const QStringList cells {QString::number(l.line),          l.name, l.displayName, l.region,
                                 l.macs.join(QLatin1String(", ")), note};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!l.problem.isEmpty()) {
                item->setForeground(bad);
                item->setToolTip(l.problem);
                if (c == 0) {
                    item->setIcon(StatusIcons::disconnected());
                }
            } else if (!l.warning.isEmpty()) {
                item->setForeground(warned);
                item->setToolTip(l.warning);
                if (c == 0) {
                    item->setIcon(StatusIcons::notRegistered());
                }
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    QString state = m_plan.badCount() == 0
        ? tr("All %n line(s) can be imported.", nullptr, m_plan.goodCount())
        : tr("%1 of %2 lines have a problem and will be left out; %3 can be imported.")
              .arg(m_plan.badCount())
              .arg(lines.size())
              .arg(m_plan.goodCount());
    if (m_plan.warningCount() > 0) {
        state += u' '
            + tr("%n line(s) will be imported otherwise than written (shown in amber: read why).", nullptr,
                 m_plan.warningCount());
    }
    m_previewState->setText(state);
    gated(page(PreviewPage))->recheck();
}

void UserImportWizard::sendBatch(int from, int count, bool retry)
{
    if (!retry) {
        m_sending = m_plan.goodRows().mid(from, count);
    }
    if (!m_session || !m_session->isSignedIn()) {
        finish(tr("not connected to a server"));
        return;
    }
    const QByteArray file = UserCsv::write(m_sending);
    QUrlQuery q;
    if (m_createRegions->isChecked()) {
        q.addQueryItem(QStringLiteral("createRegions"), QStringLiteral("true"));
    }
    m_importState->setText(tr("Sending lines %1 to %2…").arg(from + 1).arg(from + count));
    m_session->sendBytes(
        "POST", QStringLiteral("import/users"), q, file, "text/csv; charset=utf-8", this,
        [this, from, count, retry, file](const ApiReply& reply) {
            if (reply.ok()) {
                for (const QString& key :
                     {QStringLiteral("usersAdded"), QStringLiteral("usersUpdated"), QStringLiteral("devicesAdded"),
                      QStringLiteral("devicesUpdated"), QStringLiteral("regionsAdded"), QStringLiteral("imported")}) {
                    m_totals.insert(key, m_totals.value(key).toInt() + reply.json.value(key).toInt());
                }
                batchDone(from, count);
                return;
            }
            const QJsonArray errors = reply.json.value(QStringLiteral("errors")).toArray();
            if (reply.status != 422 || errors.isEmpty()) {
                finish(reply.error); // the server (or the network) refused the import itself
                return;
            }
            // The lines the server refused leave the batch; the rest goes again, once.
            QVector<int> refused;
            for (const QJsonValue& e : errors) {
                const QJsonObject o = e.toObject();
                const int row = UserImportPlan::rowOfBatchLine(file, o.value(QStringLiteral("line")).toInt());
                if (row >= 0 && row < m_sending.size() && !refused.contains(row)) {
                    refused.append(row);
                    const UserCsvRow& r = m_sending.at(row);
                    m_refusals.append({r.line, r.name, o.value(QStringLiteral("message")).toString()});
                }
            }
            if (refused.isEmpty() || retry) {
                for (const UserCsvRow& r : std::as_const(m_sending)) {
                    m_refusals.append({r.line, r.name, reply.error});
                }
                batchDone(from, count);
                return;
            }
            std::sort(refused.begin(), refused.end(), std::greater<int>());
            for (int row : std::as_const(refused)) {
                m_sending.removeAt(row);
            }
            if (m_sending.isEmpty()) {
                batchDone(from, count);
            } else {
                sendBatch(from, count, true);
            }
        });
}

void UserImportWizard::batchDone(int from, int count)
{
    m_sent = from + count;
    m_progress->setValue(m_sent);
    if (m_sent < m_plan.goodCount()) {
        sendBatch(m_sent, qMin(UserImportPlan::batchRows, m_plan.goodCount() - m_sent), false);
        return;
    }
    finish({});
}

void UserImportWizard::finish(const QString& stopped)
{
    for (int i = m_sent; i < m_plan.goodCount() && !stopped.isEmpty(); ++i) {
        const UserCsvRow& r = m_plan.goodRows().at(i);
        m_refusals.append({r.line, r.name, tr("not sent: %1").arg(stopped)});
    }
    std::sort(m_refusals.begin(), m_refusals.end(), [](const Refusal& a, const Refusal& b) { return a.line < b.line; });
    m_done = true;
    m_importState->setText(stopped.isEmpty() ? tr("Done.") : tr("Stopped: %1").arg(stopped));
    const auto n = [this](const char* key) { return m_totals.value(QLatin1String(key)).toInt(); };
    // Each count its own plural: "1 region added", "2 lines were not imported".
    m_summary->setText(tr("Imported %1 of %n line(s):", nullptr, int(m_plan.lines().size())).arg(n("imported")) + u' '
                       + tr("%n user(s) added", nullptr, n("usersAdded")) + QStringLiteral(", ")
                       + tr("%n updated", nullptr, n("usersUpdated")) + QStringLiteral("; ")
                       + tr("%n phone(s) added", nullptr, n("devicesAdded")) + QStringLiteral(", ")
                       + tr("%n updated", nullptr, n("devicesUpdated")) + QStringLiteral("; ")
                       + tr("%n region(s) added.", nullptr, n("regionsAdded")) + u' '
                       + tr("Not imported: %n line(s).", nullptr, int(m_refusals.size())));
    m_refused->setRowCount(static_cast<int>(m_refusals.size()));
    for (int r = 0; r < m_refusals.size(); ++r) {
        m_refused->setItem(r, 0, new QTableWidgetItem(QString::number(m_refusals.at(r).line)));
        m_refused->setItem(r, 1, new QTableWidgetItem(m_refusals.at(r).name));
        m_refused->setItem(r, 2, new QTableWidgetItem(m_refusals.at(r).reason));
    }
    m_refused->resizeColumnsToContents();
    m_refused->setVisible(!m_refusals.isEmpty());
    gated(page(ImportPage))->recheck();
    Q_EMIT importFinished();
    if (currentId() == ImportPage) {
        next(); // straight to the result
    }
}
