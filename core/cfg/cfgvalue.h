#pragma once

#include <QStringView>

// What may stand in a cfg file's value. A cfg file is read line by line (by the phone, by its
// web admin, by log viewers and editors), so a value holds no line break of any kind: LF, CR,
// and those Unicode adds (NEL U+0085, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029, and the
// vertical tab and form feed that some readers break on). Placeholder values, overwrite values,
// CSV cells and built-ins (a user's display name) are refused or left out when they hold one.
namespace CfgValue {
bool hasLineBreak(QStringView text);
} // namespace CfgValue
