#pragma once

#include "phonetemplate.h"

#include <QString>
#include <QVector>

// Who a template's file names belong to (docs/server.md, "Who can get what"). A device file holds
// one phone's SIP credentials, so its name must hold %ITCS_mac%: a file made for one phone is
// never named so that another file, or another phone, could share it. A global file belongs to
// the template's region (or to the system, for a system-wide template): a name that a template of
// another region, a system-wide template or a shipped default uses is refused, so that no region
// can rewrite what another region's phones include.
namespace TemplateFileNames {
// The device file's name as generation uses it (empty: "%ITCS_mac%.cfg").
QString deviceFileName(const PhoneTemplate& t);
// What is wrong with the template's own names, or empty: the device file name lacks %ITCS_mac%,
// the global file name holds it, or both are the same.
QString ownProblem(const PhoneTemplate& t);
// What is wrong with t's global file name given the other templates (stored ones; t itself, by
// id, is skipped) and the shipped defaults, or empty.
QString globalNameConflict(const PhoneTemplate& t, const QVector<PhoneTemplate>& others);
// The global file names of the shipped default templates (read once).
const QStringList& shippedGlobalNames();

// Gives t's global file a name of its region's own ("Audiocodes_430HD_global.cfg" in region
// "Lyon 2" becomes "Audiocodes_430HD_global_Lyon_2.cfg") and makes the device file's include
// lines follow. What a template copied into a region from a shared one gets.
void scopeToRegion(PhoneTemplate* t, const QString& regionName);
} // namespace TemplateFileNames
