#include "settingsapi.h"

#include "serversettings.h"
#include "serverstate.h"
#include "trustedproxypolicy.h"

void SettingsApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/settings", ApiNeed::Read, [this](const ApiRequestPtr& r) { get(r); });
    router.add("PUT", "/api/v1/settings", ApiNeed::SystemWrite, [this](const ApiRequestPtr& r) { update(r); });
}

void SettingsApi::get(const ApiRequestPtr& r)
{
    const StoreResult<QHash<QString, QString>> stored = store().settings().all();
    const StoreResult<qint64> revision = store().settings().revision();
    if (!loaded(r, stored) || !loaded(r, revision)) {
        return;
    }
    QJsonObject values;
    QJsonObject defaults;
    QJsonObject secrets;
    for (const QString& name : ServerSettings::names()) {
        defaults.insert(name, ServerSettings::defaultValue(name));
        if (ServerSettings::isSecret(name)) {
            secrets.insert(name, !stored->value(name).isEmpty());
        } else {
            values.insert(name, stored->contains(name) ? stored->value(name) : ServerSettings::defaultValue(name));
        }
    }
    r->reply(200,
             {{QStringLiteral("settings"), values},
              {QStringLiteral("defaults"), defaults},
              {QStringLiteral("secretsSet"), secrets},
              // What phones are told now (server_address, else this host's name and port).
              {QStringLiteral("phoneAddress"), state().context.serverAddress},
              {QStringLiteral("phoneScheme"), state().context.https ? QStringLiteral("https") : QStringLiteral("http")},
              {QStringLiteral("revision"), static_cast<double>(revision.value())}});
}

void SettingsApi::update(const ApiRequestPtr& r)
{
    QJsonObject body;
    qint64 revision = 0;
    if (!r->object(&body) || !r->revision(body, &revision)) {
        return;
    }
    const QJsonObject changes = body.value(QStringLiteral("settings")).toObject();
    if (changes.isEmpty()) {
        r->fail(400,
                QStringLiteral("give the settings to change as {\"settings\": {\"name\": \"value\"}, "
                               "\"revision\": N}"));
        return;
    }
    QHash<QString, QString> values;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!ServerSettings::names().contains(it.key())) {
            r->fail(400,
                    QStringLiteral("'%1' is not a setting (settings: %2)")
                        .arg(it.key(), ServerSettings::names().join(QLatin1String(", "))));
            return;
        }
        if (!it.value().isString()) {
            r->fail(400, QStringLiteral("%1: a setting's value is a string").arg(it.key()));
            return;
        }
        const QString value = it.value().toString();
        if (const QString problem = ServerSettings::check(it.key(), value); !problem.isEmpty()) {
            r->fail(400, problem);
            return;
        }
        if (it.key() == QLatin1String("system_provisioning_subnets")) {
            // Else this node would refuse to start again (PhoneFleetServer::reviewTrustedProxies).
            const TrustedProxyPolicy::Review review =
                TrustedProxyPolicy::review(state().trustedProxies, {TrustedProxyPolicy::Subnets::ofSystem(value)});
            if (!review.refusals.isEmpty()) {
                r->fail(409, QStringLiteral("%1: %2").arg(it.key(), review.refusals.join(QLatin1String("; "))));
                return;
            }
        }
        values.insert(it.key(), value);
    }
    QStringList names = values.keys();
    names.sort();
    write(
        r, {QStringLiteral("change settings"), names.join(QLatin1String(", ")), {}},
        [values, revision](Store& s, AuditNote*) -> StoreError {
            const StoreResult<qint64> current = s.settings().revision();
            if (!current) {
                return current.error();
            }
            if (current.value() != revision) {
                return {StoreError::Code::Conflict,
                        QStringLiteral("the settings were changed by someone else (revision %1, not %2); reload "
                                       "them and try again")
                            .arg(current.value())
                            .arg(revision)};
            }
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                if (StoreError e = s.settings().setValue(it.key(), it.value()); e.isError()) {
                    return e;
                }
            }
            return {};
        },
        [this, r] {
            if (!state().settingsChanged) {
                get(r);
                return;
            }
            // Answered once every serving thread has the new settings (a request right after
            // the answer may land on any of them).
            auto* here = new QObject; // lives on this thread: the answer is made here
            state().settingsChanged([this, r, here] {
                QMetaObject::invokeMethod(
                    here,
                    [this, r, here] {
                        here->deleteLater();
                        get(r);
                    },
                    Qt::QueuedConnection);
            });
        });
}
