// The console's German, French, Spanish and Hebrew: every tr() string of views/ and models/
// translated (lupdate over today's sources finds nothing new), nothing stale kept, every
// translation with the source's %1/%n placeholders and its one '&' shortcut marker; the
// language follows View › Language, else the system; Hebrew lays the windows out right to left.
#include "consolesettings.h"
#include "consoletranslations.h"
#include "tsfile.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QStringList languages = {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("he")};

QStringList placeholders(const QString& text)
{
    QStringList out;
    static const QRegularExpression marker(QStringLiteral("%L?\\d|%n"));
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        out << it.next().captured();
    }
    out.sort();
    return out;
}

// '&' before a letter marks the shortcut; "&&" is an ampersand.
int shortcutMarkers(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(u'&'));
}

QString sourceDir()
{
    return qEnvironmentVariable("PHONEFLEET_SOURCE_DIR");
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyStringTranslatedFaithfully_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& l : languages) {
            QTest::newRow(qPrintable(l)) << l;
        }
    }

    void everyStringTranslatedFaithfully()
    {
        QFETCH(QString, language);
        QString error;
        const QString file = QStringLiteral("phonefleet_%1.ts").arg(language);
        const QVector<TsMessage> messages =
            readTsFile(QDir(sourceDir()).filePath(QStringLiteral("translations/") + file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000);
        QStringList problems;
        for (const TsMessage& m : messages) {
            if (!m.type.isEmpty()) {
                problems << m.where() + QStringLiteral(" is ") + m.type;
                continue;
            }
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << m.where() + QStringLiteral(": empty");
                    continue;
                }
                QStringList wanted = placeholders(m.source);
                if (m.numerus && !form.contains(QLatin1String("%n"))) {
                    wanted.removeAll(QStringLiteral("%n")); // "ein Telefon": the number in words
                }
                if (placeholders(form) != wanted) {
                    problems << m.where()
                            + QStringLiteral(": placeholders %1 in \"%2\"").arg(placeholders(form).join(u' '), form);
                }
                if (shortcutMarkers(form) != shortcutMarkers(m.source)) {
                    problems << m.where() + QStringLiteral(": shortcut markers in \"%1\"").arg(form);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void filesAreUpToDateWithTheSources_data() { everyStringTranslatedFaithfully_data(); }

    void filesAreUpToDateWithTheSources()
    {
        // lupdate over today's sources on a copy: a tr() string added or changed without its
        // translation shows as unfinished there.
        QFETCH(QString, language);
        QTemporaryDir dir;
        QString error;
        const QString copy = lupdateCopy(QStringLiteral(PHONEFLEET_LUPDATE),
                                         QStringLiteral("phonefleet_%1.ts").arg(language), dir.path(), {}, &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const TsMessage& m : readTsFile(copy, &error)) {
            if (!m.type.isEmpty()) {
                missing << m.where();
            }
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("untranslated (run scripts/update-translations, then "
                                           "translate): ")
                            + missing.mid(0, 20).join(QStringLiteral("; "))));
    }

    void languageChosenOrTheSystems()
    {
        auto* app = QCoreApplication::instance();
        // Chosen: the console speaks it, Qt's layout follows its direction.
        QCOMPARE(ConsoleTranslations::install(app, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(ConsoleTranslations::install(app, QStringLiteral("he")), QStringLiteral("he"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(QCoreApplication::translate("MainWindow", "&File") != QLatin1String("&File"));
        // The setting (View › Language), when no language is given.
        ConsoleSettings::setValue(ConsoleSettings::Key::Language, QStringLiteral("fr"));
        QCOMPARE(ConsoleTranslations::install(app), QStringLiteral("fr"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        // A language this build does not have: the system's (English in a C locale).
        ConsoleSettings::setValue(ConsoleSettings::Key::Language, QStringLiteral("xx"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(ConsoleTranslations::install(app), QStringLiteral("en"));
        ConsoleSettings::reset(ConsoleSettings::Key::Language);
        // Each language offered under its own name.
        QCOMPARE(ConsoleTranslations::available().size(), 5);
        QCOMPARE(ConsoleTranslations::available().at(1).nativeName, QStringLiteral("Deutsch"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
