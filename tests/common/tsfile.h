#pragma once

// Reading Qt Linguist .ts files in tests: every message with its context, source, state and
// translation (or plural forms), and running lupdate over today's sources on a copy of one.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QVector>
#include <QXmlStreamReader>

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;      // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its plural forms

    QString where() const { return context + QStringLiteral(": \"") + source + u'"'; }
};

inline QVector<TsMessage> readTsFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QVector<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = TsMessage {};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus) {
                    m.forms.append(xml.readElementText());
                }
            } else if (name == QLatin1String("numerusform")) {
                m.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(m);
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        *error = path + QStringLiteral(": ") + xml.errorString();
    }
    return out;
}

// Runs lupdate (extraArguments, e.g. -pluralonly) over views/, models/ and core/fields into a copy of
// translations/<file>, made in dir; returns the copy's path ("" with error set on failure).
inline QString lupdateCopy(const QString& lupdate, const QString& file, const QString& dir,
                           const QStringList& extraArguments, QString* error)
{
    const QString source = qEnvironmentVariable("PHONEFLEET_SOURCE_DIR");
    const QString copy = QDir(dir).filePath(file);
    QFile::remove(copy);
    if (!QFile::copy(QDir(source).filePath(QStringLiteral("translations/") + file), copy)) {
        *error = QStringLiteral("cannot copy translations/") + file;
        return {};
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess p;
    p.setWorkingDirectory(source);
    p.start(lupdate,
            QStringList {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                         QStringLiteral("-no-obsolete")}
                + extraArguments
                + QStringList {QStringLiteral("views"), QStringLiteral("models"), QStringLiteral("core/fields"),
                               QStringLiteral("-ts"), copy});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return copy;
}
