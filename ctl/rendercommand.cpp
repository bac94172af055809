#include "rendercommand.h"

#include "builtinplaceholders.h"
#include "commandline.h"
#include "macaddress.h"
#include "phonemodels.h"
#include "placeholdercsv.h"
#include "templaterenderer.h"
#include "templatexml.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {
enum ExitCode { Clean = 0, Unresolved = 1, Unusable = 2 };

bool isSecret(const QString& name)
{
    return name.contains(QLatin1String("Password"), Qt::CaseInsensitive);
}

// Reads --template as the vendor XML or as a plain cfg template (its file name is its name).
bool loadTemplate(const QString& path, PhoneTemplate* templ, QString* error)
{
    QByteArray data;
    if (!CommandLine::readFile(path, &data, error)) {
        return false;
    }
    if (TemplateXml::looksLikeXml(data)) {
        if (!TemplateXml::read(data, templ, error)) {
            *error = path + QStringLiteral(": ") + *error;
            return false;
        }
        return true;
    }
    templ->name = QFileInfo(path).completeBaseName();
    templ->model = PhoneModels::normalise(templ->name);
    templ->deviceFile.data = QString::fromUtf8(data);
    return true;
}

// Adds the rows of a placeholder export that apply to this template, region and system.
bool applyCsv(const QString& path, const PhoneTemplate& templ, const QString& region, PlaceholderScope* scope,
              QTextStream& err)
{
    QByteArray data;
    QString error;
    PlaceholderCsv csv;
    if (!CommandLine::readFile(path, &data, &error) || !PlaceholderCsv::parse(data, &csv, &error)) {
        err << "phonefleetctl render: " << (error.startsWith(path) ? error : path + QStringLiteral(": ") + error)
            << "\n";
        return false;
    }
    for (const PlaceholderCsv::Problem& p : csv.problems) {
        err << path << ":" << p.line << ": warning: " << p.message << " (row skipped)\n";
    }
    for (const PlaceholderCsv::Row& row : csv.rows) {
        switch (csv.level) {
        case PlaceholderLevel::Template:
            if (row.owner.compare(templ.name, Qt::CaseInsensitive) == 0
                || (!templ.model.isEmpty() && PhoneModels::normalise(row.owner) == templ.model)) {
                scope->set(ValueSource::Template, row.name, row.value);
            }
            break;
        case PlaceholderLevel::Region:
            if (!region.isEmpty() && row.owner.compare(region, Qt::CaseInsensitive) == 0) {
                scope->set(ValueSource::Region, row.name, row.value);
            }
            break;
        case PlaceholderLevel::System:
            scope->set(ValueSource::System, row.name, row.value);
            break;
        case PlaceholderLevel::Site:
        case PlaceholderLevel::Device:
            break; // one phone's and its site's values: --set NAME=VALUE
        }
    }
    return true;
}
} // namespace

namespace RenderCommand {
int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders a template for one phone: placeholders resolved device -> region -> template -> "
                       "system -> built-in. Exit status 1 with --strict when a placeholder stays unresolved, 2 on "
                       "unusable input."));
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            QStringLiteral("Template: the vendor XML or a plain cfg template."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption mac(QStringLiteral("mac"), QStringLiteral("The phone's MAC address."),
                                 QStringLiteral("MAC"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Phone model (default: the template's)."),
                                   QStringLiteral("MODEL"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("Region, for region rows of --placeholders-csv."),
                                    QStringLiteral("R"));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("A device-level value (repeatable)."),
                                 QStringLiteral("NAME=VALUE"));
    const QCommandLineOption csv(QStringLiteral("placeholders-csv"),
                                 QStringLiteral("A placeholder export (template, region or system; repeatable)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Server address for %ITCS_ServerIP% (default 127.0.0.1)."),
                                    QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption http(QStringLiteral("http"),
                                  QStringLiteral("%ITCS_HTTP_OR_S% is http rather than https."));
    const QCommandLineOption global(QStringLiteral("global"),
                                    QStringLiteral("Render the global file, not the device's."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Print the resolution report instead of the file."));
    const QCommandLineOption showSecrets(QStringLiteral("show-secrets"),
                                         QStringLiteral("Show password values in the report."));
    const QCommandLineOption strict(QStringLiteral("strict"), QStringLiteral("Exit 1 if a placeholder is unresolved."));
    parser.addOptions(
        {templateOption, mac, model, region, set, csv, server, http, global, report, showSecrets, strict});
    int status = Clean;
    if (!CommandLine::parse(parser, QStringLiteral("phonefleetctl render"), arguments, {&templateOption}, out, err,
                            &status)) {
        return status;
    }

    PhoneTemplate templ;
    QString error;
    if (!loadTemplate(parser.value(templateOption), &templ, &error)) {
        err << "phonefleetctl render: " << error << "\n";
        return Unusable;
    }
    Device device;
    if (parser.isSet(mac)) {
        device.mac = MacAddress::fromString(parser.value(mac));
        if (device.mac.isNull()) {
            err << "phonefleetctl render: --mac: '" << parser.value(mac) << "' is not a MAC address\n";
            return Unusable;
        }
    }
    device.model = parser.isSet(model) ? PhoneModels::normalise(parser.value(model)) : templ.model;
    ServerContext context;
    if (parser.isSet(server)) {
        context.serverAddress = parser.value(server);
    }
    context.https = !parser.isSet(http);

    PlaceholderScope scope;
    scope.setLevel(ValueSource::Builtin, BuiltinPlaceholders::values(device, nullptr, context));
    for (const QString& path : parser.values(csv)) {
        if (!applyCsv(path, templ, parser.value(region), &scope, err)) {
            return Unusable;
        }
    }
    for (const QString& assignment : parser.values(set)) {
        const qsizetype eq = assignment.indexOf(u'=');
        const QString name = assignment.left(eq).trimmed();
        if (eq <= 0 || !Placeholder::isValidName(name)) {
            err << "phonefleetctl render: --set: '" << assignment << "' is not NAME=VALUE\n";
            return Unusable;
        }
        scope.set(ValueSource::Device, name, assignment.mid(eq + 1));
    }

    const TemplateFile& file = parser.isSet(global) ? templ.globalFile : templ.deviceFile;
    const RenderResult result = TemplateRenderer::render(file.data, scope);
    if (!result.ok()) {
        err << "phonefleetctl render: " << result.error << "\n";
        return Unusable;
    }
    if (parser.isSet(report)) {
        for (const ResolvedPlaceholder& p : result.placeholders) {
            const QString value = p.source == ValueSource::Unresolved ? QStringLiteral("(unresolved)")
                : isSecret(p.name) && !parser.isSet(showSecrets)      ? QStringLiteral("********")
                                                                      : p.value;
            out << "line " << p.line << "\t%ITCS_" << p.name << "%\t" << valueSourceToString(p.source) << "\t" << value
                << "\n";
        }
    } else {
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(result.text) != result.text.size()) {
            err << "phonefleetctl render: cannot write to standard output\n";
            return Unusable;
        }
    }
    for (const QString& name : result.unresolved) {
        err << "phonefleetctl render: warning: %ITCS_" << name << "% is not resolved; it is left as it is\n";
    }
    return parser.isSet(strict) && !result.unresolved.isEmpty() ? Unresolved : Clean;
}
} // namespace RenderCommand
