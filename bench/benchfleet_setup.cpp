// Prepares a database and a folder for bench/phoneserver.sh: one region, N approved phones with
// their file credentials, their cfg files generated into the store and the folder (which nginx
// serves as the peer), and wrk Lua scripts that ask for random phones' files (with each phone's
// Basic credentials) and send random phones' keep-alives.
#include "generator.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: benchfleet_setup DATABASE-URL PHONES OUT-DIR LUA-DIR\n";
        return 2;
    }
    QString error;
    const StoreUrl url = StoreUrl::parse(args.at(1), &error);
    const int phones = args.at(2).toInt();
    Store store;
    if (!url.isValid() || phones <= 0 || store.open(url).isError()) {
        QTextStream(stderr) << "benchfleet_setup: cannot open " << args.at(1) << "\n";
        return 1;
    }
    Region region;
    region.name = QStringLiteral("Bench");
    region = store.regions().insert(region).value();
    QStringList files;
    QStringList auths;
    QStringList macs;
    {
        Transaction tx(store.database());
        for (int i = 0; i < phones; ++i) {
            Device d;
            d.mac = MacAddress::fromString(QStringLiteral("00908F%1").arg(i, 6, 16, QLatin1Char('0')));
            d.model = QStringLiteral("430HD");
            d.regionId = region.id;
            assignProvisioningCredentials(&d);
            if (!store.devices().insert(d)) {
                return 1;
            }
            files << QStringLiteral("/configfiles/%1.cfg").arg(d.mac.toString());
            auths << QStringLiteral("Basic ")
                    + QString::fromLatin1((d.provisioningUser + u':' + d.provisioningSecret).toUtf8().toBase64());
            macs << d.mac.toString();
        }
        if (tx.commit().isError()) {
            return 1;
        }
    }
    ServerContext context;
    context.serverAddress = QStringLiteral("pf.example.org");
    const StoreResult<GenerationReport> report = Generator(store, args.at(3), context).run();
    if (!report || report->written != phones) {
        QTextStream(stderr) << "benchfleet_setup: generation failed\n";
        return 1;
    }
    QDir().mkpath(args.at(4));
    QFile files_lua(QDir(args.at(4)).filePath(QStringLiteral("files.lua")));
    QFile static_lua(QDir(args.at(4)).filePath(QStringLiteral("static.lua")));
    QFile keepalive_lua(QDir(args.at(4)).filePath(QStringLiteral("keepalive.lua")));
    if (!files_lua.open(QIODevice::WriteOnly) || !static_lua.open(QIODevice::WriteOnly)
        || !keepalive_lua.open(QIODevice::WriteOnly)) {
        return 1;
    }
    QTextStream f(&files_lua);
    QTextStream s(&static_lua);
    QTextStream k(&keepalive_lua);
    f << "paths = {\"" << files.join(QStringLiteral("\",\"")) << "\"}\n";
    f << "auths = {\"" << auths.join(QStringLiteral("\",\"")) << "\"}\n";
    f << "request = function()\n  local i = math.random(#paths)\n"
         "  return wrk.format(\"GET\", paths[i], {[\"Authorization\"] = auths[i]})\nend\n";
    s << "paths = {\""
      << files.join(QStringLiteral("\",\"")).replace(QLatin1String("/configfiles/"), QLatin1String("/")) << "\"}\n";
    s << "request = function()\n  return wrk.format(\"GET\", paths[math.random(#paths)])\nend\n";
    k << "macs = {\"" << macs.join(QStringLiteral("\",\"")) << "\"}\n";
    k << "statuses = {\"registered\", \"registered\", \"registered\", \"unregistered\"}\n";
    k << "request = function()\n  local mac = macs[math.random(#macs)]\n"
         "  local body = '{\"mac\":\"' .. mac .. "
         "'\",\"ip\":\"10.1.2.3\",\"subnet\":\"255.255.0.0\",\"model\":\"430HD\","
         "\"fwVersion\":\"3.4.3.1\",\"userAgent\":\"AUDC-IPPhone/3.4.3.1 (430HD; ' .. mac .. ')\",\"status\":\"' .. "
         "statuses[math.random(#statuses)] .. '\",\"phoneNumber\":\"4000\",\"sipProxy\":\"10.0.0.5\"}'\n"
         "  return wrk.format(\"POST\", \"/rest/v1/ipphoneMgrStatus/keep-alive\", "
         "{[\"Content-Type\"] = \"application/json\"}, body)\nend\n";
    QTextStream(stdout) << phones << " phones, " << report->written << " files in " << args.at(3) << "\n";
    return 0;
}
