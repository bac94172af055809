#include "displayloss.h"

#include <atomic>
#include <cstdio>
#include <mutex>

namespace {
std::mutex guardMutex;
std::function<void()> shutdownWork; // guarded by guardMutex
QtMessageHandler previousHandler = nullptr;
std::atomic_bool shutDown {false};
} // namespace

DisplayLossGuard::DisplayLossGuard(std::function<void()> shutdown)
{
    const std::lock_guard<std::mutex> lock(guardMutex);
    shutdownWork = std::move(shutdown);
    shutDown = false;
    previousHandler = qInstallMessageHandler(&DisplayLossGuard::handle);
}

DisplayLossGuard::~DisplayLossGuard()
{
    qInstallMessageHandler(previousHandler);
    const std::lock_guard<std::mutex> lock(guardMutex);
    shutdownWork = nullptr;
}

bool DisplayLossGuard::isLossMessage(QtMsgType type, const QString& message)
{
    // qxcbconnection.cpp: "The X11 connection broke (error %d). Did the X11 server die?";
    // qwaylanddisplay.cpp: "The Wayland connection broke. Did the Wayland compositor die?".
    // Both exit(1) right after.
    return (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        && (message.startsWith(QLatin1String("The X11 connection broke"))
            || message.startsWith(QLatin1String("The Wayland connection broke")));
}

void DisplayLossGuard::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (previousHandler) {
        previousHandler(type, context, message);
    } else {
        // What Qt prints without a handler of ours (the default one cannot be called directly).
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    }
    // With QT_WAYLAND_RECONNECT set, Qt (6.6 and later) reconnects to a restarted compositor
    // instead of exiting: the console goes on, and so must its server.
    if (!isLossMessage(type, message)
        || (message.startsWith(QLatin1String("The Wayland")) && qEnvironmentVariableIsSet("QT_WAYLAND_RECONNECT"))
        || shutDown.exchange(true)) {
        return;
    }
    std::function<void()> work;
    {
        const std::lock_guard<std::mutex> lock(guardMutex);
        work = shutdownWork;
    }
    if (work) {
        fprintf(stderr, "phonefleet: the display is gone: stopping the local server before exiting\n");
        work();
    }
}
