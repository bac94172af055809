#include "ctl.h"

#include "actioncommands.h"
#include "buildinfo.h"
#include "cfgcommands.h"
#include "cryptocommands.h"
#include "fleetcommands.h"
#include "generatecommand.h"
#include "option160command.h"
#include "placeholdercommands.h"
#include "rendercommand.h"
#include "sessioncommands.h"
#include "vendorcommands.h"
#include "voiprovisioncommand.h"

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
        "  render --template FILE [--mac MAC] [--set NAME=VALUE]... [--placeholders-csv FILE]...\n"
        "         [--region R] [--global] [--report] [--strict]\n"
        "                                           one phone's cfg file from a template\n"
        "  generate --database URL --out DIR --server HOST [--force]\n"
        "                                           every approved phone's cfg file, changed ones only\n"
        "  voiprovision --csv FILE --template FILE --name-tag TAG --out DIR\n"
        "                                           one cfg file per CSV line (VoIProvision)\n"
        "  dhcp-option160 --server HOST [--region R]... [--sbc-proxy HOST] [--system-file]\n"
        "                                           DHCP Option 160 URLs, or dhcpoption160.cfg\n"
        "  encrypt FILE.cfg --key-file K            FILE.cfx for the phones (3DES; see --help)\n"
        "  decrypt FILE.cfx --key-file K            back to FILE.cfg\n"
        "  encrypt-password --key-file K            a secret from stdin as {\"<base64>\"}\n"
        "\n"
        "Commands against a phonefleetd (--server URL, or PHONEFLEET_SERVER; signed in with login, or\n"
        "PHONEFLEET_TOKEN; exit 1 when the server refuses, 2 when nothing could be asked):\n"
        "  login --server URL --user NAME [--fingerprint SHA256] [--print-token]\n"
        "                                           sign in; the token goes to the OS keychain\n"
        "  logout --server URL                      end the session, forget the token\n"
        "  import users FILE.csv [--create-regions] users and devices, all lines or none\n"
        "  export users [--out FILE]                users and devices as the vendor's CSV\n"
        "  import placeholders FILE.csv             placeholder values (the vendor's layouts), all or none\n"
        "  export placeholders --level L [--out FILE]\n"
        "                                           one level's values (system, template, region, device)\n"
        "  import vendor-export FILE.zip [--dry-run] [--tenant-map ID=NAME]... [--all]\n"
        "                                           the vendor's whole configuration export\n"
        "  export vendor-export [--out FILE]        the same bundle back, for the vendor's server\n"
        "  devices [--filter K=V,...] [--json] [--limit N] [--sort FIELD [--desc]]\n"
        "                                           phones, as Devices Status filters them\n"
        "  alarms [--history | --all] [--search TEXT] [--json]\n"
        "                                           alarms phones raised\n"
        "  logs [--web-admin | --activity] [--last N] [--level L] [--json]\n"
        "                                           the web-admin or activity log\n"
        "  action ACTION (--devices LIST | --filter K=V,... | --users LIST) [options] [--wait]\n"
        "                                           a bulk action: reset, check-status, update-config,\n"
        "                                           update-firmware, send-message, change-region,\n"
        "                                           change-model, change-language, approve, delete,\n"
        "                                           reset-passwords, generate (see action --help)\n"
        "  job ID [--wait | --cancel | --targets]   a bulk action's progress\n"
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
        out << BuildInfo::versionText(QStringLiteral("phonefleetctl")) << "\n";
        return 0;
    }
    using Command = int (*)(const QStringList&, QTextStream&, QTextStream&);
    static const struct
    {
        const char* words; // one word, or "group word"
        Command run;
    } commands[] = {
        {"cfg check", &CfgCommands::check},
        {"cfg format", &CfgCommands::format},
        {"render", &RenderCommand::run},
        {"generate", &GenerateCommand::run},
        {"voiprovision", &VoIProvisionCommand::run},
        {"encrypt", &CryptoCommands::encrypt},
        {"decrypt", &CryptoCommands::decrypt},
        {"encrypt-password", &CryptoCommands::encryptPassword},
        {"dhcp-option160", &Option160Command::run},
        {"login", &SessionCommands::login},
        {"logout", &SessionCommands::logout},
        {"import users", &FleetCommands::importUsers},
        {"export users", &FleetCommands::exportUsers},
        {"import placeholders", &PlaceholderCommands::importFile},
        {"export placeholders", &PlaceholderCommands::exportFile},
        {"import vendor-export", &VendorCommands::importBundle},
        {"export vendor-export", &VendorCommands::exportBundle},
        {"devices", &FleetCommands::devices},
        {"alarms", &FleetCommands::alarms},
        {"logs", &FleetCommands::logs},
        {"action", &ActionCommands::action},
        {"job", &ActionCommands::job},
    };
    for (const auto& command : commands) {
        const QStringList words = QString::fromLatin1(command.words).split(u' ');
        if (arguments.mid(0, words.size()) == words) {
            return command.run(arguments.mid(words.size()), out, err);
        }
    }
    err << "phonefleetctl: unknown command '" << arguments.mid(0, 2).join(u' ') << "'\n\n" << usage();
    return 2;
}
} // namespace Ctl
