#include "configfilespage.h"

#include "actionicons.h"
#include "cfgeditor.h"
#include "consolesession.h"
#include "filetransfer.h"
#include "pageicons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

ConfigFilesPage::ConfigFilesPage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(session, QStringLiteral("configfiles"), QStringLiteral("configfiles"),
                     {
                         CollectionModel::Column::of<ConfigFile>("fileName", tr("File")),
                         CollectionModel::Column::of<ConfigFile>("size"),
                         CollectionModel::Column::of<ConfigFile>("updatedAt", tr("Changed")),
                         {QStringLiteral("generated"), tr("Generated"), CollectionModel::Column::Kind::YesNo},
                         CollectionModel::Column::of<ConfigFile>("sha256"),
                     },
                     parent)
    , m_upload(new QAction(ActionIcons::themed(QStringLiteral("document-open")), tr("Upload…"), this))
    , m_download(new QAction(ActionIcons::themed(QStringLiteral("document-save")), tr("Download…"), this))
    , m_open(new QAction(ActionIcons::themed(QStringLiteral("document-preview")), tr("Open"), this))
    , m_delete(new QAction(ActionIcons::themed(QStringLiteral("edit-delete")), tr("Delete…"), this))
    , m_delay(new QSpinBox(this))
    , m_applyDelay(new QPushButton(tr("Apply"), this))
{
    searchBox()->setPlaceholderText(tr("Filter by file name"));
    m_upload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_download->setShortcut(QKeySequence::Save);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_upload, &QAction::triggered, this, &ConfigFilesPage::upload);
    connect(m_download, &QAction::triggered, this, &ConfigFilesPage::download);
    connect(m_open, &QAction::triggered, this, &ConfigFilesPage::openCurrent);
    connect(m_delete, &QAction::triggered, this, &ConfigFilesPage::deleteCurrent);
    for (QAction* a : {m_upload, m_download, m_open, m_delete}) {
        addAction(a);
    }
    connect(table(), &QAbstractItemView::doubleClicked, this, &ConfigFilesPage::openCurrent);

    m_delay->setRange(0, 3600);
    m_delay->setSuffix(tr(" s"));
    m_delay->setAccessibleName(tr("Delay between installs"));
    m_delay->setToolTip(tr("How long a bulk job (update configuration, restart, firmware) waits between two phones, "
                           "unless it is given its own pacing"));
    auto* label = new QLabel(tr("&Delay between installs:"), this);
    label->setBuddy(m_delay);
    connect(m_applyDelay, &QPushButton::clicked, this, &ConfigFilesPage::applyDelay);
    auto* delayRow = new QWidget(this);
    auto* row = new QHBoxLayout(delayRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_delay);
    row->addWidget(m_applyDelay);
    row->addStretch(1);
    addFilterWidget(delayRow);
    selectionChanged();
}

QIcon ConfigFilesPage::icon() const
{
    return PageIcons::configFiles();
}

void ConfigFilesPage::sessionStarted()
{
    loadDelay();
    CollectionPage::sessionStarted();
}

QString ConfigFilesPage::nameProblem(const QString& fileName)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*\\.(cfg|cfx|txt|xml)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (fileName.size() > 128) {
        return tr("a file name has at most 128 characters");
    }
    if (!valid.match(fileName).hasMatch()) {
        return tr("a file name is letters, digits, '.', '_' and '-', ending in .cfg, .cfx, .txt or .xml");
    }
    return {};
}

QUrlQuery ConfigFilesPage::query() const
{
    QUrlQuery q; // the server filters files by "name"
    if (const QString text = searchBox()->text().trimmed(); !text.isEmpty()) {
        q.addQueryItem(QStringLiteral("name"), text);
    }
    return q;
}

void ConfigFilesPage::selectionChanged()
{
    const bool system = session() && session()->canAdministerSystem();
    const QJsonObject current = currentItem();
    m_upload->setEnabled(system);
    m_download->setEnabled(!current.isEmpty());
    m_open->setEnabled(!current.isEmpty());
    m_delete->setEnabled(system && !current.isEmpty());
    m_delay->setEnabled(system);
    m_applyDelay->setEnabled(system);
}

void ConfigFilesPage::loadDelay()
{
    if (!session() || !session()->isSignedIn()) {
        return;
    }
    session()->get(QStringLiteral("settings"), {}, this, [this](const ApiReply& reply) {
        if (!reportFailure(reply, tr("Reading the delay between installs"))) {
            return;
        }
        const QString name = QStringLiteral("install_delay_seconds");
        const QString stored = reply.json.value(QStringLiteral("settings")).toObject().value(name).toString();
        const QString fallback = reply.json.value(QStringLiteral("defaults")).toObject().value(name).toString();
        m_delay->setValue((stored.isEmpty() ? fallback : stored).toInt());
        m_settingsRevision = reply.json.value(QStringLiteral("revision")).toInteger();
    });
}

void ConfigFilesPage::applyDelay()
{
    if (!m_applyDelay->isEnabled()) {
        return;
    }
    const int seconds = m_delay->value();
    m_applyDelay->setEnabled(false);
    session()->sendJson("PUT", QStringLiteral("settings"),
                        {{QStringLiteral("settings"),
                          QJsonObject {{QStringLiteral("install_delay_seconds"), QString::number(seconds)}}},
                         {QStringLiteral("revision"), static_cast<double>(m_settingsRevision)}},
                        this, [this, seconds](const ApiReply& reply) {
                            selectionChanged();
                            const bool ok = reportFailure(reply, tr("Changing the delay between installs"));
                            if (ok) {
                                Q_EMIT message(MessageBar::Kind::Information,
                                               tr("Jobs now wait %n second(s) between two phones.", nullptr, seconds));
                            }
                            loadDelay(); // the new revision (or, after a conflict, what is stored now)
                            Q_EMIT transferFinished(ok);
                        });
}

void ConfigFilesPage::upload()
{
    if (!m_upload->isEnabled()) {
        return;
    }
    askWhichFileToOpen(tr("Upload a configuration file"), tr("Configuration files (*.cfg *.cfx *.txt *.xml)"),
                       [this](const QString& path) { uploadFile(path); });
}

void ConfigFilesPage::uploadFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        Q_EMIT message(MessageBar::Kind::Error, tr("%1 was not uploaded: %2").arg(name, problem));
        Q_EMIT transferFinished(false);
        return;
    }
    m_upload->setEnabled(false);
    FileTransfer::read(this, path, maxFileBytes, [this, name](const FileTransfer::ReadResult& read) {
        if (!read.error.isEmpty()) {
            selectionChanged();
            Q_EMIT message(MessageBar::Kind::Error, tr("%1 was not uploaded: %2").arg(name, read.error));
            Q_EMIT transferFinished(false);
            return;
        }
        // A file of that name is replaced (with the revision shown), else a new one is added.
        QJsonObject existing;
        for (const QJsonObject& f : model()->items()) {
            if (f.value(QStringLiteral("fileName")).toString() == name) {
                existing = f;
            }
        }
        QUrlQuery q;
        QString target = QStringLiteral("configfiles");
        QByteArray method = "POST";
        if (existing.isEmpty()) {
            q.addQueryItem(QStringLiteral("name"), name);
        } else {
            method = "PUT";
            target = QStringLiteral("configfiles/%1/content").arg(CollectionModel::idOf(existing));
            q.addQueryItem(QStringLiteral("revision"), QString::number(CollectionModel::idOf(existing, "revision")));
        }
        session()->sendBytes(method, target, q, read.bytes, "application/octet-stream", this,
                             [this, name, replaced = !existing.isEmpty()](const ApiReply& reply) {
                                 selectionChanged();
                                 const bool ok = reportFailure(reply, tr("Uploading %1").arg(name));
                                 if (ok) {
                                     Q_EMIT message(MessageBar::Kind::Information,
                                                    replaced ? tr("%1 replaced.").arg(name)
                                                             : tr("%1 uploaded.").arg(name));
                                     reload();
                                 }
                                 Q_EMIT transferFinished(ok);
                             });
    });
}

void ConfigFilesPage::download()
{
    const QJsonObject file = currentItem();
    if (!file.isEmpty()) {
        askWhereToSave(tr("Save the file"), file.value(QStringLiteral("fileName")).toString(), QString(),
                       [this](const QString& path) { downloadCurrentTo(path); });
    }
}

void ConfigFilesPage::downloadCurrentTo(const QString& path)
{
    const QJsonObject file = currentItem();
    if (!file.isEmpty()) {
        saveDownload(QStringLiteral("configfiles/%1/content").arg(CollectionModel::idOf(file)), path,
                     file.value(QStringLiteral("fileName")).toString(),
                     [this](bool ok) { Q_EMIT transferFinished(ok); });
    }
}

void ConfigFilesPage::openCurrent()
{
    const QJsonObject file = currentItem();
    if (file.isEmpty() || !session()) {
        return;
    }
    const QString name = file.value(QStringLiteral("fileName")).toString();
    session()->getRaw(QStringLiteral("configfiles/%1/content").arg(CollectionModel::idOf(file)), {}, this,
                      [this, name](const ApiReply& reply) {
                          if (!reportFailure(reply, tr("Opening %1").arg(name))) {
                              Q_EMIT transferFinished(false);
                              return;
                          }
                          auto* dialog = new QDialog(this);
                          dialog->setAttribute(Qt::WA_DeleteOnClose);
                          dialog->setWindowTitle(name);
                          // Read-only, in the cfg editor: its colours, and what a phone would object to.
                          auto* text = new CfgEditor(dialog);
                          text->setPlainText(QString::fromUtf8(reply.body));
                          text->setObjectName(QStringLiteral("content"));
                          text->setReadOnly(true);
                          text->setMinimumSize(720, 480);
                          text->checkNow();
                          QListWidget* problems = text->problemsList();
                          problems->setParent(dialog);
                          problems->setMaximumHeight(problems->fontMetrics().lineSpacing() * 5);
                          problems->setVisible(problems->count() > 0);
                          auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
                          connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
                          auto* layout = new QVBoxLayout(dialog);
                          layout->addWidget(text, 1);
                          layout->addWidget(problems);
                          layout->addWidget(buttons);
                          dialog->open();
                          Q_EMIT transferFinished(true);
                      });
}

void ConfigFilesPage::deleteCurrent()
{
    const QJsonObject file = currentItem();
    if (file.isEmpty() || !m_delete->isEnabled()) {
        return;
    }
    const QString name = file.value(QStringLiteral("fileName")).toString();
    confirmDelete(
        {file}, QStringLiteral("configfiles/%1"),
        file.value(QStringLiteral("generated")).toBool()
            ? tr("Delete %1? It is generated: it comes back the next time its phones' files are generated.").arg(name)
            : tr("Delete %1? Phones that include it no longer find it.").arg(name),
        tr("%1 deleted.").arg(name));
}

QString ConfigFilesPage::emptyText() const
{
    return tr("No configuration file yet. Phones' files appear here once generated (Templates › Generate, "
              "or when a phone asks); shared files can be uploaded.");
}
