#pragma once

#include "device.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// One device of a user in the users+devices CSV: a Device of which the fields with a CSV
// header (entityfields.cpp, in their order: Display Name, MAC Address, Serial Number, IP Phone
// Model, Language, VLAN Mode, VLAN ID, VLAN Priority) are read and written.
using UserCsvDevice = Device;

// One line of the file: a user and its devices (none is fine).
struct UserCsvRow
{
    int line = 0;
    QString name;
    QString password; // empty: keep the user's password (or none for a new user)
    // The cell held the vendor's obfuscated form ("&sh&=..."), which is no SIP password: the
    // password is left empty (kept, or none for a new user) and the line warned about.
    bool vendorPassword = false;
    QString displayName;
    QString region; // the region's name
    QVector<UserCsvDevice> devices;
};

struct UserCsvProblem
{
    int line = 0; // 1 is the header
    QString message;
};

// The vendor console's users+devices file:
//   Name,Password,Display Name,Region|Tenant,
//   Device 1 Display Name,Device 1 MAC Address,[Device 1 Serial Number,]Device 1 IP Phone Model,
//   Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,Device 1 VLAN Priority[,Device 2 ...]
// Columns are found by their header (any order, any case), separated by ',', ';' or tabs; UTF-8
// with or without BOM (Latin-1 read as a fallback, as CsvReader does). Reading checks everything
// the file alone can tell: the header, required cells, MAC addresses, models (known, and given
// with a MAC), languages, VLAN ranges, names given twice. A MAC on two lines is a phone that
// moved: the later line's user gets it, with a warning naming both lines (as a later import would
// move it). What needs the database (regions, MACs of other users) is the importer's.
//
// Written files begin with a UTF-8 BOM (spreadsheets need it to read UTF-8), end lines with
// CRLF, and neutralise cells a spreadsheet would run as a formula (starting with = + - @, tab or
// CR) by prefixing a quote; reading removes that quote again, so an exported file imports back
// unchanged.
namespace UserCsv {
// True when the file has no problem; rows holds the good lines either way. warnings (where not
// null) receives what is imported otherwise than written: vendor passwords, phones that moved.
bool read(const QByteArray& data, QVector<UserCsvRow>* rows, QVector<UserCsvProblem>* problems,
          QVector<UserCsvProblem>* warnings = nullptr);
QByteArray write(const QVector<UserCsvRow>& rows);

QString neutralise(const QString& cell);
QString restore(const QString& cell);
// How an export spells a device's model: as it was imported ("Audiocodes_420HD_LYNC") while that
// still names its model and flavour, else "Audiocodes_430HD", "Audiocodes_430HD_TEAMS".
QString exportModelName(const Device& device);
// The vendor's obfuscated password form, which a vendor export writes instead of the password.
bool isVendorPassword(const QString& cell);
// "Audiocodes_405, Audiocodes_405HD, ...": the model names a file may give.
QString modelNameList();
} // namespace UserCsv
