#include "actioncommands.h"

#include "devicefilter.h"
#include "macaddress.h"
#include "phoneaction.h"
#include "serverconnection.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define PHONEFLEET_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define PHONEFLEET_ISATTY(fd) isatty(fd)
#endif

namespace {
QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

int count(const QJsonObject& job, const char* outcome)
{
    return job.value(QStringLiteral("counts")).toObject().value(QLatin1String(outcome)).toInt();
}

QString progressLine(const QJsonObject& job, bool bar)
{
    const int total = count(job, "total");
    const int finished = total - count(job, "pending") - count(job, "sending");
    QString line;
    if (bar) {
        constexpr int width = 30;
        const int filled = total == 0 ? width : width * finished / total;
        line = u'[' + QString(filled, u'#') + QString(width - filled, u'.') + QStringLiteral("] ");
    }
    return line
        + QStringLiteral("%1/%2: %3 done, %4 queued, %5 delivered, %6 failed, %7 skipped, %8 cancelled (%9)")
              .arg(finished)
              .arg(total)
              .arg(count(job, "done"))
              .arg(count(job, "queued"))
              .arg(count(job, "delivered"))
              .arg(count(job, "failed"))
              .arg(count(job, "skipped"))
              .arg(count(job, "cancelled"))
              .arg(text(job, "state"));
}

// How the job goes through its phones, from its pacing: "pacing: batches of 100, 60 s apart,
// at most 10 % of each region's phones a batch".
QString pacingLine(const QJsonObject& job)
{
    const QJsonObject p = job.value(QStringLiteral("pacing")).toObject();
    PhoneAction action;
    if (p.isEmpty() || !PhoneAction::kindFromName(text(job, "action"), &action.kind)) {
        return {};
    }
    QString line;
    if (action.restartsPhones()) {
        line = QStringLiteral("batches of %1, %2 s apart")
                   .arg(p.value(QStringLiteral("batchSize")).toInt())
                   .arg(p.value(QStringLiteral("batchPauseMs")).toInt() / 1000);
        const int share = p.value(QStringLiteral("maxRegionPercent")).toInt(100);
        if (share < 100) {
            line += QStringLiteral(", at most %1 % of each region's phones a batch").arg(share);
        }
    } else if (p.value(QStringLiteral("delayMs")).toInt() > 0) {
        line = QStringLiteral("%1 ms between two phones").arg(p.value(QStringLiteral("delayMs")).toInt());
    } else {
        line = QStringLiteral("%1 phone(s) at once").arg(p.value(QStringLiteral("concurrency")).toInt());
    }
    return QStringLiteral("pacing: ") + line;
}

bool sleepMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return true;
}

// Waits for the job to end, showing its progress; the exit status.
int waitFor(ServerConnection& connection, qint64 id, const QString& command, QTextStream& out, QTextStream& err)
{
    const bool terminal = PHONEFLEET_ISATTY(fileno(stderr)) != 0;
    QString last;
    for (;;) {
        const ApiReply r = connection.call("GET", QStringLiteral("jobs/%1").arg(id));
        if (!r.ok()) {
            err << (terminal ? "\n" : "") << command << ": " << r.error << "\n";
            return r.status == 0 ? 2 : 1;
        }
        const QString line = progressLine(r.json, terminal);
        const QString state = text(r.json, "state");
        if (terminal) {
            err << '\r' << line;
            err.flush();
        } else if (line != last) {
            err << line << "\n";
            err.flush();
        }
        last = line;
        if (state == QLatin1String("done") || state == QLatin1String("cancelled")) {
            if (terminal) {
                err << "\n";
            }
            out << "job " << id << " " << state << ": " << progressLine(r.json, false).section(u':', 1).trimmed()
                << "\n";
            return count(r.json, "failed") > 0 || state == QLatin1String("cancelled") ? 1 : 0;
        }
        sleepMs(500);
    }
}

// Turns names into ids: a region by name, a firmware file by file name.
bool resolve(ServerConnection& c, const QString& collection, const QString& field, const QString& value, qint64* id,
             QString* error)
{
    bool isNumber = false;
    *id = value.toLongLong(&isNumber);
    if (isNumber) {
        return true;
    }
    QJsonArray items;
    if (!c.collect(collection, {}, &items, error)) {
        return false;
    }
    for (const QJsonValue& v : items) {
        if (v.toObject().value(field).toString().compare(value, Qt::CaseInsensitive) == 0) {
            *id = v.toObject().value(QStringLiteral("id")).toInteger();
            return true;
        }
    }
    *error = QStringLiteral("no %1 '%2'")
                 .arg(collection == QLatin1String("regions")     ? QStringLiteral("region")
                          : collection == QLatin1String("users") ? QStringLiteral("user")
                                                                 : QStringLiteral("firmware file"),
                      value);
    return false;
}
} // namespace

namespace ActionCommands {
int action(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl action");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs a bulk action on phones: %1. Phones are chosen with --devices (MACs or ids) or "
                       "--filter (as 'devices --filter'); reset-passwords acts on --users. Commands that restart "
                       "nothing go to 64 phones at once; reset goes in batches of 100 a minute apart, "
                       "update-firmware 25 five minutes apart; --pacing says otherwise, e.g. --pacing "
                       "batchSize=20,batchPauseMs=10000, and --max-region-percent 10 restarts no more than "
                       "10 % of any region's phones in one batch.")
            .arg(PhoneAction::kindNames().join(QLatin1String(", "))));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("The action."));
    const QCommandLineOption devices(QStringLiteral("devices"), QStringLiteral("Phones: MACs or ids, comma-separated."),
                                     QStringLiteral("LIST"));
    const QCommandLineOption filter(QStringLiteral("filter"), QStringLiteral("Phones matching KEY=VALUE,..."),
                                    QStringLiteral("FILTERS"));
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Users (reset-passwords): names or ids."),
                                   QStringLiteral("LIST"));
    const QCommandLineOption mode(
        QStringLiteral("mode"), QStringLiteral("reset: graceful, force or scheduled; reset-passwords: random or same."),
        QStringLiteral("MODE"));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("A scheduled reset's time (ISO 8601)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption message(QStringLiteral("text"), QStringLiteral("send-message: the text."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("send-message: seconds on the display."),
                                     QStringLiteral("S"));
    const QCommandLineOption noBeep(QStringLiteral("no-beep"), QStringLiteral("send-message: without a beep."));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     QStringLiteral("allow-first-contact: within how many minutes (default 60)."),
                                     QStringLiteral("N"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("change-region, approve: the region (name or id)."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("approve: the user (name or id)."),
                                  QStringLiteral("USER"));
    const QCommandLineOption firmware(QStringLiteral("firmware"),
                                      QStringLiteral("update-firmware: the firmware file (name or id)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("change-model: the model."),
                                   QStringLiteral("MODEL"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("change-language: the language."),
                                      QStringLiteral("LANGUAGE"));
    const QCommandLineOption password(QStringLiteral("password-stdin"),
                                      QStringLiteral("reset-passwords --mode same: read the password from stdin."));
    const QCommandLineOption regenerate(QStringLiteral("regenerate"),
                                        QStringLiteral("update-config: generate the phones' files first."));
    const QCommandLineOption pacing(QStringLiteral("pacing"),
                                    QStringLiteral("delayMs=N,batchSize=N,batchPauseMs=N,concurrency=N"),
                                    QStringLiteral("PACING"));
    const QCommandLineOption regionShare(
        QStringLiteral("max-region-percent"),
        QStringLiteral("reset, update-firmware: at most N % of each region's phones in one batch (1-100)."),
        QStringLiteral("N"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Show the progress until the job is done."));
    parser.addOptions({devices, filter, users, mode, at, message, seconds, noBeep, minutes, region, user, firmware,
                       model, language, password, regenerate, pacing, regionShare, wait});
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    if (parser.positionalArguments().size() != 1) {
        err << command << ": give one ACTION (" << PhoneAction::kindNames().join(QLatin1String(", ")) << ")\n";
        return 2;
    }
    const QString name = parser.positionalArguments().first();
    PhoneAction::Kind kind = PhoneAction::Kind::CheckStatus;
    if (!PhoneAction::kindFromName(name, &kind)) {
        err << command << ": '" << name << "' is not an action (" << PhoneAction::kindNames().join(QLatin1String(", "))
            << ")\n";
        return 2;
    }
    QJsonObject options;
    QString error;
    if (parser.isSet(mode)) {
        options.insert(QStringLiteral("mode"), parser.value(mode));
    }
    if (parser.isSet(at)) {
        options.insert(QStringLiteral("at"), parser.value(at));
    }
    if (parser.isSet(message)) {
        options.insert(QStringLiteral("text"), parser.value(message));
    }
    if (parser.isSet(seconds)) {
        options.insert(QStringLiteral("seconds"), parser.value(seconds).toInt());
    }
    if (parser.isSet(noBeep)) {
        options.insert(QStringLiteral("beep"), false);
    }
    if (parser.isSet(minutes)) {
        options.insert(QStringLiteral("minutes"), parser.value(minutes).toInt());
    }
    if (parser.isSet(regenerate)) {
        options.insert(QStringLiteral("regenerate"), true);
    }
    if (parser.isSet(model)) {
        options.insert(QStringLiteral("model"), parser.value(model));
    }
    if (parser.isSet(language)) {
        options.insert(QStringLiteral("language"), parser.value(language));
    }
    const struct
    {
        const QCommandLineOption& option;
        const char* collection;
        const char* field;
        const char* key;
    } named[] = {{region, "regions", "name", "regionId"},
                 {user, "users", "name", "userId"},
                 {firmware, "firmware", "fileName", "firmwareId"}};
    for (const auto& n : named) {
        if (!parser.isSet(n.option)) {
            continue;
        }
        qint64 id = 0;
        if (!resolve(connection, QLatin1String(n.collection), QLatin1String(n.field), parser.value(n.option), &id,
                     &error)) {
            err << command << ": --" << n.option.names().first() << ": " << error << "\n";
            return 1;
        }
        options.insert(QLatin1String(n.key), static_cast<double>(id));
    }
    if (parser.isSet(password)) {
        QTextStream in(stdin);
        options.insert(QStringLiteral("password"), in.readLine());
    }
    QJsonObject body {{QStringLiteral("action"), name}, {QStringLiteral("options"), options}};
    if (parser.isSet(pacing)) {
        QJsonObject p;
        for (const QString& part : parser.value(pacing).split(u',', Qt::SkipEmptyParts)) {
            const QStringList kv = part.split(u'=');
            bool ok = false;
            const int v = kv.value(1).toInt(&ok);
            if (kv.size() != 2 || !ok) {
                err << command << ": --pacing: '" << part << "' is not NAME=NUMBER\n";
                return 2;
            }
            p.insert(kv.first().trimmed(), v);
        }
        body.insert(QStringLiteral("pacing"), p);
    }
    if (parser.isSet(regionShare)) {
        bool ok = false;
        const int percent = parser.value(regionShare).toInt(&ok);
        if (!ok || percent < 1 || percent > 100) {
            err << command << ": --max-region-percent: '" << parser.value(regionShare)
                << "' is not a number from 1 to 100\n";
            return 2;
        }
        QJsonObject p = body.value(QStringLiteral("pacing")).toObject();
        p.insert(QStringLiteral("maxRegionPercent"), percent);
        body.insert(QStringLiteral("pacing"), p);
    }
    const int chosen = (parser.isSet(devices) ? 1 : 0) + (parser.isSet(filter) ? 1 : 0) + (parser.isSet(users) ? 1 : 0);
    if (chosen != 1) {
        err << command
            << ": say which phones with --devices or --filter (or --users for reset-passwords), one of them\n";
        return 2;
    }
    if (parser.isSet(filter)) {
        DeviceFilter f;
        if (!DeviceFilter::fromText(parser.value(filter), &f, &error)) {
            err << command << ": --filter: " << error << "\n";
            return 2;
        }
        QJsonObject o;
        for (const auto& [key, value] : f.toPairs()) {
            o.insert(key, value);
        }
        body.insert(QStringLiteral("filter"), o);
    } else {
        const bool forUsers = parser.isSet(users);
        QJsonArray ids;
        QHash<QString, qint64> byName;
        for (const QString& part : parser.value(forUsers ? users : devices).split(u',', Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            bool isNumber = false;
            const qint64 id = item.toLongLong(&isNumber);
            if (isNumber) {
                ids.append(static_cast<double>(id));
                continue;
            }
            if (byName.isEmpty()) {
                QJsonArray all;
                if (!connection.collect(forUsers ? QStringLiteral("users") : QStringLiteral("devices"), {}, &all,
                                        &error)) {
                    err << command << ": " << error << "\n";
                    return 1;
                }
                for (const QJsonValue& v : all) {
                    byName.insert(
                        v.toObject().value(forUsers ? QStringLiteral("name") : QStringLiteral("mac")).toString(),
                        v.toObject().value(QStringLiteral("id")).toInteger());
                }
            }
            const QString key = forUsers ? item : MacAddress::fromString(item).toString();
            if (!byName.contains(key)) {
                err << command << ": no " << (forUsers ? "user" : "phone") << " '" << item << "'\n";
                return 1;
            }
            ids.append(static_cast<double>(byName.value(key)));
        }
        body.insert(forUsers ? QStringLiteral("userIds") : QStringLiteral("deviceIds"), ids);
    }
    const ApiReply r = connection.call("POST", QStringLiteral("actions"), {},
                                       QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    if (!r.ok()) {
        err << command << ": " << r.error << "\n";
        return r.status == 0 || r.status == 401 ? 2 : 1;
    }
    const qint64 id = r.json.value(QStringLiteral("id")).toInteger();
    out << "job " << id << ": " << text(r.json, "description") << "\n";
    if (count(r.json, "skipped") > 0) {
        err << command << ": " << count(r.json, "skipped") << " phone(s) skipped: you may not change them\n";
    }
    return parser.isSet(wait) ? waitFor(connection, id, command, out, err) : 0;
}

int job(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl job");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shows a bulk action's progress (its phones with --targets), "
                                                    "waits for it (--wait) or cancels it (--cancel)."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The job."));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Show the progress until the job is done."));
    const QCommandLineOption cancel(QStringLiteral("cancel"),
                                    QStringLiteral("Cancel it: phones not sent to yet are not."));
    const QCommandLineOption targets(QStringLiteral("targets"), QStringLiteral("List every phone and its outcome."));
    parser.addOptions({wait, cancel, targets});
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        err << command << ": give one job ID\n";
        return 2;
    }
    if (parser.isSet(cancel)) {
        const ApiReply r =
            connection.call("POST", QStringLiteral("jobs/%1/cancel").arg(id), {}, "{}", "application/json");
        if (!r.ok()) {
            err << command << ": " << r.error << "\n";
            return r.status == 0 ? 2 : 1;
        }
        out << "job " << id << " cancelled: " << progressLine(r.json, false) << "\n";
        return 0;
    }
    if (parser.isSet(wait)) {
        return waitFor(connection, id, command, out, err);
    }
    if (parser.isSet(targets)) {
        QJsonArray items;
        QString error;
        if (!connection.collect(QStringLiteral("jobs/%1/targets").arg(id), {}, &items, &error)) {
            err << command << ": " << error << "\n";
            return 1;
        }
        TextTable table(
            {QStringLiteral("#"), QStringLiteral("PHONE"), QStringLiteral("OUTCOME"), QStringLiteral("REASON")});
        for (const QJsonValue& v : items) {
            const QJsonObject t = v.toObject();
            table.add({QString::number(t.value(QStringLiteral("position")).toInt()), text(t, "label"),
                       text(t, "outcome"), text(t, "reason")});
        }
        table.print(out);
        return 0;
    }
    const ApiReply r = connection.call("GET", QStringLiteral("jobs/%1").arg(id));
    if (!r.ok()) {
        err << command << ": " << r.error << "\n";
        return r.status == 0 ? 2 : 1;
    }
    out << "job " << id << ": " << text(r.json, "description") << " by " << text(r.json, "admin") << "\n"
        << progressLine(r.json, false) << "\n";
    if (const QString pacing = pacingLine(r.json); !pacing.isEmpty()) {
        out << pacing << "\n";
    }
    return 0;
}
} // namespace ActionCommands
