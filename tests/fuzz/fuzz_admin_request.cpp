// Fuzz target: what a signed-in client sends the admin API, and what the console reads back.
//   0: a JSON body as each entity's decoder reads it (users, regions, devices, templates,
//      placeholders, values, firmware, administrators). Invariant: a row a decoder made, written
//      out (toJson, what a GET returns) and sent back onto it (what a client's PUT of an
//      unchanged row does), is accepted and changes nothing.
//   1: JsonCursor, the console's tree-less reader, against QJsonDocument: it reads nothing
//      QJsonDocument refuses, and what both read, they read alike.
//   2: the device filters of a query string (/api/v1/devices?...) and of phonefleetctl --filter.
//      Invariant: a filter read from pairs, written back as pairs, reads as the same pairs.
#include "admin.h"
#include "apijson.h"
#include "devicefilter.h"
#include "entityfields.h"
#include "firmwarefile.h"
#include "fuzzinput.h"
#include "jsoncompare.h"
#include "overwritevalue.h"
#include "phonetemplate.h"
#include "region.h"
#include "user.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <cstdio>

namespace {
void sameJson(const QJsonObject& a, const QJsonObject& b)
{
    if (a != b) {
        std::fprintf(stderr, "written: %s\nread back and written: %s\n", QJsonDocument(a).toJson().constData(),
                     QJsonDocument(b).toJson().constData());
        fuzzFailure("what a decoder accepted does not read back the same");
    }
}

// The body applied to a stored row (as an update does; every stored phone has a MAC).
template <typename Row>
void roundTrip(const QJsonObject& object, const Row& stored = Row())
{
    Row row = stored;
    QString error;
    if (!ApiJson::fromJson(object, &row, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    // Only a row the field table accepts whole is stored and answered (a body may leave a
    // required field empty on a new row: the store refuses that row, in the same words).
    if (!fieldsOf<Row>().problem(row).isEmpty()) {
        return;
    }
    const QJsonObject written = ApiJson::toJson(row);
    Row again = row;
    if (!ApiJson::fromJson(written, &again, &error)) {
        std::fprintf(stderr, "accepted: %s\nwritten: %s\nrefused: %s\n", QJsonDocument(object).toJson().constData(),
                     QJsonDocument(written).toJson().constData(), qPrintable(error));
        fuzzFailure("a decoder refuses what it wrote from a row it accepted");
    }
    sameJson(written, ApiJson::toJson(again));
}

void adminRoundTrip(const QJsonObject& object)
{
    Admin admin;
    QString password;
    QString error;
    if (!ApiJson::fromJson(object, &admin, &password, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    const QJsonObject written = ApiJson::toJson(admin);
    FUZZ_CHECK(!written.contains(QLatin1String("password"))); // write-only
    if (!fieldsOf<Admin>().problem(admin).isEmpty()) {
        return; // a row the store refuses is never answered
    }
    Admin again = admin;
    FUZZ_CHECK(ApiJson::fromJson(written, &again, &password, &error));
    sameJson(written, ApiJson::toJson(again));
}

void bodies(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        return;
    }
    const QJsonObject o = doc.object();
    roundTrip<User>(o);
    roundTrip<Region>(o);
    Device phone;
    phone.mac = MacAddress::fromString(QStringLiteral("00908F000001"));
    roundTrip<Device>(o, phone);
    roundTrip<PhoneTemplate>(o);
    roundTrip<Placeholder>(o);
    roundTrip<OverwriteValue>(o);
    roundTrip<FirmwareFile>(o);
    adminRoundTrip(o);
    // The console's readers of the server's rows take any object without failing.
    Device d;
    ApiJson::read(o, &d);
    User u;
    ApiJson::read(o, &u);
    Alarm a;
    ApiJson::read(o, &a);
    Job job;
    JobCounts counts;
    ApiJson::read(o, &job, &counts);
}

void cursor(const QByteArray& text)
{
    QJsonValue ours;
    QJsonValue qt;
    const bool qtOk = JsonCompare::viaQt(text, &qt);
    const bool oursOk = JsonCompare::viaCursor(text, &ours);
    FUZZ_CHECK(qtOk || !oursOk);
    if (oursOk) {
        FUZZ_CHECK(ours == JsonCompare::asCursorReads(qt));
    }
}

void filters(FuzzInput& in)
{
    DeviceFilter filter;
    QString error;
    // (error is cleared before each call: a message left by one must not pass for the next's.)
    if (DeviceFilter::fromText(in.utf8Line(), &filter, &error)) {
        DeviceFilter again;
        error.clear();
        FUZZ_CHECK(DeviceFilter::fromPairs(filter.toPairs(), &again, &error));
        FUZZ_CHECK(again.toPairs() == filter.toPairs());
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    // As the server reads a query: percent-decoded pairs, paging keys ignored.
    const QUrlQuery query(QString::fromLatin1(in.rest()));
    DeviceFilter fromQuery;
    error.clear();
    if (DeviceFilter::fromPairs(query.queryItems(QUrl::FullyDecoded), &fromQuery, &error,
                                {QStringLiteral("offset"), QStringLiteral("limit"), QStringLiteral("sort")})) {
        DeviceFilter again;
        FUZZ_CHECK(DeviceFilter::fromPairs(fromQuery.toPairs(), &again, &error));
        FUZZ_CHECK(again.toPairs() == fromQuery.toPairs());
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput in(data, size);
    switch (in.byte() % 3) {
    case 0:
        bodies(in.rest());
        break;
    case 1:
        cursor(in.rest());
        break;
    default:
        filters(in);
        break;
    }
    return 0;
}
