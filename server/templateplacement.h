#pragma once

#include "phonetemplate.h"
#include "storeerror.h"

#include <QVector>

class Store;

// The rules a template is stored under, wherever it comes from (the admin API, the vendor's
// configuration export): its file names (TemplateFileNames) against the other templates and the
// files already stored, and one default per region.
namespace TemplatePlacement {
// What is wrong with t's file names, or empty. others: every stored template, plus those about to
// be stored beside t (an import); t itself, by id, is skipped. mayScope: a regional template whose
// global file name is another scope's gets a name of its region's own instead of a refusal
// (regionName: its region's name).
StoreResult<QString> fileNameProblem(Store& store, PhoneTemplate* t, const QVector<PhoneTemplate>& others,
                                     bool mayScope, const QString& regionName);
// The region's other templates lose their default mark (t is stored, with its id).
StoreError keepOneDefault(Store& store, const PhoneTemplate& t);
} // namespace TemplatePlacement
