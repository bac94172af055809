#pragma once

#include <QStringList>

class QTextStream;

// phonefleetctl dhcp-option160: the Option 160 strings to paste into a DHCP server, or the
// dhcpoption160.cfg system file.
namespace Option160Command {
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
}
