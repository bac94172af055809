#include "unsavedwork.h"

#include <QPlainTextEdit>

namespace {
QString& journalDir()
{
    static QString dir;
    return dir;
}
} // namespace

UnsavedWork::UnsavedWork(const QString& key, std::function<QJsonObject()> state, QObject* parent)
    : QObject(parent)
    , m_key(key)
    , m_state(std::move(state))
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(300);
    m_longest.setSingleShot(true);
    m_longest.setInterval(1000);
    connect(&m_delay, &QTimer::timeout, this, &UnsavedWork::keepNow);
    connect(&m_longest, &QTimer::timeout, this, &UnsavedWork::keepNow);
}

void UnsavedWork::setJournalDir(const QString& dir)
{
    journalDir() = dir;
}

RecoveryJournal UnsavedWork::journal()
{
    return RecoveryJournal(journalDir());
}

void UnsavedWork::watch(QPlainTextEdit* editor)
{
    connect(editor, &QPlainTextEdit::textChanged, this, [this, editor] {
        if (!editor->document()->isModified()) {
            return;
        }
        m_finished = false;
        m_delay.start();
        if (!m_longest.isActive()) {
            m_longest.start();
        }
    });
}

void UnsavedWork::keepNow()
{
    m_delay.stop();
    m_longest.stop();
    if (m_finished) {
        return;
    }
    QString error;
    if (!journal().save(m_key, m_state(), &error)) {
        qWarning("unsaved text could not be kept: %s", qPrintable(error));
        return;
    }
    Q_EMIT kept();
}

void UnsavedWork::setKey(const QString& key)
{
    if (key == m_key) {
        return;
    }
    journal().remove(m_key);
    m_key = key;
    if (!m_finished && (m_delay.isActive() || m_longest.isActive())) {
        keepNow();
    }
}

void UnsavedWork::keepForNextStart()
{
    keepNow();
    m_keptForNextStart = true;
}

void UnsavedWork::finish()
{
    if (m_keptForNextStart) {
        return;
    }
    m_finished = true;
    m_delay.stop();
    m_longest.stop();
    journal().remove(m_key);
}
