#include "phonecommand.h"

#include "enumnames.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const EnumName<PhoneCommand::Kind> kindNames[] = {
    {PhoneCommand::Kind::Reset, "reset"},
    {PhoneCommand::Kind::CheckStatus, "check-status"},
    {PhoneCommand::Kind::UpdateConfig, "update-config"},
    {PhoneCommand::Kind::UpdateFirmware, "update-firmware"},
    {PhoneCommand::Kind::SendMessage, "send-message"},
    {PhoneCommand::Kind::ChangeRegion, "change-region"},
};
const EnumName<PhoneCommand::ResetMode> modeNames[] = {
    {PhoneCommand::ResetMode::Graceful, "graceful"},
    {PhoneCommand::ResetMode::Force, "force"},
    {PhoneCommand::ResetMode::Scheduled, "scheduled"},
};
constexpr int maxMessage = 512;
} // namespace

QString PhoneCommand::kindName(Kind kind)
{
    return enumToString(kindNames, kind);
}

bool PhoneCommand::kindFromName(const QString& name, Kind* kind)
{
    return enumFromString(kindNames, name, kind);
}

QString PhoneCommand::resetModeName(ResetMode mode)
{
    return enumToString(modeNames, mode);
}

bool PhoneCommand::resetModeFromName(const QString& name, ResetMode* mode)
{
    return enumFromString(modeNames, name, mode);
}

QByteArray PhoneCommand::toJson() const
{
    QJsonObject o {{QStringLiteral("cmd"), kindName(kind)}};
    if (!id.isEmpty()) {
        o.insert(QStringLiteral("id"), id);
    }
    switch (kind) {
    case Kind::Reset:
        o.insert(QStringLiteral("mode"), resetModeName(resetMode));
        if (resetMode == ResetMode::Scheduled) {
            o.insert(QStringLiteral("at"), resetAt.toUTC().toString(Qt::ISODate));
        }
        break;
    case Kind::SendMessage:
        o.insert(QStringLiteral("text"), text);
        o.insert(QStringLiteral("seconds"), seconds);
        o.insert(QStringLiteral("beep"), beep);
        break;
    case Kind::UpdateFirmware:
        o.insert(QStringLiteral("file"), firmwareFile);
        o.insert(QStringLiteral("version"), firmwareVersion);
        break;
    case Kind::ChangeRegion:
        o.insert(QStringLiteral("region"), region);
        break;
    case Kind::CheckStatus:
    case Kind::UpdateConfig:
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool PhoneCommand::parse(const QByteArray& json, PhoneCommand* c, QString* error)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    *c = PhoneCommand();
    if (!kindFromName(o.value(QStringLiteral("cmd")).toString(), &c->kind)) {
        *error = QStringLiteral("not a command: \"cmd\" is missing or unknown");
        return false;
    }
    c->id = o.value(QStringLiteral("id")).toString();
    switch (c->kind) {
    case Kind::Reset:
        if (o.contains(QStringLiteral("mode"))
            && !resetModeFromName(o.value(QStringLiteral("mode")).toString(), &c->resetMode)) {
            *error = QStringLiteral("reset: \"mode\" must be graceful, force or scheduled");
            return false;
        }
        if (c->resetMode == ResetMode::Scheduled) {
            c->resetAt = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate).toUTC();
            if (!c->resetAt.isValid()) {
                *error = QStringLiteral("reset: a scheduled reset needs \"at\", a time");
                return false;
            }
        }
        break;
    case Kind::SendMessage:
        c->text = o.value(QStringLiteral("text")).toString();
        c->seconds = o.value(QStringLiteral("seconds")).toInt(10);
        c->beep = o.value(QStringLiteral("beep")).toBool(true);
        if (c->text.size() > maxMessage || c->seconds < 1 || c->seconds > 86400) {
            *error =
                QStringLiteral("send-message: a text of at most %1 characters for 1 to 86400 seconds").arg(maxMessage);
            return false;
        }
        break;
    case Kind::UpdateFirmware:
        c->firmwareFile = o.value(QStringLiteral("file")).toString();
        c->firmwareVersion = o.value(QStringLiteral("version")).toString();
        if (c->firmwareFile.isEmpty()) {
            *error = QStringLiteral("update-firmware: \"file\" is missing");
            return false;
        }
        break;
    case Kind::ChangeRegion:
        c->region = o.value(QStringLiteral("region")).toString();
        if (c->region.isEmpty()) {
            *error = QStringLiteral("change-region: \"region\" is missing");
            return false;
        }
        break;
    case Kind::CheckStatus:
    case Kind::UpdateConfig:
        break;
    }
    return true;
}
