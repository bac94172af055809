#include "placeholdercommands.h"

#include "commandline.h"
#include "serverconnection.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QUrlQuery>

namespace {
const char* const layouts = "DEF_KEY,DEF_VAL,DESCRIPTION,MODEL (template values), TENANT_KEY,TENANT_VAL,TENANT_ID "
                            "(region values), SITE_KEY,SITE_VAL,SITE_ID (site values), KEY,VAL (system values) or "
                            "DEVICE_KEY,DEVICE_VAL,DEVICE_MAC (phone values)";
} // namespace

namespace PlaceholderCommands {
int importFile(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl import placeholders");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Imports placeholder values from the vendor's CSV layouts: %1. Values of the same owner and "
                       "name are updated, new ones added. All lines or none: with any bad line nothing is imported "
                       "and every bad line is printed as FILE:LINE: message.")
            .arg(QLatin1String(layouts)));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), QStringLiteral("The file."));
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    QString path;
    QByteArray data;
    if (!CommandLine::readOneFile(parser, command, QStringLiteral("FILE.csv"), &path, &data, err)) {
        return 2;
    }
    const ApiReply r = connection.call("POST", QStringLiteral("import/placeholders"), {}, data, "text/csv");
    if (r.status == 422) {
        for (const QJsonValue& v : r.json.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject e = v.toObject();
            err << path << ":" << e.value(QStringLiteral("line")).toInt() << ": "
                << e.value(QStringLiteral("message")).toString() << "\n";
        }
        err << command << ": " << r.error << "\n";
        return 1;
    }
    if (!r.ok()) {
        return ServerConnection::failed(command, r, err);
    }
    const auto n = [&](const char* key) { return r.json.value(QLatin1String(key)).toInt(); };
    out << "imported " << n("imported") << " " << r.json.value(QStringLiteral("level")).toString()
        << " value(s): " << n("added") << " added, " << n("updated") << " changed, " << n("unchanged")
        << " unchanged\n";
    return 0;
}

int exportFile(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl export placeholders");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Exports the placeholder values of one level that you may see, in the vendor's CSV layout "
                       "(%1).")
            .arg(QLatin1String(layouts)));
    const QCommandLineOption level(QStringLiteral("level"), QStringLiteral("system, template, region, site or device."),
                                   QStringLiteral("LEVEL"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Write to FILE (atomically), not stdout."),
                                     QStringLiteral("FILE"));
    parser.addOptions({level, outFile});
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    if (!parser.isSet(level)) {
        err << command << ": give --level system, template, region, site or device\n";
        return 2;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("level"), parser.value(level));
    const ApiReply r = connection.call("GET", QStringLiteral("export/placeholders"), query);
    if (!r.ok()) {
        return ServerConnection::failed(command, r, err);
    }
    out.flush();
    QString error;
    if (!CommandLine::writeOutput(parser.value(outFile), r.body, &error)) {
        err << command << ": " << error << "\n";
        return 2;
    }
    if (!parser.isSet(outFile)) {
        return 0;
    }
    err << command << ": wrote " << r.body.count('\n') - 1 << " value(s) to " << parser.value(outFile) << "\n";
    return 0;
}
} // namespace PlaceholderCommands
