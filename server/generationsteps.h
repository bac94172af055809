#pragma once

#include "builtinplaceholders.h"
#include "compiledtemplate.h"
#include "configfile.h"
#include "keyoverrides.h"
#include "overwritevalue.h"
#include "phonetemplate.h"
#include "placeholder.h"
#include "site.h"
#include "storeerror.h"
#include "templatechoice.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

class Store;

// The steps of a generation (Generator runs them in this order), each usable and tested on
// its own: load what is read, resolve the placeholder levels, choose a phone's template, take
// its fingerprint, name its file, render it (BatchRenderer), apply the overrides, and write
// (GeneratedFiles).
namespace GenerationSteps {

// A short digest of a set of rows: changes when one is added, changed or removed.
struct Signature
{
    qint64 maxRevision = 0;
    qint64 count = 0;
    void add(qint64 revision)
    {
        maxRevision = qMax(maxRevision, revision);
        ++count;
    }
    QByteArray text() const { return QByteArray::number(maxRevision) + '/' + QByteArray::number(count); }
};

// --- load -----------------------------------------------------------------------------------
// Everything a run reads, once. A partial run (only) reads those devices and their users, and
// leaves the existing files to be looked up by name; a device deleted since it was asked for
// is a problem of its own, not an error of the run.
struct Inputs
{
    QVector<Device> devices;
    QVector<User> users;
    QVector<PhoneTemplate> templates;
    QVector<Placeholder> placeholders;
    QVector<OverwriteValue> overwrites;
    QVector<Site> sites;
    QVector<ConfigFile> existing;
    QVector<qint64> missing; // asked for, no longer there
};
StoreResult<Inputs> load(Store& store, const QVector<qint64>* only);

// --- resolve levels -------------------------------------------------------------------------
struct LevelValues
{
    QHash<QString, QString> values;
    Signature signature;
};

// Placeholder values and overrides by level and owner, each with the signature of its rows.
struct Levels
{
    LevelValues system;
    QHash<qint64, LevelValues> byTemplate;
    QHash<qint64, LevelValues> byRegion;
    QHash<qint64, LevelValues> bySite;
    QHash<qint64, LevelValues> byDevice;
    QHash<qint64, qint64> siteRegions; // site -> its region
    QHash<qint64, QVector<KeyOverride>> regionOverrides;
    QHash<qint64, QVector<KeyOverride>> deviceOverrides;
    QHash<qint64, Signature> regionOverrideSignatures;
    QHash<qint64, Signature> deviceOverrideSignatures;

    const LevelValues& deviceValues(qint64 deviceId) const;
    // The values of the phone's site, when it is at a site of its own region (else none).
    const LevelValues& siteValues(const Device& d) const;
    // What a phone's file sees above its region: its site's values, then its own (which win).
    QHash<QString, QString> phoneValues(const Device& d) const;
};
Levels resolveLevels(const QVector<Placeholder>& placeholders, const QVector<OverwriteValue>& overwrites,
                     const QVector<Site>& sites = {});

// --- choose template ------------------------------------------------------------------------
// A template ready to render: stored (id > 0) or shipped (id 0, keyed by model).
struct Prepared
{
    PhoneTemplate templ;
    QByteArray identity; // "t<id>:<revision>" or "shipped:<model>:<digest>"
    CompiledTemplate deviceFile;
    CompiledTemplate fileName;
    bool macFileName = false; // the name is "%ITCS_mac%.cfg"
    bool namesMac = false;    // the name holds %ITCS_mac% (a phone's own file must)
};

// A phone's template (its region's for its model, the default first; else a system-wide one;
// else the shipped one), compiled once per run. What it gives stays where it is for the run:
// renderers hold on to it.
class TemplateChooser
{
public:
    explicit TemplateChooser(const QVector<PhoneTemplate>& templates);
    Q_DISABLE_COPY_MOVE(TemplateChooser) // the choice points into m_templates
    // nullptr: no template for the phone's model.
    const Prepared* forDevice(const Device& device);
    // Every template chosen so far, in the order they were first chosen.
    QVector<const Prepared*> chosen() const;

private:
    const QVector<PhoneTemplate> m_templates; // the choice points into it
    TemplateChoice m_choice;
    QHash<QByteArray, std::shared_ptr<const Prepared>> m_byIdentity;
    QVector<const Prepared*> m_order;
};

// --- fingerprint ----------------------------------------------------------------------------
// What the server settings add to every fingerprint.
QByteArray contextDigest(const ServerContext& server);
// The part of a phone's fingerprint that the phones of one template and region share.
QByteArray regionalPrefix(const Prepared& prepared, const Levels& levels, qint64 regionId, const QByteArray& context);
// A phone's fingerprint: changes when any input of its file does.
QByteArray fingerprint(const QByteArray& regionalPrefix, const Device& device, const Levels& levels, const User* user);

// --- name -----------------------------------------------------------------------------------
// The name of a phone's file from its template, or false with the problem: the name must
// hold %ITCS_mac% (a file with one phone's secrets is never given a name that could be shared)
// and be one phones can ask for.
bool deviceFileName(const Prepared& prepared, const Device& device, QString* name, QString* problem);

// --- apply overrides ------------------------------------------------------------------------
// The region's and the device's overrides, then the phone's own file credentials last: nothing
// may override them.
bool applyOverrides(QByteArray* content, const Levels& levels, const Device& device, QString* error);

} // namespace GenerationSteps
