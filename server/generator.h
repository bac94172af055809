#pragma once

#include "builtinplaceholders.h"
#include "storeerror.h"

#include <QString>
#include <QVector>

class Store;

// What a generation did.
struct GenerationReport
{
    struct Problem
    {
        QString subject;     // a MAC address or a template name
        qint64 deviceId = 0; // the device's, 0 for a template's
        QString message;
    };

    int devices = 0;           // approved devices considered
    int rendered = 0;          // device files rendered (their inputs changed)
    int written = 0;           // files whose bytes changed, written to the folder and the store
    int unchanged = 0;         // device files skipped: same inputs as last time
    int globalFiles = 0;       // global files written
    QStringList unresolved;    // "MAC: Name, Name" for devices with placeholders left unresolved
    QVector<Problem> problems; // devices or templates that got no file, and why
    QVector<qint64> changed;   // runFor(): the devices whose file is new or has other bytes now
};

// Generates the cfg files phones download: each template's global file and every approved
// device's file, into the store (config_files) and into a provisioning folder, each file
// written atomically. A device's template is its region's template for its model (the one
// marked default first), else a system-wide template for the model, else the shipped default.
// A device whose inputs (template, placeholders at each level, overwrite values, device, user,
// server settings) are as they were at the last run is skipped, so changing one region's
// placeholder regenerates that region's devices only.
class Generator
{
public:
    Generator(Store& store, const QString& outputDir, const ServerContext& server);

    // force: render and compare every file, whatever the fingerprints say.
    StoreResult<GenerationReport> run(bool force = false);
    // The same for these devices only (and the global files of their templates), reading only
    // their rows: what the server does when a new phone asks for its file.
    StoreResult<GenerationReport> runFor(const QVector<qint64>& deviceIds);

private:
    StoreResult<GenerationReport> generate(bool force, const QVector<qint64>* only);

    Store& m_store;
    QString m_outputDir;
    ServerContext m_server;
};
