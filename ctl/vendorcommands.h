#pragma once

#include <QStringList>

class QTextStream;

// phonefleetctl import|export vendor-export: the vendor's whole configuration export (one zip of
// templates, tenants, sites, placeholder values and system settings) against a server.
namespace VendorCommands {
int importBundle(const QStringList& arguments, QTextStream& out, QTextStream& err);
int exportBundle(const QStringList& arguments, QTextStream& out, QTextStream& err);
} // namespace VendorCommands
