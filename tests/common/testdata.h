#pragma once

#include <QDir>
#include <QFile>
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

// An executable built by this project (PHONEFLEET_BINARY_DIR).
inline QString projectBinary(const QString& name)
{
    return QDir(qEnvironmentVariable("PHONEFLEET_BINARY_DIR")).filePath(name);
}
