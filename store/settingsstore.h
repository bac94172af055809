#pragma once

#include "storeerror.h"

#include <QHash>
#include <QString>

class Database;

// Server settings by name (the "settings" table): the disconnect timeout, alarm forwarding and
// the like. Template placeholders are not settings; they live in the placeholders table.
class SettingsStore
{
public:
    explicit SettingsStore(Database& db)
        : m_db(db)
    { }

    StoreResult<QHash<QString, QString>> all() const;
    StoreResult<QString> value(const QString& name, const QString& fallback = {}) const;
    // The newest revision of any setting: what a client edits the settings as a whole against.
    StoreResult<qint64> revision() const;
    // Adds or replaces; the row gets a new revision (so consoles see the change).
    StoreError setValue(const QString& name, const QString& value);
    // The value, or value made by create() and stored when there is none yet; two nodes racing
    // to create it both end with the one that was stored first.
    StoreResult<QString> valueOrCreate(const QString& name, const QString& created);

private:
    StoreError insert(const QString& name, const QString& value, qint64 revision);

    Database& m_db;
};
