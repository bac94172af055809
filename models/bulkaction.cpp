#include "bulkaction.h"

#include "accesspolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

namespace {
// The translation context of the texts here.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BulkAction)
};

QString labelOf(BulkAction::Kind kind, int n)
{
    using K = BulkAction::Kind;
    switch (kind) {
    case K::CheckStatus:
        return Text::tr("Check Status of %n phone(s)", nullptr, n);
    case K::ChangeRegion:
        return Text::tr("Change Region of %n phone(s)…", nullptr, n);
    case K::UpdateFirmware:
        return Text::tr("Update Firmware of %n phone(s)…", nullptr, n);
    case K::OpenWebAdmin:
        return Text::tr("Open Web Admin");
    case K::Reset:
        return Text::tr("Reset %n phone(s)…", nullptr, n);
    case K::UpdateConfiguration:
        return Text::tr("Update Configuration of %n phone(s)…", nullptr, n);
    case K::SendMessage:
        return Text::tr("Send Message to %n phone(s)…", nullptr, n);
    case K::Approve:
        return Text::tr("Approve %n phone(s)…", nullptr, n);
    case K::Delete:
        return Text::tr("Delete %n phone(s)…", nullptr, n);
    case K::GenerateConfiguration:
        return Text::tr("Generate Configuration Files of %n phone(s)", nullptr, n);
    case K::AllowFirstContact:
        return Text::tr("Allow First Contact for %n phone(s)…", nullptr, n);
    }
    return {};
}

// With nothing selected: the action's name alone (no count to give).
QString nameOf(BulkAction::Kind kind)
{
    using K = BulkAction::Kind;
    switch (kind) {
    case K::CheckStatus:
        return Text::tr("Check Status");
    case K::ChangeRegion:
        return Text::tr("Change Region…");
    case K::UpdateFirmware:
        return Text::tr("Update Firmware…");
    case K::OpenWebAdmin:
        return Text::tr("Open Web Admin");
    case K::Reset:
        return Text::tr("Reset…");
    case K::UpdateConfiguration:
        return Text::tr("Update Configuration…");
    case K::SendMessage:
        return Text::tr("Send Message…");
    case K::Approve:
        return Text::tr("Approve…");
    case K::Delete:
        return Text::tr("Delete…");
    case K::GenerateConfiguration:
        return Text::tr("Generate Configuration Files");
    case K::AllowFirstContact:
        return Text::tr("Allow First Contact…");
    }
    return {};
}

QString whatItDoes(BulkAction::Kind kind)
{
    using K = BulkAction::Kind;
    switch (kind) {
    case K::CheckStatus:
        return Text::tr("Asks the phones to report their status now.");
    case K::ChangeRegion:
        return Text::tr("Moves the phones to another region; they fetch that region's configuration.");
    case K::UpdateFirmware:
        return Text::tr("Sends the phones a firmware image of the server; they restart to install it, in batches.");
    case K::OpenWebAdmin:
        return Text::tr("Opens the phone's own web administration page (HTTPS) in your browser.");
    case K::Reset:
        return Text::tr("Restarts the phones: when idle (graceful), at once (force) or at a set time.");
    case K::UpdateConfiguration:
        return Text::tr("Asks the phones to download and apply their configuration file again.");
    case K::SendMessage:
        return Text::tr("Shows a message on the phones' screens for a number of seconds.");
    case K::Approve:
        return Text::tr("Lets phones waiting for approval in, into a region.");
    case K::Delete:
        return Text::tr("Removes the phones, their values and their generated files from the server.");
    case K::GenerateConfiguration:
        return Text::tr("Generates the phones' configuration files from their templates now.");
    case K::AllowFirstContact:
        return Text::tr("Lets phones reset to factory defaults get their configuration file once more without "
                        "credentials, from their region's provisioning subnets, within a time you choose.");
    }
    return {};
}
} // namespace

namespace BulkAction {
QVector<Kind> all()
{
    return {Kind::CheckStatus, Kind::ChangeRegion,          Kind::UpdateFirmware,   Kind::OpenWebAdmin,
            Kind::Reset,       Kind::UpdateConfiguration,   Kind::SendMessage,      Kind::Approve,
            Kind::Delete,      Kind::GenerateConfiguration, Kind::AllowFirstContact};
}

QVector<qint64> targetIds(Kind kind, const QVector<Device>& selection)
{
    QVector<qint64> ids;
    for (const Device& d : selection) {
        if (kind != Kind::Approve || d.approval == ApprovalState::Pending) {
            ids.append(d.id);
        }
    }
    return ids;
}

State state(Kind kind, const QVector<Device>& selection, const Admin& admin)
{
    State s;
    const QVector<qint64> ids = targetIds(kind, selection);
    s.targets = static_cast<int>(ids.size());
    s.label = s.targets > 0 ? labelOf(kind, s.targets) : nameOf(kind);
    s.tooltip = whatItDoes(kind);
    if (selection.isEmpty()) {
        s.tooltip += u'\n' + Text::tr("Select one or more phones first.");
        return s;
    }
    if (kind == Kind::OpenWebAdmin) {
        if (selection.size() != 1) {
            s.tooltip += u'\n' + Text::tr("Select exactly one phone.");
        } else if (QHostAddress(selection.first().ipAddress).isNull()) {
            s.tooltip += u'\n' + Text::tr("This phone has not reported an IP address yet.");
        } else {
            s.enabled = true;
        }
        return s;
    }
    if (kind == Kind::Approve && ids.isEmpty()) {
        s.tooltip += u'\n' + Text::tr("None of the selected phones is waiting for approval.");
        return s;
    }
    int changeable = 0;
    for (const Device& d : selection) {
        if (ids.contains(d.id) && AccessPolicy::canModify(admin, d.regionId)) {
            ++changeable;
        }
    }
    if (changeable == 0) {
        s.tooltip += u'\n'
            + (kind == Kind::Approve
                   ? Text::tr("Only system administrators approve phones.")
                   : Text::tr("Your access to the selected phones' regions is read-only (Monitoring)."));
        return s;
    }
    s.enabled = true;
    if (changeable < s.targets) {
        s.tooltip += u'\n'
            + Text::tr("Phones in regions you may only monitor are skipped: %n of the selection.", nullptr,
                       s.targets - changeable);
    }
    return s;
}

bool needsConfirmation(Kind kind)
{
    switch (kind) {
    case Kind::Reset:
    case Kind::UpdateFirmware:
    case Kind::Delete:
    case Kind::ChangeRegion:
    case Kind::Approve:
    case Kind::AllowFirstContact:
        return true;
    case Kind::CheckStatus:
    case Kind::OpenWebAdmin:
    case Kind::UpdateConfiguration:
    case Kind::SendMessage:
    case Kind::GenerateConfiguration:
        break;
    }
    return false;
}

PhoneAction::Kind phoneActionOf(Kind kind)
{
    switch (kind) {
    case Kind::CheckStatus:
    case Kind::OpenWebAdmin:
        break;
    case Kind::ChangeRegion:
        return PhoneAction::Kind::ChangeRegion;
    case Kind::UpdateFirmware:
        return PhoneAction::Kind::UpdateFirmware;
    case Kind::Reset:
        return PhoneAction::Kind::Reset;
    case Kind::UpdateConfiguration:
        return PhoneAction::Kind::UpdateConfig;
    case Kind::SendMessage:
        return PhoneAction::Kind::SendMessage;
    case Kind::Approve:
        return PhoneAction::Kind::Approve;
    case Kind::Delete:
        return PhoneAction::Kind::Delete;
    case Kind::GenerateConfiguration:
        return PhoneAction::Kind::Generate;
    case Kind::AllowFirstContact:
        return PhoneAction::Kind::AllowFirstContact;
    }
    return PhoneAction::Kind::CheckStatus;
}

QJsonObject request(const PhoneAction& action, const QVector<qint64>& deviceIds)
{
    QJsonArray ids;
    for (qint64 id : deviceIds) {
        ids.append(static_cast<double>(id));
    }
    return {{QStringLiteral("action"), PhoneAction::kindName(action.kind)},
            {QStringLiteral("options"), action.optionsJson()},
            {QStringLiteral("deviceIds"), ids}};
}

QString webAdminUrl(const Device& device)
{
    const QHostAddress address(device.ipAddress);
    if (address.isNull()) {
        return {};
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    return QStringLiteral("https://%1/").arg(host);
}
} // namespace BulkAction
