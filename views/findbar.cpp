#include "findbar.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>

FindBar::FindBar(QPlainTextEdit* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_state(new QLabel(this))
{
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replace"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto* next = new QPushButton(tr("&Next"), this);
    auto* previous = new QPushButton(tr("Pre&vious"), this);
    auto* replace = new QPushButton(tr("&Replace"), this);
    auto* all = new QPushButton(tr("Replace &All"), this);
    for (QPushButton* b : {next, previous, replace, all}) {
        b->setAutoDefault(false); // Enter in the fields finds; it does not press a dialog's OK
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_find, 2);
    layout->addWidget(next);
    layout->addWidget(previous);
    layout->addWidget(m_replace, 2);
    layout->addWidget(replace);
    layout->addWidget(all);
    layout->addWidget(m_case);
    layout->addWidget(m_state, 1);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(all, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);

    const auto shortcut = [this](const QKeySequence& keys, QWidget* on, Qt::ShortcutContext context, auto slot) {
        auto* a = new QAction(on);
        a->setShortcut(keys);
        a->setShortcutContext(context);
        on->addAction(a);
        connect(a, &QAction::triggered, this, slot);
    };
    shortcut(QKeySequence::Find, m_editor, Qt::WidgetWithChildrenShortcut, &FindBar::open);
    shortcut(QKeySequence::FindNext, m_editor, Qt::WidgetWithChildrenShortcut, &FindBar::findNext);
    shortcut(QKeySequence::FindPrevious, m_editor, Qt::WidgetWithChildrenShortcut, &FindBar::findPrevious);
    shortcut(QKeySequence::FindNext, this, Qt::WidgetWithChildrenShortcut, &FindBar::findNext);
    shortcut(QKeySequence::FindPrevious, this, Qt::WidgetWithChildrenShortcut, &FindBar::findPrevious);
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_find, Qt::WidgetShortcut, &FindBar::findPrevious);
    shortcut(QKeySequence(Qt::Key_Escape), this, Qt::WidgetWithChildrenShortcut, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindBar::open()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_find->setText(selected);
    }
    show();
    m_find->setFocus();
    m_find->selectAll();
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::find(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backwards) {
        flags |= QTextDocument::FindBackward;
    }
    if (m_case->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    QTextCursor found = m_editor->document()->find(text, m_editor->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor from(m_editor->document());
        if (backwards) {
            from.movePosition(QTextCursor::End);
        }
        found = m_editor->document()->find(text, from, flags);
    }
    if (found.isNull()) {
        m_state->setText(tr("Not found"));
        return false;
    }
    m_state->setText(tr("Line %1").arg(found.blockNumber() + 1));
    m_editor->setTextCursor(found);
    return true;
}

void FindBar::replaceCurrent()
{
    const Qt::CaseSensitivity cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QTextCursor c = m_editor->textCursor();
    if (!m_editor->isReadOnly() && c.hasSelection() && c.selectedText().compare(m_find->text(), cs) == 0) {
        c.insertText(m_replace->text());
    }
    findNext();
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty() || m_editor->isReadOnly()) {
        return 0;
    }
    QTextDocument::FindFlags flags;
    if (m_case->isChecked()) {
        flags |= QTextDocument::FindCaseSensitively;
    }
    int count = 0;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock(); // one undo step
    QTextCursor at = m_editor->document()->find(text, QTextCursor(m_editor->document()), flags);
    while (!at.isNull()) {
        at.insertText(m_replace->text());
        ++count;
        at = m_editor->document()->find(text, at, flags);
    }
    edit.endEditBlock();
    m_state->setText(tr("%n replaced", nullptr, count));
    return count;
}
