#pragma once

#include "configfile.h"
#include "storeerror.h"

#include <QSqlQuery>

class Database;

// Saves many generated cfg files in the store inside the caller's transaction, with prepared
// statements and one revision for the whole batch (readers of the change feed see them all
// as changed together).
class ConfigFileBatch
{
public:
    explicit ConfigFileBatch(Database& db);

    // Inserts (id 0) or replaces the file's row and bytes. A sha256 already set for content of
    // the row's size is trusted. Returns the stored row.
    StoreResult<ConfigFile> save(ConfigFile file, const QByteArray& content);
    // The same with the bytes already encoded (ContentCodec: "lz4", "zlib"); file's size and
    // sha256 must describe the content itself.
    StoreResult<ConfigFile> saveEncoded(ConfigFile file, const QByteArray& body, const QString& encoding);
    // Records a new fingerprint (and the owner, template and unresolved names) of a file whose bytes
    // did not change.
    StoreError setFingerprint(const ConfigFile& file);

private:
    StoreResult<qint64> revision();

    Database& m_db;
    qint64 m_revision = 0;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_fingerprint;
};
