#include "phonemodels.h"

namespace PhoneModels {
const QStringList& known()
{
    static const QStringList models = {
        QStringLiteral("405"),   QStringLiteral("405HD"), QStringLiteral("420HD"), QStringLiteral("430HD"),
        QStringLiteral("440HD"), QStringLiteral("445HD"), QStringLiteral("450HD"), QStringLiteral("C450HD"),
        QStringLiteral("HRS"),   QStringLiteral("RX50"),
    };
    return models;
}

QString normalise(const QString& text)
{
    QString name = text.trimmed();
    static const QLatin1String vendorPrefix("audiocodes_");
    if (name.startsWith(vendorPrefix, Qt::CaseInsensitive)) {
        name = name.mid(vendorPrefix.size());
    }
    for (const QString& model : known()) {
        if (name.compare(model, Qt::CaseInsensitive) == 0) {
            return model;
        }
    }
    return text.trimmed();
}

bool isKnown(const QString& text)
{
    return known().contains(normalise(text));
}
} // namespace PhoneModels
