#pragma once

#include "placeholder.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// The vendor console's placeholder exports:
//   template placeholders  DEF_KEY,DEF_VAL,DESCRIPTION,MODEL   (MODEL names the template)
//   region placeholders    TENANT_KEY,TENANT_VAL,TENANT_ID
//   system settings        KEY,VAL
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

    // False with a message when the file is not one of the three forms at all.
    static bool parse(const QByteArray& data, PlaceholderCsv* out, QString* error);
};
