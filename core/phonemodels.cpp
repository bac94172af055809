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

ModelName parse(const QString& text)
{
    QString name = text.trimmed();
    static const QLatin1String agentPrefix("AUDC-IPPhone-");
    if (name.startsWith(agentPrefix, Qt::CaseInsensitive)) {
        // "AUDC-IPPhone-430HD_UC_2.0.7.70/1.0.0000.0": drop the version and what follows it.
        name = name.mid(agentPrefix.size()).section(u'/', 0, 0);
    }
    static const QLatin1String vendorPrefix("audiocodes_");
    if (name.startsWith(vendorPrefix, Qt::CaseInsensitive)) {
        name = name.mid(vendorPrefix.size());
    }
    ModelName result;
    const QStringList parts = name.split(u'_', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return result;
    }
    result.model = normalise(parts.first());
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString& flavour = parts.at(i);
        if (flavour.compare(QLatin1String("LYNC"), Qt::CaseInsensitive) == 0
            || flavour.compare(QLatin1String("TEAMS"), Qt::CaseInsensitive) == 0
            || flavour.compare(QLatin1String("MSFT"), Qt::CaseInsensitive) == 0) {
            result.teams = true;
        }
    }
    return result;
}
} // namespace PhoneModels
