#include "recoveryjournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

RecoveryJournal::RecoveryJournal(const QString& dir)
    : m_dir(dir.isEmpty() ? defaultDir() : dir)
{ }

QString RecoveryJournal::defaultDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("unsaved"));
}

QString RecoveryJournal::keyFor(const QString& kind, const QString& identity)
{
    return kind + u'-'
        + QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

QString RecoveryJournal::pathOf(const QString& key) const
{
    return QDir(m_dir).filePath(key + QStringLiteral(".json"));
}

bool RecoveryJournal::save(const QString& key, const QJsonObject& state, QString* error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error) {
            *error = QStringLiteral("cannot create %1").arg(m_dir);
        }
        return false;
    }
    QSaveFile file(pathOf(key));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it may hold a draft's secrets
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

bool RecoveryJournal::remove(const QString& key) const
{
    return QFile::remove(pathOf(key)) || !QFileInfo::exists(pathOf(key));
}

QVector<RecoveryJournal::Entry> RecoveryJournal::entries() const
{
    QVector<Entry> out;
    QFileInfoList files = QDir(m_dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    std::sort(files.begin(), files.end(),
              [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        if (doc.isObject()) {
            out.append({info.completeBaseName(), doc.object()});
        }
    }
    return out;
}
