#pragma once

#include <QString>
#include <QVector>

class QCoreApplication;

// The console's languages: English, German, French, Spanish and Hebrew, embedded under :/i18n
// (translations/phonefleet_<code>.ts). install() loads Qt's own translation (dialog buttons)
// where the system has it, and PhoneFleet's for the language chosen in View › Language, else
// the first of the system's languages there is one for, else English (which is a translation
// too: it holds the plural forms, "Reset 1 phone…" / "Reset 37 phones…"). The layout follows
// the language: right to left for Hebrew.
namespace ConsoleTranslations {
struct Language
{
    QString code;       // "de"
    QString nativeName; // "Deutsch"
};
// The languages the console has, English first.
QVector<Language> available();
// language: a code of available(); empty: the setting (ConsoleSettings::Key::Language), then
// the system's. Returns the code installed.
QString install(QCoreApplication* app, const QString& language = QString());
} // namespace ConsoleTranslations
