#include "ctl.h"

#include "cfgcommands.h"

#include <QTextStream>

namespace Ctl {
QString usage()
{
    return QStringLiteral(
        "Usage: phonefleetctl COMMAND [OPTIONS] [ARGS]\n"
        "\n"
        "Command line for PhoneFleet, the administration of enterprise SIP desk phone fleets.\n"
        "\n"
        "Commands available in this build:\n"
        "  cfg check [--json] [--template] FILE...   check phone cfg files against the syntax and\n"
        "                                           the parameter catalogue; exit 0 clean or warnings\n"
        "                                           only, 1 errors, 2 unreadable input\n"
        "  cfg format [--check | --in-place] FILE... print (or rewrite) cfg files in normal form\n"
        "\n"
        "Template rendering, generation, encryption, import/export and the server commands are not\n"
        "part of this build yet.\n"
        "\n"
        "Options:\n"
        "  -h, --help       show this help (also: phonefleetctl cfg check --help)\n"
        "  -v, --version    show the version\n");
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.isEmpty()) {
        err << usage();
        return 2;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << "phonefleetctl " << PHONEFLEET_VERSION << "\n";
        return 0;
    }
    if (first == QLatin1String("cfg") && arguments.size() >= 2) {
        const QString command = arguments.at(1);
        const QStringList rest = arguments.mid(2);
        if (command == QLatin1String("check")) {
            return CfgCommands::check(rest, out, err);
        }
        if (command == QLatin1String("format")) {
            return CfgCommands::format(rest, out, err);
        }
    }
    err << "phonefleetctl: unknown command '" << arguments.mid(0, 2).join(u' ') << "'\n\n" << usage();
    return 2;
}
} // namespace Ctl
