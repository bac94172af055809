#include "vendorimportwizard.h"

#include "consolesession.h"
#include "gatedwizardpage.h"
#include "statusicons.h"
#include "windowfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>

namespace {
// Item data of a tenant choice: the tenant's name (none for "Choose…"); skipRole for "Skip".
constexpr int tenantRole = Qt::UserRole;
constexpr int skipRole = Qt::UserRole + 1;
// Item data of a step's first cell: the server's action (create, change, unchanged, skip).
constexpr int actionRole = Qt::UserRole;

const QString errorStyle = QStringLiteral("color: #c62828");

struct ReadOutcome
{
    QByteArray bytes;
    VendorExport bundle;
    QString error;
};

// Off the GUI thread: the file, within the server's limit, and the bundle as the server will read it.
ReadOutcome readBundle(const QString& path)
{
    ReadOutcome out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = VendorImportWizard::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return out;
    }
    const auto tooLarge = [&out, &path](qint64 size) {
        out.bytes.clear();
        out.error = VendorImportWizard::tr("%1 is %2; the server takes an export of at most %3.")
                        .arg(path, QLocale().formattedDataSize(size),
                             QLocale().formattedDataSize(VendorImportWizard::maxFileBytes));
    };
    if (file.size() > VendorImportWizard::maxFileBytes) {
        tooLarge(file.size());
        return out;
    }
    out.bytes = file.read(VendorImportWizard::maxFileBytes + 1); // it may have grown since
    if (out.bytes.size() > VendorImportWizard::maxFileBytes) {
        tooLarge(out.bytes.size());
        return out;
    }
    if (file.error() != QFileDevice::NoError) {
        out.bytes.clear();
        out.error = VendorImportWizard::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return out;
    }
    QString error;
    if (!VendorExport::read(out.bytes, &out.bundle, &error)) {
        out.bytes.clear();
        out.bundle = VendorExport();
        out.error = VendorImportWizard::tr("This file cannot be imported: %1").arg(error);
    }
    return out;
}

QString bundleSummary(const VendorExport& bundle)
{
    QString text = VendorImportWizard::tr("Read: templates %1, tenants %2, sites %3.")
                       .arg(bundle.templates.size())
                       .arg(bundle.tenants.size())
                       .arg(bundle.sites.size());
    if (!bundle.notes.isEmpty()) {
        text += u' '
            + VendorImportWizard::tr("%n part(s) of it cannot be read and will be skipped.", nullptr,
                                     static_cast<int>(bundle.notes.size()));
    }
    return text;
}

void showState(QLabel* label, const QString& text, bool error)
{
    label->setStyleSheet(error ? errorStyle : QString());
    label->setText(text);
}

QProgressBar* busyBar(QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setRange(0, 0); // busy: the server says nothing about its progress
    bar->setTextVisible(false);
    bar->hide();
    return bar;
}

QLabel* stateLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString actionText(const QString& action)
{
    if (action == QLatin1String("create")) {
        return VendorImportWizard::tr("Create");
    }
    if (action == QLatin1String("change")) {
        return VendorImportWizard::tr("Change");
    }
    if (action == QLatin1String("unchanged")) {
        return VendorImportWizard::tr("Unchanged");
    }
    if (action == QLatin1String("skip")) {
        return VendorImportWizard::tr("Skip");
    }
    return action;
}

int countOf(const QJsonObject& result, const char* key)
{
    return result.value(QLatin1String(key)).toInt();
}
} // namespace

VendorImportWizard::VendorImportWizard(ConsoleSession* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_fileState(stateLabel(this))
    , m_fileBusy(busyBar(this))
    , m_tenantState(stateLabel(this))
    , m_tenantScroll(new QScrollArea(this))
    , m_steps(new QTableWidget(0, 5, this))
    , m_previewSummary(stateLabel(this))
    , m_previewState(stateLabel(this))
    , m_previewBusy(busyBar(this))
    , m_showUnchanged(new QCheckBox(tr("Show &unchanged"), this))
    , m_importBusy(busyBar(this))
    , m_importState(stateLabel(this))
    , m_summary(stateLabel(this))
{
    setWindowTitle(tr("Import from the Vendor's Server"));
    setWizardStyle(QWizard::ClassicStyle); // the same look on every platform
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(TenantPage, createTenantPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(ImportPage, createImportPage());
    WindowFit::resizeWithin(this, QSize(900, 580));
}

QWizardPage* VendorImportWizard::createFilePage()
{
    auto* page = new GatedWizardPage([this] { return m_fileOk && m_firstOk && !m_busy; });
    page->setTitle(tr("Choose the Vendor's Export"));
    page->setSubTitle(tr("Nothing is written until you press Import, after the server has shown what it would do."));
    auto* about = new QLabel(
        tr("The vendor's IP Phone Management Server exports its whole configuration as one zip file: its "
           "templates, tenants, sites, placeholders and system settings. Tenants become regions; templates keep "
           "their name, description, region and default mark; placeholder values go to their level; system "
           "settings become system values."),
        page);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("the export's zip file"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto* files = new QFileDialog(this, tr("The vendor's configuration export"), QString(),
                                      tr("Vendor configuration export (*.zip);;All files (*)"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setFileMode(QFileDialog::ExistingFile);
        connect(files, &QFileDialog::fileSelected, this, &VendorImportWizard::setFile);
        files->open();
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        const QString path = m_path->text().trimmed();
        if (!path.isEmpty() && (path != m_readPath || (!m_firstOk && !m_busy))) { // a new name, or try again
            setFile(path);
        }
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_fileOk = false; // a new name: read it first
        recheck(FilePage);
    });
    m_fileState->setObjectName(QStringLiteral("fileState"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(about);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_fileState);
    layout->addWidget(m_fileBusy);
    layout->addStretch(1);
    page->setFocusProxy(m_path);
    return page;
}

QWizardPage* VendorImportWizard::createTenantPage()
{
    auto* page = new GatedWizardPage([this] {
        if (m_busy) {
            return false;
        }
        for (const QString& id : std::as_const(m_unmapped)) {
            const QComboBox* combo = m_tenantCombos.value(id);
            if (!combo || (!combo->currentData(skipRole).toBool() && !combo->currentData(tenantRole).isValid())) {
                return false;
            }
        }
        return m_tenantState->text().isEmpty(); // no choice the tenant map cannot carry
    });
    page->setTitle(tr("Which Tenant Is Each Id?"));
    page->setSubTitle(tr("The vendor's Templates.csv names the tenant of each template by a numeric id "
                         "(TENANT_ID) that Tenants.csv does not list. Choose the tenant each id stands for, or "
                         "skip its templates."));
    m_tenantScroll->setWidgetResizable(true);
    m_tenantScroll->setFrameShape(QFrame::NoFrame);
    m_tenantState->setStyleSheet(errorStyle);
    m_tenantState->setObjectName(QStringLiteral("tenantState"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_tenantScroll, 1);
    layout->addWidget(m_tenantState);
    return page;
}

QWizardPage* VendorImportWizard::createPreviewPage()
{
    auto* page = new GatedWizardPage([this] { return m_resultOk && !m_busy && m_resultMap == currentMap(); });
    page->setTitle(tr("What the Import Would Do"));
    page->setSubTitle(tr("Nothing has been written yet: this is the server's dry run. Skipped rows (in amber) are "
                         "not imported; point at one to read why. Import writes all the rest in one go: all or "
                         "nothing."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setHorizontalHeaderLabels({tr("What"), tr("Kind"), tr("Name"), tr("Where"), tr("Details")});
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setWordWrap(false);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_showUnchanged->setObjectName(QStringLiteral("showUnchanged"));
    m_showUnchanged->setChecked(false);
    connect(m_showUnchanged, &QCheckBox::toggled, this, &VendorImportWizard::updateUnchangedRows);
    auto* row = new QHBoxLayout;
    row->addWidget(m_previewSummary, 1);
    row->addWidget(m_showUnchanged);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_previewBusy);
    layout->addWidget(m_previewState);
    layout->addWidget(m_steps, 1);
    return page;
}

QWizardPage* VendorImportWizard::createImportPage()
{
    auto* page = new GatedWizardPage([this] { return m_done; });
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("The server imports the export in one transaction: if anything fails, nothing is written."));
    m_summary->setObjectName(QStringLiteral("summary"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_importBusy);
    layout->addWidget(m_importState);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    return page;
}

void VendorImportWizard::recheck(int pageId)
{
    if (auto* p = static_cast<GatedWizardPage*>(page(pageId))) {
        p->recheck();
    }
}

int VendorImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage:
        return m_unmapped.isEmpty() ? PreviewPage : TenantPage;
    case TenantPage:
        return PreviewPage;
    case PreviewPage:
        return ImportPage;
    default:
        return -1;
    }
}

void VendorImportWizard::setFile(const QString& path)
{
    m_path->setText(path);
    m_readPath = path;
    m_bytes.clear();
    m_bundle = VendorExport();
    m_fileOk = false;
    m_firstOk = false;
    m_busy = true;
    m_unmapped.clear();
    m_builtIds.clear(); // another file's tenants: the tenant page is built again
    m_result = {};
    m_resultMap.clear();
    m_resultOk = false;
    showState(m_fileState, tr("Reading %1…").arg(path), false);
    m_fileBusy->show();
    recheck(FilePage);
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<ReadOutcome>(this);
    connect(watcher, &QFutureWatcher<ReadOutcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // another file was chosen meanwhile
        }
        const ReadOutcome outcome = watcher->result();
        fileDone(outcome.bytes, outcome.bundle, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(readBundle, path));
}

void VendorImportWizard::fileDone(const QByteArray& bytes, const VendorExport& bundle, const QString& error)
{
    if (!error.isEmpty()) {
        m_busy = false;
        m_fileBusy->hide();
        showState(m_fileState, error, true);
        recheck(FilePage);
        Q_EMIT fileRead();
        return;
    }
    m_bytes = bytes;
    m_bundle = bundle;
    m_fileOk = true;
    showState(m_fileState, bundleSummary(m_bundle) + u' ' + tr("Asking the server what the import would do…"), false);
    Q_EMIT fileRead();
    runDryRun(QString(), true);
}

bool VendorImportWizard::mayImport(QString* why) const
{
    if (!m_session || !m_session->isSignedIn()) {
        *why = tr("Not connected to a server: connect first (File › Connect to Server…).");
        return false;
    }
    if (!m_session->canAdministerSystem()) {
        *why = tr("Only an administrator who may administer the whole system can import the vendor's export.");
        return false;
    }
    if (m_bytes.isEmpty()) {
        *why = tr("Choose the export's file first.");
        return false;
    }
    return true;
}

void VendorImportWizard::runDryRun(const QString& map, bool first)
{
    QLabel* state = first ? m_fileState : m_previewState;
    QProgressBar* busy = first ? m_fileBusy : m_previewBusy;
    const quint64 generation = ++m_generation;
    m_resultOk = false; // until the server answers for this map
    QString why;
    if (!mayImport(&why)) {
        m_busy = false;
        busy->hide();
        showState(state, why, true);
        recheck(FilePage);
        recheck(PreviewPage);
        Q_EMIT dryRunFinished();
        return;
    }
    m_busy = true;
    busy->show();
    recheck(FilePage);
    recheck(TenantPage);
    recheck(PreviewPage);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("true"));
    if (!map.isEmpty()) {
        query.addQueryItem(QStringLiteral("tenantMap"), map);
    }
    m_session->sendBytes("POST", QStringLiteral("import/vendor-export"), query, m_bytes, "application/zip", this,
                         [this, generation, map, first](const ApiReply& reply) {
                             if (generation == m_generation) { // else another file or map was chosen meanwhile
                                 dryRunDone(map, first, reply);
                             }
                         });
}

void VendorImportWizard::dryRunDone(const QString& map, bool first, const ApiReply& reply)
{
    m_busy = false;
    m_fileBusy->hide();
    m_previewBusy->hide();
    QLabel* state = first ? m_fileState : m_previewState;
    if (!reply.ok()) {
        const QString text = reply.status == 422
            ? tr("The server cannot import this file: %1").arg(reply.error)
            : tr("The server could not say what the import would do: %1").arg(reply.error);
        showState(state, first ? bundleSummary(m_bundle) + u'\n' + text : text, true);
    } else {
        m_result = reply.json;
        m_resultMap = map;
        m_resultOk = true;
        if (first) {
            m_firstOk = true;
            m_unmapped.clear();
            for (const QJsonValue& v : m_result.value(QStringLiteral("unmappedTenantIds")).toArray()) {
                m_unmapped.append(v.toString());
            }
            const QString hint = m_unmapped.isEmpty()
                ? tr("Go on to see what the import would do.")
                : tr("Templates.csv names %n tenant id(s) that Tenants.csv does not list: go on to say which "
                     "tenant each one is.",
                     nullptr, static_cast<int>(m_unmapped.size()));
            showState(m_fileState, bundleSummary(m_bundle) + u' ' + hint, false);
        } else {
            showState(m_previewState, QString(), false);
        }
        if (currentId() == PreviewPage) {
            showPreview();
        }
    }
    recheck(FilePage);
    recheck(TenantPage);
    recheck(PreviewPage);
    Q_EMIT dryRunFinished();
}

void VendorImportWizard::initializePage(int id)
{
    if (id == FilePage) {
        // Type the file's name at once (after QWizard has put the focus on its buttons).
        QTimer::singleShot(0, m_path, qOverload<>(&QWidget::setFocus));
    } else if (id == TenantPage) {
        buildTenantRows();
    } else if (id == PreviewPage) {
        const QString map = currentMap();
        if (m_resultOk && m_resultMap == map) {
            showPreview();
        } else {
            m_steps->setRowCount(0);
            m_previewSummary->clear();
            showState(m_previewState, tr("Asking the server what the import would do with these tenants…"), false);
            runDryRun(map, false);
        }
    } else if (id == ImportPage) {
        runImport();
    }
    QWizard::initializePage(id);
}

void VendorImportWizard::buildTenantRows()
{
    if (m_builtIds == m_unmapped && !m_tenantCombos.isEmpty()) {
        return; // back and forth: the choices made stay
    }
    m_builtIds = m_unmapped;
    m_tenantCombos.clear();
    // The bundle's tenants first, then this server's regions (a TENANT_ID may stand for one).
    QStringList tenants;
    QSet<QString> seen;
    for (const VendorExport::Tenant& t : std::as_const(m_bundle.tenants)) {
        if (!t.name.trimmed().isEmpty() && !seen.contains(t.name.trimmed().toLower())) {
            seen.insert(t.name.trimmed().toLower());
            tenants.append(t.name.trimmed());
        }
    }
    QStringList regions;
    if (m_session) {
        for (const Region& r : m_session->regions()) {
            if (!seen.contains(r.name.toLower())) {
                seen.insert(r.name.toLower());
                regions.append(r.name);
            }
        }
    }
    auto* rows = new QWidget;
    auto* form = new QFormLayout(rows);
    for (const QString& id : std::as_const(m_unmapped)) {
        QStringList names;
        for (const VendorExport::Template& t : std::as_const(m_bundle.templates)) {
            if (t.tenantId == id) {
                names.append(t.name);
            }
        }
        auto* combo = new QComboBox(rows);
        combo->setObjectName(QStringLiteral("tenant_%1").arg(id));
        combo->addItem(tr("Choose a tenant…"));
        for (const QString& name : std::as_const(tenants)) {
            combo->addItem(name, name);
        }
        for (const QString& name : std::as_const(regions)) {
            combo->addItem(tr("%1 (a region of this server)").arg(name), name);
        }
        combo->insertSeparator(combo->count());
        combo->addItem(tr("Skip its templates"));
        combo->setItemData(combo->count() - 1, true, skipRole);
        connect(combo, &QComboBox::currentIndexChanged, this, &VendorImportWizard::updateTenantState);
        auto* label = new QLabel(tr("TENANT_ID %1").arg(id), rows);
        label->setTextFormat(Qt::PlainText);
        label->setToolTip(tr("Its templates: %1").arg(names.join(QStringLiteral(", "))));
        combo->setToolTip(label->toolTip());
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_tenantCombos.insert(id, combo);
    }
    if (m_unmapped.isEmpty()) {
        form->addRow(new QLabel(tr("Every template's tenant is known."), rows));
    }
    m_tenantScroll->setWidget(rows); // deletes the rows of an earlier file
    updateTenantState();
}

void VendorImportWizard::updateTenantState()
{
    // The server's tenantMap is "ID=NAME,ID=NAME": a name with ',' (or an id with ',' or '=') cannot be sent.
    QStringList problems;
    for (const QString& id : std::as_const(m_unmapped)) {
        const QComboBox* combo = m_tenantCombos.value(id);
        if (!combo || combo->currentData(skipRole).toBool() || !combo->currentData(tenantRole).isValid()) {
            continue;
        }
        const QString name = combo->currentData(tenantRole).toString();
        if (id.contains(u',') || id.contains(u'=')) {
            problems.append(tr("TENANT_ID %1 holds ',' or '=', which cannot be sent to the server: skip its "
                               "templates.")
                                .arg(id));
        } else if (name.contains(u',')) {
            problems.append(tr("“%1” holds a comma, which cannot be sent to the server as a tenant: skip the "
                               "templates of TENANT_ID %2, or rename the tenant in the vendor's server.")
                                .arg(name, id));
        }
    }
    m_tenantState->setText(problems.join(u'\n'));
    recheck(TenantPage);
}

QString VendorImportWizard::tenantMap() const
{
    QStringList entries;
    for (const QString& id : std::as_const(m_unmapped)) {
        const QComboBox* combo = m_tenantCombos.value(id);
        if (!combo || combo->currentData(skipRole).toBool() || !combo->currentData(tenantRole).isValid()) {
            continue;
        }
        entries.append(id + u'=' + combo->currentData(tenantRole).toString());
    }
    return entries.join(u',');
}

QString VendorImportWizard::currentMap() const
{
    return m_unmapped.isEmpty() ? QString() : tenantMap();
}

void VendorImportWizard::showPreview()
{
    const QJsonArray steps = m_result.value(QStringLiteral("steps")).toArray();
    m_steps->setUpdatesEnabled(false);
    m_steps->setRowCount(static_cast<int>(steps.size()));
    const QColor warned = StatusIcons::notRegisteredColor();
    for (int r = 0; r < steps.size(); ++r) {
        const QJsonObject s = steps.at(r).toObject();
        const QString action = s.value(QStringLiteral("action")).toString();
        const QString detail = s.value(QStringLiteral("detail")).toString();
        const int line = s.value(QStringLiteral("line")).toInt();
        const QString file = s.value(QStringLiteral("file")).toString();
        const QString where = line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
        const QStringList cells {actionText(action), s.value(QStringLiteral("kind")).toString(),
                                 s.value(QStringLiteral("name")).toString(), where, detail};
        const bool skipped = action == QLatin1String("skip");
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == WhatColumn) {
                item->setData(actionRole, action);
            }
            if (skipped) {
                item->setForeground(warned);
                item->setToolTip(detail.isEmpty() ? tr("Skipped: not imported") : tr("Skipped: %1").arg(detail));
                if (c == WhatColumn) {
                    item->setIcon(StatusIcons::notRegistered());
                }
            } else if (!detail.isEmpty()) {
                item->setToolTip(detail);
            }
            m_steps->setItem(r, c, item);
        }
    }
    updateUnchangedRows();
    m_steps->resizeColumnsToContents();
    // A long reason does not push the other columns out of sight: it is elided, whole in its tooltip.
    m_steps->setColumnWidth(DetailsColumn, qMin(m_steps->columnWidth(DetailsColumn), 400));
    m_steps->setUpdatesEnabled(true);
    QString summary = tr("%1 to create, %2 to change, %3 unchanged, %4 skipped.")
                          .arg(countOf(m_result, "created"))
                          .arg(countOf(m_result, "changed"))
                          .arg(countOf(m_result, "unchanged"))
                          .arg(countOf(m_result, "skipped"));
    if (countOf(m_result, "created") + countOf(m_result, "changed") == 0) {
        summary += u' ' + tr("The server already holds everything this export would bring.");
    }
    m_previewSummary->setText(summary);
    recheck(PreviewPage);
}

void VendorImportWizard::updateUnchangedRows()
{
    const bool show = m_showUnchanged->isChecked();
    for (int r = 0; r < m_steps->rowCount(); ++r) {
        const QTableWidgetItem* what = m_steps->item(r, WhatColumn);
        const bool unchanged = what && what->data(actionRole).toString() == QLatin1String("unchanged");
        m_steps->setRowHidden(r, unchanged && !show);
    }
}

void VendorImportWizard::runImport()
{
    m_done = false;
    m_succeeded = false;
    m_imported = {};
    m_summary->clear();
    recheck(ImportPage);
    QString why;
    if (!mayImport(&why)) {
        m_done = true;
        showState(m_importState, tr("Not sent."), true);
        showState(m_summary, tr("%1 Nothing was imported.").arg(why), true);
        recheck(ImportPage);
        Q_EMIT importFinished();
        return;
    }
    m_importBusy->show();
    showState(m_importState, tr("The server is importing the export…"), false);
    QUrlQuery query;
    if (!m_resultMap.isEmpty()) {
        query.addQueryItem(QStringLiteral("tenantMap"), m_resultMap); // the map the preview was made with
    }
    m_session->sendBytes("POST", QStringLiteral("import/vendor-export"), query, m_bytes, "application/zip", this,
                         [this](const ApiReply& reply) { importDone(reply); });
}

void VendorImportWizard::importDone(const ApiReply& reply)
{
    m_done = true;
    m_importBusy->hide();
    if (reply.ok()) {
        m_succeeded = true;
        m_imported = reply.json;
        showState(m_importState, tr("Done."), false);
        QString summary = tr("Imported from the vendor's export: %1 created, %2 changed, %3 unchanged, %4 skipped.")
                              .arg(countOf(m_imported, "created"))
                              .arg(countOf(m_imported, "changed"))
                              .arg(countOf(m_imported, "unchanged"))
                              .arg(countOf(m_imported, "skipped"));
        if (countOf(m_imported, "skipped") > 0) {
            summary += u' ' + tr("What was skipped was not imported (the preview said why).");
        }
        showState(m_summary, summary, false);
    } else if (reply.status == 0) {
        // No answer: the server may or may not have done it (all or nothing either way).
        showState(m_importState, tr("Stopped."), true);
        showState(m_summary,
                  tr("The server did not answer: %1. The import is all or nothing: look at the regions and templates "
                     "to see whether it was done before importing again.")
                      .arg(reply.error),
                  true);
    } else {
        const QString error = reply.error.isEmpty() ? tr("it answered %1").arg(reply.status) : reply.error;
        showState(m_importState, tr("Refused."), true);
        showState(m_summary, tr("The server refused the import: %1. Nothing was imported.").arg(error), true);
    }
    recheck(ImportPage);
    Q_EMIT importFinished();
}
