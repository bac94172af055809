#include "option160command.h"

#include "commandline.h"
#include "option160.h"
#include "templaterenderer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace Option160Command {
int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the DHCP Option 160 URLs for this server (system, per region, through an SBC proxy, "
                       "per model), or with --system-file the dhcpoption160.cfg file phones get from the system URL."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The server's address phones reach."),
                                    QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption http(QStringLiteral("http"), QStringLiteral("Plain http rather than https."));
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("A region (repeatable)."),
                                    QStringLiteral("R"));
    const QCommandLineOption sbc(QStringLiteral("sbc-proxy"), QStringLiteral("The SBC's HTTP proxy address."),
                                 QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption systemFile(QStringLiteral("system-file"),
                                        QStringLiteral("Print dhcpoption160.cfg instead of the URLs."));
    const QCommandLineOption fileTemplate(QStringLiteral("file-template"),
                                          QStringLiteral("Template for --system-file (default: the shipped one)."),
                                          QStringLiteral("FILE"));
    parser.addOptions({server, http, region, sbc, systemFile, fileTemplate});
    int status = 0;
    if (!CommandLine::parse(parser, QStringLiteral("phonefleetctl dhcp-option160"), arguments, {&server}, out, err,
                            &status)) {
        return status;
    }
    ServerContext context;
    context.serverAddress = parser.value(server).trimmed();
    context.https = !parser.isSet(http);
    if (parser.isSet(systemFile)) {
        QString text = Option160::defaultSystemFileTemplate();
        if (parser.isSet(fileTemplate)) {
            QFile f(parser.value(fileTemplate));
            if (!f.open(QIODevice::ReadOnly)) {
                err << "phonefleetctl dhcp-option160: " << f.fileName() << ": cannot read: " << f.errorString() << "\n";
                return 2;
            }
            text = QString::fromUtf8(f.readAll());
        }
        PlaceholderScope scope;
        scope.setLevel(ValueSource::Builtin, BuiltinPlaceholders::values(Device(), nullptr, context));
        const RenderResult r = TemplateRenderer::render(text, scope);
        if (!r.ok()) {
            err << "phonefleetctl dhcp-option160: " << r.error << "\n";
            return 2;
        }
        out << QString::fromUtf8(r.text);
        for (const QString& name : r.unresolved) {
            err << "phonefleetctl dhcp-option160: warning: %ITCS_" << name << "% is not resolved\n";
        }
        return r.unresolved.isEmpty() ? 0 : 1;
    }
    out << "system:          " << Option160::systemUrl(context) << "\n";
    out << "per model:       " << Option160::perModelFileUrl(context) << "\n";
    for (const QString& r : parser.values(region)) {
        out << "region " << r << ": " << Option160::regionUrl(context, r) << "\n";
    }
    if (parser.isSet(sbc)) {
        out << "SBC system:      " << Option160::sbcSystemUrl(context, parser.value(sbc)) << "\n";
        for (const QString& r : parser.values(region)) {
            out << "SBC region " << r << ": " << Option160::sbcRegionUrl(context, parser.value(sbc), r) << "\n";
        }
    }
    return 0;
}
} // namespace Option160Command
