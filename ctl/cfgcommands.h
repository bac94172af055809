#pragma once

#include <QStringList>

class QTextStream;

// phonefleetctl cfg check / cfg format.
namespace CfgCommands {
// cfg check [--json] [--template] FILE...  (FILE "-" reads standard input)
// Exit status: 0 clean or warnings only, 1 errors, 2 unreadable input or bad usage.
int check(const QStringList& arguments, QTextStream& out, QTextStream& err);

// cfg format [--check | --in-place] FILE...
// Prints the normalised file; --check exits 1 when a file would change; --in-place rewrites
// files atomically. Exit status 2 for unreadable or binary input.
int format(const QStringList& arguments, QTextStream& out, QTextStream& err);

// The largest file the commands read.
constexpr qint64 maxFileSize = 512LL * 1024 * 1024;
} // namespace CfgCommands
