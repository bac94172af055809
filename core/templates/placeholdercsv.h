#pragma once

#include "placeholder.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// The vendor console's placeholder exports, and the same form for devices:
//   template placeholders  DEF_KEY,DEF_VAL,DESCRIPTION,MODEL   (MODEL names the template)
//   region placeholders    TENANT_KEY,TENANT_VAL,TENANT_ID     (TENANT_ID: the region's name)
//   site placeholders      SITE_KEY,SITE_VAL,SITE_ID           (SITE_ID: the site's name)
//   system settings        KEY,VAL
//   device placeholders    DEVICE_KEY,DEVICE_VAL,DEVICE_MAC    (PhoneFleet's; the vendor has none)
// Separators ',', ';' or tab (CsvReader); cells a spreadsheet would run are neutralised on
// writing and restored on reading, so that a written file reads back the same.
struct PlaceholderCsv
{
    struct Row
    {
        int line = 0;
        QString name;
        QString value;
        QString description;
        QString owner; // the template (MODEL) or region (TENANT_ID) it belongs to; empty for system
    };
    struct Problem
    {
        int line = 0;
        QString message;
    };

    PlaceholderLevel level = PlaceholderLevel::System;
    QVector<Row> rows;
    QVector<Problem> problems; // rows left out, with why

    // False with a message when the file is not one of the forms at all. Lines that are not
    // good (a bad name, a line break, no owner, the same name for the same owner twice) are in
    // problems, with their line.
    static bool parse(const QByteArray& data, PlaceholderCsv* out, QString* error);
    // The file of one level's rows (owner: the template's, region's name, the device's MAC).
    static QByteArray write(PlaceholderLevel level, const QVector<Row>& rows);
    static QStringList header(PlaceholderLevel level);
};
