#include "templatefilenames.h"

#include "defaulttemplates.h"

#include <QRegularExpression>

namespace {
const QString macPlaceholder = QStringLiteral("%ITCS_mac%");

QString scopeName(qint64 regionId)
{
    return regionId > 0 ? QStringLiteral("a template of another region") : QStringLiteral("a system-wide template");
}
} // namespace

namespace TemplateFileNames {
QString deviceFileName(const PhoneTemplate& t)
{
    const QString name = t.deviceFile.name.trimmed();
    return name.isEmpty() ? QStringLiteral("%ITCS_mac%.cfg") : name;
}

QString ownProblem(const PhoneTemplate& t)
{
    const QString device = deviceFileName(t);
    if (!device.contains(macPlaceholder)) {
        return QStringLiteral("the device file name '%1' must hold %ITCS_mac% (for example %ITCS_mac%.cfg): a "
                              "phone's own file holds its SIP password and is named after the phone")
            .arg(device);
    }
    const QString global = t.globalFile.name.trimmed();
    if (global.contains(macPlaceholder)) {
        return QStringLiteral("the global file name '%1' may not hold %ITCS_mac%: every phone of the model shares "
                              "the global file")
            .arg(global);
    }
    if (!global.isEmpty() && global.compare(device, Qt::CaseInsensitive) == 0) {
        return QStringLiteral("the global file and the device file may not have the same name '%1'").arg(global);
    }
    return {};
}

QString globalNameConflict(const PhoneTemplate& t, const QVector<PhoneTemplate>& others)
{
    const QString global = t.globalFile.name.trimmed();
    if (global.isEmpty()) {
        return {};
    }
    const qint64 region = qMax<qint64>(0, t.regionId);
    for (const PhoneTemplate& other : others) {
        if (other.id == t.id || qMax<qint64>(0, other.regionId) == region) {
            continue;
        }
        if (other.globalFile.name.trimmed().compare(global, Qt::CaseInsensitive) == 0) {
            return QStringLiteral("the global file name '%1' is used by %2 ('%3'): a region's global file is its own; "
                                  "give it a name of its own (for example with the region's name in it)")
                .arg(global, scopeName(other.regionId), other.name);
        }
    }
    if (region > 0 && shippedGlobalNames().contains(global, Qt::CaseInsensitive)) {
        return QStringLiteral("the global file name '%1' is a shipped template's, which phones of every region "
                              "without a template of their own include; give it a name of its own")
            .arg(global);
    }
    if (region > 0 && global.contains(u'%')) {
        return QStringLiteral("a region's global file name may not hold placeholders ('%1'): its name is what "
                              "keeps it the region's own")
            .arg(global);
    }
    return {};
}

const QStringList& shippedGlobalNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const QString& model : DefaultTemplates::models()) {
            PhoneTemplate shipped;
            if (DefaultTemplates::forModel(model, &shipped) && !shipped.globalFile.name.trimmed().isEmpty()) {
                out.append(shipped.globalFile.name.trimmed());
            }
        }
        return out;
    }();
    return names;
}
void scopeToRegion(PhoneTemplate* t, const QString& regionName)
{
    const QString old = t->globalFile.name.trimmed();
    if (old.isEmpty()) {
        return;
    }
    QString suffix = regionName;
    suffix.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]+")), QStringLiteral("_"));
    const int dot = old.lastIndexOf(u'.');
    const QString renamed = dot > 0 ? old.left(dot) + u'_' + suffix + old.mid(dot) : old + u'_' + suffix;
    t->globalFile.name = renamed;
    // "include <name>" lines (the cfg syntax's include) follow the rename.
    const QRegularExpression include(QStringLiteral("^([ \\t]*include[ \\t]+)") + QRegularExpression::escape(old)
                                         + QStringLiteral("([ \\t]*\\r?)$"),
                                     QRegularExpression::MultilineOption);
    t->deviceFile.data.replace(include, QStringLiteral("\\1") + renamed + QStringLiteral("\\2"));
}
} // namespace TemplateFileNames
