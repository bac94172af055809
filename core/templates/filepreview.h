#pragma once

#include "keyoverrides.h"
#include "templaterenderer.h"

#include <QJsonObject>
#include <QMap>

// What a phone's cfg file is made of besides its template's text: the placeholder values at
// every level, the region's and the device's overwrite values, and the file the phone has now.
// The server assembles it (GET /api/v1/templates/{id}/preview); the console renders the text
// being edited with it as the generator would, as you type and offline.
struct PreviewContext
{
    qint64 templateId = 0; // whose Template level this is
    QString model;
    qint64 regionId = 0;
    qint64 deviceId = 0; // 0: a model and region rather than one phone
    qint64 siteId = 0;   // the phone's site (in its region), 0: none
    QString mac;
    // Who each level belongs to, for the provenance table: "Device 00908F4867AF", "Site Opera",
    // "Region Berlin".
    QMap<ValueSource, QString> owners;
    // The template the phone gets now (0: the shipped default, -1: not known) and its name.
    qint64 usedTemplateId = -1;
    QString usedTemplateName;
    PlaceholderScope scope;
    QVector<KeyOverride> regionOverrides;
    QVector<KeyOverride> deviceOverrides;
    // Built-ins that differ per phone (mac, line credentials): left open for a model and region.
    QStringList perPhone;
    // Values the server did not send (passwords), shown as mask().
    QStringList secrets;
    bool hasCurrentFile = false;
    QString currentFileName;
    QByteArray currentFile; // secrets masked the same way

    static QString mask() { return QStringLiteral("********"); }
    bool isDevice() const { return deviceId > 0; }

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, PreviewContext* out, QString* error);
};

// One overwrite value the preview applied.
struct AppliedOverride
{
    KeyOverride value;
    ValueSource level = ValueSource::Region; // Region or Device
};

struct FilePreview
{
    QByteArray text; // UTF-8, as the phone would download it
    QVector<ResolvedPlaceholder> placeholders;
    QVector<AppliedOverride> overrides;
    QString error; // the file could not be made (a value with a line break, a bad overwrite)

    bool ok() const { return error.isEmpty(); }
};

namespace FilePreviewer {
// Renders templateText for the context: placeholders device -> region -> template -> system ->
// built-in, then the region's and the device's overwrite values, as Generator does.
FilePreview render(const QString& templateText, const PreviewContext& context);
// Renders a template's global file as the generator writes it: one file for every phone of the
// model (in the template's region, for a regional template), so only the region's (a regional
// template's alone), the template's, the system's and the built-in values apply; no device or
// site value, no overwrite value, and the built-ins a phone gives (mac, line credentials) as the
// generator has them for no phone. regionalTemplate: the template belongs to a region.
FilePreview renderGlobal(const QString& globalText, const PreviewContext& context, bool regionalTemplate);
// Replaces the value of every "key=value" line whose value is one of secrets by the mask.
QByteArray maskSecrets(const QByteArray& cfg, const QStringList& secrets);
} // namespace FilePreviewer
