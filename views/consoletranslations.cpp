#include "consoletranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ConsoleTranslations {
void install(QCoreApplication* app)
{
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    auto* own = new QTranslator(app);
    // The first of the user's languages there is a file for; else English.
    if (own->load(QLocale(), QStringLiteral("phonefleet"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("phonefleet_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
}
} // namespace ConsoleTranslations
