// The console's English plural forms (translations/phonefleet_en.ts): every %n string the
// console has is there, with both English forms filled ("1 region added" / "2 regions added"),
// nothing stale is kept, and the file is what lupdate makes of today's views/ and models/ (a new
// %n string without scripts/update-translations fails here, not in front of a user as
// "1 regions added").
#include "tsfile.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {
QVector<TsMessage> numerusMessages(const QString& path, QString* error)
{
    QVector<TsMessage> out;
    for (const TsMessage& m : readTsFile(path, error)) {
        if (m.numerus) {
            out.append(m);
        }
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
        const QVector<TsMessage> messages =
            numerusMessages(QDir(sourceDir()).filePath(QStringLiteral("translations/phonefleet_en.ts")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 50);
        for (const TsMessage& m : messages) {
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
        QString error;
        const QString copy = lupdateCopy(QStringLiteral(PHONEFLEET_LUPDATE), QStringLiteral("phonefleet_en.ts"),
                                         dir.path(), {QStringLiteral("-pluralonly")}, &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        const QVector<TsMessage> now = numerusMessages(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const TsMessage& m : now) {
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
