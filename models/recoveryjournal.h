#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

// Unsaved editor text kept on disk while it is typed, so that a crash, a killed process or a
// power cut loses nothing: one small JSON file per open editor window, written atomically
// (QSaveFile) and removed when the window's text is saved or deliberately thrown away. What
// is left at the next start is work to restore.
class RecoveryJournal
{
public:
    struct Entry
    {
        QString key;
        QJsonObject state; // what the window needs to come back: its kind, texts, where it saves
    };

    // dir: where the entries live; empty: defaultDir().
    explicit RecoveryJournal(const QString& dir = QString());
    static QString defaultDir();

    // key: letters, digits, '-' and '_' ("template-3f2a...-12", "file-9c1e...").
    bool save(const QString& key, const QJsonObject& state, QString* error = nullptr) const;
    bool remove(const QString& key) const;
    QVector<Entry> entries() const; // oldest first
    QString dir() const { return m_dir; }

    // A key from any text (a server and an id, a file's path).
    static QString keyFor(const QString& kind, const QString& identity);

private:
    QString pathOf(const QString& key) const;
    QString m_dir;
};
