#pragma once

#include "phonetemplate.h"

#include <QHash>
#include <QPair>
#include <QVector>

// Which stored template gives a phone its file: its region's template for its model (the one
// marked default first), else the region's default template (the 400HD family shares its
// parameters), else a system-wide template for the model. None: the shipped default of the
// model. The generator and the preview decide the same way through this.
class TemplateChoice
{
public:
    // templates must outlive the choice (it keeps pointers into it).
    explicit TemplateChoice(const QVector<PhoneTemplate>& templates);

    // The template for a phone of that model in that region, or null for the shipped default.
    const PhoneTemplate* forPhone(qint64 regionId, const QString& model) const;

private:
    QHash<QPair<qint64, QString>, const PhoneTemplate*> m_byRegionAndModel;
    QHash<qint64, const PhoneTemplate*> m_regionDefault;
};
