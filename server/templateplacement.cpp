#include "templateplacement.h"

#include "rowqueries.h"
#include "store.h"
#include "templatefilenames.h"

namespace {
QString conflict(Store& store, const PhoneTemplate& t, const QVector<PhoneTemplate>& others, StoreError* error)
{
    if (QString c = TemplateFileNames::globalNameConflict(t, others); !c.isEmpty()) {
        return c;
    }
    const QString name = t.globalFile.name.trimmed();
    if (name.isEmpty() || name.contains(u'%')) {
        return {};
    }
    // The files already stored: an uploaded file, a phone's file, another scope's global file.
    const StoreResult<ConfigFile> existing = store.configFiles().findOne(QStringLiteral("file_name"), name);
    if (!existing) {
        if (existing.error().code != StoreError::Code::NotFound) {
            *error = existing.error();
        }
        return {};
    }
    const bool own =
        existing->origin == ConfigFile::Origin::Global && existing->regionId == qMax<qint64>(0, t.regionId);
    if (own) {
        return {};
    }
    const QString what = existing->origin == ConfigFile::Origin::Uploaded ? QStringLiteral("an uploaded file")
        : existing->origin == ConfigFile::Origin::Device                  ? QStringLiteral("a phone's file")
                                                         : QStringLiteral("another scope's global file");
    return QStringLiteral("the global file name '%1' is already %2; give it a name of its own").arg(name, what);
}
} // namespace

namespace TemplatePlacement {
StoreResult<QString> fileNameProblem(Store& store, PhoneTemplate* t, const QVector<PhoneTemplate>& others,
                                     bool mayScope, const QString& regionName)
{
    if (const QString problem = TemplateFileNames::ownProblem(*t); !problem.isEmpty()) {
        return problem;
    }
    StoreError error;
    QString problem = conflict(store, *t, others, &error);
    if (error.isError()) {
        return error;
    }
    if (!problem.isEmpty() && mayScope && t->regionId > 0 && !regionName.isEmpty()) {
        PhoneTemplate scoped = *t;
        TemplateFileNames::scopeToRegion(&scoped, regionName);
        problem = conflict(store, scoped, others, &error);
        if (error.isError()) {
            return error;
        }
        if (problem.isEmpty()) {
            *t = scoped;
        }
    }
    return problem;
}

StoreError keepOneDefault(Store& store, const PhoneTemplate& t)
{
    if (!t.isDefault) {
        return {};
    }
    const StoreResult<QVector<PhoneTemplate>> same = store.templates().query(
        RowQueries::templates(t.regionId > 0 ? t.regionId : 0, QString(), RegionScope {true, {}}));
    if (!same) {
        return same.error();
    }
    for (PhoneTemplate other : same.value()) {
        if (other.id != t.id && other.isDefault) {
            other.isDefault = false;
            if (StoreError e = store.templates().update(other).error(); e.isError()) {
                return e;
            }
        }
    }
    return {};
}
} // namespace TemplatePlacement
