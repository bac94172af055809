#include "commandhandover.h"

#include "phonecommand.h"

#include <cstdlib>

CommandHandover::Decision CommandHandover::decide(const QByteArray& command, qint64 handedAtMs, qint64 nowMs)
{
    if (handedAtMs <= 0) {
        return Decision::Hand;
    }
    if (std::llabs(nowMs - handedAtMs) < confirmationMs) {
        return Decision::Withhold;
    }
    PhoneCommand parsed;
    QString error;
    // What cannot be read is not known to restart the phone: given again, the phone recognises
    // its id.
    const bool restarts = PhoneCommand::parse(command, &parsed, &error) && parsed.restartsPhone();
    return restarts ? Decision::GiveUp : Decision::Hand;
}
