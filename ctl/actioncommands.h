#pragma once

#include <QStringList>

class QTextStream;

// phonefleetctl action ACTION ... and phonefleetctl job ID ...: bulk actions on phones through a
// phonefleetd (signed in as for the other server commands), and their progress: with --wait, a
// progress bar on a terminal (a line per change otherwise) until the job is done. Exit status 0
// when every phone got it (done, queued or delivered), 1 when some failed or the server refused,
// 2 when nothing could be asked.
namespace ActionCommands {
int action(const QStringList& arguments, QTextStream& out, QTextStream& err);
int job(const QStringList& arguments, QTextStream& out, QTextStream& err);
} // namespace ActionCommands
