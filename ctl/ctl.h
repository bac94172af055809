#pragma once

#include <QStringList>

class QTextStream;

// The phonefleetctl command line: dispatches "phonefleetctl GROUP COMMAND ..." to the commands.
namespace Ctl {
// arguments without the program name. Returns the exit status.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
QString usage();
} // namespace Ctl
