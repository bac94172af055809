#pragma once

#include "testdata.h"

#include <QProcess>
#include <QProcessEnvironment>

// Runs one of the project's executables to completion, as a user would.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProcessRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                             const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    const QString path = program.contains(u'/') ? program : projectBinary(program);
    p.start(path, arguments);
    if (!p.waitForStarted()) {
        qFatal("cannot start %s", qPrintable(path));
    }
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        qFatal("%s hung", qPrintable(path));
    }
    if (p.exitStatus() != QProcess::NormalExit) {
        qFatal("%s crashed: %s", qPrintable(path), p.readAllStandardError().constData());
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
