#pragma once

#include "phonetemplate.h"

#include <QByteArray>
#include <QString>

// The vendor's template XML: <ipphonetamplate> with <type>, <description> and two
// <file_config> elements (global_file and file), each with <type>, <profile>, <encrypt_mode>,
// <name>, <destinationDir> and <data><![CDATA[...]]></data>. Read in whatever encoding the XML
// declaration names (ISO-8859-1 is common); written as UTF-8.
namespace TemplateXml {
// Fills name (the <type>), model (from the type, "audiocodes_430HD" -> "430HD"), description
// and both files. False with a message (and the XML line) on anything malformed or missing.
bool read(const QByteArray& xml, PhoneTemplate* out, QString* error);
QByteArray write(const PhoneTemplate& templ);
// Whether the bytes look like the vendor XML rather than a plain cfg template.
bool looksLikeXml(const QByteArray& data);
} // namespace TemplateXml
