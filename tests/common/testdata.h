#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QtTest>

// Files under tests/data (PHONEFLEET_TEST_DATA, set by phonefleet_add_test).
inline QString testDataPath(const QString& relative)
{
    const QString root = qEnvironmentVariable("PHONEFLEET_TEST_DATA");
    return QDir(root).filePath(relative);
}

inline QByteArray readTestData(const QString& relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

// An executable built by this project (PHONEFLEET_BINARY_DIR); on macOS the console may be an
// app bundle there (PHONEFLEET_PACKAGING).
inline QString projectBinary(const QString& name)
{
    const QDir dir(qEnvironmentVariable("PHONEFLEET_BINARY_DIR"));
    const QString bundled = dir.filePath(name + QStringLiteral(".app/Contents/MacOS/") + name);
    return QFileInfo::exists(bundled) ? bundled : dir.filePath(name);
}
