#include "cfgfilewindow.h"

#include "actionicons.h"
#include "cfgeditor.h"
#include "filetransfer.h"
#include "findbar.h"
#include "templatexml.h"
#include "unsavedwork.h"
#include "windowfit.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

CfgFileWindow::CfgFileWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_editor(new CfgEditor(this))
    , m_globalEditor(new CfgEditor(this))
    , m_tabs(new QTabWidget(this))
    , m_unsaved(new UnsavedWork(
          RecoveryJournal::keyFor(QStringLiteral("file"), QUuid::createUuid().toString()), [this] { return state(); },
          this))
    , m_find(new FindBar(m_editor, this))
    , m_state(new QLabel(this))
{
    m_editor->setObjectName(QStringLiteral("fileText"));
    m_globalEditor->setObjectName(QStringLiteral("globalText"));
    m_globalEditor->hide();
    m_tabs->setTabBarAutoHide(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_editor, tr("File"));
    m_unsaved->watch(m_editor);
    m_unsaved->watch(m_globalEditor);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* bar = new QToolBar(this);
    QAction* saveAction = bar->addAction(ActionIcons::themed(QStringLiteral("document-save")), tr("Save"), this,
                                         [this] { this->save(); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction =
        bar->addAction(ActionIcons::themed(QStringLiteral("document-save-as")), tr("Save As…"), this, [this] {
            const QString to = QFileDialog::getSaveFileName(
                this, tr("Save the file as"), m_path, tr("Configuration files (*.cfg *.cfx *.txt);;All files (*)"));
            if (!to.isEmpty()) {
                this->saveAs(to);
            }
        });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    bar->addAction(ActionIcons::themed(QStringLiteral("edit-find")), tr("Find…"), m_find, &FindBar::open);
    for (QAction* a : bar->actions()) {
        a->setShortcutContext(Qt::WindowShortcut);
    }
    m_state->setTextFormat(Qt::PlainText);
    QListWidget* problems = m_editor->problemsList();
    problems->setParent(this);
    problems->setMaximumHeight(problems->fontMetrics().lineSpacing() * 6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_find);
    layout->addWidget(problems);
    layout->addWidget(m_state);
    connect(m_editor, &CfgEditor::diagnosticsChanged, this, [this, problems] {
        problems->setVisible(problems->count() > 0);
        m_state->setText(tr("%n problem(s)", nullptr, static_cast<int>(m_editor->diagnostics().size())));
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &CfgFileWindow::updateTitle);
    connect(m_globalEditor->document(), &QTextDocument::modificationChanged, this, &CfgFileWindow::updateTitle);
    WindowFit::resizeWithin(this, QSize(900, 640));
    updateTitle();
}

void CfgFileWindow::openFile(const QString& path)
{
    m_state->setText(tr("Reading %1…").arg(path));
    FileTransfer::read(this, path, maxFileBytes, [this, path](const FileTransfer::ReadResult& read) {
        if (!read.error.isEmpty()) {
            m_state->setText(tr("%1 cannot be opened: %2").arg(path, read.error));
            Q_EMIT failed(read.error);
            return;
        }
        showContent(read.bytes, path);
        Q_EMIT opened();
    });
}

void CfgFileWindow::showContent(const QByteArray& bytes, const QString& path)
{
    m_path = path;
    m_isXml = TemplateXml::looksLikeXml(bytes);
    QString error;
    if (m_isXml && !TemplateXml::read(bytes, &m_xml, &error)) {
        m_isXml = false; // not the vendor's XML after all: shown as the text it is
        m_state->setText(tr("Shown as text: %1").arg(error));
    }
    if (m_isXml) {
        m_tabs->insertTab(0, m_globalEditor, tr("&Global File: %1").arg(m_xml.globalFile.name));
        m_tabs->setTabText(1, tr("&Device File: %1").arg(m_xml.deviceFile.name));
        m_tabs->setCurrentIndex(1);
        setTexts(m_xml.globalFile.data, m_xml.deviceFile.data);
    } else {
        setTexts(QString(), QString::fromUtf8(bytes));
    }
    m_unsaved->setKey(RecoveryJournal::keyFor(QStringLiteral("file"), QFileInfo(path).absoluteFilePath()));
    updateTitle();
}

void CfgFileWindow::setTexts(const QString& global, const QString& device)
{
    for (const auto& [editor, text] : {std::pair {m_editor, device}, std::pair {m_globalEditor, global}}) {
        editor->setTemplateMode(m_isXml || text.contains(QLatin1String("%ITCS_")));
        editor->setPlainText(text);
        editor->document()->setModified(false);
        editor->checkNow();
    }
}

QJsonObject CfgFileWindow::state() const
{
    return {{QStringLiteral("kind"), QStringLiteral("file")},
            {QStringLiteral("path"), m_path},
            {QStringLiteral("xml"), m_isXml},
            {QStringLiteral("text"), m_editor->toPlainText()},
            {QStringLiteral("globalText"), m_isXml ? m_globalEditor->toPlainText() : QString()},
            {QStringLiteral("keptAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

void CfgFileWindow::restore(const QJsonObject& state)
{
    const QString path = state.value(QStringLiteral("path")).toString();
    const auto putBack = [this, state] {
        m_editor->setPlainText(state.value(QStringLiteral("text")).toString());
        m_editor->document()->setModified(true);
        if (m_isXml) {
            m_globalEditor->setPlainText(state.value(QStringLiteral("globalText")).toString());
            m_globalEditor->document()->setModified(true);
        }
        m_state->setText(
            tr("Restored unsaved text from %1: save it to keep it.")
                .arg(QLocale().toString(
                    QDateTime::fromString(state.value(QStringLiteral("keptAt")).toString(), Qt::ISODate).toLocalTime(),
                    QLocale::ShortFormat)));
        m_unsaved->keepNow();
        updateTitle();
    };
    if (!path.isEmpty()) {
        m_unsaved->setKey(RecoveryJournal::keyFor(QStringLiteral("file"), QFileInfo(path).absoluteFilePath()));
    }
    if (state.value(QStringLiteral("xml")).toBool() && !path.isEmpty()) {
        // The XML's other fields come from the file as it is on disk; the texts from the journal.
        connect(this, &CfgFileWindow::opened, this, putBack, Qt::SingleShotConnection);
        openFile(path);
        return;
    }
    m_path = path;
    putBack();
}

bool CfgFileWindow::isModified() const
{
    return m_editor->document()->isModified() || (m_isXml && m_globalEditor->document()->isModified());
}

bool CfgFileWindow::save()
{
    if (m_path.isEmpty()) {
        const QString to = QFileDialog::getSaveFileName(this, tr("Save the file as"), QString(),
                                                        tr("Configuration files (*.cfg *.cfx *.txt);;All files (*)"));
        return !to.isEmpty() && saveAs(to);
    }
    return saveAs(m_path);
}

bool CfgFileWindow::saveAs(const QString& path)
{
    QByteArray bytes = m_editor->toPlainText().toUtf8();
    if (m_isXml) {
        PhoneTemplate t = m_xml;
        t.globalFile.data = m_globalEditor->toPlainText();
        t.deviceFile.data = m_editor->toPlainText();
        bytes = TemplateXml::write(t);
    }
    const QString error = FileTransfer::save(path, bytes);
    if (!error.isEmpty()) {
        m_state->setText(tr("%1 was not saved: %2").arg(path, error));
        QMessageBox::warning(this, tr("Not Saved"), m_state->text());
        return false;
    }
    m_path = path;
    m_editor->document()->setModified(false);
    m_globalEditor->document()->setModified(false);
    m_unsaved->finish();
    m_unsaved->setKey(RecoveryJournal::keyFor(QStringLiteral("file"), QFileInfo(path).absoluteFilePath()));
    m_state->setText(tr("Saved to %1.").arg(path));
    updateTitle();
    return true;
}

void CfgFileWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    setWindowTitle(QStringLiteral("%1%2 — PhoneFleet").arg(name, isModified() ? QStringLiteral(" *") : QString()));
}

void CfgFileWindow::closeEvent(QCloseEvent* event)
{
    if (!isModified() || m_unsaved->isKeptForNextStart()) { // asked once for all on quitting
        m_unsaved->finish();
        event->accept();
        return;
    }
    const QMessageBox::StandardButton answer =
        QMessageBox::question(this, tr("Unsaved Changes"), tr("Save the changes to %1?").arg(windowTitle()),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
        event->ignore();
        return;
    }
    m_unsaved->finish(); // saved, or thrown away on purpose
    event->accept();
}
