#pragma once

#include "phonetemplate.h"

#include <QStringList>

// The templates PhoneFleet ships (resources/templates/audiocodes_<MODEL>.xml): what a region
// without its own template gives a phone of that model, and what "restore to default" restores.
namespace DefaultTemplates {
// "405HD", "430HD", "440HD", "445HD", "450HD", "C450HD".
QStringList models();
// False when none is shipped for the model (spellings as PhoneModels::normalise accepts).
bool forModel(const QString& model, PhoneTemplate* out);
} // namespace DefaultTemplates
