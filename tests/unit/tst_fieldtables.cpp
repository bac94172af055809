// The field tables (core/fields) against what follows from them and what must agree with them:
// the migrated schema, docs/api/openapi.yaml, the JSON both ways, and the one check that the
// API, the users CSV and the store share.
#include "apijson.h"
#include "entityfields.h"
#include "fieldjson.h"
#include "rowtraits.h"
#include "store.h"
#include "storeurl.h"
#include "usercsv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// A field table as the tests see it: its specs, the API schema it is documented as, the keys
// its answers add that are no field (derived, or names of ids), and its store table.
struct TableView
{
    QString name;
    QVector<FieldSpec> fields;
    QString schema;           // in openapi.yaml; empty: not an API schema of its own
    QStringList extraKeys;    // answer members that are no field
    QString storeTable;       // empty: not stored as a table of its own
    QStringList extraColumns; // columns that are no field
};

template <class Row>
TableView view(const QString& name, const QString& schema, const QStringList& extraKeys, const QString& storeTable,
               const QStringList& extraColumns = {})
{
    TableView v {name, {}, schema, extraKeys, storeTable, extraColumns};
    for (const Field<Row>& f : fieldsOf<Row>().fields()) {
        v.fields.append(f);
    }
    return v;
}

QVector<TableView> allTables()
{
    const QString templ = QLatin1String(RowTraits<PhoneTemplate>::table());
    return {
        view<Region>("region", "Region", {"level"}, RowTraits<Region>::table()),
        view<Site>("site", "Site", {}, RowTraits<Site>::table()),
        view<User>("user", "User", {"hasPassword", "deviceCount", "devices"}, RowTraits<User>::table()),
        // The phone-trust columns are phonetrust.cpp's, written in SQL of their own.
        view<Device>("device", "Device", {"userName", "regionName"}, RowTraits<Device>::table(),
                     {"proof_address", "proof_open_until", "proof_token", "own_fetch_at", "first_contact_at"}),
        view<TemplateFile>("template file", "TemplateFile", {"size"}, {}),
        view<PhoneTemplate>("template", "Template", {"globalFile", "deviceFile", "unresolvedPhones"}, templ),
        view<Placeholder>("placeholder", "Placeholder", {}, RowTraits<Placeholder>::table()),
        view<OverwriteValue>("overwrite", "Overwrite", {}, RowTraits<OverwriteValue>::table()),
        view<Alarm>("alarm", "Alarm", {"active", "ipAddress", "regionId"}, RowTraits<Alarm>::table()),
        view<FirmwareFile>("firmware", "Firmware", {"warning"}, RowTraits<FirmwareFile>::table(),
                           {"content", "content_encoding"}),
        view<ConfigFile>("config file", "ConfigFile", {"generated"}, RowTraits<ConfigFile>::table(),
                         {"content", "content_encoding"}),
        view<AuditEntry>("log entry", "LogEntry", {}, RowTraits<AuditEntry>::table()),
        // A job's lease (which node works on it) is jobtargets.cpp's.
        view<Job>("job", "Job", {"options", "pacing", "counts", "progress"}, RowTraits<Job>::table(),
                  {"node", "lease_until"}),
        view<Admin>("admin", "Admin", {"regionLevels", "locked", "failedLogins"}, RowTraits<Admin>::table()),
    };
}

// One property of a schema: "vlanId: {type: integer, minimum: 0, maximum: 4094}".
struct Property
{
    QString type;
    QString format;
    bool readOnly = false;
    bool writeOnly = false;
    bool nullable = false;
    QString minimum;
    QString maximum;
    QStringList enumValues;
};

// The direct properties of each schema of docs/api/openapi.yaml (those of "Row" included
// where the schema is "allOf: [Row, ...]"). A reader of this file's layout only: one property
// a line, as the file writes them.
QHash<QString, QHash<QString, Property>> schemaProperties(QString* error)
{
    QFile file(QDir(qEnvironmentVariable("PHONEFLEET_SOURCE_DIR")).filePath(QStringLiteral("docs/api/openapi.yaml")));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    static const QRegularExpression schemaLine(QStringLiteral("^    ([A-Za-z]+):"));
    static const QRegularExpression propertyLine(QStringLiteral("^(\\s+)([A-Za-z0-9]+):\\s*(\\{.*\\})?\\s*$"));
    static const QRegularExpression attribute(QStringLiteral("(\\w+):\\s*(\\[[^\\]]*\\]|[^,}]+)"));
    QHash<QString, QHash<QString, Property>> schemas;
    QHash<QString, bool> usesRow;
    bool inSchemas = false;
    QString schema;
    int propertiesIndent = -1;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(QLatin1String("  schemas:"))) {
            inSchemas = true;
            continue;
        }
        if (!inSchemas || line.trimmed().isEmpty()) {
            continue;
        }
        if (!line.startsWith(QLatin1String("    "))) {
            break; // past components/schemas
        }
        if (const QRegularExpressionMatch m = schemaLine.match(line); m.hasMatch()) {
            schema = m.captured(1);
            propertiesIndent = -1;
            continue;
        }
        if (line.contains(QLatin1String("#/components/schemas/Row")) && !line.contains(QLatin1String("items"))) {
            usesRow[schema] = true;
        }
        if (line.trimmed() == QLatin1String("properties:")) {
            const int indent = static_cast<int>(line.indexOf(u'p'));
            if (propertiesIndent < 0) {
                propertiesIndent = indent;
            }
            continue;
        }
        const QRegularExpressionMatch m = propertyLine.match(line);
        if (!m.hasMatch() || propertiesIndent < 0 || m.captured(1).size() != propertiesIndent + 2) {
            continue;
        }
        Property p;
        QRegularExpressionMatchIterator it = attribute.globalMatch(m.captured(3));
        while (it.hasNext()) {
            const QRegularExpressionMatch a = it.next();
            const QString key = a.captured(1);
            const QString value = a.captured(2).trimmed();
            if (key == QLatin1String("type")) {
                p.type = value;
            } else if (key == QLatin1String("format")) {
                p.format = value;
            } else if (key == QLatin1String("readOnly")) {
                p.readOnly = value == QLatin1String("true");
            } else if (key == QLatin1String("writeOnly")) {
                p.writeOnly = value == QLatin1String("true");
            } else if (key == QLatin1String("nullable")) {
                p.nullable = value == QLatin1String("true");
            } else if (key == QLatin1String("minimum")) {
                p.minimum = value;
            } else if (key == QLatin1String("maximum")) {
                p.maximum = value;
            } else if (key == QLatin1String("enum")) {
                for (const QString& word : value.mid(1, value.size() - 2).split(u',')) {
                    p.enumValues << word.trimmed();
                }
            }
        }
        schemas[schema].insert(m.captured(2), p);
    }
    for (auto it = usesRow.constBegin(); it != usesRow.constEnd(); ++it) {
        for (auto row = schemas.value(QStringLiteral("Row")).constBegin();
             row != schemas.value(QStringLiteral("Row")).constEnd(); ++row) {
            schemas[it.key()].insert(row.key(), row.value());
        }
    }
    return schemas;
}

QString jsonType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Reference:
        return QStringLiteral("integer");
    case FieldType::Flag:
        return QStringLiteral("boolean");
    default:
        return QStringLiteral("string");
    }
}
} // namespace

class TestFieldTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreUniqueAndComplete();
    void storedColumnsAreTheSchema();
    void openApiDescribesEachField();
    void answersHoldNoSecret();
    void deviceJsonRoundTrips();
    void oneCheckEverywhere();
    void changedNamesFieldsNotValues();
};

void TestFieldTables::namesAreUniqueAndComplete()
{
    for (const TableView& t : allTables()) {
        QSet<QString> members;
        QSet<QString> keys;
        QSet<QString> columns;
        for (const FieldSpec& f : t.fields) {
            const QString what = t.name + u'.' + QLatin1String(f.member);
            QVERIFY2(!members.contains(QLatin1String(f.member)), qPrintable(what + QStringLiteral(": member twice")));
            members.insert(QLatin1String(f.member));
            if (f.json) {
                QVERIFY2(!keys.contains(QLatin1String(f.json)), qPrintable(what + QStringLiteral(": JSON key twice")));
                keys.insert(QLatin1String(f.json));
                QVERIFY2(!t.extraKeys.contains(QLatin1String(f.json)), qPrintable(what));
            }
            if (f.column) {
                QVERIFY2(!columns.contains(QLatin1String(f.column)),
                         qPrintable(what + QStringLiteral(": column twice")));
                columns.insert(QLatin1String(f.column));
            }
            QVERIFY2(f.label && qstrlen(f.label) > 0 && qstrcmp(f.label, f.member) != 0,
                     qPrintable(what + QStringLiteral(": no label for the console")));
            QVERIFY2(!f.has(FieldFlag::Internal) || !f.json,
                     qPrintable(what + QStringLiteral(": internal with a key")));
            QVERIFY2(f.type != FieldType::Choice || !f.choices.isEmpty() || f.has(FieldFlag::Reported),
                     qPrintable(what + QStringLiteral(": a choice of nothing")));
        }
    }
}

void TestFieldTables::storedColumnsAreTheSchema()
{
    // Every stored field is a column of the migrated schema, and every column of it is a field
    // (id, revision and content columns aside): a migration and its field go together.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    QString error;
    const StoreUrl url = StoreUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("s.db")), &error);
    const StoreError opened = store.open(url);
    QVERIFY2(!opened.isError(), qPrintable(opened.message));
    for (const TableView& t : allTables()) {
        if (t.storeTable.isEmpty()) {
            continue;
        }
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.storeTable)));
        QSet<QString> columns;
        while (q.next()) {
            columns.insert(q.value(1).toString());
        }
        QVERIFY2(!columns.isEmpty(), qPrintable(t.storeTable));
        QSet<QString> fields;
        for (const FieldSpec& f : t.fields) {
            if (f.column) {
                fields.insert(QLatin1String(f.column));
                QVERIFY2(columns.contains(QLatin1String(f.column)),
                         qPrintable(QStringLiteral("%1.%2: no such column in the schema").arg(t.name, f.column)));
            }
        }
        for (const QString& c : std::as_const(columns)) {
            QVERIFY2(fields.contains(c) || c == QLatin1String("id") || c == QLatin1String("revision")
                         || t.extraColumns.contains(c),
                     qPrintable(QStringLiteral("%1.%2: a column no field describes").arg(t.storeTable, c)));
        }
    }
}

void TestFieldTables::openApiDescribesEachField()
{
    QString error;
    const QHash<QString, QHash<QString, Property>> schemas = schemaProperties(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(schemas.contains(QStringLiteral("Device")));
    for (const TableView& t : allTables()) {
        QVERIFY2(schemas.contains(t.schema), qPrintable(t.schema + QStringLiteral(" is not in openapi.yaml")));
        const QHash<QString, Property> props = schemas.value(t.schema);
        QSet<QString> described;
        for (const FieldSpec& f : t.fields) {
            if (!f.json) {
                continue;
            }
            const QString key = QLatin1String(f.json);
            const QString what = QStringLiteral("%1.%2 (openapi.yaml)").arg(t.schema, key);
            described.insert(key);
            QVERIFY2(props.contains(key), qPrintable(what + QStringLiteral(": not documented")));
            const Property p = props.value(key);
            QVERIFY2(p.type == jsonType(f.type), qPrintable(what + QStringLiteral(": type ") + p.type));
            // A row's revision is the server's, yet clients send it back with a change (409 when
            // stale): the API reads it apart from the fields, and the file says so.
            if (key != QLatin1String("revision")) {
                QVERIFY2(p.readOnly == f.has(FieldFlag::ReadOnly), qPrintable(what + QStringLiteral(": readOnly")));
            }
            QVERIFY2(p.writeOnly == f.has(FieldFlag::WriteOnly), qPrintable(what + QStringLiteral(": writeOnly")));
            if ((f.type == FieldType::Reference || f.type == FieldType::Time) && !f.has(FieldFlag::Required)) {
                QVERIFY2(p.nullable || key == QLatin1String("id"), qPrintable(what + QStringLiteral(": nullable")));
            }
            if (f.type == FieldType::Time) {
                QVERIFY2(p.format == QLatin1String("date-time"), qPrintable(what + QStringLiteral(": format")));
            }
            if (f.type == FieldType::Integer && f.max != Fields::maxId) {
                const bool asEnum =
                    p.enumValues.size() == f.max - f.min + 1 && p.enumValues.first() == QString::number(f.min);
                QVERIFY2(asEnum || (p.minimum == QString::number(f.min) && p.maximum == QString::number(f.max)),
                         qPrintable(what + QStringLiteral(": range %1..%2").arg(f.min).arg(f.max)));
            }
            if (f.type == FieldType::Choice && !f.has(FieldFlag::Reported)) {
                QCOMPARE(QSet<QString>(p.enumValues.begin(), p.enumValues.end()),
                         QSet<QString>(f.choices.begin(), f.choices.end()));
            }
        }
        for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
            QVERIFY2(described.contains(it.key()) || t.extraKeys.contains(it.key()),
                     qPrintable(QStringLiteral("%1.%2 is documented but no field of the %3 table")
                                    .arg(t.schema, it.key(), t.name)));
        }
    }
}

void TestFieldTables::answersHoldNoSecret()
{
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B01"));
    d.provisioningUser = QStringLiteral("00908F1A2B01");
    d.provisioningSecret = QStringLiteral("fedcba9876543210fedcba9876543210");
    d.pushAddress = QStringLiteral("10.9.9.9");
    User u;
    u.name = QStringLiteral("alice");
    u.password = QStringLiteral("Xk4!pr9w");
    Admin a;
    a.name = QStringLiteral("root");
    a.passwordHash = QStringLiteral("pbkdf2-sha256$600000$c2FsdA==$aGFzaA==");
    JsonWriter w;
    w.beginArray();
    w.beginObject();
    FieldJson::writeMembers(w, d);
    w.endObject();
    w.endArray();
    const QByteArray written = w.take();
    const QByteArray objects =
        QJsonDocument(QJsonArray {ApiJson::toJson(d), ApiJson::toJson(u), ApiJson::toJson(a)}).toJson();
    for (const QByteArray& text : {written, objects}) {
        QVERIFY(!text.contains("fedcba9876543210"));
        QVERIFY(!text.contains("10.9.9.9"));
        QVERIFY(!text.contains("Xk4!pr9w"));
        QVERIFY(!text.contains("pbkdf2"));
        QVERIFY(!text.contains("provisioning"));
    }
    // Both writers write the same members with the same values.
    QCOMPARE(QJsonDocument::fromJson(written).array().first().toObject(), ApiJson::toJson(d));
    // A client cannot set what is the server's.
    QString error;
    Device target;
    QVERIFY(!ApiJson::fromJson({{QStringLiteral("provisioningSecret"), QStringLiteral("x")}}, &target, &error));
    QVERIFY2(error.contains(QLatin1String("unknown field")), qPrintable(error));
    QVERIFY(ApiJson::fromJson({{QStringLiteral("ipAddress"), QStringLiteral("10.1.1.1")}}, &target, &error));
    QVERIFY(target.ipAddress.isEmpty()); // read-only: accepted and ignored
}

void TestFieldTables::deviceJsonRoundTrips()
{
    Device d;
    d.id = 42;
    d.revision = 7;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B01"));
    d.model = QStringLiteral("430HD");
    d.teams = true;
    d.displayName = QStringLiteral("Reception \"front\"");
    d.userId = 3;
    d.serialNumber = QStringLiteral("SN1");
    d.language = QStringLiteral("German");
    d.vlanMode = QStringLiteral("manual");
    d.vlanId = 4094;
    d.vlanPriority = 7;
    d.approval = ApprovalState::Pending;
    d.ipAddress = QStringLiteral("10.0.0.5");
    d.sipStatus = SipStatus::Registered;
    d.lastReport = QDateTime(QDate(2026, 12, 2), QTime(10, 41, 52, 123), Qt::UTC);
    const QJsonObject o = ApiJson::toJson(d);
    QCOMPARE(o.value(QStringLiteral("regionId")), QJsonValue(QJsonValue::Null));
    QCOMPARE(o.value(QStringLiteral("lastStatusChange")), QJsonValue(QJsonValue::Null));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("registered"));
    Device back;
    QVERIFY(ApiJson::read(o, &back));
    QCOMPARE(FieldJson::toObject(back), o);
    QCOMPARE(back.lastReport, d.lastReport);
    QCOMPARE(back.approval, ApprovalState::Pending);
    // A client's spelling of a model is normalised, its flavour kept.
    Device created;
    QString error;
    QVERIFY2(ApiJson::fromJson({{QStringLiteral("mac"), QStringLiteral("00-90-8f-1a-2b-02")},
                                {QStringLiteral("model"), QStringLiteral("Audiocodes_420HD_LYNC")}},
                               &created, &error),
             qPrintable(error));
    QCOMPARE(created.model, QStringLiteral("420HD"));
    QVERIFY(created.teams);
    QCOMPARE(created.mac.toString(), QStringLiteral("00908F1A2B02"));
}

void TestFieldTables::oneCheckEverywhere()
{
    // The API, the users CSV and the store refuse a VLAN priority of 8 in the same words.
    const QString words = QStringLiteral("VLAN priority must be a whole number from 0 to 7, not 8");
    Device d;
    QString api;
    QVERIFY(!ApiJson::fromJson({{QStringLiteral("vlanPriority"), 8}}, &d, &api));
    QVERIFY2(api.contains(words), qPrintable(api));

    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    QVERIFY(!UserCsv::read("Name,Device 1 MAC Address,Device 1 VLAN Priority\nann,00908F000001,8\n", &rows, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(words), qPrintable(problems.first().message));

    Device stored;
    stored.mac = MacAddress::fromString(QStringLiteral("00908F000001"));
    stored.vlanPriority = 8;
    const StoreError e = RowTraits<Device>::validate(stored);
    QVERIFY(e.isError());
    QCOMPARE(e.message, QStringLiteral("device 00908F000001: ") + words);

    // The vendor's word for the template level is taken, and stored as the level's own word.
    Placeholder p;
    QVERIFY2(ApiJson::fromJson({{QStringLiteral("level"), QStringLiteral("model")},
                                {QStringLiteral("ownerId"), 4},
                                {QStringLiteral("name"), QStringLiteral("NTP")}},
                               &p, &api),
             qPrintable(api));
    QCOMPARE(p.level, PlaceholderLevel::Template);
    QVERIFY(!ApiJson::fromJson({{QStringLiteral("level"), QStringLiteral("planet")}}, &p, &api));
    QVERIFY2(api.contains(QLatin1String("system, template, region, site or device")), qPrintable(api));

    // What a phone said of an alarm is kept as it said it, but an alarm needs a name.
    Alarm alarm;
    alarm.name = QStringLiteral("odd \x01 name");
    alarm.description = QStringLiteral("two\nlines");
    QVERIFY(!RowTraits<Alarm>::validate(alarm).isError());
    alarm.name.clear();
    QVERIFY(RowTraits<Alarm>::validate(alarm).isError());

    // And a text with a line break, wherever it comes from.
    QVERIFY(!ApiJson::fromJson({{QStringLiteral("displayName"), QStringLiteral("a\nb")}}, &d, &api));
    QVERIFY2(api.contains(QLatin1String("Display name cannot hold a line break")), qPrintable(api));
    stored.vlanPriority = 0;
    stored.displayName = QStringLiteral("a\rb");
    QVERIFY(
        RowTraits<Device>::validate(stored).message.endsWith(QLatin1String("Display name cannot hold a line break")));
}

void TestFieldTables::changedNamesFieldsNotValues()
{
    User before;
    before.name = QStringLiteral("alice");
    before.password = QStringLiteral("old-secret");
    User after = before;
    after.revision = 9;
    QVERIFY(fieldsOf<User>().changed(before, after).isEmpty());
    after.password = QStringLiteral("new-secret");
    after.displayName = QStringLiteral("Alice");
    QCOMPARE(fieldsOf<User>().changed(before, after),
             QStringList({QStringLiteral("password"), QStringLiteral("displayName")}));
    PhoneTemplate t;
    PhoneTemplate t2 = t;
    t2.deviceFile.data = QStringLiteral("a=1\n");
    QCOMPARE(fieldsOf<PhoneTemplate>().changed(t, t2), QStringList {QStringLiteral("deviceFile.data")});
}

QTEST_GUILESS_MAIN(TestFieldTables)
#include "tst_fieldtables.moc"
