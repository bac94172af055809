#pragma once

#include <QStringList>
#include <QTextStream>

// phonefleetctl import placeholders / export placeholders: placeholder values as the vendor's
// CSV files (PlaceholderCsv), against a server.
namespace PlaceholderCommands {
int importFile(const QStringList& arguments, QTextStream& out, QTextStream& err);
int exportFile(const QStringList& arguments, QTextStream& out, QTextStream& err);
} // namespace PlaceholderCommands
