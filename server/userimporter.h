#pragma once

#include "accesspolicy.h"
#include "storeerror.h"
#include "usercsv.h"

class Store;

// What an import did (or, with problems, would not do).
struct UserImportResult
{
    int usersAdded = 0;
    int usersUpdated = 0;
    int devicesAdded = 0;
    int devicesUpdated = 0;
    int regionsAdded = 0;
    QVector<UserCsvProblem> problems;
    // Lines imported otherwise than written (UserCsv::read's warnings: vendor passwords, phones
    // that moved between lines).
    QVector<UserCsvProblem> warnings;

    int imported() const { return usersAdded + usersUpdated; }
};

// Applies the users+devices file to the store, the vendor's export-edit-import workflow: a user
// of the same name is updated (an empty password cell keeps the password), a new one added; a
// device of the same MAC is updated and moves to its line's user, a new one is added; imported
// devices are approved, in their user's region. All lines or none: with any problem nothing is
// written and every bad line is reported. Lines an administrator may not apply (a region they are
// not Operator of, a phone or user of such a region) are problems too.
namespace UserImporter {
// Call inside a transaction; returns StoreError::Code::Invalid when result->problems is not
// empty, so that the caller rolls back.
StoreError apply(Store& store, const QVector<UserCsvRow>& rows, const Admin& admin, bool createRegions,
                 UserImportResult* result);
// The users the scope shows, with their devices, as lines of the file (passwords left empty).
StoreResult<QVector<UserCsvRow>> exportRows(Store& store, const RegionScope& scope);
} // namespace UserImporter
