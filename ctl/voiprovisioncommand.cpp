#include "voiprovisioncommand.h"

#include "commandline.h"
#include "voiprovision.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace VoIProvisionCommand {
int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("VoIProvision: one cfg file per CSV line. The CSV's first line lists the tags; each tag found "
                       "in a template value is replaced by the line's value. Bad lines are reported and skipped; exit "
                       "status 1 when there were any, 2 when nothing could be done."));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("The phones: tags, then one line per phone."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption templ(QStringLiteral("template"), QStringLiteral("The cfg template."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption nameTag(QStringLiteral("name-tag"),
                                     QStringLiteral("The tag whose value names each file (such as mac)."),
                                     QStringLiteral("TAG"));
    const QCommandLineOption outDir(QStringLiteral("out"), QStringLiteral("Folder for the files (created if missing)."),
                                    QStringLiteral("DIR"));
    parser.addOptions({csv, templ, nameTag, outDir});
    int status = 0;
    if (!CommandLine::parse(parser, QStringLiteral("phonefleetctl voiprovision"), arguments,
                            {&csv, &templ, &nameTag, &outDir}, out, err, &status)) {
        return status;
    }
    QByteArray csvData;
    QByteArray templData;
    QString readError;
    if (!CommandLine::readFile(parser.value(csv), &csvData, &readError)
        || !CommandLine::readFile(parser.value(templ), &templData, &readError)) {
        err << "phonefleetctl voiprovision: " << readError << "\n";
        return 2;
    }
    VoIProvision::Result result;
    QString error;
    if (!VoIProvision::generate(csvData, templData, parser.value(nameTag), &result, &error)) {
        err << "phonefleetctl voiprovision: " << parser.value(csv) << ": " << error << "\n";
        return 2;
    }
    const QDir dir(parser.value(outDir));
    if (!QDir().mkpath(dir.path())) {
        err << "phonefleetctl voiprovision: cannot create " << dir.path() << "\n";
        return 2;
    }
    status = result.problems.isEmpty() ? 0 : 1;
    for (const VoIProvision::Problem& p : result.problems) {
        err << parser.value(csv) << ":" << p.line << ": error: " << p.message << " (line skipped)\n";
    }
    int written = 0;
    for (const VoIProvision::File& f : result.files) {
        QSaveFile file(dir.filePath(f.fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(f.content) != f.content.size() || !file.commit()) {
            err << parser.value(csv) << ":" << f.line << ": error: cannot write " << file.fileName() << ": "
                << file.errorString() << "\n";
            status = 2;
            continue;
        }
        ++written;
    }
    out << written << " file(s) written to " << dir.path() << ", " << result.problems.size() << " line(s) skipped\n";
    return status;
}
} // namespace VoIProvisionCommand
