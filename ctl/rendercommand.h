#pragma once

#include <QStringList>

class QTextStream;

// phonefleetctl render: one device's cfg file (or the global file) from a template.
namespace RenderCommand {
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
}
