#include "commandhandover.h"

#include "phonecommand.h"

CommandHandover::Decision CommandHandover::decide(const QByteArray& command, qint64 handedAtMs, qint64 nowMs,
                                                  bool phoneRestarted)
{
    if (handedAtMs <= 0) {
        return Decision::Hand;
    }
    PhoneCommand parsed;
    QString error;
    // What the server did not write (or no longer understands) is not known to restart the phone:
    // given again, the phone recognises its id.
    const bool restarts = PhoneCommand::parse(command, &parsed, &error) && parsed.restartsPhone();
    if (restarts && phoneRestarted) {
        return Decision::Delivered;
    }
    // A clock stepped back counts as "a moment ago": the next report decides.
    if (nowMs - handedAtMs < confirmationMs) {
        return Decision::Withhold;
    }
    return Decision::Hand;
}
