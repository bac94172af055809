#include "templatedialog.h"

#include "cfgeditor.h"
#include "collectionmodel.h"
#include "consolesession.h"
#include "defaulttemplates.h"
#include "findbar.h"
#include "phonemodels.h"
#include "previewpanel.h"
#include "templatefilenames.h"
#include "templateworkspace.h"
#include "unsavedwork.h"
#include "windowfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace {
CfgEditor* fileEditor(const QString& text, QWidget* parent)
{
    auto* edit = new CfgEditor(parent);
    edit->setPlainText(text);
    edit->setTemplateMode(true);
    edit->setMinimumSize(640, 300);
    return edit;
}

QWidget* fileTab(QLineEdit* name, CfgEditor* text, const QString& nameLabel, QWidget* parent)
{
    auto* tab = new QWidget(parent);
    auto* form = new QFormLayout;
    form->addRow(nameLabel, name);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(text, 1);
    layout->addWidget(new FindBar(text, tab)); // Ctrl+F
    // The problems of the file, each a click away from its line; hidden while there are none.
    QListWidget* problems = text->problemsList();
    problems->setParent(tab);
    problems->setMaximumHeight(problems->fontMetrics().lineSpacing() * 5);
    layout->addWidget(problems);
    const auto follow = [problems] { problems->setVisible(problems->count() > 0); };
    QObject::connect(text, &CfgEditor::diagnosticsChanged, problems, follow);
    follow();
    return tab;
}
} // namespace

TemplateDialog::TemplateDialog(ConsoleSession* session, const QJsonObject& t, qint64 regionId, QWidget* parent)
    : RecordDialog(session, t.isEmpty() ? tr("Add Template") : tr("Edit Template %1").arg(t.value("name").toString()),
                   parent)
    , m_isNew(t.isEmpty())
    , m_globalFile(t.value(QStringLiteral("globalFile")).toObject())
    , m_deviceFile(t.value(QStringLiteral("deviceFile")).toObject())
    , m_name(new QLineEdit(t.value(QStringLiteral("name")).toString(), this))
    , m_model(new QComboBox(this))
    , m_region(regionCombo(session, m_isNew ? regionId : CollectionModel::idOf(t, "regionId"), this))
    , m_default(new QCheckBox(tr("The region's &default template for this model"), this))
    , m_description(new QLineEdit(t.value(QStringLiteral("description")).toString(), this))
    , m_files(new QTabWidget(this))
    , m_globalName(new QLineEdit(m_globalFile.value(QStringLiteral("name")).toString(), this))
    , m_globalText(fileEditor(m_globalFile.value(QStringLiteral("data")).toString(), this))
    , m_deviceName(new QLineEdit(m_deviceFile.value(QStringLiteral("name")).toString(), this))
    , m_deviceText(fileEditor(m_deviceFile.value(QStringLiteral("data")).toString(), this))
    , m_preview(new PreviewPanel(session, m_deviceText, this))
    , m_offlineNote(new QLabel(this))
    , m_restoredNote(new QLabel(this))
    , m_unsaved(nullptr)
{
    m_template = t;
    m_name->setObjectName(QStringLiteral("name"));
    m_model->setObjectName(QStringLiteral("model"));
    m_region->setObjectName(QStringLiteral("region"));
    m_globalText->setObjectName(QStringLiteral("globalText"));
    m_deviceText->setObjectName(QStringLiteral("deviceText"));
    m_globalName->setObjectName(QStringLiteral("globalName"));
    m_deviceName->setObjectName(QStringLiteral("deviceName"));
    m_model->addItems(PhoneModels::known());
    m_model->setCurrentText(m_isNew ? QStringLiteral("430HD") : t.value(QStringLiteral("model")).toString());
    m_region->setItemText(0, tr("(system-wide)"));
    m_default->setChecked(t.value(QStringLiteral("isDefault")).toBool());
    m_globalName->setPlaceholderText(QStringLiteral("430HD.cfg"));
    m_deviceName->setPlaceholderText(QStringLiteral("%ITCS_mac%.cfg"));
    m_files->addTab(fileTab(m_globalName, m_globalText, tr("&Global file name:"), m_files), tr("Global File"));
    m_files->addTab(fileTab(m_deviceName, m_deviceText, tr("De&vice file name:"), m_files), tr("Device File"));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Phone model:"), m_model);
    form()->addRow(tr("&Region:"), m_region);
    form()->addRow(QString(), m_default);
    form()->addRow(tr("D&escription:"), m_description);
    // The files on the left, what a phone gets from the device file on the right.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding); // the rows above keep their height
    m_offlineNote->setObjectName(QStringLiteral("offlineNote"));
    m_offlineNote->setWordWrap(true);
    m_offlineNote->hide();
    form()->insertRow(0, m_offlineNote);
    m_restoredNote->setObjectName(QStringLiteral("restoredNote"));
    m_restoredNote->setWordWrap(true);
    m_restoredNote->setTextFormat(Qt::PlainText);
    m_restoredNote->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #212121; padding: 4px; }"));
    m_restoredNote->hide();
    form()->insertRow(0, m_restoredNote);
    form()->addRow(split);
    WindowFit::resizeWithin(this, QSize(1280, 760));
    connect(m_preview, &PreviewPanel::lineRequested, this, [this](int line) {
        CfgEditor* editor = m_preview->showsGlobalFile() ? m_globalText : m_deviceText;
        m_files->setCurrentIndex(m_preview->showsGlobalFile() ? 0 : 1);
        editor->goToLine(line);
        editor->setFocus();
    });
    // The preview follows the file being edited: the global file's own, or a phone's.
    m_preview->setGlobalSource(m_globalText);
    connect(m_files, &QTabWidget::currentChanged, this, [this](int index) { m_preview->showGlobalFile(index == 0); });
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_preview->setTemplateRegion(m_region->currentData().toLongLong()); });
    connect(m_preview, &PreviewPanel::contextChanged, this, [this] {
        // Completion offers what the phone's levels define, besides the built-ins.
        m_globalText->setPlaceholderNames(m_preview->knownNames());
        m_deviceText->setPlaceholderNames(m_preview->knownNames());
    });
    const qint64 templateRegion = m_isNew ? regionId : CollectionModel::idOf(t, "regionId");
    m_preview->setTemplateRegion(templateRegion);
    m_preview->setTemplate(CollectionModel::idOf(t), templateRegion);
    m_files->setCurrentIndex(1); // the device file: where a phone's own values go, the one edited most
    m_preview->showGlobalFile(false);

    // Unsaved text survives a crash: kept under the server and template (or a new one's own key).
    m_serverKey = session ? session->serverKey() : QString();
    const QString identity = m_isNew ? QStringLiteral("new#") + QUuid::createUuid().toString()
                                     : m_serverKey + QStringLiteral("#") + QString::number(CollectionModel::idOf(t));
    m_unsaved = new UnsavedWork(
        RecoveryJournal::keyFor(QStringLiteral("template"), identity), [this] { return state(); }, this);
    m_unsaved->watch(m_globalText);
    m_unsaved->watch(m_deviceText);
    connect(this, &QDialog::finished, m_unsaved, &UnsavedWork::finish);
    if (m_isNew) {
        fillFromDefault();
        connect(m_model, &QComboBox::currentTextChanged, this, [this] {
            // Only while nothing was typed into the files: a new model's shipped files.
            if (!m_globalText->document()->isModified() && !m_deviceText->document()->isModified()) {
                fillFromDefault();
            }
        });
    }
    setRequest(
        m_isNew ? QByteArray("POST") : QByteArray("PUT"),
        m_isNew ? QStringLiteral("templates") : QStringLiteral("templates/%1").arg(CollectionModel::idOf(t)),
        [this](QString* problem) { return build(problem); }, CollectionModel::idOf(t, "revision"));
    if (!m_isNew && session) {
        // Through the workspace: to the server, or into the outbox when it cannot be reached.
        setSender([this, session](const QJsonObject& body, const Reply& done) {
            session->templates()->save(
                m_template, body, this,
                [this, done](TemplateWorkspace::Saved outcome, const QJsonObject& result, const QString& error) {
                    m_outcome = outcome;
                    done(outcome == TemplateWorkspace::Saved::Failed ? tr("The server refused: %1").arg(error)
                                                                     : QString(),
                         result);
                });
        });
    }
    m_opened = comparableState();
}

QJsonObject TemplateDialog::comparableState() const
{
    QJsonObject s = state();
    s.remove(QStringLiteral("keptAt"));
    return s;
}

bool TemplateDialog::hasChanges() const
{
    // Kept for the next start (the console is closing): nothing more to ask.
    return !isReadOnly() && !m_unsaved->isKeptForNextStart() && comparableState() != m_opened;
}

void TemplateDialog::reject()
{
    if (!hasChanges()) {
        RecordDialog::reject();
        return;
    }
    const QString name = m_name->text().trimmed();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                                name.isEmpty() ? tr("Save the new template?")
                                               : tr("Save the changes to the template %1?").arg(name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(tr("Discard throws away what was typed in this dialog."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            accept(); // closes once the server (or the outbox) took it; a refusal shows here
            break;
        case QMessageBox::Discard:
            RecordDialog::reject();
            break;
        default:
            break; // Cancel, Escape: back to the text
        }
    });
    box->open();
}

void TemplateDialog::setOffline(bool offline)
{
    m_offlineNote->setText(tr("The server cannot be reached: this is the offline copy. Saving puts the change in "
                              "the outbox; it is sent when the server answers again."));
    m_offlineNote->setVisible(offline);
}

QJsonObject TemplateDialog::state() const
{
    return {{QStringLiteral("kind"), QStringLiteral("template")},
            {QStringLiteral("server"), m_serverKey},
            {QStringLiteral("template"), m_template},
            {QStringLiteral("regionId"), regionValue(m_region)},
            {QStringLiteral("name"), m_name->text()},
            {QStringLiteral("model"), m_model->currentText()},
            {QStringLiteral("isDefault"), m_default->isChecked()},
            {QStringLiteral("description"), m_description->text()},
            {QStringLiteral("globalName"), m_globalName->text()},
            {QStringLiteral("globalText"), m_globalText->toPlainText()},
            {QStringLiteral("deviceName"), m_deviceName->text()},
            {QStringLiteral("deviceText"), m_deviceText->toPlainText()},
            {QStringLiteral("keptAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

void TemplateDialog::restore(const QJsonObject& state)
{
    m_name->setText(state.value(QStringLiteral("name")).toString());
    m_model->setCurrentText(state.value(QStringLiteral("model")).toString());
    const int region = m_region->findData(state.value(QStringLiteral("regionId")).toVariant());
    if (region >= 0) {
        m_region->setCurrentIndex(region);
    }
    m_default->setChecked(state.value(QStringLiteral("isDefault")).toBool());
    m_description->setText(state.value(QStringLiteral("description")).toString());
    m_globalName->setText(state.value(QStringLiteral("globalName")).toString());
    m_deviceName->setText(state.value(QStringLiteral("deviceName")).toString());
    for (const auto& [editor, key] : {std::pair {m_globalText, "globalText"}, std::pair {m_deviceText, "deviceText"}}) {
        editor->setPlainText(state.value(QLatin1String(key)).toString());
        editor->document()->setModified(true); // not saved yet
    }
    const QDateTime kept = QDateTime::fromString(state.value(QStringLiteral("keptAt")).toString(), Qt::ISODate);
    m_restoredNote->setText(
        kept.isValid()
            ? tr("Restored: this text was not saved when the console last closed (kept %1). Save it, or Cancel and "
                 "Discard to throw it away.")
                  .arg(QLocale().toString(kept.toLocalTime(), QLocale::ShortFormat))
            : tr("Restored: this text was not saved when the console last closed. Save it, or Cancel and Discard to "
                 "throw it away."));
    m_restoredNote->show();
    setWindowTitle(tr("%1 (restored)").arg(windowTitle()));
    m_unsaved->keepNow();
}

void TemplateDialog::fillFromDefault()
{
    PhoneTemplate shipped;
    if (!DefaultTemplates::forModel(m_model->currentText(), &shipped)) {
        return;
    }
    m_globalName->setText(shipped.globalFile.name);
    m_globalText->setPlainText(shipped.globalFile.data);
    m_deviceName->setText(shipped.deviceFile.name);
    m_deviceText->setPlainText(shipped.deviceFile.data);
    m_globalFile.insert(QStringLiteral("destinationDir"), shipped.globalFile.destinationDir);
    m_deviceFile.insert(QStringLiteral("destinationDir"), shipped.deviceFile.destinationDir);
    if (m_name->text().trimmed().isEmpty()) {
        m_name->setText(shipped.name);
    }
}

QJsonObject TemplateDialog::build(QString* problem) const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        *problem = tr("A template needs a name.");
        return {};
    }
    if (m_deviceName->text().trimmed().isEmpty() || m_globalName->text().trimmed().isEmpty()) {
        *problem = tr("Both files need a name (the device file's is usually %ITCS_mac%.cfg).");
        return {};
    }
    // The server's own rule (a phone's file is named after the phone, the global file is not),
    // said before anything is sent; which names other regions use, the server says.
    PhoneTemplate names;
    names.deviceFile.name = m_deviceName->text().trimmed();
    names.globalFile.name = m_globalName->text().trimmed();
    if (const QString wrong = TemplateFileNames::ownProblem(names); !wrong.isEmpty()) {
        *problem = tr("The file names cannot be used: %1.").arg(wrong);
        return {};
    }
    QJsonObject global = m_globalFile;
    global.remove(QStringLiteral("size"));
    global.insert(QStringLiteral("name"), m_globalName->text().trimmed());
    global.insert(QStringLiteral("data"), m_globalText->toPlainText());
    QJsonObject device = m_deviceFile;
    device.remove(QStringLiteral("size"));
    device.insert(QStringLiteral("name"), m_deviceName->text().trimmed());
    device.insert(QStringLiteral("data"), m_deviceText->toPlainText());
    QJsonObject body {{QStringLiteral("name"), name},
                      {QStringLiteral("model"), m_model->currentText()},
                      {QStringLiteral("isDefault"), m_default->isChecked()},
                      {QStringLiteral("description"), m_description->text().trimmed()},
                      {QStringLiteral("globalFile"), global},
                      {QStringLiteral("deviceFile"), device}};
    body.insert(QStringLiteral("regionId"), regionValue(m_region));
    return body;
}
