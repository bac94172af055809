#pragma once

#include <QByteArray>
#include <QVector>

class QAbstractItemModel;

// A table as the administrator sees it — its columns' headers and each row's text, in the
// view's order (a sorting or filtering proxy gives its own) — as a CSV file (CsvWriter).
namespace ModelCsv {
// hiddenColumns: columns the view does not show, left out.
QByteArray write(const QAbstractItemModel* model, const QVector<int>& hiddenColumns = {});
} // namespace ModelCsv
