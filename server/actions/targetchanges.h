#pragma once

#include "builtinplaceholders.h"
#include "job.h"
#include "phoneaction.h"
#include "storeerror.h"

#include <QHash>
#include <QVector>

class Store;

// The server's part of a bulk action for one target, run on the writer in the transaction that
// records the target's outcome: change-region, change-model, change-language, approve (the
// phone's row, then its file generated again), delete (the phone with its values and files),
// reset-passwords (the user's SIP password, then its phones' files), generate, and update-config
// with regenerate. *note says what was done, for the target's record (never a password).
namespace TargetChanges {
StoreError apply(Store& store, const PhoneAction& action, const JobTarget& target, const QString& provisioningDir,
                 const ServerContext& context, QString* note);

struct Generated
{
    bool ok = false;
    QString note; // "file generated", with what stayed unresolved; or why no file was made
};
// Generate for many phones (targets of a generate job, labelled with their MAC) in one
// generation run: a run per phone reads every template, placeholder and overwrite value and
// syncs the disk once each (10 000 phones took 17 s that way). Target id -> its result, for each
// target.
StoreResult<QHash<qint64, Generated>> generateMany(Store& store, const QVector<JobTarget>& targets,
                                                   const QString& provisioningDir, const ServerContext& context);
} // namespace TargetChanges
