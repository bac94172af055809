#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Find and replace in a text editor, shown below it: Ctrl+F opens it with the selection as the
// text to find, Enter and F3 find the next match, Shift+Enter and Shift+F3 the previous one
// (both wrap around), Replace replaces the current match and finds the next, Replace All does
// them all as one undo step; Escape closes it and gives the editor the keyboard back.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QPlainTextEdit* editor, QWidget* parent = nullptr);

    QLineEdit* findEdit() const { return m_find; }
    QLineEdit* replaceEdit() const { return m_replace; }
    QCheckBox* caseBox() const { return m_case; }

public Q_SLOTS:
    void open();
    bool findNext();
    bool findPrevious();
    void replaceCurrent();
    // Returns how many were replaced.
    int replaceAll();

private:
    bool find(bool backwards);

    QPlainTextEdit* m_editor;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QCheckBox* m_case;
    QLabel* m_state;
};
