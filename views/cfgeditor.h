#pragma once

#include "cfgdiagnostic.h"

#include <QPlainTextEdit>
#include <QTimer>

class CfgHighlighter;
class QCompleter;
class QListWidget;
class QStringListModel;

// The text editor of cfg files and templates: line numbers, syntax colours (CfgHighlighter),
// the file checked by the cfg core and the parameter catalogue a moment after typing stops
// (errors and warnings underlined, with their message as a tooltip and in problemsList()),
// completion of parameter keys and %ITCS_...% placeholder names (Ctrl+Space, or by itself
// after three characters of a key), and help on hovering a key: its type, range, default and
// description. Undo/redo are QPlainTextEdit's.
class CfgEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CfgEditor(QWidget* parent = nullptr);
    // A read-only view of cfg text in the editor's font, without wrapping (previews, the sides
    // of a comparison).
    static QPlainTextEdit* readOnlyView(const QString& objectName, QWidget* parent);

    // A template: %ITCS_...% placeholders are expected, and values holding one are not judged.
    void setTemplateMode(bool on);
    // Placeholder names to complete besides the built-in ones ("Primary_NTP", without %ITCS_).
    void setPlaceholderNames(const QStringList& names);
    const QVector<CfgDiagnostic>& diagnostics() const { return m_diagnostics; }
    // A list of the diagnostics ("Line 12: ..."); activating a row puts the cursor on its line.
    QListWidget* problemsList() const { return m_problems; }
    QCompleter* completer() const { return m_completer; }
    CfgHighlighter* highlighter() const { return m_highlighter; }
    // What hovering the key on that line (1-based) shows: the catalogue's help, else "".
    QString helpForLine(int line) const;
    void goToLine(int line);
    // Checks the text now (otherwise 250 ms after the last keystroke).
    void checkNow();

    int lineNumberAreaWidth() const;
    void paintLineNumbers(class QPaintEvent* event);

Q_SIGNALS:
    void diagnosticsChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString wordBeforeCursor() const;
    void complete(bool force);
    void insertCompletion(const QString& completion);
    void updateCompletions();

    QWidget* m_lineNumbers;
    CfgHighlighter* m_highlighter;
    QCompleter* m_completer;
    QStringListModel* m_completions;
    QListWidget* m_problems;
    QTimer m_checkDelay;
    QVector<CfgDiagnostic> m_diagnostics;
    QStringList m_placeholderNames;
    bool m_templateMode = false;
};
