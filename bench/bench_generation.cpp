// Template rendering against Jinja2, and a full generation, for 100 000 devices.
//
// 1. Renders a 200-line template for N devices with PhoneFleet's BatchRenderer and, in the
//    same run, with Jinja2 (bench/jinja2_render.py, same template and values); prints both and
//    the ratio, and checks that the first device's file is byte-identical in both.
// 2. Fills a SQLite store with N devices and users in 10 regions and runs the Generator into a
//    temporary folder: resolve, render, write each file atomically and into the store. Then
//    again with nothing changed, and after changing one region's placeholder.
#include "batchrenderer.h"
#include "benchtable.h"
#include "generator.h"
#include "store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

namespace {
QString makeTemplate()
{
    // 200 lines: the usual provisioning block, then parameter lines, a fifth of them with values.
    QString t = QStringLiteral(
        "include Audiocodes_430HD_global.cfg\n"
        "system/type=430HD\n"
        "provisioning/method=STATIC\n"
        "provisioning/configuration/url=%ITCS_HTTP_OR_S%://%ITCS_ServerIP%/configfiles/\n"
        "provisioning/firmware/url=%ITCS_HTTP_OR_S%://%ITCS_ServerIP%/firmwarefiles/%ITCS_FirmwareFile%\n"
        "ems_server/provisioning/url=%ITCS_HTTP_OR_S%://%ITCS_ServerIP%/\n"
        "ems_server/keep_alive_period=%ITCS_KeepAlivePeriod%\n"
        "voip/line/0/enabled=1\n"
        "voip/line/0/id=%ITCS_Line1Id%\n"
        "voip/line/0/auth_name=%ITCS_Line1AuthName%\n"
        "voip/line/0/auth_password=%ITCS_Line1AuthPassword%\n"
        "voip/line/0/description=%ITCS_DisplayName%\n"
        "personal_settings/language=%ITCS_Language%\n"
        "network/lan/vlan/mode=%ITCS_VLANMode%\n"
        "network/lan/vlan/id=%ITCS_VLANID%\n"
        "network/lan/vlan/priority=%ITCS_VLANPriority%\n"
        "system/ntp/primary_server_address=%ITCS_Primary_NTP%\n");
    const char* names[] = {"mac", "Line1Id", "DisplayName", "ServerIP", "Language"};
    for (int line = 17; line < 200; ++line) {
        if (line % 5 == 0) {
            t += QStringLiteral("voip/services/key_%1/label=%ITCS_%2%\n")
                     .arg(line)
                     .arg(QLatin1String(names[line % 5 == 0 ? (line / 5) % 5 : 0]));
        } else {
            t += QStringLiteral("voip/services/key_%1/type=SPEED_DIAL\n").arg(line);
        }
    }
    return t;
}

PlaceholderScope sharedScope()
{
    PlaceholderScope s;
    s.set(ValueSource::System, QStringLiteral("KeepAlivePeriod"), QStringLiteral("60"));
    s.set(ValueSource::System, QStringLiteral("Primary_NTP"), QStringLiteral("10.0.0.1"));
    s.set(ValueSource::Region, QStringLiteral("Language"), QStringLiteral("English"));
    return s;
}

ServerContext server()
{
    ServerContext c;
    c.serverAddress = QStringLiteral("pf.example.net");
    c.firmwareFiles.insert(QStringLiteral("430HD"), QStringLiteral("430HD.img"));
    return c;
}

Device device(int i)
{
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F%1").arg(i, 6, 16, QLatin1Char('0')).toUpper());
    d.model = QStringLiteral("430HD");
    d.vlanMode = QStringLiteral("MANUAL");
    d.vlanId = 100 + i % 50;
    d.vlanPriority = 5;
    return d;
}

User user(int i)
{
    return User {
        0, 0, QStringLiteral("user%1").arg(i), QStringLiteral("User %1").arg(i), 0, QStringLiteral("pw-%1").arg(i)};
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    // --- 1. Rendering against Jinja2.
    const QString text = makeTemplate();
    const CompiledTemplate compiled = CompiledTemplate::compile(text);
    const PlaceholderScope shared = sharedScope();
    const ServerContext context = server();
    const BatchRenderer renderer(compiled, shared, context);
    QByteArray file;
    QByteArray first;
    QElapsedTimer timer;
    qint64 bytes = 0;
    double ours = 1e9;
    for (int round = 0; round < 3; ++round) { // best of three, as the Jinja2 script does
        timer.start();
        bytes = 0;
        for (int i = 0; i < n; ++i) {
            const Device d = device(i);
            const User u = user(i);
            QHash<QString, QString> deviceValues;
            deviceValues.insert(QStringLiteral("Line1Id"), QString::number(4000 + i));
            QString error;
            renderer.render(deviceValues, d, &u, &file, nullptr, &error);
            bytes += file.size();
            if (i == 0) {
                first = file;
            }
        }
        ours = std::min(ours, timer.nsecsElapsed() / 1e9);
    }
    out << "render " << n << " files of " << compiled.names().size() << " placeholders, 200 lines: PhoneFleet "
        << QString::number(ours, 'f', 3) << " s (" << QString::number(bytes / 1e6 / ours, 'f', 0) << " MB/s)\n";
    out.flush();

    QTemporaryDir tmp;
    const QString templatePath = tmp.filePath(QStringLiteral("template.cfg"));
    {
        QFile f(templatePath);
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
    }
    const QString script = QStringLiteral(PHONEFLEET_BENCH_DIR "/jinja2_render.py");
    QProcess python;
    python.start(QStringLiteral("python3"), {script, templatePath, QString::number(n)});
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        out << "Jinja2: not measured (" << python.readAllStandardError().trimmed() << ")\n";
    } else {
        double jinja = 0;
        QByteArray sha;
        for (const QByteArray& line : python.readAllStandardOutput().split('\n')) {
            if (line.startsWith("seconds ")) {
                jinja = line.mid(8).toDouble();
            } else if (line.startsWith("sha256 ")) {
                sha = line.mid(7);
            }
        }
        const bool same = sha == QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex();
        out << "render " << n << " files: Jinja2 " << QString::number(jinja, 'f', 3) << " s; PhoneFleet is "
            << QString::number(jinja / ours, 'f', 1)
            << "x faster (target >= 5x); first file identical: " << (same ? "yes" : "NO") << "\n";
        out.flush();
        benchRow(QStringLiteral("render %1 files of 200 lines%2")
                     .arg(n)
                     .arg(same ? QString() : QStringLiteral(" (OUTPUT DIFFERS)")),
                 QString::number(ours, 'f', 3) + QStringLiteral(" s"),
                 QString::number(jinja, 'f', 3) + QStringLiteral(" s Jinja2"),
                 QString::number(jinja / ours, 'f', 1) + QStringLiteral("x faster"), QStringLiteral(">= 5x faster"));
    }
    out.flush();

    // --- 2. Full generation.
    Store store;
    QString error;
    if (StoreError e =
            store.open(StoreUrl::parse(QStringLiteral("sqlite:") + tmp.filePath(QStringLiteral("gen.db")), &error));
        e.isError()) {
        out << "cannot open the store: " << e.message << "\n";
        return 1;
    }
    timer.restart();
    {
        Transaction tx(store.database());
        QVector<qint64> regions;
        for (int r = 0; r < 10; ++r) {
            regions.append(store.regions().insert({0, 0, QStringLiteral("Region %1").arg(r), {}, {}})->id);
        }
        PhoneTemplate t;
        t.name = QStringLiteral("bench 430HD");
        t.model = QStringLiteral("430HD");
        t.deviceFile.name = QStringLiteral("%ITCS_mac%.cfg");
        t.deviceFile.data = text;
        t.globalFile.name = QStringLiteral("Audiocodes_430HD_global.cfg");
        t.globalFile.data = QStringLiteral("system/ntp/enabled=1\n");
        store.templates().insert(t);
        store.placeholders().insert(
            {0, 0, PlaceholderLevel::System, 0, QStringLiteral("KeepAlivePeriod"), QStringLiteral("60"), {}});
        for (int r = 0; r < 10; ++r) {
            store.placeholders().insert({0,
                                         0,
                                         PlaceholderLevel::Region,
                                         regions[r],
                                         QStringLiteral("Language"),
                                         QStringLiteral("English"),
                                         {}});
        }
        for (int i = 0; i < n; ++i) {
            User u = user(i);
            u.regionId = regions[i % 10];
            const qint64 userId = store.users().insert(u)->id;
            Device d = device(i);
            d.userId = userId;
            d.regionId = regions[i % 10];
            store.devices().insert(d);
        }
        tx.commit();
    }
    out << "store filled with " << n << " devices and users in " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 1)
        << " s\n";
    out.flush();

    // The floor this machine sets: the same number of files of the same size created, written
    // and renamed into place with plain system calls, nothing else.
    const auto floorOnce = [&](const QString& folder) -> double {
        QDir().mkpath(folder);
        const QByteArray floorPath = QFile::encodeName(folder) + '/';
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i) {
            const QByteArray partial = floorPath + '.' + QByteArray::number(i) + ".partial";
            const QByteArray final = floorPath + QByteArray::number(i) + ".cfg";
            const int fd = ::open(partial.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd < 0 || ::write(fd, first.constData(), static_cast<size_t>(first.size())) != first.size()
                || ::close(fd) != 0 || ::rename(partial.constData(), final.constData()) != 0) {
                return -1;
            }
        }
        return t.nsecsElapsed() / 1e9;
    };
    // Floor and generation alternate, each into a new folder that is deleted after it is
    // measured, so that each measurement follows the deletion of n files as the other's does
    // (a file system slows down after a deletion, ext4 for minutes: recently_deleted(), and on
    // tmpfs every folder of n files left makes the next files slower). A first floor, not
    // measured, puts the first round in the same state. Medians of the rounds.
    const int rounds = qMax(1,
                            qEnvironmentVariableIntValue("PHONEFLEET_BENCH_ROUNDS") > 0
                                ? qEnvironmentVariableIntValue("PHONEFLEET_BENCH_ROUNDS")
                                : 3);
    if (floorOnce(tmp.filePath(QStringLiteral("warm-up"))) < 0) {
        out << "floor: cannot write files\n";
        return 1;
    }
    QDir(tmp.filePath(QStringLiteral("warm-up"))).removeRecursively();
    QVector<double> floors;
    QVector<double> generations;
    std::unique_ptr<Generator> generatorOwner;
    StoreResult<GenerationReport> full = StoreError {StoreError::Code::Invalid, QStringLiteral("no round ran")};
    for (int round = 0; round < rounds; ++round) {
        const QString floorFolder = tmp.filePath(QStringLiteral("floor-%1").arg(round));
        const double floorSeconds = floorOnce(floorFolder);
        if (floorSeconds < 0) {
            out << "floor: cannot write files\n";
            return 1;
        }
        floors.append(floorSeconds);
        QDir(floorFolder).removeRecursively();
        if (generatorOwner) {
            // The previous round's files and rows go: every round is a first, full generation.
            QDir(tmp.filePath(QStringLiteral("configfiles-%1").arg(round - 1))).removeRecursively();
            QSqlQuery clear(store.database().connection());
            if (!clear.exec(QStringLiteral("DELETE FROM config_files"))) {
                out << "cannot clear the generated files' rows\n";
                return 1;
            }
        }
        generatorOwner =
            std::make_unique<Generator>(store, tmp.filePath(QStringLiteral("configfiles-%1").arg(round)), context);
        timer.restart();
        full = generatorOwner->run();
        if (!full) {
            out << "generation failed: " << full.error().message << "\n";
            return 1;
        }
        generations.append(timer.nsecsElapsed() / 1e9);
        out << "round " << round + 1 << ": file-system floor " << QString::number(floorSeconds, 'f', 2) << " s (" << n
            << " files created, written and renamed with plain system calls); full generation "
            << QString::number(generations.last(), 'f', 2) << " s (resolve, render, write atomically + store, "
            << full->written << " files written)\n";
        out.flush();
    }
    const auto median = [](QVector<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    };
    const double floorSeconds = median(floors);
    const double fullSeconds = median(generations);
    Generator& generator = *generatorOwner;
    out << "full generation of " << full->devices << " devices, median of " << rounds
        << " rounds: " << QString::number(fullSeconds, 'f', 2) << " s; file-system floor "
        << QString::number(floorSeconds, 'f', 2) << " s; " << QString::number(fullSeconds / floorSeconds, 'f', 2)
        << "x the floor (target <= 1.5x)\n";
    {
        // What the database holds of them (ContentCodec's encoding), against the files' own size.
        QSqlQuery sizes(store.database().connection());
        if (sizes.exec(QStringLiteral("SELECT SUM(length(content)), SUM(size), MIN(content_encoding) FROM "
                                      "config_files"))
            && sizes.next()) {
            out << "stored copies in the database: " << QString::number(sizes.value(0).toDouble() / 1e6, 'f', 1)
                << " MB (" << sizes.value(2).toString() << ") for "
                << QString::number(sizes.value(1).toDouble() / 1e6, 'f', 1) << " MB of files\n";
        }
    }
    out.flush();
    benchRow(QStringLiteral("full generation of %1 phones' files").arg(n),
             QString::number(fullSeconds, 'f', 2) + QStringLiteral(" s"),
             QString::number(floorSeconds, 'f', 2) + QStringLiteral(" s file-system floor"),
             QString::number(fullSeconds / floorSeconds, 'f', 1) + QStringLiteral("x the floor"),
             QStringLiteral("<= 1.5x the floor"));

    timer.restart();
    StoreResult<GenerationReport> again = generator.run();
    out << "second run, nothing changed: " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 2) << " s, "
        << again->rendered << " rendered, " << again->unchanged << " unchanged\n";

    Placeholder p = store.placeholders().findOne(QStringLiteral("level"), QStringLiteral("region")).value();
    p.value = QStringLiteral("French");
    store.placeholders().update(p);
    timer.restart();
    StoreResult<GenerationReport> oneRegion = generator.run();
    out << "after one region placeholder changed: " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 2) << " s, "
        << oneRegion->rendered << " rendered and " << oneRegion->written << " written (one region: " << n / 10 << ")\n";
    return 0;
}
