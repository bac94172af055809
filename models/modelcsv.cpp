#include "modelcsv.h"

#include "csvwriter.h"

#include <QAbstractItemModel>

namespace ModelCsv {
QByteArray write(const QAbstractItemModel* model, const QVector<int>& hiddenColumns)
{
    QVector<int> columns;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (!hiddenColumns.contains(c)) {
            columns.append(c);
        }
    }
    QStringList header;
    for (int c : std::as_const(columns)) {
        header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    QVector<QStringList> rows;
    rows.reserve(model->rowCount());
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c : std::as_const(columns)) {
            cells << model->index(r, c).data(Qt::DisplayRole).toString();
        }
        rows.append(cells);
    }
    return CsvWriter::table(header, rows);
}
} // namespace ModelCsv
