// The field tables of the files the server keeps: firmware images and cfg files (fieldtable.h).
// Apart from entityfields.cpp, whose tables describe the administered entities.
#include "commonfields.h"
#include "entityfields.h"

using namespace CommonFields;

template <>
const FieldTable<FirmwareFile>& fieldsOf<FirmwareFile>()
{
    using F = Field<FirmwareFile>;
    static const FieldTable<FirmwareFile> table("firmware file", "fileName",
                                                {
                                                    idField<FirmwareFile>(),
                                                    revisionField<FirmwareFile>(),
                                                    F::text("fileName", &FirmwareFile::fileName)
                                                        .stored("file_name")
                                                        .with(ReadOnly | Required | Trimmed)
                                                        .labelled(QT_TRANSLATE_NOOP("Field", "File name")),
                                                    modelField<FirmwareFile>(),
                                                    F::text("version", &FirmwareFile::version)
                                                        .stored("version")
                                                        .labelled(QT_TRANSLATE_NOOP("Field", "Version")),
                                                    F::integer("size", &FirmwareFile::size, 0, Fields::maxId)
                                                        .stored("size")
                                                        .with(ReadOnly | Bytes)
                                                        .labelled(QT_TRANSLATE_NOOP("Field", "Size")),
                                                    F::text("sha256", &FirmwareFile::sha256)
                                                        .stored("sha256")
                                                        .with(ReadOnly)
                                                        .labelled(QT_TRANSLATE_NOOP("Field", "SHA-256")),
                                                    F::time("uploadedAt", &FirmwareFile::uploadedAt)
                                                        .stored("uploaded_at")
                                                        .with(ReadOnly)
                                                        .labelled(QT_TRANSLATE_NOOP("Field", "Uploaded")),
                                                });
    return table;
}

template <>
const FieldTable<ConfigFile>& fieldsOf<ConfigFile>()
{
    using F = Field<ConfigFile>;
    static const FieldTable<ConfigFile> table(
        "configuration file", "fileName",
        {
            idField<ConfigFile>(),
            revisionField<ConfigFile>(),
            F::text("fileName", &ConfigFile::fileName)
                .stored("file_name")
                .with(ReadOnly | Required | Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "File name")),
            F::integer("size", &ConfigFile::size, 0, Fields::maxId)
                .stored("size")
                .with(ReadOnly | Bytes)
                .labelled(QT_TRANSLATE_NOOP("Field", "Size")),
            F::text("sha256", &ConfigFile::sha256)
                .stored("sha256")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "SHA-256")),
            F::time("updatedAt", &ConfigFile::updatedAt)
                .stored("updated_at")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Updated")),
            F::text("fingerprint", &ConfigFile::fingerprint)
                .stored("fingerprint")
                .with(Internal)
                .labelled(QT_TRANSLATE_NOOP("Field", "Fingerprint")),
            F::custom(
                "origin", FieldType::Choice,
                [](const ConfigFile& f) { return FieldValue::ofText(ConfigFile::originName(f.origin)); },
                [](ConfigFile* f, const FieldValue& v) { f->origin = ConfigFile::originFromName(v.text); })
                .stored("origin")
                .with(Internal | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Origin")),
            F::reference("deviceId", &ConfigFile::deviceId)
                .stored("device_id")
                .with(Internal)
                .labelled(QT_TRANSLATE_NOOP("Field", "Device")),
            F::reference("regionId", &ConfigFile::regionId)
                .stored("region_id")
                .with(Internal)
                .labelled(QT_TRANSLATE_NOOP("Field", "Region")),
            F::reference("templateId", &ConfigFile::templateId)
                .stored("template_id")
                .with(Internal)
                .labelled(QT_TRANSLATE_NOOP("Field", "Template")),
            F::text("unresolved", &ConfigFile::unresolved)
                .stored("unresolved")
                .with(Internal)
                .labelled(QT_TRANSLATE_NOOP("Field", "Unresolved placeholders")),
        });
    return table;
}
