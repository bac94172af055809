#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

// The windowing system going away (the X11 or Wayland connection broke, the display closed): Qt's
// platform plugin says so in a warning and calls exit() straight after, without returning to the
// event loop. exit() destroys static objects while the in-process server's threads still run on
// them (invalid regular expressions, a crash now and then). While a DisplayLossGuard lives, that
// warning first runs the console's orderly shutdown (stop the demo fleet, stop the server and
// join its threads), once, on the thread that noticed; then Qt's exit goes on. The previous
// message handler still gets every message.
class DisplayLossGuard
{
public:
    explicit DisplayLossGuard(std::function<void()> shutdown);
    ~DisplayLossGuard();
    DisplayLossGuard(const DisplayLossGuard&) = delete;
    DisplayLossGuard& operator=(const DisplayLossGuard&) = delete;

    // Whether a message is a platform plugin's last words before it exits.
    static bool isLossMessage(QtMsgType type, const QString& message);

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);
};
