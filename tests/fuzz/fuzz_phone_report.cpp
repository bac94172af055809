// Fuzz target: the JSON bodies phones POST, keep-alive (with a User-Agent header) and alert.
// Invariants: a report read is for a valid MAC, its texts stay within the field limit, a VLAN is
// in range, a User-Agent that names a MAC names the report's; an alert's alarms have a name and
// a severity and a time.
#include "alertreport.h"
#include "fuzzinput.h"
#include "keepalivereport.h"
#include "useragent.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput in(data, size);
    QString error;
    if (in.byte() % 2 == 0) {
        const QString userAgent = in.utf8Line();
        const QByteArray body = in.rest();
        KeepAliveReport report;
        if (KeepAliveReport::parse(body, userAgent, &report, &error)) {
            FUZZ_CHECK(!report.mac.isNull());
            FUZZ_CHECK(report.mac.toString().size() == 12);
            for (const QString* text : {&report.ipAddress, &report.userName, &report.phoneNumber, &report.location,
                                        &report.emsUserPassword, &report.userAgent, &report.firmwareVersion}) {
                FUZZ_CHECK(text->size() <= 256);
            }
            FUZZ_CHECK(report.vlanId >= -1 && report.vlanId <= 4094);
            const UserAgent agent = UserAgent::parse(userAgent.trimmed());
            FUZZ_CHECK(agent.mac.isNull() || agent.mac == report.mac);
        } else {
            FUZZ_CHECK(!error.isEmpty());
        }
    } else {
        AlertReport report;
        if (AlertReport::parse(in.rest(), &report, &error)) {
            for (const Alarm& alarm : report.alerts) {
                FUZZ_CHECK(alarm.raisedAt.isValid());
                FUZZ_CHECK(alarm.raisedAt.timeSpec() == Qt::UTC);
            }
        } else {
            FUZZ_CHECK(!error.isEmpty());
        }
    }
    return 0;
}
