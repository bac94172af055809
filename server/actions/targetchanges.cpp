#include "targetchanges.h"

#include "generator.h"
#include "randomsecret.h"
#include "store.h"

namespace {
StoreError generate(Store& store, const QVector<qint64>& devices, const QString& dir, const ServerContext& context,
                    QString* note)
{
    if (devices.isEmpty()) {
        return {};
    }
    const StoreResult<GenerationReport> report = Generator(store, dir, context).runFor(devices);
    if (!report) {
        return report.error();
    }
    if (!report->problems.isEmpty()) {
        return {StoreError::Code::Invalid, report->problems.first().message};
    }
    const QString generated = report->changed.isEmpty() ? QStringLiteral("file generated (unchanged)")
                                                        : QStringLiteral("file generated (changed)");
    *note += note->isEmpty() ? generated : QStringLiteral("; ") + generated;
    if (!report->unresolved.isEmpty()) {
        *note += QStringLiteral(" (unresolved: %1)").arg(report->unresolved.first());
    }
    return {};
}

// The report's unresolved entry of one phone ("MAC: Name, Name"), or nothing.
QString unresolvedOf(const GenerationReport& report, const QString& mac)
{
    const QString prefix = mac + QStringLiteral(": ");
    for (const QString& entry : report.unresolved) {
        if (entry.startsWith(prefix)) {
            return entry;
        }
    }
    return {};
}

StoreError changeDevice(Store& store, qint64 id, const std::function<void(Device*)>& change)
{
    StoreResult<Device> d = store.devices().get(id);
    if (!d) {
        return d.error();
    }
    change(&d.value());
    return store.devices().update(d.value()).error();
}
} // namespace

namespace TargetChanges {
StoreError apply(Store& store, const PhoneAction& a, const JobTarget& t, const QString& dir,
                 const ServerContext& context, QString* note)
{
    using K = PhoneAction::Kind;
    switch (a.kind) {
    case K::ChangeRegion:
    case K::ChangeModel:
    case K::ChangeLanguage:
    case K::Approve: {
        StoreError e = changeDevice(store, t.targetId, [&](Device* d) {
            switch (a.kind) {
            case K::ChangeRegion:
                moveToRegion(d, a.regionId);
                *note = QStringLiteral("moved to region %1").arg(a.regionId);
                break;
            case K::ChangeModel:
                d->model = a.model;
                *note = QStringLiteral("model %1").arg(a.model);
                break;
            case K::ChangeLanguage:
                d->language = a.language;
                *note = QStringLiteral("language %1").arg(a.language);
                break;
            default:
                d->approval = ApprovalState::Approved;
                moveToRegion(d, a.regionId);
                if (a.userId > 0) {
                    d->userId = a.userId;
                }
                *note = QStringLiteral("approved into region %1").arg(a.regionId);
                break;
            }
        });
        if (e.isError()) {
            return e;
        }
        return generate(store, {t.targetId}, dir, context, note);
    }
    case K::AllowFirstContact: {
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(qint64(a.minutes) * 60);
        *note = QStringLiteral("first contact allowed until %1").arg(until.toString(Qt::ISODate));
        return changeDevice(store, t.targetId, [&](Device* d) { d->firstContactUntil = until; });
    }
    case K::Delete: {
        const StoreResult<Device> d = store.devices().get(t.targetId);
        if (!d) {
            return d.error();
        }
        *note = QStringLiteral("removed");
        return store.removeDevice(d.value());
    }
    case K::ResetPasswords: {
        StoreResult<User> u = store.users().get(t.targetId);
        if (!u) {
            return u.error();
        }
        u->password = a.passwordMode == PhoneAction::PasswordMode::Same ? a.password : RandomSecret::password(12);
        if (StoreError e = store.users().update(u.value()).error(); e.isError()) {
            return e;
        }
        *note = a.passwordMode == PhoneAction::PasswordMode::Same ? QStringLiteral("password set")
                                                                  : QStringLiteral("new random password");
        const StoreResult<QVector<Device>> devices = store.devices().listWhere(QStringLiteral("user_id"), u->id);
        if (!devices) {
            return devices.error();
        }
        QVector<qint64> ids;
        for (const Device& d : devices.value()) {
            ids.append(d.id);
        }
        return generate(store, ids, dir, context, note);
    }
    case K::Generate:
    case K::UpdateConfig:
        return generate(store, {t.targetId}, dir, context, note);
    case K::Reset:
    case K::CheckStatus:
    case K::UpdateFirmware:
    case K::SendMessage:
        break;
    }
    return {};
}

StoreResult<QHash<qint64, Generated>> generateMany(Store& store, const QVector<JobTarget>& targets, const QString& dir,
                                                   const ServerContext& context)
{
    QHash<qint64, Generated> results;
    if (targets.isEmpty()) {
        return results;
    }
    QVector<qint64> devices;
    for (const JobTarget& t : targets) {
        devices.append(t.targetId);
    }
    // A phone deleted since the job was made is one of the report's problems, not an error.
    const StoreResult<GenerationReport> report = Generator(store, dir, context).runFor(devices);
    if (!report) {
        return report.error();
    }
    QHash<qint64, QString> problems;
    QString templateProblem; // a template's global file: every phone of the run shares it
    for (const GenerationReport::Problem& p : report->problems) {
        if (p.deviceId > 0) {
            problems.insert(p.deviceId, p.message);
        } else if (templateProblem.isEmpty()) {
            templateProblem = QStringLiteral("%1: %2").arg(p.subject, p.message);
        }
    }
    for (const JobTarget& t : targets) {
        Generated& r = results[t.targetId];
        r.ok = !problems.contains(t.targetId) && templateProblem.isEmpty();
        if (!r.ok) {
            r.note = problems.value(t.targetId, templateProblem);
            continue;
        }
        r.note = report->changed.contains(t.targetId) ? QStringLiteral("file generated (changed)")
                                                      : QStringLiteral("file generated (unchanged)");
        const QString unresolved = unresolvedOf(report.value(), t.label);
        if (!unresolved.isEmpty()) {
            r.note += QStringLiteral(" (unresolved: %1)").arg(unresolved);
        }
    }
    return results;
}
} // namespace TargetChanges
