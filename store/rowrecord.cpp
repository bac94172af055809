#include "rowrecord.h"

#include <QSqlRecord>

RowRecord::RowRecord(const QSqlQuery& query)
    : m_query(query)
{
    const QSqlRecord columns = query.record();
    m_names.reserve(columns.count());
    for (int i = 0; i < columns.count(); ++i) {
        m_names.append(columns.fieldName(i));
    }
}

QVariant RowRecord::value(QLatin1String column) const
{
    const int count = static_cast<int>(m_names.size());
    for (int step = 0; step < count; ++step) {
        const int i = (m_next + step) % count;
        if (m_names.at(i) == column) {
            m_next = i + 1;
            return m_query.value(i);
        }
    }
    return {};
}
