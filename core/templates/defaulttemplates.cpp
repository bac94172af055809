#include "defaulttemplates.h"

#include "phonemodels.h"
#include "templatexml.h"

#include <QDir>
#include <QFile>

namespace DefaultTemplates {
QStringList models()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/phonefleet/templates"));
    for (const QString& file : dir.entryList({QStringLiteral("audiocodes_*.xml")}, QDir::Files, QDir::Name)) {
        out.append(PhoneModels::normalise(file.chopped(4)));
    }
    return out;
}

bool forModel(const QString& model, PhoneTemplate* out)
{
    QFile file(QStringLiteral(":/phonefleet/templates/audiocodes_%1.xml").arg(PhoneModels::normalise(model)));
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    QString error;
    if (!TemplateXml::read(file.readAll(), out, &error)) {
        qFatal("The shipped template %s is unreadable: %s", qPrintable(file.fileName()), qPrintable(error));
    }
    out->isDefault = true;
    return true;
}
} // namespace DefaultTemplates
