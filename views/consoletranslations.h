#pragma once

class QCoreApplication;

// Installs the console's translations for the user's languages: Qt's own (dialog buttons) and
// PhoneFleet's, embedded under :/i18n. English is the fallback, and is a translation too: it
// holds the plural forms ("Reset 1 phone…", "Reset 37 phones…").
namespace ConsoleTranslations {
void install(QCoreApplication* app);
} // namespace ConsoleTranslations
