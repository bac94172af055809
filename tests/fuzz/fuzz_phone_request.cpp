// Fuzz target: what a phone's request line and headers carry, read before anything else: the
// provisioning path, the Authorization header, the User-Agent and MAC addresses.
// Invariants: a path read names a safe file (and a clean region); a MAC read prints as twelve
// upper-case hex digits and reads back as itself in both spellings; a User-Agent's MAC is a
// valid one; credentials never verify against a secret the input cannot know.
#include "fuzzinput.h"
#include "httpcredentials.h"
#include "macaddress.h"
#include "provisioningpath.h"
#include "useragent.h"

#include <QRandomGenerator>

namespace {
void checkMac(const MacAddress& mac)
{
    if (mac.isNull()) {
        return;
    }
    const QString digits = mac.toString();
    FUZZ_CHECK(digits.size() == 12);
    for (const QChar c : digits) {
        FUZZ_CHECK((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F')));
    }
    FUZZ_CHECK(MacAddress::fromString(digits) == mac);
    FUZZ_CHECK(MacAddress::fromString(mac.toColonString()) == mac);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput in(data, size);
    switch (in.byte() % 4) {
    case 0: {
        const ProvisioningPath path = ProvisioningPath::parse(in.rest());
        if (path.isValid()) {
            // A name that stays in its folder and is none of the server's own hidden files.
            FUZZ_CHECK(!path.fileName.isEmpty() && !path.fileName.startsWith(QLatin1Char('.')));
            FUZZ_CHECK(!path.fileName.contains(QLatin1String("..")));
            for (const QChar c : path.fileName) {
                FUZZ_CHECK(c != QLatin1Char('/') && c != QLatin1Char('\\') && c != QLatin1Char('%') && c.unicode() > 0x20
                           && c.unicode() < 0x7f);
            }
            if (path.kind == ProvisioningPath::Kind::RegionFile) {
                FUZZ_CHECK(!path.region.isEmpty());
                for (const QChar c : path.region) {
                    FUZZ_CHECK(c != QLatin1Char('/') && c != QLatin1Char('\\') && c.unicode() >= 0x20 && c != QChar(0x7f));
                }
                FUZZ_CHECK(path.region != QLatin1String(".") && path.region != QLatin1String(".."));
            }
            QString model;
            checkMac(ProvisioningPath::deviceFileMac(path.fileName, &model));
            ProvisioningPath::defaultFirmwareModel(path.fileName);
        }
        break;
    }
    case 1: {
        const HttpCredentials credentials = HttpCredentials::parse(in.rest());
        // A secret and a nonce key drawn afresh for each run: no input can know them.
        static const QString secret = QString::number(QRandomGenerator::system()->generate64(), 36);
        static const QByteArray key = QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        FUZZ_CHECK(!credentials.verify(credentials.userName(), secret, "GET", "/configfiles/00908F000001.cfg", key,
                                       1'700'000'000'000));
        break;
    }
    case 2: {
        const UserAgent agent = UserAgent::parse(in.utf8Line());
        checkMac(agent.mac);
        if (agent.isPhone) {
            FUZZ_CHECK(!agent.model.isEmpty());
        }
        break;
    }
    default:
        checkMac(MacAddress::fromString(in.utf8Line()));
        break;
    }
    return 0;
}
