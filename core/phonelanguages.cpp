#include "phonelanguages.h"

#include "parametercatalogue.h"

namespace PhoneLanguages {
const QStringList& known()
{
    static const QStringList languages = [] {
        const CfgParameter* p = ParameterCatalogue::builtin().find(QStringLiteral("personal_settings/language"));
        return p ? p->values : QStringList {QStringLiteral("English")};
    }();
    return languages;
}

QString canonical(const QString& text)
{
    const QString wanted = text.trimmed();
    for (const QString& language : known()) {
        if (language.compare(wanted, Qt::CaseInsensitive) == 0) {
            return language;
        }
    }
    return {};
}
} // namespace PhoneLanguages
