#pragma once

#include <QElapsedTimer>
#include <QTest>

#include <functional>

// Polls done() every pollMs, running the event loop in between, until it holds or ms of wall-clock
// time have passed (whatever the polls cost). For conditions another process brings about.
inline bool waitFor(const std::function<bool()>& done, int ms, int pollMs = 100)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms) {
            return false;
        }
        QTest::qWait(pollMs);
    }
    return true;
}
