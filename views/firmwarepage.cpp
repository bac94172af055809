#include "firmwarepage.h"

#include "actionicons.h"
#include "consolesession.h"
#include "filetransfer.h"
#include "phonemodels.h"
#include "recorddialog.h"
#include "statusicons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

FirmwarePage::FirmwarePage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(session, QStringLiteral("firmware"), QStringLiteral("firmware"),
                     {
                         CollectionModel::Column::of<FirmwareFile>("fileName", tr("File")),
                         CollectionModel::Column::of<FirmwareFile>("model"),
                         CollectionModel::Column::of<FirmwareFile>("version"),
                         CollectionModel::Column::of<FirmwareFile>("size"),
                         CollectionModel::Column::of<FirmwareFile>("uploadedAt"),
                         CollectionModel::Column::of<FirmwareFile>("sha256"),
                     },
                     parent)
    , m_upload(new QAction(ActionIcons::themed(QStringLiteral("document-open")), tr("Upload…"), this))
    , m_edit(new QAction(ActionIcons::themed(QStringLiteral("document-edit")), tr("Edit…"), this))
    , m_download(new QAction(ActionIcons::themed(QStringLiteral("document-save")), tr("Download…"), this))
    , m_delete(new QAction(ActionIcons::themed(QStringLiteral("edit-delete")), tr("Delete…"), this))
    , m_models(new QTableWidget(0, 3, this))
{
    searchBox()->setPlaceholderText(tr("Search by file name"));
    m_upload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_download->setShortcut(QKeySequence::Save);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_upload, &QAction::triggered, this, &FirmwarePage::upload);
    connect(m_edit, &QAction::triggered, this, &FirmwarePage::editCurrent);
    connect(m_download, &QAction::triggered, this, &FirmwarePage::download);
    connect(m_delete, &QAction::triggered, this, &FirmwarePage::deleteCurrent);
    for (QAction* a : {m_upload, m_edit, m_download, m_delete}) {
        addAction(a);
    }
    m_models->setHorizontalHeaderLabels({tr("Phone model"), tr("Newest image"), tr("Version")});
    m_models->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_models->verticalHeader()->hide();
    m_models->horizontalHeader()->setStretchLastSection(true);
    m_models->horizontalHeader()->setDefaultSectionSize(300);
    m_models->setWordWrap(false);
    m_models->setAccessibleName(tr("Phone models and their newest image"));
    setDetailsWidget(m_models);
    connect(this, &CollectionPage::loaded, this, &FirmwarePage::showModels);
    selectionChanged();
}

QIcon FirmwarePage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("drive-removable-media"), StatusIcons::pending());
}

QString FirmwarePage::nameProblem(const QString& fileName)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*\\.img$"));
    if (fileName.size() > 128) {
        return tr("a firmware file name has at most 128 characters");
    }
    if (!valid.match(fileName).hasMatch()) {
        return tr("a firmware file name is letters, digits, '.', '_' and '-', ending in .img (430HD_3.4.3.1.img)");
    }
    return {};
}

void FirmwarePage::selectionChanged()
{
    const bool system = session() && session()->canAdministerSystem();
    const bool current = !currentItem().isEmpty();
    m_upload->setEnabled(system);
    m_edit->setEnabled(system && current);
    m_delete->setEnabled(system && current);
    m_download->setEnabled(current);
}

void FirmwarePage::showModels()
{
    // The newest image of each model is what <MODEL>.img serves; a model with none gets nothing.
    QMap<QString, QJsonObject> newest;
    for (const QJsonObject& image : model()->items()) {
        const QString m = image.value(QStringLiteral("model")).toString();
        const QJsonObject& seen = newest[m];
        if (seen.isEmpty()
            || image.value(QStringLiteral("uploadedAt")).toString()
                > seen.value(QStringLiteral("uploadedAt")).toString()) {
            newest[m] = image;
        }
    }
    const QStringList models = PhoneModels::known();
    m_models->setRowCount(static_cast<int>(models.size()));
    for (int row = 0; row < models.size(); ++row) {
        const QJsonObject image = newest.value(models.at(row));
        auto* name = new QTableWidgetItem(models.at(row));
        auto* file = new QTableWidgetItem(image.isEmpty() ? tr("none: phones of this model get no firmware")
                                                          : image.value(QStringLiteral("fileName")).toString());
        auto* version = new QTableWidgetItem(image.value(QStringLiteral("version")).toString());
        if (image.isEmpty()) {
            const QColor red = StatusIcons::disconnectedColor();
            name->setForeground(red);
            file->setForeground(red);
            name->setIcon(StatusIcons::disconnected());
        }
        m_models->setItem(row, 0, name);
        m_models->setItem(row, 1, file);
        m_models->setItem(row, 2, version);
    }
}

void FirmwarePage::upload()
{
    if (!m_upload->isEnabled()) {
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Upload Firmware"));
    auto* path = new QLineEdit(dialog);
    path->setObjectName(QStringLiteral("path"));
    auto* browse = new QPushButton(tr("&Browse…"), dialog);
    auto* modelBox = new QComboBox(dialog);
    modelBox->addItem(tr("from the file's name or header"), QString());
    for (const QString& m : PhoneModels::known()) {
        modelBox->addItem(m, m);
    }
    auto* version = new QLineEdit(dialog);
    version->setPlaceholderText(tr("from the file's name or header"));
    auto* row = new QHBoxLayout;
    row->addWidget(path, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&Image file:"), dialog);
    pathLabel->setBuddy(path); // a label beside a layout has no field of its own to point at
    form->addRow(pathLabel, row);
    form->addRow(tr("&Model:"), modelBox);
    form->addRow(tr("&Version:"), version);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Upload"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, dialog, [dialog, path] {
        auto* files = new QFileDialog(dialog, tr("Firmware image"), QString(), tr("Firmware images (*.img)"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setFileMode(QFileDialog::ExistingFile);
        connect(files, &QFileDialog::fileSelected, path, &QLineEdit::setText);
        files->open();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, path, modelBox, version] {
        uploadFile(path->text().trimmed(), modelBox->currentData().toString(), version->text().trimmed());
        dialog->accept();
    });
    dialog->open();
}

void FirmwarePage::uploadFile(const QString& path, const QString& model, const QString& version)
{
    const QString name = QFileInfo(path).fileName();
    const QString problem = nameProblem(name);
    if (!problem.isEmpty()) {
        Q_EMIT message(MessageBar::Kind::Error, tr("%1 was not uploaded: %2").arg(name, problem));
        Q_EMIT transferFinished(false);
        return;
    }
    m_upload->setEnabled(false);
    Q_EMIT message(MessageBar::Kind::Information, tr("Uploading %1…").arg(name));
    FileTransfer::read(this, path, maxImageBytes, [this, name, model, version](const FileTransfer::ReadResult& read) {
        if (!read.error.isEmpty()) {
            Q_EMIT message(MessageBar::Kind::Error, tr("%1 was not uploaded: %2").arg(name, read.error));
            selectionChanged();
            Q_EMIT transferFinished(false);
            return;
        }
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), name);
        if (!model.isEmpty()) {
            q.addQueryItem(QStringLiteral("model"), model);
        }
        if (!version.isEmpty()) {
            q.addQueryItem(QStringLiteral("version"), version);
        }
        session()->sendBytes(
            "POST", QStringLiteral("firmware"), q, read.bytes, "application/octet-stream", this,
            [this, name](const ApiReply& reply) {
                selectionChanged();
                const bool ok = reportFailure(reply, tr("Uploading %1").arg(name));
                if (ok) {
                    const QString said = tr("%1 uploaded: %2 %3.")
                                             .arg(name, reply.json.value(QStringLiteral("model")).toString(),
                                                  reply.json.value(QStringLiteral("version")).toString());
                    const QString warning = reply.json.value(QStringLiteral("warning")).toString();
                    Q_EMIT message(warning.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Warning,
                                   warning.isEmpty() ? said : said + u' ' + tr("But %1.").arg(warning));
                    reload();
                }
                Q_EMIT transferFinished(ok);
            });
    });
}

void FirmwarePage::editCurrent()
{
    const QJsonObject image = currentItem();
    if (image.isEmpty() || !m_edit->isEnabled()) {
        return;
    }
    auto* dialog = new RecordDialog(session(), tr("Edit %1").arg(image.value("fileName").toString()), this);
    auto* modelBox = new QComboBox(dialog);
    modelBox->addItems(PhoneModels::known());
    modelBox->setCurrentText(image.value(QStringLiteral("model")).toString());
    modelBox->setObjectName(QStringLiteral("model"));
    auto* version = new QLineEdit(image.value(QStringLiteral("version")).toString(), dialog);
    version->setObjectName(QStringLiteral("version"));
    dialog->form()->addRow(tr("&Model:"), modelBox);
    dialog->form()->addRow(tr("&Version:"), version);
    dialog->checkFieldsOf<FirmwareFile>();
    dialog->setRequest(
        "PUT", QStringLiteral("firmware/%1").arg(CollectionModel::idOf(image)),
        [=](QString* problem) -> QJsonObject {
            if (version->text().trimmed().isEmpty()) {
                *problem = tr("An image needs a version (3.4.3.1).");
                return {};
            }
            return {{QStringLiteral("model"), modelBox->currentText()},
                    {QStringLiteral("version"), version->text().trimmed()}};
        },
        CollectionModel::idOf(image, "revision"));
    openEditor(dialog, [](const QJsonObject& result) {
        return tr("%1 changed.").arg(result.value(QStringLiteral("fileName")).toString());
    });
}

void FirmwarePage::download()
{
    const QJsonObject image = currentItem();
    if (!image.isEmpty()) {
        askWhereToSave(tr("Save the image"), image.value(QStringLiteral("fileName")).toString(),
                       tr("Firmware images (*.img)"), [this](const QString& path) { downloadCurrentTo(path); });
    }
}

void FirmwarePage::downloadCurrentTo(const QString& path)
{
    const QJsonObject image = currentItem();
    if (!image.isEmpty()) {
        saveDownload(QStringLiteral("firmware/%1/content").arg(CollectionModel::idOf(image)), path,
                     image.value(QStringLiteral("fileName")).toString(),
                     [this](bool ok) { Q_EMIT transferFinished(ok); });
    }
}

void FirmwarePage::deleteCurrent()
{
    const QJsonObject image = currentItem();
    if (image.isEmpty() || !m_delete->isEnabled()) {
        return;
    }
    const QString name = image.value(QStringLiteral("fileName")).toString();
    confirmDelete({image}, QStringLiteral("firmware/%1"),
                  tr("Delete %1? Phones told to install it will no longer find it.").arg(name),
                  tr("%1 deleted.").arg(name));
}
