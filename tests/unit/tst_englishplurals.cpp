// The console's English plural forms (translations/phonefleet_en.ts): every %n string the
// console has is there, with both English forms filled ("1 region added" / "2 regions added"),
// nothing stale is kept, and the file is what lupdate makes of today's views/ and models/ (a new
// %n string without scripts/update-translations fails here, not in front of a user as
// "1 regions added").
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QVector<Message> numerusMessages(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QVector<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && m.source.isNull() && !numerus) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message {context, {}, {}, {}};
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
            } else if (name == QLatin1String("numerusform")) {
                m.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (numerus) {
                out.append(m);
            }
            m = Message {};
            numerus = false;
        }
    }
    if (xml.hasError()) {
        *error = path + QStringLiteral(": ") + xml.errorString();
    }
    return out;
}

QString sourceDir()
{
    return qEnvironmentVariable("PHONEFLEET_SOURCE_DIR");
}
} // namespace

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPluralHasBothEnglishForms()
    {
        QString error;
        const QVector<Message> messages =
            numerusMessages(QDir(sourceDir()).filePath(QStringLiteral("translations/phonefleet_en.ts")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 50);
        for (const Message& m : messages) {
            const QString what = m.context + QStringLiteral(": \"") + m.source + u'"';
            QVERIFY2(m.type.isEmpty(),
                     qPrintable(what + QStringLiteral(" is ") + m.type
                                + QStringLiteral(": run scripts/update-translations")));
            QVERIFY2(m.forms.size() == 2, qPrintable(what + QStringLiteral(": English has two forms")));
            for (const QString& form : m.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(what + QStringLiteral(": an empty form")));
                QVERIFY2(form.contains(QLatin1String("%n")) == m.source.contains(QLatin1String("%n")),
                         qPrintable(what + QStringLiteral(": the form \"") + form + QStringLiteral("\" lost %n")));
                for (const char* marker : {"(s)", "(es)"}) {
                    QVERIFY2(!form.contains(QLatin1String(marker)),
                             qPrintable(what + QStringLiteral(": \"%1\" left in \"").arg(QLatin1String(marker)) + form
                                        + u'"'));
                }
            }
            // The singular reads as one: "1 region added", never "1 regions added".
            if (m.source.contains(QLatin1String("(s)")) || m.source.contains(QLatin1String("(es)"))) {
                QVERIFY2(m.forms.first() != m.forms.last(), qPrintable(what + QStringLiteral(": both forms alike")));
            }
        }
    }

    void fileIsUpToDateWithTheSources()
    {
        // lupdate on a copy: what the sources hold today must all be there, finished.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("phonefleet_en.ts"));
        QVERIFY(QFile::copy(QDir(sourceDir()).filePath(QStringLiteral("translations/phonefleet_en.ts")), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        lupdate.start(QStringLiteral(PHONEFLEET_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-pluralonly"), QStringLiteral("-no-obsolete"), QStringLiteral("views"),
                       QStringLiteral("models"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        const QVector<Message> now = numerusMessages(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Message& m : now) {
            if (!m.type.isEmpty() || m.forms.size() != 2) {
                missing << m.context + QStringLiteral(": \"") + m.source + u'"';
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in translations/phonefleet_en.ts (run "
                                           "scripts/update-translations): ")
                            + missing.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
