#include "generatedfiles.h"

#include "generator.h"

#include <QDateTime>

GeneratedFiles::GeneratedFiles(const QString& folder, Database& db, GenerationReport* report)
    : m_files(folder, true)
    , m_rows(db)
    , m_report(report)
{ }

StoreError GeneratedFiles::add(const QString& name, const QByteArray& content, const ConfigFile& previous,
                               const QByteArray& fingerprint, Kind kind)
{
    QString error;
    if (!m_files.write(name, content, previous.id > 0 ? previous.sha256 : QString(), &error)) {
        return {StoreError::Code::Invalid, error};
    }
    Pending pending {previous, kind};
    pending.row.fileName = name;
    pending.row.fingerprint = QString::fromLatin1(fingerprint);
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
            // Same bytes: a device file remembers what it was made from, a global one stays.
            if (pending.kind == Kind::Device) {
                if (StoreError e = m_rows.setFingerprint(row.id, row.fingerprint); e.isError()) {
                    return e;
                }
            }
            continue;
        }
        row.sha256 = done.sha256;
        row.size = done.size;
        row.updatedAt = now;
        if (StoreResult<ConfigFile> saved = m_rows.saveEncoded(row, done.compressed, QStringLiteral("zlib")); !saved) {
            return saved.error();
        }
        ++(pending.kind == Kind::Device ? m_report->written : m_report->globalFiles);
    }
    return {};
}
