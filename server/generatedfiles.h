#pragma once

#include "atomicfilebatch.h"
#include "configfile.h"
#include "configfilebatch.h"
#include "storeerror.h"

#include <QHash>
#include <QSet>
#include <QStringList>

class Database;
struct GenerationReport;

// Where a generation's files go: AtomicFileBatch's threads hash, write and encode them, and
// their rows are saved as they come back, inside the caller's transaction (new bytes with their
// encoded body (ContentCodec); the same bytes with their new fingerprint only). The report counts the files
// written. finish() before committing: the files are on disk for good before the store says so.
class GeneratedFiles
{
public:
    enum class Kind { Device, Global };

    GeneratedFiles(const QString& folder, Database& db, GenerationReport* report);

    // What a phone's file was made from, recorded in its row (Kind::Device only).
    struct Source
    {
        qint64 templateId = 0;  // the stored template; 0: the shipped default
        QStringList unresolved; // the placeholders nothing gave a value
    };

    // previous: the file's row from the last run (id 0 if there is none). owner: the device a
    // Kind::Device file is for, the region of a Kind::Global file's template (0: system-wide).
    StoreError add(const QString& name, const QByteArray& content, const ConfigFile& previous,
                   const QByteArray& fingerprint, Kind kind, qint64 owner, const Source& source);
    // Why a file of that kind and owner may not be written over the row `existing` (another
    // phone's file, an uploaded file, another region's global file), or empty when it may.
    static QString ownershipProblem(const ConfigFile& existing, Kind kind, qint64 owner, const QString& mac = {});
    // Waits for every file to be on disk, then saves the rows left.
    StoreError finish();
    // After finish(): the files follow the rows' fate. They stay once the outermost transaction
    // commits (which may be the writer's batch around the caller's) and are put back if it rolls
    // back, and so are the stale files given. Without this call (an error on the way), the
    // folder is put back as it was when the object is destroyed (AtomicFileBatch).
    void followTransaction(Database& db, const QStringList& staleFiles);
    // Removes what a crash can leave in a folder only the server writes: temporary files and
    // previous versions, and with rowNames given, files no row names (written by a run whose
    // transaction never committed). Returns how many. phonefleetd does this at start.
    static int removeStrayFiles(const QString& folder, const QSet<QString>* rowNames);

private:
    struct Pending
    {
        ConfigFile row; // the previous row with the new name, fingerprint and owner
        Kind kind = Kind::Device;
        qint64 previousRegionId = 0;
    };
    StoreError saveFinished();

    QString m_folder;
    AtomicFileBatch m_files;
    ConfigFileBatch m_rows;
    GenerationReport* m_report;
    QHash<QString, Pending> m_pending; // queued or being written, row not saved yet
    int m_sinceSaved = 0;
};
