#pragma once

#include <QByteArray>
#include <QtGlobal>

// What a phone's keep-alive does with one of its commands not yet delivered.
//
// A command given in a keep-alive's answer is "handed" in the transaction that stores the report
// and counts as delivered only once that answer has gone out (a second, later commit): a node
// killed between the two leaves it handed but undelivered, and the phone, which never saw that
// answer, must get the command again rather than lose it. Giving it again is safe because a phone
// does an id once (docs/phones.md), except across a restart, after which it no longer knows the
// ids it has done: a reset or firmware update handed to a phone that has restarted since is
// taken as done rather than given again, so that the phone cannot restart twice.
struct CommandHandover
{
    enum class Decision {
        Hand,      // give it in this answer (for the first time, or again)
        Withhold,  // handed a moment ago: that answer is most likely still being confirmed
        Delivered, // the phone has restarted since it was handed a restart: done
    };

    // How long the confirmation of an answer may take before the command is given again. Longer
    // than a commit ever takes, shorter than phones report.
    static constexpr qint64 confirmationMs = 5000;

    // command: its JSON text; handedAtMs: when it was last handed (0: never); phoneRestarted: this
    // report is the phone's first since it started (an init, or the status "started").
    static Decision decide(const QByteArray& command, qint64 handedAtMs, qint64 nowMs, bool phoneRestarted);
};
