#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

// A ".cfg" file phones download from /configfiles/ (generated or uploaded). The bytes are
// stored apart from this record.
struct ConfigFile
{
    qint64 id = 0;
    qint64 revision = 0;
    QString fileName;
    qint64 size = 0;
    QString sha256; // lower-case hex
    QDateTime updatedAt;
    QString fingerprint; // generated files: digest of their inputs; empty for uploaded ones

    // Whose the file is. A device's own file is private to that device whatever its name; a
    // global file belongs to its template's region (0: system-wide); an uploaded one is shared.
    enum class Origin { Uploaded, Global, Device };
    Origin origin = Origin::Uploaded;
    qint64 deviceId = 0; // Origin::Device: the phone it was generated for
    qint64 regionId = 0; // Origin::Global: the region of the template it comes from
    // Origin::Device: the stored template it was made from (0: the shipped default), and the
    // placeholders nothing gave a value when it was made, by name ("Line1AuthName,Vlan").
    qint64 templateId = 0;
    QString unresolved;

    static QString originName(Origin origin);
    static Origin originFromName(const QString& name);
};

// Moved as bytes when a QVector of them grows (Device's note): Qt types and numbers only.
Q_DECLARE_TYPEINFO(ConfigFile, Q_RELOCATABLE_TYPE);
