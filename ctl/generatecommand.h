#pragma once

#include <QStringList>

class QTextStream;

// phonefleetctl generate: the cfg files of every approved phone, from a database, into a folder.
namespace GenerateCommand {
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
}
