#pragma once

#include "accesspolicy.h"
#include "placeholdercsv.h"
#include "storeerror.h"

class Store;

// What a placeholder import did (or, with problems, would not do).
struct PlaceholderImportResult
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QVector<PlaceholderCsv::Problem> problems;
};

// Applies a placeholder file (PlaceholderCsv: the vendor's layouts) to the store. Owners are
// found by name: a template by its name (or, failing that, the one template of the model the
// name spells, "Audiocodes_430HD"), a region by its name, a device by its MAC. A value of the
// same owner and name is updated, a new one added; nothing is deleted. All lines or none: with
// any problem (a bad line of the file, an owner that does not exist or that the administrator
// may not change) nothing is written and every bad line is reported.
namespace PlaceholderImporter {
// Call inside a transaction; returns StoreError::Code::Invalid when result->problems is not
// empty, so that the caller rolls back.
StoreError apply(Store& store, const PlaceholderCsv& file, const Admin& admin, PlaceholderImportResult* result);
// The values of one level the administrator may see, as rows of its file (owners by name).
StoreResult<QVector<PlaceholderCsv::Row>> exportRows(Store& store, PlaceholderLevel level, const Admin& admin);
} // namespace PlaceholderImporter
