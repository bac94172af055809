// The cfg editor offscreen: what is typed is coloured by kind, checked a moment later
// (underlined, listed, each problem a click from its line), completed from the parameter
// catalogue and the placeholder names, and explained on hover.
#include "cfgeditor.h"
#include "cfgfilewindow.h"
#include "cfghighlighter.h"
#include "findbar.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

namespace {
// The format the highlighter gave the character at column (0-based) of line (0-based).
QTextCharFormat formatAt(const CfgEditor& editor, int line, int column)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line);
    for (const QTextLayout::FormatRange& r : block.layout()->formats()) {
        if (column >= r.start && column < r.start + r.length) {
            return r.format;
        }
    }
    return {};
}
// Types text as keystrokes, Return for each line break.
void type(QWidget* editor, const QString& text)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            QTest::keyClick(editor, Qt::Key_Return);
        }
        QTest::keyClicks(editor, lines.at(i));
    }
}
} // namespace

class TestCfgEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedTextIsColouredByKind();
    void problemsAreUnderlinedListedAndJumpedTo();
    void keysAndPlaceholdersAreCompleted();
    void hoverExplainsAKey();
    void findAndReplace();
    void localFileOpenEditSave();
};

void TestCfgEditor::typedTextIsColouredByKind()
{
    CfgEditor editor;
    editor.resize(600, 300);
    editor.show();
    type(&editor, QStringLiteral("; the NTP server\n"));
    type(&editor, QStringLiteral("system/ntp/primary_server_address=%ITCS_Primary_NTP%\n"));
    type(&editor, QStringLiteral("include common.cfg\n"));
    type(&editor, QStringLiteral("system/password={\"QmFzZTY0\"}"));
    const CfgHighlighter* h = editor.highlighter();
    QCOMPARE(formatAt(editor, 0, 3).foreground(), h->format(CfgHighlighter::Part::Comment).foreground());
    QCOMPARE(formatAt(editor, 1, 2).foreground(), h->format(CfgHighlighter::Part::Key).foreground());
    QCOMPARE(formatAt(editor, 1, 36).foreground(), h->format(CfgHighlighter::Part::Placeholder).foreground());
    QCOMPARE(formatAt(editor, 2, 1).foreground(), h->format(CfgHighlighter::Part::Include).foreground());
    QCOMPARE(formatAt(editor, 3, 17).foreground(), h->format(CfgHighlighter::Part::Encrypted).foreground());
    QVERIFY(editor.lineNumberAreaWidth() > 0);
}

void TestCfgEditor::problemsAreUnderlinedListedAndJumpedTo()
{
    CfgEditor editor;
    editor.setTemplateMode(true);
    editor.show();
    QSignalSpy checked(&editor, &CfgEditor::diagnosticsChanged);
    type(&editor, QStringLiteral("system/ntp/enabled=1\nsystem/http_server_port=99999\nfoo bar\n"));
    QVERIFY(checked.wait(2000)); // a moment after the typing stopped
    QVERIFY(editor.diagnostics().size() >= 2);
    bool range = false;
    bool invalid = false;
    for (const CfgDiagnostic& d : editor.diagnostics()) {
        range = range || (d.line == 2 && d.code == QLatin1String("out-of-range"));
        invalid = invalid || d.line == 3;
    }
    QVERIFY(range);
    QVERIFY(invalid);
    // The value of line 2 is underlined with a wave; line 1 is not.
    QCOMPARE(formatAt(editor, 1, 26).underlineStyle(), QTextCharFormat::WaveUnderline);
    QVERIFY(formatAt(editor, 0, 3).underlineStyle() != QTextCharFormat::WaveUnderline);
    QListWidget* problems = editor.problemsList();
    QCOMPARE(problems->count(), static_cast<int>(editor.diagnostics().size()));
    QVERIFY(problems->item(0)->text().startsWith(QLatin1String("Line 2:")));
    editor.moveCursor(QTextCursor::Start);
    Q_EMIT problems->itemActivated(problems->item(0));
    QCOMPARE(editor.textCursor().blockNumber(), 1);
    // Fixing the value clears its problem.
    editor.goToLine(2);
    editor.moveCursor(QTextCursor::EndOfBlock);
    QTest::keyClick(&editor, Qt::Key_Backspace);
    QTest::keyClick(&editor, Qt::Key_Backspace);
    QVERIFY(checked.wait(2000));
    for (const CfgDiagnostic& d : editor.diagnostics()) {
        QVERIFY2(d.line != 2, qPrintable(d.message));
    }
}

void TestCfgEditor::keysAndPlaceholdersAreCompleted()
{
    CfgEditor editor;
    editor.setPlaceholderNames({QStringLiteral("SiteCode")});
    editor.show();
    type(&editor, QStringLiteral("system/ntp/pri"));
    QCompleter* completer = editor.completer();
    QVERIFY(completer->popup()->isVisible());
    QVERIFY(completer->completionCount() >= 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("system/ntp/primary_server_address"));
    Q_EMIT completer->activated(completer->currentCompletion());
    QCOMPARE(editor.toPlainText(), QStringLiteral("system/ntp/primary_server_address"));
    // In a value, %ITCS_ offers the placeholder names, the built-in ones and the given ones.
    type(&editor, QStringLiteral("=%ITCS_Site"));
    QVERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->currentCompletion(), QStringLiteral("%ITCS_SiteCode%"));
    Q_EMIT completer->activated(completer->currentCompletion());
    QCOMPARE(editor.toPlainText(), QStringLiteral("system/ntp/primary_server_address=%ITCS_SiteCode%"));
    // A plain value is not completed unless asked for (Ctrl+Space).
    completer->popup()->hide();
    type(&editor, QStringLiteral("\nsystem/type=abc"));
    QVERIFY(!completer->popup()->isVisible());
}

void TestCfgEditor::hoverExplainsAKey()
{
    CfgEditor editor;
    editor.setPlainText(QStringLiteral("system/http_server_port=8080\nnot/a/key=1\n"));
    const QString help = editor.helpForLine(1);
    QVERIFY2(help.contains(QLatin1String("1 to 65535")), qPrintable(help));
    QVERIFY(help.contains(QLatin1String("Default: 80")));
    QVERIFY(help.contains(QLatin1String("web interface")));
    QVERIFY(editor.helpForLine(2).isEmpty());
}

void TestCfgEditor::findAndReplace()
{
    QWidget window;
    auto* editor = new CfgEditor(&window);
    auto* bar = new FindBar(editor, &window);
    editor->setPlainText(QStringLiteral("voip/line/0/enabled=1\nvoip/LINE/1/enabled=1\nvoip/line/2/enabled=0\n"));
    window.show();
    editor->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!bar->isVisible());
    QTest::keySequence(editor, QKeySequence::Find);
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->findEdit(), QStringLiteral("line/"));
    QTest::keyClick(bar->findEdit(), Qt::Key_Return);
    QCOMPARE(editor->textCursor().blockNumber(), 0);
    QVERIFY(bar->findNext()); // "LINE/" too: case is ignored
    QCOMPARE(editor->textCursor().blockNumber(), 1);
    bar->caseBox()->setChecked(true);
    QVERIFY(bar->findNext());
    QCOMPARE(editor->textCursor().blockNumber(), 2);
    QVERIFY(bar->findNext()); // wraps around
    QCOMPARE(editor->textCursor().blockNumber(), 0);
    QVERIFY(bar->findPrevious());
    QCOMPARE(editor->textCursor().blockNumber(), 2);
    // Replace all, as one step that one undo takes back.
    bar->replaceEdit()->setText(QStringLiteral("account/"));
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(editor->toPlainText(),
             QStringLiteral("voip/account/0/enabled=1\nvoip/LINE/1/enabled=1\nvoip/account/2/enabled=0\n"));
    editor->undo();
    QVERIFY(editor->toPlainText().startsWith(QLatin1String("voip/line/0/enabled=1")));
    QVERIFY(editor->toPlainText().contains(QLatin1String("voip/line/2/")));
    bar->caseBox()->setChecked(false);
    bar->findEdit()->setText(QStringLiteral("nothing like this"));
    QVERIFY(!bar->findNext());
    QTest::keyClick(bar->findEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestCfgEditor::localFileOpenEditSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.cfg"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("system/ntp/primary_server_address=%ITCS_Primary_NTP%\nsystem/http_server_port=0\n");
    }
    auto* window = new CfgFileWindow;
    QSignalSpy opened(window, &CfgFileWindow::opened);
    window->openFile(path);
    QVERIFY(opened.wait(5000));
    window->show();
    QCOMPARE(window->path(), path);
    QVERIFY(!window->isModified());
    QVERIFY(!window->windowTitle().contains(QLatin1Char('*')));
    // A placeholder in the file makes it a template: only the port is a problem.
    QCOMPARE(window->editor()->diagnostics().size(), 1);
    QCOMPARE(window->editor()->diagnostics().first().line, 2);
    window->editor()->goToLine(2);
    window->editor()->moveCursor(QTextCursor::EndOfBlock);
    QTest::keyClick(window->editor(), Qt::Key_Backspace);
    QTest::keyClicks(window->editor(), QStringLiteral("8080"));
    QVERIFY(window->isModified());
    QVERIFY(window->windowTitle().contains(QLatin1Char('*')));
    QVERIFY(window->save());
    QVERIFY(!window->isModified());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(),
             QByteArray("system/ntp/primary_server_address=%ITCS_Primary_NTP%\nsystem/http_server_port=8080\n"));
    // A file that cannot be read says why.
    auto* missing = new CfgFileWindow;
    QSignalSpy failed(missing, &CfgFileWindow::failed);
    missing->openFile(dir.filePath(QStringLiteral("nope.cfg")));
    QVERIFY(failed.wait(5000));
    QVERIFY(missing->path().isEmpty());
    missing->close();
    QVERIFY(window->close()); // nothing unsaved: no question
}

QTEST_MAIN(TestCfgEditor)
#include "tst_cfgeditor.moc"
