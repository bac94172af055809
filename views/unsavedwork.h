#pragma once

#include "recoveryjournal.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QPlainTextEdit;

// Keeps one window's unsaved text in the recovery journal: a moment after each change (and
// at least once a second while typing goes on) it writes what state() returns under its key;
// finish() removes the entry once the text is saved or thrown away on purpose.
class UnsavedWork : public QObject
{
    Q_OBJECT

public:
    UnsavedWork(const QString& key, std::function<QJsonObject()> state, QObject* parent);

    void watch(QPlainTextEdit* editor);
    // Writes now (tests, and before a window is hidden).
    void keepNow();
    // The text was saved or thrown away on purpose: the entry goes. Typing again keeps it anew.
    void finish();
    // The console closes and the administrator chose to find this text again at the next start:
    // written now, and kept whatever the window does on its way out (finish() leaves it).
    void keepForNextStart();
    bool isKeptForNextStart() const { return m_keptForNextStart; }
    QString key() const { return m_key; }
    // Keeps the entry under another key from now on (a file saved under a new name).
    void setKey(const QString& key);
    // Where entries go; tests point it elsewhere.
    static void setJournalDir(const QString& dir);
    static RecoveryJournal journal();

Q_SIGNALS:
    void kept();

private:
    QString m_key;
    std::function<QJsonObject()> m_state;
    QTimer m_delay;
    QTimer m_longest;
    bool m_finished = false;
    bool m_keptForNextStart = false;
};
