#include "templatechoice.h"

TemplateChoice::TemplateChoice(const QVector<PhoneTemplate>& templates)
{
    for (const PhoneTemplate& t : templates) {
        const QPair<qint64, QString> key(t.regionId, t.model);
        const PhoneTemplate* current = m_byRegionAndModel.value(key);
        if (!current || (t.isDefault && !current->isDefault)) {
            m_byRegionAndModel.insert(key, &t);
        }
        if (t.isDefault && t.regionId > 0) {
            m_regionDefault.insert(t.regionId, &t);
        }
    }
}

const PhoneTemplate* TemplateChoice::forPhone(qint64 regionId, const QString& model) const
{
    if (const PhoneTemplate* t = m_byRegionAndModel.value({regionId, model})) {
        return t;
    }
    if (const PhoneTemplate* t = m_regionDefault.value(regionId)) {
        return t;
    }
    return m_byRegionAndModel.value({0, model});
}
