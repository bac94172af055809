#include "vendorcommands.h"

#include "commandline.h"
#include "serverconnection.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QUrlQuery>

namespace {
// Text from the bundle as it may be printed on a terminal: control characters (an escape
// sequence could hide a "skipped" line) and bidirectional overrides shown as '?'.
QString printable(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u < 0xA0) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)) {
            c = u'?';
        }
    }
    return text;
}

// "  create   template        Audiocodes_430HD_Paris   description" (skips go to err, as
// FILE:LINE: messages, so that an editor or a CI log points at them).
void printSteps(const QJsonArray& steps, bool all, const QString& bundle, QTextStream& out, QTextStream& err)
{
    for (const QJsonValue& v : steps) {
        const QJsonObject s = v.toObject();
        const QString action = s.value(QStringLiteral("action")).toString();
        const QString kind = printable(s.value(QStringLiteral("kind")).toString());
        const QString name = printable(s.value(QStringLiteral("name")).toString());
        const QString detail = printable(s.value(QStringLiteral("detail")).toString());
        if (action == QLatin1String("skip")) {
            const int line = s.value(QStringLiteral("line")).toInt();
            err << bundle << "/" << printable(s.value(QStringLiteral("file")).toString())
                << (line > 0 ? QStringLiteral(":%1").arg(line) : QString()) << ": skipped " << kind << " '" << name
                << "': " << detail << "\n";
            continue;
        }
        if (action == QLatin1String("unchanged") && !all) {
            continue;
        }
        out << "  " << action.leftJustified(10) << kind.leftJustified(16) << name
            << (detail.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(detail)) << "\n";
    }
}
} // namespace

namespace VendorCommands {
int importBundle(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl import vendor-export");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports the vendor's configuration export (the zip of Templates.zip, Tenants.zip, Sites.zip, "
        "Template_Placeholders.csv, Tenant_Placeholders.csv, Site_Placeholders.csv and System_Settings.csv) in one "
        "transaction: tenants become regions with their overrides, templates keep the vendor's names, regions and "
        "default marks, placeholder values go to their level. What cannot be imported is printed as "
        "FILE:LINE: skipped ... and the rest is imported. Run with --dry-run first to see every step."));
    parser.addPositionalArgument(QStringLiteral("FILE.zip"), QStringLiteral("The vendor's export."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Show what would be done; change nothing."));
    const QCommandLineOption tenantMap(
        QStringLiteral("tenant-map"),
        QStringLiteral("The tenant a TENANT_ID of Templates.csv is (Tenants.csv lists names, not ids); repeatable."),
        QStringLiteral("ID=NAME"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Also list what stays unchanged."));
    parser.addOptions({dryRun, tenantMap, all});
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    QString path;
    QByteArray data;
    if (!CommandLine::readOneFile(parser, command, QStringLiteral("FILE.zip"), &path, &data, err)) {
        return 2;
    }
    QUrlQuery query;
    if (parser.isSet(dryRun)) {
        query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("true"));
    }
    if (parser.isSet(tenantMap)) {
        query.addQueryItem(QStringLiteral("tenantMap"), parser.values(tenantMap).join(u','));
    }
    const ApiReply r = connection.call("POST", QStringLiteral("import/vendor-export"), query, data, "application/zip");
    if (!r.ok()) {
        return ServerConnection::failed(command, r, err);
    }
    printSteps(r.json.value(QStringLiteral("steps")).toArray(), parser.isSet(all), path, out, err);
    if (const int leftOut = r.json.value(QStringLiteral("stepsLeftOut")).toInt(); leftOut > 0) {
        err << command << ": " << leftOut << " more step(s) not listed\n";
    }
    const auto n = [&](const char* key) { return r.json.value(QLatin1String(key)).toInt(); };
    const QJsonArray unmapped = r.json.value(QStringLiteral("unmappedTenantIds")).toArray();
    if (!unmapped.isEmpty()) {
        QStringList ids;
        for (const QJsonValue& id : unmapped) {
            ids.append(printable(id.toString()));
        }
        err << command << ": TENANT_ID " << ids.join(QStringLiteral(", "))
            << " of Templates.csv name(s) no tenant: give --tenant-map ID=NAME for each\n";
    }
    out << (parser.isSet(dryRun) ? "dry run, nothing changed: would create " : "imported: created ") << n("created")
        << ", " << (parser.isSet(dryRun) ? "change " : "changed ") << n("changed") << ", " << n("unchanged")
        << " unchanged, " << n("skipped") << " skipped\n";
    return 0;
}

int exportBundle(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl export vendor-export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Exports the server's configuration as the vendor's configuration export (regions as tenants, "
                       "templates, their placeholder values, region and system values), which import vendor-export "
                       "and the vendor's server take back."));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Write to FILE (atomically), not stdout."),
                                     QStringLiteral("FILE"));
    parser.addOption(outFile);
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    const ApiReply r = connection.call("GET", QStringLiteral("export/vendor-export"));
    if (!r.ok()) {
        return ServerConnection::failed(command, r, err);
    }
    out.flush();
    QString error;
    if (!CommandLine::writeOutput(parser.value(outFile), r.body, &error)) {
        err << command << ": " << error << "\n";
        return 2;
    }
    if (parser.isSet(outFile)) {
        err << command << ": wrote " << r.body.size() << " bytes to " << parser.value(outFile) << "\n";
    }
    return 0;
}
} // namespace VendorCommands
