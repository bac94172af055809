#pragma once

#include "placeholdercsv.h"
#include "ziparchive.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// The vendor's IP Phone Management Server exports its whole configuration as one zip:
//   Templates.zip              Templates.csv (MODEL_NAME,MODEL_DESC,TEMPLATE_FILE_PATH,
//                              OVERWRITE_FILE_PATH,TENANT_ID,TYPE,DEFAULT_MODEL), one template XML
//                              per line named after its path's file name, overwrite files
//   Tenants.zip                Tenants.csv (NAME,DESCRIPTION), <tenant>.cfg of key=value overrides
//   Sites.zip                  Sites.csv (SITE_NAME,SITE_DESCRIPTION,SITE_TENANT_NAME,SITE_REGION_NAME)
//   Template_Placeholders.csv  DEF_KEY,DEF_VAL,DESCRIPTION,MODEL
//   Tenant_Placeholders.csv    TENANT_KEY,TENANT_VAL,TENANT_ID   (the tenant's name)
//   Site_Placeholders.csv      SITE_KEY,SITE_VAL,SITE_ID         (the site's name)
//   System_Settings.csv        KEY,VAL
// Real exports are not tidy, so reading keeps what it can and notes the rest per file and line
// (a template whose file is missing, a line without a name); only a file that is not such an
// export at all is refused. Every byte is hostile: the archives are read by ZipArchive under its
// limits, the nested ones counted against the same total.
struct VendorExport
{
    // Something in the bundle that was not read, or not read whole.
    struct Note
    {
        QString file; // "Templates.zip/Templates.csv"
        int line = 0; // 0: the file as a whole
        QString message;
    };
    struct Template
    {
        int line = 0;
        QString name;        // MODEL_NAME: the vendor's template name, e.g. "Audiocodes_430HD_Paris"
        QString description; // MODEL_DESC
        QString templatePath;
        QString overwritePath;
        QString tenantId; // the vendor's numeric tenant id (not in Tenants.csv), or a tenant's name
        QString type;     // TYPE, e.g. "430HD"
        bool isDefault = false;
        QByteArray xml;                // the template file (a line whose file is missing is a note)
        QByteArray overwrite;          // the overwrite file (key=value lines); empty when none or missing
        bool overwriteMissing = false; // OVERWRITE_FILE_PATH names a file the bundle lacks
    };
    struct Tenant
    {
        int line = 0;
        QString name;
        QString description;
        QByteArray overrides; // <name>.cfg: key=value lines; empty when none
    };
    struct Site
    {
        int line = 0;
        QString name;
        QString description;
        QString tenant; // SITE_TENANT_NAME
        QString region; // SITE_REGION_NAME: the vendor's own grouping, informative only
    };

    QVector<Template> templates;
    QVector<Tenant> tenants;
    QVector<Site> sites;
    PlaceholderCsv templateValues;           // level Template, owner: MODEL
    PlaceholderCsv tenantValues;             // level Region, owner: the tenant's name
    QVector<PlaceholderCsv::Row> siteValues; // owner: the site's name
    PlaceholderCsv settings;                 // level System: System_Settings.csv
    QVector<Note> notes;

    // False with a sentence in *error when data is not a zip the reader accepts (ZipArchive) or
    // holds none of the export's files. Everything else read is in *out, and what was not, in
    // out->notes. The limits hold for the bundle as a whole: the nested archives unpack within
    // what the outer one left.
    static bool read(const QByteArray& data, VendorExport* out, QString* error, const ZipLimits& limits = {});
    // The bundle in the vendor's layout: what read() takes back (templates' and tenants' files
    // named after their path or name; the files of an empty part still written with a header).
    // Empty when it cannot be written (a name too long for a zip): never a bundle that lacks a part.
    QByteArray write() const;

    // The file a template line's data goes to in Templates.zip: its path's file name (made safe),
    // or the template's name + ".cfg" when the path has none.
    static QString templateFileName(const Template& t);
    // "<name>.cfg", with characters a file name may not hold replaced by '_': a tenant's overrides
    // in Tenants.zip, a template's file when its line names no path.
    static QString cfgFileName(const QString& name);
    // The last part of a path written with '/' or '\'.
    static QString fileName(const QString& path);
    // name with what a file name in an archive may not hold ('/', '\', ':', control characters)
    // as '_', and "." or ".." as "_".
    static QString safeFileName(const QString& name);
};
