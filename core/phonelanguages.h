#pragma once

#include <QString>
#include <QStringList>

// The languages a phone's display takes (personal_settings/language), as the parameter
// catalogue lists them: "English", "French", "Chinese_S", ...
namespace PhoneLanguages {
const QStringList& known();

// The catalogue's spelling of a language given in any case ("french" -> "French"); an empty
// string when the text names no known language.
QString canonical(const QString& text);
} // namespace PhoneLanguages
