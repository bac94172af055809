#pragma once

// What the phone-server integration tests share: the sample reports, and a base test object
// that starts the real phonefleetd on the backend PHONEFLEET_TEST_BACKEND chooses (SQLite or a
// throwaway PostgreSQL cluster).
#include "rawhttp.h"
#include "serverprocess.h"
#include "store.h"
#include "testbackend.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

namespace PhoneServerTest {
inline const QString adminPassword = QStringLiteral("a-long-enough-password");
inline const QByteArray keepAlivePath = "/rest/v1/ipphoneMgrStatus/keep-alive";
inline const QByteArray alertPath = "/rest/v1/ipphoneMgrAlert/alert";

inline QByteArray keepAliveFor(const QByteArray& mac, const QByteArray& status = "registered",
                               const QByteArray& userName = "alice.moreau")
{
    QJsonObject o = QJsonDocument::fromJson(readTestData(QStringLiteral("samples/keepalive.json"))).object();
    o.insert(QStringLiteral("mac"), QString::fromLatin1(mac));
    o.insert(QStringLiteral("status"), QString::fromLatin1(status));
    o.insert(QStringLiteral("userName"), QString::fromLatin1(userName));
    o.insert(QStringLiteral("userAgent"),
             QStringLiteral("AUDC-IPPhone/3.4.3.1 (430HD; %1)").arg(QString::fromLatin1(mac)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray alertFor(const QByteArray& mac, const QByteArray& severity)
{
    QJsonObject o = QJsonDocument::fromJson(readTestData(QStringLiteral("samples/alert.json"))).object();
    QJsonArray alerts = o.value(QStringLiteral("alerts")).toArray();
    QJsonObject a = alerts.first().toObject();
    a.insert(QStringLiteral("source"), QStringLiteral("IPPhone/") + QString::fromLatin1(mac));
    a.insert(QStringLiteral("severity"), QString::fromLatin1(severity));
    alerts[0] = a;
    o.insert(QStringLiteral("alerts"), alerts);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QHostAddress client(int n)
{
    return QHostAddress(QStringLiteral("127.0.%1.%2").arg(n / 250).arg(n % 250 + 2));
}

// The value of a key in a cfg text.
inline QString cfgValue(const QByteArray& cfg, const QString& key)
{
    const QRegularExpression re(QStringLiteral("^") + QRegularExpression::escape(key) + QStringLiteral("=(.*)$"),
                                QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(cfg)).captured(1).trimmed();
}
} // namespace PhoneServerTest

class PhoneServerFixture : public QObject
{
protected:
    QString newDatabase() { return m_backend.newDatabase(); }

    // phonefleetd on db with an administrator "admin" (adminPassword), plus extra options.
    void startServer(ServerProcess& server, const QString& db, const QStringList& extra = {})
    {
        const QString dataDir = m_backend.dataDir();
        QString error;
        const bool started = server.start(QStringList {QStringLiteral("--database"), db, QStringLiteral("--data-dir"),
                                                       dataDir, QStringLiteral("--admin-user"), QStringLiteral("admin")}
                                              + extra,
                                          PhoneServerTest::adminPassword, &error);
        QVERIFY2(started, qPrintable(error));
    }

    // The test's own connection to the server's database, to set up and check rows.
    std::unique_ptr<Store> openStore(const QString& db)
    {
        auto store = std::make_unique<Store>();
        QString error;
        const StoreError e = store->open(StoreUrl::parse(db, &error));
        if (e.isError()) {
            qFatal("%s", qPrintable(e.message));
        }
        return store;
    }

    // An approved 430HD in that region (made with those subnets when it does not exist yet).
    Device approvedDevice(Store& store, const QString& mac, const QString& region, const QString& subnets)
    {
        Region r;
        r.name = region;
        r.provisioningSubnets = subnets;
        StoreResult<Region> saved = store.regions().findOne(QStringLiteral("name"), region);
        if (!saved) {
            saved = store.regions().insert(r);
        }
        Device d;
        d.mac = MacAddress::fromString(mac);
        d.model = QStringLiteral("430HD");
        d.regionId = saved->id;
        assignProvisioningCredentials(&d);
        return store.devices().insert(d).value();
    }

    TestBackend m_backend;
};
