#include "commandline.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace CommandLine {
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
           const QList<const QCommandLineOption*>& required, QTextStream& out, QTextStream& err, int* status)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList {command} + arguments)) {
        err << command << ": " << parser.errorText() << "\n";
        *status = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *status = 0;
        return false;
    }
    for (const QCommandLineOption* option : required) {
        if (!parser.isSet(*option) || parser.value(*option).trimmed().isEmpty()) {
            err << command << ": --" << option->names().first() << " is required\n";
            *status = 2;
            return false;
        }
    }
    return true;
}
bool readFile(const QString& path, QByteArray* data, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

bool readOneFile(const QCommandLineParser& parser, const QString& command, const QString& what, QString* path,
                 QByteArray* data, QTextStream& err)
{
    if (parser.positionalArguments().size() != 1) {
        err << command << ": give one " << what << "\n";
        return false;
    }
    *path = parser.positionalArguments().first();
    QString error;
    if (!readFile(*path, data, &error)) {
        err << command << ": " << error << "\n";
        return false;
    }
    return true;
}

bool writeOutput(const QString& path, const QByteArray& data, QString* error)
{
    if (path.isEmpty()) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size()
            || !stdoutFile.flush()) {
            *error = QStringLiteral("cannot write to standard output");
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace CommandLine
