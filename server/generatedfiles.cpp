#include "generatedfiles.h"

#include "contentcodec.h"

#include "database.h"
#include "generator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <memory>

GeneratedFiles::GeneratedFiles(const QString& folder, Database& db, GenerationReport* report)
    : m_folder(folder)
    , m_files(folder, true)
    , m_rows(db)
    , m_report(report)
{ }

QString GeneratedFiles::ownershipProblem(const ConfigFile& existing, Kind kind, qint64 owner, const QString& mac)
{
    if (existing.id <= 0) {
        return {};
    }
    switch (existing.origin) {
    case ConfigFile::Origin::Uploaded:
        return QStringLiteral("%1 is an uploaded file").arg(existing.fileName);
    case ConfigFile::Origin::Device:
        if (kind == Kind::Global) {
            return QStringLiteral("%1 is a phone's own file").arg(existing.fileName);
        }
        // A file of before ownership was recorded is claimed by the phone whose MAC it names.
        if (existing.deviceId == owner
            || (existing.deviceId == 0 && !mac.isEmpty() && existing.fileName.contains(mac, Qt::CaseInsensitive))) {
            return {};
        }
        return QStringLiteral("%1 is another phone's file").arg(existing.fileName);
    case ConfigFile::Origin::Global:
        if (kind == Kind::Device) {
            return QStringLiteral("%1 is a template's global file").arg(existing.fileName);
        }
        // The system takes its names back (a region's template named its global file like the
        // system's before regions' names were checked).
        if (existing.regionId != owner && owner != 0) {
            return existing.regionId > 0
                ? QStringLiteral("%1 is the global file of another region's template").arg(existing.fileName)
                : QStringLiteral("%1 is the global file of a system-wide template").arg(existing.fileName);
        }
        return {};
    }
    return {};
}

StoreError GeneratedFiles::add(const QString& name, const QByteArray& content, const ConfigFile& previous,
                               const QByteArray& fingerprint, Kind kind, qint64 owner, const Source& source)
{
    QString error;
    if (!m_files.write(name, content, previous.id > 0 ? previous.sha256 : QString(), &error)) {
        return {StoreError::Code::Invalid, error};
    }
    Pending pending {previous, kind, previous.regionId};
    pending.row.fileName = name;
    pending.row.fingerprint = QString::fromLatin1(fingerprint);
    pending.row.origin = kind == Kind::Device ? ConfigFile::Origin::Device : ConfigFile::Origin::Global;
    pending.row.deviceId = kind == Kind::Device ? owner : 0;
    pending.row.regionId = kind == Kind::Global ? owner : 0;
    pending.row.templateId = kind == Kind::Device ? source.templateId : 0;
    pending.row.unresolved = kind == Kind::Device ? source.unresolved.join(u',') : QString();
    m_pending.insert(name, pending);
    // The rows of finished files are saved while the threads go on with the next ones.
    return ++m_sinceSaved >= 64 ? saveFinished() : StoreError {};
}

StoreError GeneratedFiles::finish()
{
    QString error;
    if (!m_files.finish(&error)) {
        return {StoreError::Code::Invalid, error};
    }
    if (StoreError e = saveFinished(); e.isError()) {
        return e;
    }
    if (!m_pending.isEmpty()) {
        return {StoreError::Code::Invalid,
                QStringLiteral("%1 generated file(s) were not written").arg(m_pending.size())};
    }
    return {};
}

StoreError GeneratedFiles::saveFinished()
{
    m_sinceSaved = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (AtomicFileBatch::Finished& done : m_files.takeFinished()) {
        const Pending pending = m_pending.take(done.fileName);
        ConfigFile row = pending.row;
        if (done.unchanged) {
            // Same bytes: a device file remembers what it was made from, a global one stays
            // (but a row of before ownership was recorded gets its owner).
            if (pending.kind == Kind::Device || pending.previousRegionId != row.regionId) {
                if (StoreError e = m_rows.setFingerprint(row); e.isError()) {
                    return e;
                }
            }
            continue;
        }
        row.sha256 = done.sha256;
        row.size = done.size;
        row.updatedAt = now;
        if (StoreResult<ConfigFile> saved = m_rows.saveEncoded(row, done.encoded.bytes, done.encoded.encoding);
            !saved) {
            return saved.error();
        }
        ++(pending.kind == Kind::Device ? m_report->written : m_report->globalFiles);
    }
    return {};
}

void GeneratedFiles::followTransaction(Database& db, const QStringList& staleFiles)
{
    auto changes = std::make_shared<AtomicFileBatch::Changes>(m_files.takeChanges());
    const QString folder = m_folder;
    db.whenFinished([changes, folder, staleFiles](bool committed) {
        if (!committed) {
            changes->undo();
            return;
        }
        changes->keep();
        for (const QString& name : staleFiles) {
            QFile::remove(QDir(folder).filePath(name));
        }
    });
}

int GeneratedFiles::removeStrayFiles(const QString& folder, const QSet<QString>* rowNames)
{
    const QDir dir(folder);
    int removed = 0;
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const bool leftover = name.startsWith(u'.')
            && (name.endsWith(QLatin1String(".partial")) || name.endsWith(QLatin1String(".previous")));
        if ((leftover || (rowNames && !rowNames->contains(name))) && QFile::remove(dir.filePath(name))) {
            ++removed;
        }
    }
    return removed;
}
