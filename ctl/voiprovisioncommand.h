#pragma once

#include <QStringList>

class QTextStream;

// phonefleetctl voiprovision --csv FILE --template FILE --name-tag TAG --out DIR
namespace VoIProvisionCommand {
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
}
