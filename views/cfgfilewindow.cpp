#include "cfgfilewindow.h"

#include "cfgeditor.h"
#include "filetransfer.h"
#include "findbar.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QToolBar>
#include <QVBoxLayout>

CfgFileWindow::CfgFileWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_editor(new CfgEditor(this))
    , m_find(new FindBar(m_editor, this))
    , m_state(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto* bar = new QToolBar(this);
    QAction* saveAction =
        bar->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save"), this, [this] { this->save(); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction =
        bar->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save As…"), this, [this] {
            const QString to = QFileDialog::getSaveFileName(
                this, tr("Save the file as"), m_path, tr("Configuration files (*.cfg *.cfx *.txt);;All files (*)"));
            if (!to.isEmpty()) {
                this->saveAs(to);
            }
        });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    bar->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("Find…"), m_find, &FindBar::open);
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
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_find);
    layout->addWidget(problems);
    layout->addWidget(m_state);
    connect(m_editor, &CfgEditor::diagnosticsChanged, this, [this, problems] {
        problems->setVisible(problems->count() > 0);
        m_state->setText(tr("%n problem(s)", nullptr, static_cast<int>(m_editor->diagnostics().size())));
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &CfgFileWindow::updateTitle);
    resize(900, 640);
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
        m_path = path;
        const QString text = QString::fromUtf8(read.bytes);
        m_editor->setTemplateMode(text.contains(QLatin1String("%ITCS_")));
        m_editor->setPlainText(text);
        m_editor->document()->setModified(false);
        m_editor->checkNow();
        updateTitle();
        Q_EMIT opened();
    });
}

bool CfgFileWindow::isModified() const
{
    return m_editor->document()->isModified();
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
    const QString error = FileTransfer::save(path, m_editor->toPlainText().toUtf8());
    if (!error.isEmpty()) {
        m_state->setText(tr("%1 was not saved: %2").arg(path, error));
        QMessageBox::warning(this, tr("Not Saved"), m_state->text());
        return false;
    }
    m_path = path;
    m_editor->document()->setModified(false);
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
    if (!isModified()) {
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
    event->accept();
}
