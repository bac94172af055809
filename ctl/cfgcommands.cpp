#include "cfgcommands.h"

#include "cfgchecker.h"
#include "cfgdocument.h"
#include "cfgformatter.h"
#include "cfgreport.h"
#include "parametercatalogue.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace {
enum ExitCode { Clean = 0, Problems = 1, Unusable = 2 };

// Reads a whole file (or standard input for "-"); on failure returns false with a message.
bool readInput(const QString& name, QByteArray* data, QString* error)
{
    QFile file;
    const bool isStdin = name == QLatin1String("-");
    const bool opened =
        isStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QStringLiteral("cannot read: %1").arg(file.errorString());
        return false;
    }
    if (!isStdin && file.size() > CfgCommands::maxFileSize) {
        *error = QStringLiteral("file is %1 MiB; a cfg file over %2 MiB is not a phone configuration")
                     .arg(file.size() / (1024 * 1024))
                     .arg(CfgCommands::maxFileSize / (1024 * 1024));
        return false;
    }
    *data = file.read(CfgCommands::maxFileSize + 1);
    if (data->size() > CfgCommands::maxFileSize) {
        *error = QStringLiteral("input is over %1 MiB; a cfg file that large is not a phone configuration")
                     .arg(CfgCommands::maxFileSize / (1024 * 1024));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("cannot read: %1").arg(file.errorString());
        return false;
    }
    return true;
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command, QTextStream& err)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("cfg files to read; - for standard input"),
                                 QStringLiteral("FILE..."));
    parser.addHelpOption();
    if (!parser.parse(QStringList {command} + arguments)) {
        err << command << ": " << parser.errorText() << "\n";
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        return true;
    }
    if (parser.positionalArguments().isEmpty()) {
        err << command << ": no FILE given\n";
        return false;
    }
    return true;
}
} // namespace

namespace CfgCommands {
int check(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks phone cfg files: prints FILE:LINE:COL: severity: message [code] for each problem.\n"
                       "Exit status: 0 clean or warnings only, 1 errors, 2 unreadable input."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the diagnostics as JSON."));
    const QCommandLineOption templateMode(
        QStringLiteral("template"), QStringLiteral("The files are templates: %ITCS_...% placeholders are expected."));
    parser.addOptions({json, templateMode});
    if (!parse(parser, arguments, QStringLiteral("phonefleetctl cfg check"), err)) {
        return Unusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Clean;
    }

    CfgChecker::Options options;
    options.templateMode = parser.isSet(templateMode);
    const CfgChecker checker(ParameterCatalogue::builtin());
    int status = Clean;
    QJsonArray files;
    for (const QString& name : parser.positionalArguments()) {
        QByteArray data;
        QString error;
        if (!readInput(name, &data, &error)) {
            status = Unusable;
            if (parser.isSet(json)) {
                files.append(QJsonObject {{QStringLiteral("file"), name}, {QStringLiteral("error"), error}});
            } else {
                err << name << ": error: " << error << "\n";
            }
            continue;
        }
        const QVector<CfgDiagnostic> diagnostics = checker.check(CfgDocument::parse(data), options);
        if (CfgReport::hasErrors(diagnostics) && status == Clean) {
            status = Problems;
        }
        if (parser.isSet(json)) {
            files.append(CfgReport::toJson(name, diagnostics));
        } else {
            out << CfgReport::toText(name, diagnostics);
        }
    }
    if (parser.isSet(json)) {
        out << QJsonDocument(QJsonObject {{QStringLiteral("files"), files}}).toJson(QJsonDocument::Indented);
    }
    return status;
}

int format(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints a cfg file in normal form: no BOM, LF line endings, no blanks around keys, '=' and "
                       "values, a final newline."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Print nothing; exit 1 if a file is not in normal form."));
    const QCommandLineOption inPlace({QStringLiteral("i"), QStringLiteral("in-place")},
                                     QStringLiteral("Rewrite the files in normal form."));
    parser.addOptions({check, inPlace});
    if (!parse(parser, arguments, QStringLiteral("phonefleetctl cfg format"), err)) {
        return Unusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Clean;
    }
    const QStringList names = parser.positionalArguments();
    if (parser.isSet(check) && parser.isSet(inPlace)) {
        err << "phonefleetctl cfg format: --check and --in-place exclude each other\n";
        return Unusable;
    }
    if (!parser.isSet(check) && !parser.isSet(inPlace) && names.size() > 1) {
        err << "phonefleetctl cfg format: give one FILE to print, or use --check or --in-place for several\n";
        return Unusable;
    }
    if (parser.isSet(inPlace) && names.contains(QStringLiteral("-"))) {
        err << "phonefleetctl cfg format: --in-place cannot rewrite standard input\n";
        return Unusable;
    }

    const CfgChecker checker(ParameterCatalogue::builtin());
    int status = Clean;
    for (const QString& name : names) {
        QByteArray data;
        QString error;
        if (!readInput(name, &data, &error)) {
            err << name << ": error: " << error << "\n";
            status = Unusable;
            continue;
        }
        const CfgDocument document = CfgDocument::parse(data);
        CfgChecker::Options options;
        options.maxDiagnostics = 1;
        const QVector<CfgDiagnostic> first = checker.check(document, options);
        if (!first.isEmpty() && first.first().code == QLatin1String("binary")) {
            err << name << ": error: " << first.first().message << "; not formatted\n";
            status = Unusable;
            continue;
        }
        const QByteArray formatted = CfgFormatter::format(document);
        if (parser.isSet(check)) {
            if (formatted != data) {
                out << name << ": not in normal form\n";
                status = qMax(status, static_cast<int>(Problems));
            }
        } else if (parser.isSet(inPlace)) {
            if (formatted == data) {
                continue;
            }
            QSaveFile file(name);
            if (!file.open(QIODevice::WriteOnly) || file.write(formatted) != formatted.size() || !file.commit()) {
                err << name << ": error: cannot write: " << file.errorString() << "\n";
                status = Unusable;
            }
        } else {
            out.flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(formatted) != formatted.size()) {
                err << "phonefleetctl cfg format: cannot write to standard output\n";
                status = Unusable;
            }
        }
    }
    return status;
}
} // namespace CfgCommands
