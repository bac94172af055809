#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

// The current row of a query, read by column name. QSqlQuery::record() builds a QSqlField (name,
// type, value) for every column of every row, and QSqlRecord::value(name) then compares the name
// with each field's: reading 100 000 devices that way cost about a second. This takes the
// column names once per query and reads values by index; as rows are read in about the order
// of their columns, the next column looked up is usually the one after the last.
class RowRecord
{
public:
    // `query` must have been executed; the record reads whatever row it is positioned on.
    explicit RowRecord(const QSqlQuery& query);

    // The value of the named column of the current row; an invalid QVariant if there is none.
    QVariant value(QLatin1String column) const;

private:
    const QSqlQuery& m_query;
    QVector<QString> m_names;
    mutable int m_next = 0;
};
