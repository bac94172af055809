#pragma once

#include "messagebar.h"
#include "templatecache.h"

#include <QObject>

#include <functional>

class ConsoleSession;
class QToolButton;
class QWidget;

// The console's side of working without the server and of never losing typed text: the
// status bar's outbox button (how many template edits wait, Send Now, discarding one on
// purpose), the three-way comparison opened for an edit the server changed meanwhile
// (MergeDialog), word of the server going and coming back, and, at start and after signing
// in, the windows whose unsaved text the recovery journal kept, opened again as they were; and
// on closing the main window, one question for every window that holds unsaved text.
class OfflineWork : public QObject
{
    Q_OBJECT

public:
    OfflineWork(ConsoleSession* session, QWidget* window);

    QToolButton* outboxButton() const { return m_outbox; }
    // Opens again what the journal holds: local files always, templates of the signed-in server.
    // Returns how many windows were opened.
    int restoreUnsavedWork();
    // Closing the main window: when template dialogs or cfg file windows hold text not saved,
    // asks once for all of them — keep it for the next start (the journal opens it again),
    // discard it all, or go back — and returns false; closeNow runs if the answer lets the
    // window close. True when nothing is unsaved (close at once).
    bool mayCloseNow(const std::function<void()>& closeNow);
    // The windows holding unsaved text, by title.
    QStringList unsavedWindows() const;

Q_SIGNALS:
    void message(MessageBar::Kind kind, const QString& text);

private:
    void updateOutbox(int count);
    void showMenu();
    void settle(const TemplateCache::Pending& edit, const QJsonObject& theirs);
    void forgetOnceKeptAgain(const QString& oldKey, class UnsavedWork* keeper);

    ConsoleSession* m_session;
    QWidget* m_window;
    QToolButton* m_outbox;
    QStringList m_restored; // journal keys already opened again in this run
};
