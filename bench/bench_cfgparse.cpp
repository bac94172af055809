// Throughput of the cfg parser and checker at 1, 10 and 100 MB: the per-MB cost must stay flat
// (linear time). Prints one line per size and the 100 MB / 1 MB cost ratio per MB.
#include "benchtable.h"
#include "cfgchecker.h"
#include "cfgdocument.h"
#include "parametercatalogue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {
QByteArray makeFile(qsizetype bytes)
{
    // A realistic mix without duplicate keys: indexed lines, comments, includes, encrypted values.
    QByteArray data;
    data.reserve(bytes + 256);
    for (int i = 0; data.size() < bytes; ++i) {
        const QByteArray n = QByteArray::number(i);
        data.append("; line " + n + "\n");
        data.append("voip/line/" + n + "/enabled=1\n");
        data.append("voip/line/" + n + "/id=" + QByteArray::number(4000 + i) + "\n");
        data.append("voip/line/" + n + "/auth_name=user" + n + "\n");
        data.append("voip/line/" + n + "/auth_password={\"q2V4bXBsZS1vbmx5\"}\n");
        data.append("include global" + n + ".cfg\n");
    }
    return data;
}

double bestSeconds(const QByteArray& data, bool check, int runs)
{
    double best = 1e9;
    const CfgChecker::Options options;
    const CfgChecker checker(ParameterCatalogue::builtin());
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CfgDocument doc = CfgDocument::parse(data);
        if (check) {
            const auto diagnostics = checker.check(doc, options);
            if (!diagnostics.isEmpty()) {
                qFatal("the benchmark file should be clean: %s", qPrintable(diagnostics.first().message));
            }
        }
        best = std::min(best, timer.nsecsElapsed() / 1e9);
    }
    return best;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qsizetype mb = 1024 * 1024;
    for (const bool check : {false, true}) {
        double perMbAt1 = 0;
        double perMbAt100 = 0;
        for (const qsizetype size : {1 * mb, 10 * mb, 100 * mb}) {
            const QByteArray data = makeFile(size);
            const double s = bestSeconds(data, check, size >= 100 * mb ? 2 : 5);
            const double perMb = s / (double(data.size()) / mb);
            if (size == mb) {
                perMbAt1 = perMb;
            } else if (size == 100 * mb) {
                perMbAt100 = perMb;
            }
            out << (check ? "parse+check " : "parse       ") << qSetFieldWidth(4) << size / mb << qSetFieldWidth(0)
                << " MB: " << QString::number(s * 1000, 'f', 1) << " ms, "
                << QString::number(double(data.size()) / mb / s, 'f', 1) << " MB/s\n";
            out.flush();
        }
        out << (check ? "parse+check" : "parse")
            << " cost per MB, 100 MB vs 1 MB: " << QString::number(perMbAt100 / perMbAt1, 'f', 2)
            << "x (1.00 = linear)\n";
        out.flush();
        benchRow(check ? QStringLiteral("cfg parse+check, cost per MB at 100 MB vs 1 MB")
                       : QStringLiteral("cfg parse, cost per MB at 100 MB vs 1 MB"),
                 QString::number(perMbAt100 * 1000, 'f', 1) + QStringLiteral(" ms/MB"),
                 QString::number(perMbAt1 * 1000, 'f', 1) + QStringLiteral(" ms/MB at 1 MB"),
                 QString::number(perMbAt100 / perMbAt1, 'f', 2) + u'x', QStringLiteral("-"));
    }
    return 0;
}
