#pragma once

#include <QString>
#include <QtGlobal>

// One of a template's two files: the global file every phone of the model includes, or the
// per-device file whose name is usually "%ITCS_mac%.cfg".
struct TemplateFile
{
    QString name;
    QString destinationDir;
    int encryptMode = 0;
    QString data;
};

// A configuration template for one phone model in one region (regionId 0: system-wide).
struct PhoneTemplate
{
    qint64 id = 0;
    qint64 revision = 0;
    QString name;
    QString model;
    qint64 regionId = 0;
    bool isDefault = false; // the region's default template
    QString description;
    TemplateFile globalFile;
    TemplateFile deviceFile;
};
