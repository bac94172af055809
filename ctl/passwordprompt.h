#pragma once

#include <QString>

class QTextStream;

// Reads a password: from the terminal without echo when stdin is one (the prompt goes to err),
// else one line from stdin (scripts: printf '%s\n' "$PW" | phonefleetctl login ...).
namespace PasswordPrompt {
bool read(const QString& prompt, QTextStream& err, QString* password);
}
