#include "fleetcommands.h"

#include "commandline.h"
#include "devicefilter.h"
#include "serverconnection.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace {
QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// "2026-12-01T07:00:01.250Z" as "2026-12-01 07:00:01" (UTC), or "-".
QString when(const QJsonObject& o, const char* key)
{
    const QDateTime t = QDateTime::fromString(text(o, key), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

void printJson(QTextStream& out, const QJsonArray& items)
{
    out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
}
} // namespace

namespace FleetCommands {
int importUsers(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl import users");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Imports the users+devices CSV (the vendor's format: Name,Password,Display Name,Region,"
                       "Device 1 ...). All lines or none: with any bad line nothing is imported and every bad "
                       "line is printed as FILE:LINE: message."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), QStringLiteral("The file."));
    const QCommandLineOption createRegions(QStringLiteral("create-regions"),
                                           QStringLiteral("Add the regions the file names that do not exist yet."));
    parser.addOption(createRegions);
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
    QUrlQuery query;
    if (parser.isSet(createRegions)) {
        query.addQueryItem(QStringLiteral("createRegions"), QStringLiteral("true"));
    }
    const ApiReply r = connection.call("POST", QStringLiteral("import/users"), query, data, "text/csv");
    if (r.status == 422) {
        for (const QJsonValue& v : r.json.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject e = v.toObject();
            err << path << ":" << e.value(QStringLiteral("line")).toInt() << ": " << text(e, "message") << "\n";
        }
        err << command << ": " << r.error << "\n";
        return 1;
    }
    if (!r.ok()) {
        return ServerConnection::failed(command, r, err);
    }
    for (const QJsonValue& v : r.json.value(QStringLiteral("warnings")).toArray()) {
        const QJsonObject w = v.toObject();
        err << path << ":" << w.value(QStringLiteral("line")).toInt() << ": warning: " << text(w, "message") << "\n";
    }
    const auto n = [&](const char* key) { return r.json.value(QLatin1String(key)).toInt(); };
    out << "imported " << n("imported") << " user(s): " << n("usersAdded") << " added, " << n("usersUpdated")
        << " updated; device(s): " << n("devicesAdded") << " added, " << n("devicesUpdated") << " updated";
    if (n("regionsAdded") > 0) {
        out << "; " << n("regionsAdded") << " region(s) added";
    }
    out << "\n";
    return 0;
}

int exportUsers(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl export users");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Exports the users and devices you may see as the users+devices CSV (UTF-8 with BOM; "
                       "passwords are never exported; formula-like cells are neutralised)."));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Write to FILE (atomically), not stdout."),
                                     QStringLiteral("FILE"));
    parser.addOption(outFile);
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    const ApiReply r = connection.call("GET", QStringLiteral("export/users"));
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
    err << command << ": wrote " << r.body.count('\n') - 1 << " user(s) to " << parser.value(outFile) << "\n";
    return 0;
}

int devices(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl devices");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists phones, as Devices Status does. Filters: q, user, phoneNumber, mac, ip, model, firmware, "
                       "status (registered, not-registered, disconnected), approval (approved, pending), region, "
                       "multipleDevices; e.g. --filter status=disconnected,region=Paris."));
    const QCommandLineOption filter(QStringLiteral("filter"), QStringLiteral("KEY=VALUE[,KEY=VALUE...]"),
                                    QStringLiteral("FILTERS"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the phones as JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N phones."), QStringLiteral("N"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  QStringLiteral("Sort by mac, model, ip, firmware, status, lastReport, ..."),
                                  QStringLiteral("FIELD"));
    const QCommandLineOption descending(QStringLiteral("desc"), QStringLiteral("Sort in descending order."));
    parser.addOptions({filter, json, limit, sort, descending});
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    DeviceFilter f;
    QString error;
    if (!DeviceFilter::fromText(parser.value(filter), &f, &error)) {
        err << command << ": --filter: " << error << "\n";
        return 2;
    }
    QUrlQuery query;
    for (const auto& [key, value] : f.toPairs()) {
        query.addQueryItem(key, value);
    }
    if (parser.isSet(sort)) {
        query.addQueryItem(QStringLiteral("sort"), parser.value(sort));
    }
    if (parser.isSet(descending)) {
        query.addQueryItem(QStringLiteral("order"), QStringLiteral("desc"));
    }
    qint64 max = -1;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toLongLong(&ok);
        if (!ok || max < 1) {
            err << command << ": --limit: '" << parser.value(limit) << "' is not a positive number\n";
            return 2;
        }
    }
    QJsonArray items;
    if (!connection.collect(QStringLiteral("devices"), query, &items, &error, max)) {
        err << command << ": " << error << "\n";
        return 1;
    }
    if (parser.isSet(json)) {
        printJson(out, items);
        return 0;
    }
    TextTable table({QStringLiteral("MAC"), QStringLiteral("MODEL"), QStringLiteral("STATUS"), QStringLiteral("IP"),
                     QStringLiteral("FIRMWARE"), QStringLiteral("USER"), QStringLiteral("REGION"),
                     QStringLiteral("APPROVAL"), QStringLiteral("LAST REPORT (UTC)")});
    for (const QJsonValue& v : items) {
        const QJsonObject d = v.toObject();
        table.add({text(d, "mac"), text(d, "model"), text(d, "status"), text(d, "ipAddress"),
                   text(d, "firmwareVersion"),
                   text(d, "userName").isEmpty() ? text(d, "reportedUser") : text(d, "userName"), text(d, "regionName"),
                   text(d, "approval"), when(d, "lastReport")});
    }
    table.print(out);
    err << items.size() << " phone(s)\n";
    return 0;
}

int alarms(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl alarms");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists the active alarms phones raised (newest first)."));
    const QCommandLineOption history(QStringLiteral("history"), QStringLiteral("Cleared alarms instead."));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Active and cleared alarms."));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Part of the name, MAC or IP."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the alarms as JSON."));
    parser.addOptions({history, all, search, json});
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("state"),
                       parser.isSet(all)           ? QStringLiteral("all")
                           : parser.isSet(history) ? QStringLiteral("cleared")
                                                   : QStringLiteral("active"));
    if (parser.isSet(search)) {
        query.addQueryItem(QStringLiteral("q"), parser.value(search));
    }
    QJsonArray items;
    QString error;
    if (!connection.collect(QStringLiteral("alarms"), query, &items, &error)) {
        err << command << ": " << error << "\n";
        return 1;
    }
    if (parser.isSet(json)) {
        printJson(out, items);
        return 0;
    }
    TextTable table({QStringLiteral("RAISED (UTC)"), QStringLiteral("SEVERITY"), QStringLiteral("NAME"),
                     QStringLiteral("MAC"), QStringLiteral("IP"), QStringLiteral("CLEARED (UTC)"),
                     QStringLiteral("DESCRIPTION")});
    for (const QJsonValue& v : items) {
        const QJsonObject a = v.toObject();
        table.add({when(a, "raisedAt"), text(a, "severity"), text(a, "name"), text(a, "sourceMac"),
                   text(a, "ipAddress"), when(a, "clearedAt"), text(a, "description")});
    }
    table.print(out);
    err << items.size() << " alarm(s)\n";
    return 0;
}

int logs(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl logs");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the last entries of the web-admin log (what administrators did; the default) or of the "
                       "activity log (phones and the server), oldest first."));
    const QCommandLineOption webAdmin(QStringLiteral("web-admin"), QStringLiteral("The web-admin log (default)."));
    const QCommandLineOption activity(QStringLiteral("activity"), QStringLiteral("The activity log."));
    const QCommandLineOption last(QStringLiteral("last"),
                                  QStringLiteral("The last N entries (default 100, at most 10000)."),
                                  QStringLiteral("N"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   QStringLiteral("ERROR, WARN, INFO, DEBUG or VERBOSE: that level and more severe."),
                                   QStringLiteral("LEVEL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the entries as JSON."));
    parser.addOptions({webAdmin, activity, last, level, json});
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    if (parser.isSet(webAdmin) && parser.isSet(activity)) {
        err << command << ": --web-admin or --activity, not both\n";
        return 2;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("kind"),
                       parser.isSet(activity) ? QStringLiteral("activity") : QStringLiteral("web-admin"));
    query.addQueryItem(QStringLiteral("last"), parser.isSet(last) ? parser.value(last) : QStringLiteral("100"));
    if (parser.isSet(level)) {
        query.addQueryItem(QStringLiteral("level"), parser.value(level));
    }
    const ApiReply r = connection.call("GET", QStringLiteral("logs"), query);
    if (!r.ok()) {
        return ServerConnection::failed(command, r, err);
    }
    QJsonArray items = r.items();
    if (parser.isSet(json)) {
        printJson(out, items);
        return 0;
    }
    TextTable table({QStringLiteral("TIME (UTC)"), QStringLiteral("LEVEL"), QStringLiteral("ADMIN"),
                     QStringLiteral("FROM"), QStringLiteral("ACTION"), QStringLiteral("TARGET"),
                     QStringLiteral("DETAILS")});
    QVector<QJsonObject> entries;
    for (const QJsonValue& v : items) {
        entries.append(v.toObject());
    }
    std::reverse(entries.begin(), entries.end()); // the server gives the newest first
    for (const QJsonObject& e : entries) {
        table.add({when(e, "time"), text(e, "level"), text(e, "admin"), text(e, "source"), text(e, "action"),
                   text(e, "target"), text(e, "details")});
    }
    table.print(out);
    return 0;
}
} // namespace FleetCommands
