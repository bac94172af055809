#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

// The prologue every phonefleetctl command shares.
namespace CommandLine {
// Parses "phonefleetctl <command> ARGS" with parser (which gets a --help option here). Returns
// true when the command should go on; otherwise *status is the exit status: 0 after printing
// --help, 2 after saying what is wrong (a parse error or a missing required option).
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
           const QList<const QCommandLineOption*>& required, QTextStream& out, QTextStream& err, int* status);
// Reads a whole file; false with "PATH: cannot read: reason" in *error.
bool readFile(const QString& path, QByteArray* data, QString* error);
// The one FILE a command imports: its path and bytes. False after saying in err what is wrong
// ("give one FILE.csv", "PATH: cannot read: reason"); the exit status is then 2.
bool readOneFile(const QCommandLineParser& parser, const QString& command, const QString& what, QString* path,
                 QByteArray* data, QTextStream& err);
// Writes what a command exports: to path atomically (QSaveFile), or to standard output when path
// is empty. False with "PATH: reason" in *error.
bool writeOutput(const QString& path, const QByteArray& data, QString* error);
} // namespace CommandLine
