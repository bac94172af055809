#include "phoneaction.h"

#include "enumnames.h"
#include "jsonreader.h"
#include "passwordhash.h"
#include "phonemodels.h"

#include <QJsonValue>

namespace {
const EnumName<PhoneAction::Kind> kinds[] = {
    {PhoneAction::Kind::Reset, "reset"},
    {PhoneAction::Kind::CheckStatus, "check-status"},
    {PhoneAction::Kind::UpdateConfig, "update-config"},
    {PhoneAction::Kind::UpdateFirmware, "update-firmware"},
    {PhoneAction::Kind::SendMessage, "send-message"},
    {PhoneAction::Kind::ChangeRegion, "change-region"},
    {PhoneAction::Kind::ChangeModel, "change-model"},
    {PhoneAction::Kind::ChangeLanguage, "change-language"},
    {PhoneAction::Kind::Approve, "approve"},
    {PhoneAction::Kind::Delete, "delete"},
    {PhoneAction::Kind::ResetPasswords, "reset-passwords"},
    {PhoneAction::Kind::Generate, "generate"},
    {PhoneAction::Kind::AllowFirstContact, "allow-first-contact"},
};
const qint64 maxId = 9007199254740991LL;
} // namespace

QJsonObject ActionPacing::toJson() const
{
    return {{QStringLiteral("delayMs"), delayMs},
            {QStringLiteral("batchSize"), batchSize},
            {QStringLiteral("batchPauseMs"), batchPauseMs},
            {QStringLiteral("concurrency"), concurrency},
            {QStringLiteral("maxRegionPercent"), maxRegionPercent}};
}

qint64 ActionPacing::estimatedSeconds(int targets, bool batches, qint64 batchCount) const
{
    if (targets <= 0) {
        return 0;
    }
    constexpr double phonesPerSecond = 300.0;
    const double work = targets / phonesPerSecond;
    if (batches) {
        const qint64 count = batchCount > 0 ? batchCount : (targets + qMax(1, batchSize) - 1) / qMax(1, batchSize);
        return qint64(work) + (count - 1) * (batchPauseMs / 1000);
    }
    if (delayMs > 0) {
        return qint64(targets) * delayMs / 1000 + qint64(work);
    }
    return qint64(work + 0.999);
}

QString PhoneAction::kindName(Kind kind)
{
    return enumToString(kinds, kind);
}

bool PhoneAction::kindFromName(const QString& name, Kind* kind)
{
    return enumFromString(kinds, name, kind);
}

QStringList PhoneAction::kindNames()
{
    QStringList names;
    for (const auto& k : kinds) {
        names << QLatin1String(k.name);
    }
    return names;
}

bool PhoneAction::fromJson(const QString& action, const QJsonObject& options, PhoneAction* out, QString* error)
{
    PhoneAction a;
    if (!kindFromName(action, &a.kind)) {
        *error = QStringLiteral("'%1' is not an action (%2)").arg(action, kindNames().join(QLatin1String(", ")));
        return false;
    }
    JsonReader r(options);
    switch (a.kind) {
    case Kind::Reset: {
        QString mode = QStringLiteral("graceful");
        r.text("mode", &mode);
        QString at;
        r.text("at", &at);
        if (!PhoneCommand::resetModeFromName(mode, &a.resetMode)) {
            r.fail(QStringLiteral("'mode' must be graceful, force or scheduled"));
        } else if (a.resetMode == PhoneCommand::ResetMode::Scheduled) {
            a.resetAt = QDateTime::fromString(at, Qt::ISODate).toUTC();
            if (!a.resetAt.isValid()) {
                r.fail(QStringLiteral("a scheduled reset needs 'at', a time (2026-12-01T22:00:00Z)"));
            }
        }
        break;
    }
    case Kind::UpdateConfig:
        r.boolean("regenerate", &a.regenerate);
        break;
    case Kind::UpdateFirmware:
        r.integer("firmwareId", &a.firmwareId, 1, maxId);
        if (r.ok() && a.firmwareId == 0) {
            r.fail(QStringLiteral("update-firmware needs 'firmwareId', one of the server's firmware files"));
        }
        break;
    case Kind::SendMessage:
        r.text("text", &a.text);
        r.integer("seconds", &a.seconds, 1, 86400);
        r.boolean("beep", &a.beep);
        if (r.ok() && (a.text.trimmed().isEmpty() || a.text.size() > 512)) {
            r.fail(QStringLiteral("send-message needs a 'text' of 1 to 512 characters"));
        }
        break;
    case Kind::ChangeRegion:
    case Kind::Approve:
        r.integer("regionId", &a.regionId, 1, maxId);
        if (a.kind == Kind::Approve) {
            r.integer("userId", &a.userId, 0, maxId);
        }
        if (r.ok() && a.regionId == 0) {
            r.fail(QStringLiteral("%1 needs 'regionId'").arg(kindName(a.kind)));
        }
        break;
    case Kind::ChangeModel:
        r.text("model", &a.model);
        a.model = PhoneModels::normalise(a.model);
        if (r.ok() && a.model.isEmpty()) {
            r.fail(
                QStringLiteral("change-model needs 'model' (%1)").arg(PhoneModels::known().join(QLatin1String(", "))));
        }
        break;
    case Kind::ChangeLanguage:
        r.text("language", &a.language);
        if (r.ok() && a.language.trimmed().isEmpty()) {
            r.fail(QStringLiteral("change-language needs 'language'"));
        }
        break;
    case Kind::ResetPasswords: {
        QString mode = QStringLiteral("random");
        r.text("mode", &mode);
        r.text("password", &a.password);
        if (mode == QLatin1String("random")) {
            a.passwordMode = PasswordMode::Random;
        } else if (mode == QLatin1String("same")) {
            a.passwordMode = PasswordMode::Same;
            if (r.ok() && a.password.size() < 4) {
                r.fail(QStringLiteral("reset-passwords with mode 'same' needs a 'password' of 4 characters or more"));
            }
        } else {
            r.fail(QStringLiteral("'mode' must be random or same"));
        }
        break;
    }
    case Kind::AllowFirstContact:
        r.integer("minutes", &a.minutes, 1, 7 * 24 * 60);
        break;
    case Kind::CheckStatus:
    case Kind::Delete:
    case Kind::Generate:
        break;
    }
    if (!r.finish(error)) {
        *error = QStringLiteral("%1: %2").arg(kindName(a.kind), *error);
        return false;
    }
    *out = a;
    return true;
}

QJsonObject PhoneAction::optionsJson() const
{
    switch (kind) {
    case Kind::Reset:
        return resetMode == PhoneCommand::ResetMode::Scheduled
            ? QJsonObject {{QStringLiteral("mode"), PhoneCommand::resetModeName(resetMode)},
                           {QStringLiteral("at"), resetAt.toString(Qt::ISODate)}}
            : QJsonObject {{QStringLiteral("mode"), PhoneCommand::resetModeName(resetMode)}};
    case Kind::UpdateConfig:
        return {{QStringLiteral("regenerate"), regenerate}};
    case Kind::UpdateFirmware:
        return {{QStringLiteral("firmwareId"), static_cast<double>(firmwareId)}};
    case Kind::SendMessage:
        return {{QStringLiteral("text"), text}, {QStringLiteral("seconds"), seconds}, {QStringLiteral("beep"), beep}};
    case Kind::ChangeRegion:
        return {{QStringLiteral("regionId"), static_cast<double>(regionId)}};
    case Kind::Approve:
        return {{QStringLiteral("regionId"), static_cast<double>(regionId)},
                {QStringLiteral("userId"), static_cast<double>(userId)}};
    case Kind::ChangeModel:
        return {{QStringLiteral("model"), model}};
    case Kind::ChangeLanguage:
        return {{QStringLiteral("language"), language}};
    case Kind::ResetPasswords:
        // The shared password is a secret: it is not kept with the job.
        return {{QStringLiteral("mode"),
                 passwordMode == PasswordMode::Random ? QStringLiteral("random") : QStringLiteral("same")}};
    case Kind::AllowFirstContact:
        return {{QStringLiteral("minutes"), minutes}};
    case Kind::CheckStatus:
    case Kind::Delete:
    case Kind::Generate:
        break;
    }
    return {};
}

bool PhoneAction::sendsCommand() const
{
    switch (kind) {
    case Kind::Reset:
    case Kind::CheckStatus:
    case Kind::UpdateConfig:
    case Kind::UpdateFirmware:
    case Kind::SendMessage:
    case Kind::ChangeRegion:
    case Kind::ChangeModel:
    case Kind::ChangeLanguage:
        return true;
    case Kind::Approve:
    case Kind::Delete:
    case Kind::ResetPasswords:
    case Kind::Generate:
    case Kind::AllowFirstContact:
        break;
    }
    return false;
}

bool PhoneAction::restartsPhones() const
{
    return kind == Kind::Reset || kind == Kind::UpdateFirmware;
}

bool PhoneAction::changesServer() const
{
    return !sendsCommand() || kind == Kind::ChangeRegion || kind == Kind::ChangeModel || kind == Kind::ChangeLanguage
        || (kind == Kind::UpdateConfig && regenerate);
}

ActionPacing PhoneAction::defaultPacing(int delayMs) const
{
    ActionPacing p;
    p.delayMs = delayMs;
    if (!sendsCommand()) {
        p.delayMs = 0;
        p.concurrency = 1;
    } else if (kind == Kind::UpdateFirmware) {
        p.batchSize = ActionPacing::firmwareBatch;
        p.batchPauseMs = ActionPacing::firmwarePauseMs;
    } else if (!restartsPhones()) {
        // A pause between phones asked for (install_delay_seconds) means one phone at a time.
        p.concurrency = delayMs > 0 ? 10 : ActionPacing::commandConcurrency;
    }
    return p;
}

bool PhoneAction::pacingFromJson(const QJsonObject& json, ActionPacing* pacing, QString* error,
                                 int defaultDelayMs) const
{
    ActionPacing p = defaultPacing(defaultDelayMs);
    JsonReader r(json);
    r.integer("delayMs", &p.delayMs, 0, 3600000);
    r.integer("batchSize", &p.batchSize, 1, 100000);
    r.integer("batchPauseMs", &p.batchPauseMs, 0, 24 * 3600000);
    r.integer("concurrency", &p.concurrency, 1, 1000);
    r.integer("maxRegionPercent", &p.maxRegionPercent, 1, 100);
    if (!r.finish(error)) {
        *error = QStringLiteral("pacing: %1").arg(*error);
        return false;
    }
    if (p.maxRegionPercent < 100 && kind == Kind::Reset && resetMode == PhoneCommand::ResetMode::Scheduled) {
        // Every phone of a scheduled reset restarts at the time set, whatever its batch.
        *error = QStringLiteral("pacing: maxRegionPercent: a scheduled reset restarts every phone at the time set, "
                                "so a share per batch would not hold; use a graceful or forced reset");
        return false;
    }
    *pacing = p;
    return true;
}

PhoneCommand PhoneAction::command(const QString& id, const QString& regionName, const QString& firmwareFile,
                                  const QString& firmwareVersion) const
{
    PhoneCommand c;
    c.id = id;
    switch (kind) {
    case Kind::Reset:
        c.kind = PhoneCommand::Kind::Reset;
        c.resetMode = resetMode;
        c.resetAt = resetAt;
        break;
    case Kind::CheckStatus:
        c.kind = PhoneCommand::Kind::CheckStatus;
        break;
    case Kind::UpdateFirmware:
        c.kind = PhoneCommand::Kind::UpdateFirmware;
        c.firmwareFile = firmwareFile;
        c.firmwareVersion = firmwareVersion;
        break;
    case Kind::SendMessage:
        c.kind = PhoneCommand::Kind::SendMessage;
        c.text = text;
        c.seconds = seconds;
        c.beep = beep;
        break;
    case Kind::ChangeRegion:
        c.kind = PhoneCommand::Kind::ChangeRegion;
        c.region = regionName;
        break;
    case Kind::UpdateConfig:
    case Kind::ChangeModel:
    case Kind::ChangeLanguage:
    case Kind::Approve:
    case Kind::Delete:
    case Kind::ResetPasswords:
    case Kind::Generate:
    case Kind::AllowFirstContact:
        c.kind = PhoneCommand::Kind::UpdateConfig;
        break;
    }
    return c;
}

QString PhoneAction::describe(int targets) const
{
    const QString what = targetsUsers() ? QStringLiteral("user(s)") : QStringLiteral("phone(s)");
    QString detail;
    if (kind == Kind::Reset) {
        detail = QStringLiteral(" (%1)").arg(PhoneCommand::resetModeName(resetMode));
    }
    return QStringLiteral("%1 %2 %3%4").arg(kindName(kind)).arg(targets).arg(what, detail);
}
