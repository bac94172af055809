#pragma once

#include <QByteArray>
#include <QtGlobal>

// What a phone's keep-alive does with one of its commands not yet delivered.
//
// A command given in a keep-alive's answer is "handed" in the transaction that stores the report
// and counts as delivered only once that answer has gone out (a second, later commit); an answer
// known not to have gone out puts it back in the queue. A node killed between the two commits
// leaves it handed, and nobody knows whether the phone got it. Giving it again is safe when the
// phone would recognise its id (a phone does an id once: docs/phones.md), which it no longer does
// after a restart: so a command that does not restart the phone is given again, and a reset or
// firmware update is given up (its job records it failed), as after a push the phone did not
// answer, so that a phone can never restart twice.
struct CommandHandover
{
    enum class Decision {
        Hand,     // give it in this answer (for the first time, or again)
        Withhold, // handed a moment ago: that answer is most likely still being confirmed
        GiveUp,   // a restart that may have reached the phone: not given again
    };

    // How long the confirmation of an answer may take before the command is given again (or
    // given up). Longer than a commit ever takes, shorter than phones report.
    static constexpr qint64 confirmationMs = 5000;

    // command: its JSON text; handedAtMs: when it was last handed (0: never), by whichever node's
    // clock: a time further than confirmationMs away on either side is not "a moment ago".
    static Decision decide(const QByteArray& command, qint64 handedAtMs, qint64 nowMs);
};
