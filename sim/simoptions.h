#pragma once

#include <QStringList>
#include <QUrl>

// phonefleet-sim's command line.
struct SimOptions
{
    QUrl server; // the phonefleetd phones talk to (http or https)
    int phones = 0;
    QStringList regions; // phones are spread over them in turn
    QStringList models = {QStringLiteral("430HD")};
    QString macPrefix = QStringLiteral("00908F");
    int firstIndex = 0;         // the first phone's place in the address plan
    double timeScale = 1.0;     // phone timers run this much faster
    double jitterSeconds = 0.0; // each phone boots after a random delay up to this
    double failRate = 0.0;      // share of phones whose SIP registration fails
    double failSeconds = 600.0; // how long a failing phone keeps failing (then it clears its alarm)
    quint32 seed = 1;
    bool stats = false;         // a line per second on stdout
    int listenPort = 0;         // pushes and web admin: every phone's address, this port (0: any free one)
    double durationSeconds = 0; // stop after this long (0: until SIGTERM/SIGINT)
    QString reportFile;         // every phone's state as JSON, written when stopping
    int maxConnections = 4000;  // requests in flight at once, fleet-wide
    int pushAnswerDelayMs = 0;  // a push is carried out at once and answered this much later
    bool printPlan = false;
    bool help = false;
    bool version = false;

    static bool parse(const QStringList& arguments, SimOptions* options, QString* error);
    static QString helpText();
};
