#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM and SIGINT into a Qt signal on the main thread (a self-pipe: the handler only
// writes a byte). On Windows, console close and Ctrl+C through SetConsoleCtrlHandler.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void requested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};
