#include "cfgvalue.h"

namespace CfgValue {
bool hasLineBreak(QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\n':
        case u'\r':
        case u'\v':
        case u'\f':
        case 0x0085:
        case 0x2028:
        case 0x2029:
            return true;
        default:
            break;
        }
    }
    return false;
}
} // namespace CfgValue
