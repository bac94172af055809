#include "consoletranslations.h"

#include "consolesettings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ConsoleTranslations {

QVector<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("he"), QStringLiteral("עברית")}};
}

QString install(QCoreApplication* app, const QString& language)
{
    QString chosen = language.isEmpty() ? ConsoleSettings::value(ConsoleSettings::Key::Language).toString() : language;
    bool known = false;
    for (const Language& l : available()) {
        known = known || l.code == chosen;
    }
    if (!known) {
        chosen.clear(); // a setting of a language this build does not have: the system's
    }
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);

    auto* own = new QTranslator(app);
    // The chosen language, or the first of the user's there is a file for; else English.
    QString installed;
    if (own->load(locale, QStringLiteral("phonefleet"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        installed = own->language().section(u'_', 0, 0);
    } else if (own->load(QStringLiteral("phonefleet_en"), QStringLiteral(":/i18n"))) {
        installed = QStringLiteral("en");
    }
    if (installed.isEmpty()) {
        delete own;
        installed = QStringLiteral("en");
    } else {
        QCoreApplication::installTranslator(own);
    }
    if (installed != QLatin1String("en")) {
        auto* qt = new QTranslator(app);
        if (qt->load(QLocale(installed), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt; // Qt's own texts (dialog buttons) stay English where the system lacks them
        }
    }
    if (qobject_cast<QGuiApplication*>(app)) {
        QGuiApplication::setLayoutDirection(QLocale(installed).textDirection());
    }
    // Numbers and dates keep following the system's regional formats.
    return installed;
}

} // namespace ConsoleTranslations
