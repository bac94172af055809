#include "generatecommand.h"

#include "commandline.h"
#include "generator.h"
#include "store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

namespace GenerateCommand {
int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Generates the cfg files of every approved phone and each template's global file into DIR and "
                       "the database, rendering only phones whose inputs changed since the last run. Exit status 1 "
                       "when some phones got no file or kept unresolved placeholders, 2 when nothing could be done."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("sqlite:PATH or postgresql://USER@HOST:PORT/DB (password from "
                                                     "PGPASSWORD)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption outDir(QStringLiteral("out"), QStringLiteral("The provisioning folder."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Address phones reach the server at (%ITCS_ServerIP%)."),
                                    QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption http(QStringLiteral("http"), QStringLiteral("%ITCS_HTTP_OR_S% is http."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Render every phone, changed or not."));
    parser.addOptions({database, outDir, server, http, force});
    int status = 0;
    if (!CommandLine::parse(parser, QStringLiteral("phonefleetctl generate"), arguments, {&database, &outDir, &server},
                            out, err, &status)) {
        return status;
    }
    QString error;
    const StoreUrl url = StoreUrl::parse(parser.value(database), &error);
    if (!url.isValid()) {
        err << "phonefleetctl generate: --database: " << error << "\n";
        return 2;
    }
    Store store;
    if (StoreError e = store.open(url, qEnvironmentVariable("PGPASSWORD")); e.isError()) {
        err << "phonefleetctl generate: " << e.message << "\n";
        return 2;
    }
    ServerContext context;
    context.serverAddress = parser.value(server);
    context.https = !parser.isSet(http);
    if (auto firmware = store.firmwareFiles().list()) {
        for (const FirmwareFile& f : firmware.value()) {
            context.firmwareFiles.insert(f.model, f.fileName);
        }
    }
    QElapsedTimer timer;
    timer.start();
    const StoreResult<GenerationReport> report =
        Generator(store, parser.value(outDir), context).run(parser.isSet(force));
    if (!report) {
        err << "phonefleetctl generate: " << report.error().message << "\n";
        return 2;
    }
    for (const GenerationReport::Problem& p : report->problems) {
        err << "phonefleetctl generate: " << p.subject << ": " << p.message << "\n";
    }
    for (const QString& u : report->unresolved) {
        err << "phonefleetctl generate: unresolved: " << u << "\n";
    }
    out << report->devices << " phone(s): " << report->rendered << " rendered, " << report->written << " written, "
        << report->unchanged << " unchanged; " << report->globalFiles << " global file(s) written; "
        << report->problems.size() << " without a file; " << timer.elapsed() << " ms\n";
    return report->problems.isEmpty() && report->unresolved.isEmpty() ? 0 : 1;
}
} // namespace GenerateCommand
