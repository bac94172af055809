#pragma once

#include <QByteArray>

class CfgDocument;

// The normal form of a cfg file: no BOM, LF endings, no blanks around keys, values, '=' or
// include targets, comments trimmed, no blank lines at the end, a final newline. Encrypted
// values and the text of lines it cannot classify are kept as they are, only trimmed.
namespace CfgFormatter {
QByteArray format(const CfgDocument& document);
}
