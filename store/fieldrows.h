#pragma once

#include "fieldtable.h"
#include "rowrecord.h"
#include "storeerror.h"

#include <QVariant>
#include <QVariantList>

// A row's stored fields as the database holds them, from its field table: NULL for no
// reference and no time, times as milliseconds since the epoch (UTC), flags as 0 or 1.
namespace FieldRows {
QVariant toSql(const FieldSpec& field, const FieldValue& value);
FieldValue fromSql(const FieldSpec& field, const QVariant& value);

template <class Row>
QVariantList values(const Row& row)
{
    QVariantList out;
    const FieldTable<Row>& table = fieldsOf<Row>();
    out.reserve(table.columns().size());
    for (const Field<Row>& f : table.fields()) {
        if (f.column) {
            out.append(toSql(f, f.value(row)));
        }
    }
    return out;
}

template <class Row>
Row read(const RowRecord& record)
{
    Row row;
    row.id = record.value(QLatin1String("id")).toLongLong();
    row.revision = record.value(QLatin1String("revision")).toLongLong();
    for (const Field<Row>& f : fieldsOf<Row>().fields()) {
        if (f.column) {
            f.set(&row, fromSql(f, record.value(QLatin1String(f.column))));
        }
    }
    return row;
}

// The table's check, named after the row: "device 00:11:22:33:44:55: VLAN priority must be ...".
template <class Row>
StoreError validate(const Row& row)
{
    const FieldTable<Row>& table = fieldsOf<Row>();
    const QString why = table.problem(row);
    if (why.isEmpty()) {
        return {};
    }
    return {StoreError::Code::Invalid, table.describe(row) + QLatin1String(": ") + why};
}
} // namespace FieldRows
