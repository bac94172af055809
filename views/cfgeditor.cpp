#include "cfgeditor.h"

#include "builtinplaceholders.h"
#include "cfgchecker.h"
#include "cfgdocument.h"
#include "cfghighlighter.h"
#include "parametercatalogue.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QListWidget>
#include <QPainter>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>

namespace {
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CfgEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

private:
    CfgEditor* m_editor;
};

QString typeText(const CfgParameter& p)
{
    switch (p.type) {
    case CfgParameter::Type::Integer:
        return CfgEditor::tr("integer, %1 to %2").arg(p.minimum).arg(p.maximum);
    case CfgParameter::Type::Enum:
        return CfgEditor::tr("one of %1").arg(p.values.join(QLatin1String(", ")));
    case CfgParameter::Type::Boolean:
        return CfgEditor::tr("0 or 1");
    default:
        return p.maxLength > 0
            ? CfgEditor::tr("%1, at most %2 characters").arg(CfgParameter::typeToString(p.type)).arg(p.maxLength)
            : CfgParameter::typeToString(p.type);
    }
}
} // namespace

CfgEditor::CfgEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
    , m_highlighter(new CfgHighlighter(document()))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
    , m_problems(new QListWidget(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true); // keyboard users leave the editor with Tab
    m_completer->setModel(m_completions);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &CfgEditor::insertCompletion);
    updateCompletions();
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->hide(); // shown where its owner lays it out
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { goToLine(item->data(Qt::UserRole).toInt()); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { goToLine(item->data(Qt::UserRole).toInt()); });
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy != 0) {
            m_lineNumbers->scroll(0, dy);
        } else {
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
        }
    });
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    m_checkDelay.setSingleShot(true);
    m_checkDelay.setInterval(250);
    connect(&m_checkDelay, &QTimer::timeout, this, &CfgEditor::checkNow);
    connect(this, &QPlainTextEdit::textChanged, this, [this] { m_checkDelay.start(); });
}

QPlainTextEdit* CfgEditor::readOnlyView(const QString& objectName, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

void CfgEditor::setTemplateMode(bool on)
{
    m_templateMode = on;
    checkNow();
}

void CfgEditor::setPlaceholderNames(const QStringList& names)
{
    m_placeholderNames = names;
    updateCompletions();
}

void CfgEditor::updateCompletions()
{
    QStringList words;
    for (const CfgParameter& p : ParameterCatalogue::builtin().parameters()) {
        words << QString(p.key).replace(QLatin1String("/N/"), QLatin1String("/0/"));
    }
    QStringList names = BuiltinPlaceholders::names();
    names << m_placeholderNames;
    names.removeDuplicates();
    for (const QString& n : std::as_const(names)) {
        words << QStringLiteral("%ITCS_%1%").arg(n);
    }
    words.sort(Qt::CaseInsensitive);
    m_completions->setStringList(words);
}

void CfgEditor::checkNow()
{
    m_checkDelay.stop();
    const CfgDocument doc = CfgDocument::parse(toPlainText().toUtf8());
    CfgChecker::Options options;
    options.templateMode = m_templateMode;
    m_diagnostics = CfgChecker(ParameterCatalogue::builtin()).check(doc, options);
    m_highlighter->setDiagnostics(m_diagnostics);
    m_problems->clear();
    for (const CfgDiagnostic& d : std::as_const(m_diagnostics)) {
        auto* item = new QListWidgetItem(tr("Line %1: %2").arg(d.line).arg(d.message), m_problems);
        item->setData(Qt::UserRole, d.line);
        item->setIcon(style()->standardIcon(d.severity == CfgDiagnostic::Severity::Error
                                                ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_MessageBoxWarning));
    }
    Q_EMIT diagnosticsChanged();
}

void CfgEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

QString CfgEditor::helpForLine(int line) const
{
    const QString text = document()->findBlockByNumber(line - 1).text();
    const int eq = static_cast<int>(text.indexOf(u'='));
    if (eq <= 0) {
        return {};
    }
    const QString key = text.left(eq).trimmed();
    const CfgParameter* p = ParameterCatalogue::builtin().find(key);
    if (!p) {
        return {};
    }
    QString help = QStringLiteral("<b>%1</b><br>%2").arg(key.toHtmlEscaped(), typeText(*p).toHtmlEscaped());
    if (!p->defaultValue.isEmpty()) {
        help += tr("<br>Default: %1").arg(p->defaultValue.toHtmlEscaped());
    }
    if (!p->description.isEmpty()) {
        help += QStringLiteral("<br>") + p->description.toHtmlEscaped();
    }
    return help;
}

bool CfgEditor::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QTextCursor at = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        const int line = at.blockNumber() + 1;
        QStringList parts;
        for (const CfgDiagnostic& d : std::as_const(m_diagnostics)) {
            if (d.line == line) {
                parts << d.message.toHtmlEscaped();
            }
        }
        if (const QString h = helpForLine(line); !h.isEmpty()) {
            parts << h;
        }
        if (parts.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), parts.join(QLatin1String("<hr>")), this);
        }
        return true;
    }
    return QPlainTextEdit::event(e);
}

QString CfgEditor::wordBeforeCursor() const
{
    const QTextCursor c = textCursor();
    const QString line = c.block().text().left(c.positionInBlock());
    int start = static_cast<int>(line.size());
    while (start > 0) {
        const QChar ch = line.at(start - 1);
        if (!(ch.isLetterOrNumber() || ch == u'_' || ch == u'/' || ch == u'%' || ch == u'.')) {
            break;
        }
        --start;
    }
    return line.mid(start);
}

void CfgEditor::complete(bool force)
{
    const QString word = wordBeforeCursor();
    const QTextCursor c = textCursor();
    const QString before = c.block().text().left(c.positionInBlock());
    const QString head = before.trimmed();
    const bool inKey = !before.contains(u'=');
    // Not in comments and include lines; in a value only for placeholders, unless asked for.
    const bool quiet = head.startsWith(u';') || head.startsWith(QLatin1String("include"));
    if (!force && (quiet || word.size() < 3 || (!inKey && !word.startsWith(u'%')))) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    const bool done = m_completer->completionCount() == 1 && m_completer->currentCompletion() == word;
    if (m_completer->completionCount() == 0 || done) { // nothing to offer, or typed out already
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect r = cursorRect();
    r.setWidth(m_completer->popup()->sizeHintForColumn(0)
               + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(r);
}

void CfgEditor::insertCompletion(const QString& completion)
{
    QTextCursor c = textCursor();
    c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, static_cast<int>(wordBeforeCursor().size()));
    c.insertText(completion);
    setTextCursor(c);
}

void CfgEditor::keyPressEvent(QKeyEvent* e)
{
    if (m_completer->popup()->isVisible()) {
        switch (e->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            e->ignore(); // the completer takes them
            return;
        default:
            break;
        }
    }
    const bool force = e->key() == Qt::Key_Space && (e->modifiers() & Qt::ControlModifier);
    if (!force) {
        QPlainTextEdit::keyPressEvent(e);
    }
    if (force || (!e->text().isEmpty() && !(e->modifiers() & Qt::ControlModifier))) {
        complete(force);
    }
}

int CfgEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int n = qMax(1, blockCount()); n >= 10; n /= 10) {
        ++digits;
    }
    return 8 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits);
}

void CfgEditor::resizeEvent(QResizeEvent* e)
{
    QPlainTextEdit::resizeEvent(e);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void CfgEditor::paintLineNumbers(QPaintEvent* e)
{
    QPainter p(m_lineNumbers);
    p.fillRect(e->rect(), palette().alternateBase());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    QSet<int> marked;
    for (const CfgDiagnostic& d : std::as_const(m_diagnostics)) {
        if (d.severity == CfgDiagnostic::Severity::Error) {
            marked.insert(d.line);
        }
    }
    while (block.isValid() && top <= e->rect().bottom()) {
        if (block.isVisible() && bottom >= e->rect().top()) {
            const int number = block.blockNumber() + 1;
            p.setPen(marked.contains(number) ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::PlaceholderText));
            p.drawText(0, top, m_lineNumbers->width() - 4, fontMetrics().height(), Qt::AlignRight,
                       QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}
