#include "templatespage.h"

#include "accesspolicy.h"
#include "actionicons.h"
#include "consolesession.h"
#include "defaulttemplates.h"
#include "filetransfer.h"
#include "pageicons.h"
#include "phonemodels.h"
#include "recorddialog.h"
#include "templatedialog.h"
#include "templateworkspace.h"
#include "templatexml.h"
#include "unresolvedphonesdialog.h"

#include <QColor>
#include <QComboBox>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace {
constexpr qint64 maxTemplateFileBytes = 16LL * 1024 * 1024;

QVariant nameCell(const QJsonObject& t, int role)
{
    const bool isDefault = t.value(QStringLiteral("isDefault")).toBool();
    if (role == Qt::FontRole && isDefault) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DecorationRole && isDefault) {
        return QIcon::fromTheme(QStringLiteral("emblem-default"), PageIcons::templates());
    }
    if (role == Qt::ToolTipRole && isDefault) {
        return TemplatesPage::tr("The default template of its region for %1 phones")
            .arg(t.value(QStringLiteral("model")).toString());
    }
    return {};
}

// How many phones' files this template left with unresolved placeholders at their last generation.
QVariant unresolvedCell(const QJsonObject& t, int role)
{
    const QJsonValue count = t.value(QStringLiteral("unresolvedPhones"));
    const int phones = count.toInt();
    switch (role) {
    case Qt::DisplayRole:
        // Offline the count is not known: nothing, rather than a zero that may not be true.
        return count.isUndefined() ? QString()
            : phones == 0          ? QStringLiteral("—")
                                   : TemplatesPage::tr("%n phone(s)", nullptr, phones);
    case CollectionModel::SortRole:
        return phones;
    case Qt::ForegroundRole:
        return phones > 0 ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case Qt::ToolTipRole:
        return phones > 0 ? TemplatesPage::tr("The files of %n phone(s) made from this template left placeholders "
                                              "without a value (Unresolved Placeholders… lists them)",
                                              nullptr, phones)
                          : QVariant();
    default:
        return {};
    }
}

CollectionModel::Column::Data fileNameOf(const char* which)
{
    return [key = QLatin1String(which)](const QJsonObject& t, int role) -> QVariant {
        if (role != Qt::DisplayRole && role != CollectionModel::SortRole) {
            return {};
        }
        return t.value(key).toObject().value(QStringLiteral("name")).toString();
    };
}
} // namespace

TemplatesPage::TemplatesPage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(session, QStringLiteral("templates"), QStringLiteral("templates"),
                     {
                         {QStringLiteral("name"), tr("Template"), CollectionModel::Column::Kind::Text, nameCell},
                         CollectionModel::Column::of<PhoneTemplate>("model", tr("Phone model")),
                         {QStringLiteral("regionId"), tr("Region"), CollectionModel::Column::Kind::Text,
                          [session](const QJsonObject& t, int role) -> QVariant {
                              if (role != Qt::DisplayRole && role != CollectionModel::SortRole) {
                                  return {};
                              }
                              const qint64 id = CollectionModel::idOf(t, "regionId");
                              return id > 0 && session ? session->regionName(id) : tr("(system-wide)");
                          }},
                         CollectionModel::Column::of<PhoneTemplate>("isDefault"),
                         {QStringLiteral("globalFile"), tr("Global file"), CollectionModel::Column::Kind::Text,
                          fileNameOf("globalFile")},
                         {QStringLiteral("deviceFile"), tr("Device file"), CollectionModel::Column::Kind::Text,
                          fileNameOf("deviceFile")},
                         {QStringLiteral("unresolvedPhones"), tr("Unresolved"), CollectionModel::Column::Kind::Number,
                          unresolvedCell},
                         CollectionModel::Column::of<PhoneTemplate>("description"),
                     },
                     parent)
    , m_model(new QComboBox(this))
    , m_add(new QAction(ActionIcons::themed(QStringLiteral("list-add")), tr("Add Template…"), this))
    , m_clone(new QAction(ActionIcons::themed(QStringLiteral("edit-copy")), tr("Clone…"), this))
    , m_edit(new QAction(ActionIcons::themed(QStringLiteral("document-edit")), tr("Edit…"), this))
    , m_delete(new QAction(ActionIcons::themed(QStringLiteral("edit-delete")), tr("Delete…"), this))
    , m_restore(new QAction(ActionIcons::themed(QStringLiteral("edit-undo")), tr("Restore to Default…"), this))
    , m_generate(new QAction(ActionIcons::themed(QStringLiteral("document-new")), tr("Generate"), this))
    , m_import(new QAction(ActionIcons::themed(QStringLiteral("document-import")), tr("Import XML…"), this))
    , m_export(new QAction(ActionIcons::themed(QStringLiteral("document-export")), tr("Export XML…"), this))
    , m_unresolved(
          new QAction(ActionIcons::themed(QStringLiteral("dialog-warning")), tr("Unresolved Placeholders…"), this))
{
    addRegionFilter()->setToolTip(tr("The templates of which region (system-wide ones show in every region)"));
    m_model->addItem(tr("All models"), QString());
    for (const QString& m : PhoneModels::known()) {
        m_model->addItem(m, m);
    }
    m_model->setAccessibleName(tr("Phone model"));
    addFilterWidget(m_model);
    connect(m_model, qOverload<int>(&QComboBox::activated), this, &CollectionPage::reload);
    searchBox()->hide(); // the templates API filters by region and model, not by text
    m_add->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    m_generate->setToolTip(tr("Generate the configuration files of the phones this template serves"));
    connect(m_add, &QAction::triggered, this, &TemplatesPage::addTemplate);
    connect(m_clone, &QAction::triggered, this, &TemplatesPage::cloneCurrent);
    connect(m_edit, &QAction::triggered, this, &TemplatesPage::editCurrent);
    connect(m_delete, &QAction::triggered, this, &TemplatesPage::deleteCurrent);
    connect(m_restore, &QAction::triggered, this, &TemplatesPage::restoreCurrent);
    connect(m_generate, &QAction::triggered, this, &TemplatesPage::generateCurrent);
    connect(m_import, &QAction::triggered, this, &TemplatesPage::importXml);
    connect(m_export, &QAction::triggered, this, &TemplatesPage::exportXml);
    m_unresolved->setToolTip(tr("The phones whose last generated file left placeholders without a value"));
    connect(m_unresolved, &QAction::triggered, this, &TemplatesPage::showUnresolved);
    for (QAction* a : {m_add, m_clone, m_edit, m_delete, m_restore, m_generate, m_import, m_export, m_unresolved}) {
        addAction(a);
    }
    connect(table(), &QAbstractItemView::doubleClicked, this, &TemplatesPage::editCurrent);
    connect(this, &CollectionPage::loaded, this, [this] {
        if (isVisible()) {
            sayWhenEmpty();
        }
    });
    if (session) {
        // Back online, or an offline edit reached the server: the list shows the server's again.
        connect(session, &ConsoleSession::reachableChanged, this, [this](bool reachable) {
            if (reachable) {
                scheduleReload();
            }
            selectionChanged();
        });
        connect(session->templates(), &TemplateWorkspace::pendingSettled, this, [this] { scheduleReload(); });
    }
    selectionChanged();
}

QIcon TemplatesPage::icon() const
{
    return PageIcons::templates();
}

void TemplatesPage::showEvent(QShowEvent* event)
{
    CollectionPage::showEvent(event);
    if (!isLoading()) {
        sayWhenEmpty();
    }
}

void TemplatesPage::sayWhenEmpty()
{
    if (model()->rowCount() == 0 && regionFilterValue() == 0 && m_model->currentData().toString().isEmpty() && session()
        && session()->isSignedIn()) {
        Q_EMIT message(MessageBar::Kind::Information,
                       tr("No template is stored: every phone gets the shipped default of its model. "
                          "Add Template starts from it."));
    }
}

QString TemplatesPage::savedText(const TemplateDialog* dialog, const QJsonObject& result)
{
    const QString name = result.value(QStringLiteral("name")).toString();
    switch (dialog->outcome()) {
    case TemplateWorkspace::Saved::Queued:
        return tr("Template %1 saved in the outbox: it is sent when the server answers again.").arg(name);
    case TemplateWorkspace::Saved::Conflict:
        return tr("Template %1 was changed on the server meanwhile: compare and choose in the window that opened.")
            .arg(name);
    default:
        return tr("Template %1 saved.").arg(name);
    }
}

bool TemplatesPage::offlineRows(QVector<QJsonObject>* rows) const
{
    const QString model = m_model->currentData().toString();
    *rows = session()->templates()->offlineList(regionFilterValue() > 0 ? regionFilterValue() : -1, model);
    return true;
}

QUrlQuery TemplatesPage::query() const
{
    QUrlQuery q = CollectionPage::query();
    if (const QString model = m_model->currentData().toString(); !model.isEmpty()) {
        q.addQueryItem(QStringLiteral("model"), model);
    }
    return q;
}

bool TemplatesPage::mayChange(const QJsonObject& t) const
{
    if (!session() || !session()->canWrite()) {
        return false;
    }
    const qint64 region = CollectionModel::idOf(t, "regionId");
    return region > 0 ? AccessPolicy::canModify(session()->admin(), region) : session()->canAdministerSystem();
}

void TemplatesPage::selectionChanged()
{
    const QJsonObject current = currentItem();
    const bool any = !current.isEmpty();
    const bool mayWrite = session() && session()->canWrite();
    const bool change = any && mayChange(current);
    m_add->setEnabled(mayWrite);
    m_import->setEnabled(mayWrite);
    m_clone->setEnabled(any && mayWrite);
    m_edit->setEnabled(any); // read-only for those who may not change it
    m_edit->setText(change || !any ? tr("Edit…") : tr("View…"));
    m_delete->setEnabled(change);
    m_restore->setEnabled(change && DefaultTemplates::models().contains(current.value("model").toString()));
    m_generate->setEnabled(any && mayWrite);
    m_export->setEnabled(any);
    m_unresolved->setEnabled(session() && session()->isSignedIn() && session()->isReachable());
}

void TemplatesPage::addTemplate()
{
    if (!m_add->isEnabled()) {
        return;
    }
    auto* dialog = new TemplateDialog(session(), {}, regionFilterValue(), this);
    openEditor(dialog, [this](const QJsonObject& result) {
        session()->templates()->remember(result); // in the offline copy at once
        return tr("Template %1 added.").arg(result.value(QStringLiteral("name")).toString());
    });
}

void TemplatesPage::editCurrent()
{
    const QJsonObject t = currentItem();
    if (t.isEmpty() || !m_edit->isEnabled()) {
        return;
    }
    const bool change = mayChange(t);
    // The list has no file texts: the template is read whole when it is opened (from the
    // offline copy when the server cannot be reached).
    session()->templates()->open(
        CollectionModel::idOf(t), this, [this, change](const QJsonObject& templ, bool offline, const QString& error) {
            if (!error.isEmpty()) {
                Q_EMIT message(MessageBar::Kind::Error, tr("Opening the template failed: %1").arg(error));
                return;
            }
            auto* dialog = new TemplateDialog(session(), templ, 0, this);
            dialog->setOffline(offline);
            if (!change) {
                dialog->setReadOnly();
            }
            openEditor(dialog, [dialog](const QJsonObject& result) { return savedText(dialog, result); });
        });
}

void TemplatesPage::cloneCurrent()
{
    const QJsonObject t = currentItem();
    if (t.isEmpty() || !m_clone->isEnabled()) {
        return;
    }
    const QString name = t.value(QStringLiteral("name")).toString();
    auto* dialog = new RecordDialog(session(), tr("Clone %1").arg(name), this);
    auto* copyName = new QLineEdit(tr("%1 (copy)").arg(name), dialog);
    copyName->setObjectName(QStringLiteral("name"));
    copyName->selectAll();
    auto* region = RecordDialog::regionCombo(session(), CollectionModel::idOf(t, "regionId"), dialog);
    region->setItemText(0, tr("(system-wide)"));
    region->setObjectName(QStringLiteral("region"));
    dialog->form()->addRow(tr("&Name of the copy:"), copyName);
    dialog->form()->addRow(tr("&Region:"), region);
    dialog->form()->addRow(new QLabel(tr("The copy takes both files and the template's placeholders."), dialog));
    dialog->setRequest("POST", QStringLiteral("templates/%1/clone").arg(CollectionModel::idOf(t)),
                       [=](QString* problem) -> QJsonObject {
                           const QString n = copyName->text().trimmed();
                           if (n.isEmpty()) {
                               *problem = tr("The copy needs a name.");
                               return {};
                           }
                           QJsonObject body {{QStringLiteral("name"), n}};
                           body.insert(QStringLiteral("regionId"), RecordDialog::regionValue(region));
                           return body;
                       });
    openEditor(dialog, [this](const QJsonObject& result) {
        session()->templates()->remember(result); // in the offline copy at once
        return tr("Template %1 added.").arg(result.value(QStringLiteral("name")).toString());
    });
}

void TemplatesPage::deleteCurrent()
{
    const QJsonObject t = currentItem();
    if (t.isEmpty() || !m_delete->isEnabled()) {
        return;
    }
    const QString name = t.value(QStringLiteral("name")).toString();
    confirmDelete({t}, QStringLiteral("templates/%1"),
                  t.value(QStringLiteral("isDefault")).toBool()
                      ? tr("Delete %1? It is the default of its region: its phones fall back to the system-wide "
                           "template of their model.")
                            .arg(name)
                      : tr("Delete the template %1 and its placeholders?").arg(name),
                  tr("Template %1 deleted.").arg(name));
}

void TemplatesPage::restoreCurrent()
{
    const QJsonObject t = currentItem();
    if (t.isEmpty() || !m_restore->isEnabled()) {
        return;
    }
    const QString name = t.value(QStringLiteral("name")).toString();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Restore to Default"),
                                tr("Replace both files of %1 with the shipped default for %2 phones? What was "
                                   "changed in them is lost (export the template first to keep it).")
                                    .arg(name, t.value(QStringLiteral("model")).toString()),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* restore = box->addButton(tr("Restore"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, restore, t, name] {
        if (box->clickedButton() != restore) {
            return;
        }
        session()->sendJson("POST", QStringLiteral("templates/%1/restore-default").arg(CollectionModel::idOf(t)),
                            {{QStringLiteral("revision"), t.value(QStringLiteral("revision"))}}, this,
                            [this, name](const ApiReply& reply) {
                                if (reportFailure(reply, tr("Restoring %1").arg(name))) {
                                    Q_EMIT message(MessageBar::Kind::Information,
                                                   tr("%1 restored to the shipped default.").arg(name));
                                }
                                reload();
                            });
    });
    box->open();
}

void TemplatesPage::generateCurrent()
{
    const QJsonObject t = currentItem();
    if (t.isEmpty() || !m_generate->isEnabled()) {
        return;
    }
    const QString model = t.value(QStringLiteral("model")).toString();
    const qint64 region = CollectionModel::idOf(t, "regionId");
    m_generate->setEnabled(false);
    collectPhones(model, region, 0, {}, [this, model, region](const QVector<qint64>& ids, const QString& error) {
        selectionChanged();
        if (!error.isEmpty()) {
            Q_EMIT message(MessageBar::Kind::Error, tr("The phones could not be listed: %1").arg(error));
            Q_EMIT transferFinished(false);
            return;
        }
        if (ids.isEmpty()) {
            Q_EMIT message(MessageBar::Kind::Information,
                           region > 0
                               ? tr("No %1 phone in %2: nothing to generate.").arg(model, session()->regionName(region))
                               : tr("No %1 phone: nothing to generate.").arg(model));
            Q_EMIT transferFinished(true);
            return;
        }
        QJsonArray devices;
        for (const qint64 id : ids) {
            devices.append(static_cast<double>(id));
        }
        // Once the job is done, which phones' files changed.
        connect(
            this, &ConsolePage::jobStarted, this,
            [this](const QJsonObject& job) { summariseGeneration(CollectionModel::idOf(job)); },
            Qt::SingleShotConnection);
        startAction(session(),
                    {{QStringLiteral("action"), QStringLiteral("generate")}, {QStringLiteral("deviceIds"), devices}});
        Q_EMIT transferFinished(true);
    });
}

void TemplatesPage::summariseGeneration(qint64 jobId)
{
    session()->get(QStringLiteral("jobs/%1").arg(jobId), {}, this, [this, jobId](const ApiReply& job) {
        if (!job.ok()) {
            return; // the Jobs panel shows the job and its outcome anyway
        }
        const QString state = job.json.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("done") && state != QLatin1String("cancelled")) {
            QTimer::singleShot(500, this, [this, jobId] { summariseGeneration(jobId); });
            return;
        }
        session()->get(QStringLiteral("jobs/%1/targets").arg(jobId),
                       {{QStringLiteral("limit"), QStringLiteral("10000")}}, this, [this](const ApiReply& targets) {
                           if (!targets.ok()) {
                               return;
                           }
                           QStringList changed;
                           int unchanged = 0;
                           int failed = 0;
                           int unresolved = 0;
                           for (const QJsonValue& v : targets.items()) {
                               const QJsonObject t = v.toObject();
                               const QString reason = t.value(QStringLiteral("reason")).toString();
                               if (reason.contains(QLatin1String("(unresolved: "))) {
                                   ++unresolved;
                               }
                               if (t.value(QStringLiteral("outcome")).toString() != QLatin1String("done")) {
                                   ++failed;
                               } else if (reason.contains(QLatin1String("(changed)"))) {
                                   changed << t.value(QStringLiteral("label")).toString();
                               } else {
                                   ++unchanged;
                               }
                           }
                           const QString shown = changed.size() > 10 ? changed.mid(0, 10).join(QStringLiteral(", "))
                                   + tr(" and %n more", nullptr, int(changed.size()) - 10)
                                                                     : changed.join(QStringLiteral(", "));
                           Q_EMIT message(
                               failed > 0 ? MessageBar::Kind::Warning : MessageBar::Kind::Information,
                               tr("Generated: %n file(s) changed", nullptr, int(changed.size()))
                                   + (changed.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shown))
                                   + tr(", %n unchanged", nullptr, unchanged)
                                   + (failed > 0 ? tr(", %n failed (see the Jobs panel)", nullptr, failed) : QString())
                                   + (unresolved > 0 ? tr(", %n with unresolved placeholders (Unresolved "
                                                          "Placeholders… lists them)",
                                                          nullptr, unresolved)
                                                     : QString())
                                   + u'.');
                           scheduleReload(); // the Unresolved column follows the new files
                           Q_EMIT generationSummarised(changed, unchanged, failed);
                       });
    });
}

void TemplatesPage::collectPhones(const QString& model, qint64 regionId, int offset, QVector<qint64> ids,
                                  const std::function<void(const QVector<qint64>&, const QString&)>& done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("model"), model);
    if (regionId > 0) {
        q.addQueryItem(QStringLiteral("region"), QString::number(regionId));
    }
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    session()->get(QStringLiteral("devices"), q, this,
                   [this, model, regionId, offset, ids, done](const ApiReply& reply) mutable {
                       if (!reply.ok()) {
                           done({}, reply.error);
                           return;
                       }
                       const QJsonArray items = reply.items();
                       for (const QJsonValue& v : items) {
                           // The server matches a part of the model ("450HD" is in "C450HD").
                           const QJsonObject d = v.toObject();
                           if (d.value(QStringLiteral("model")).toString().compare(model, Qt::CaseInsensitive) == 0) {
                               ids.append(CollectionModel::idOf(d));
                           }
                       }
                       const int next = offset + static_cast<int>(items.size());
                       if (!items.isEmpty() && next < reply.json.value(QStringLiteral("total")).toInt()) {
                           collectPhones(model, regionId, next, std::move(ids), done);
                           return;
                       }
                       done(ids, {});
                   });
}

void TemplatesPage::importXml()
{
    if (!m_import->isEnabled()) {
        return;
    }
    // The vendor's own template files end in .cfg (its configuration export names them after the
    // template); what decides is the content, the vendor's XML.
    askWhichFileToOpen(tr("Import a template"), tr("Template files (*.xml *.cfg);;All files (*)"),
                       [this](const QString& path) { importFile(path, regionFilterValue()); });
}

void TemplatesPage::importFile(const QString& path, qint64 regionId)
{
    const QString name = QFileInfo(path).fileName();
    // The template takes the file's name ("Paris_430HD.cfg" gives "Paris_430HD"), as the vendor's
    // server names its template files: two templates of one model no longer collide on "<type>".
    const QString templateName = QFileInfo(path).completeBaseName().trimmed();
    FileTransfer::read(
        this, path, maxTemplateFileBytes, [this, name, templateName, regionId](const FileTransfer::ReadResult& read) {
            if (!read.error.isEmpty()) {
                Q_EMIT message(MessageBar::Kind::Error, tr("%1 was not imported: %2").arg(name, read.error));
                Q_EMIT transferFinished(false);
                return;
            }
            if (!TemplateXml::looksLikeXml(read.bytes)) {
                Q_EMIT message(MessageBar::Kind::Error,
                               tr("%1 is not a template in the vendor's XML (<ipphonetamplate>); to edit a plain cfg "
                                  "file, use File › Open Cfg File…")
                                   .arg(name));
                Q_EMIT transferFinished(false);
                return;
            }
            QUrlQuery q;
            if (regionId > 0) {
                q.addQueryItem(QStringLiteral("regionId"), QString::number(regionId));
            }
            if (!templateName.isEmpty()) {
                q.addQueryItem(QStringLiteral("name"), templateName);
            }
            session()->sendBytes("POST", QStringLiteral("templates/import"), q, read.bytes, "application/xml", this,
                                 [this, name](const ApiReply& reply) {
                                     const bool ok = reportFailure(reply, tr("Importing %1").arg(name));
                                     if (ok) {
                                         Q_EMIT message(
                                             MessageBar::Kind::Information,
                                             tr("%1 imported as the template %2.")
                                                 .arg(name, reply.json.value(QStringLiteral("name")).toString()));
                                         reload();
                                     }
                                     Q_EMIT transferFinished(ok);
                                 });
        });
}

void TemplatesPage::exportXml()
{
    const QJsonObject t = currentItem();
    if (!t.isEmpty()) {
        askWhereToSave(tr("Export the template"), t.value(QStringLiteral("name")).toString() + ".xml",
                       tr("Template files (*.xml)"), [this](const QString& path) { exportCurrentTo(path); });
    }
}

void TemplatesPage::showUnresolved()
{
    if (!m_unresolved->isEnabled()) {
        return;
    }
    const QJsonObject t = currentItem();
    auto* dialog = new UnresolvedPhonesDialog(session(), CollectionModel::idOf(t),
                                              t.value(QStringLiteral("name")).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void TemplatesPage::exportCurrentTo(const QString& path)
{
    const QJsonObject t = currentItem();
    if (!t.isEmpty()) {
        saveDownload(QStringLiteral("templates/%1/xml").arg(CollectionModel::idOf(t)), path,
                     t.value(QStringLiteral("name")).toString(), [this](bool ok) { Q_EMIT transferFinished(ok); });
    }
}

QString TemplatesPage::emptyText() const
{
    if (regionFilterValue() > 0 || !m_model->currentData().toString().isEmpty()) {
        return tr("No template stored for this choice: its phones get a system-wide template of their model, "
                  "else the shipped default.");
    }
    return tr("No template stored: every phone gets the shipped default of its model. Add one to change "
              "what phones of a model, or of a region, get.");
}
