#pragma once

#include <QIcon>
#include <QString>

// The icon of an action by its freedesktop.org icon-theme name ("list-add", "edit-delete"): the
// desktop's theme where there is one (Linux), else one of the style's own standard icons, so
// that on Windows, macOS or a bare X server every toolbar action still has an icon and the
// compact toolbar (icons alone) really is compact.
namespace ActionIcons {
QIcon themed(const QString& name);
} // namespace ActionIcons
