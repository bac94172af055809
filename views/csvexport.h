#pragma once

#include <QString>

#include <functional>

class QTableView;
class QWidget;

// "Export CSV…" of a page: the table as shown — its visible columns, its rows in their current
// order, only those the search and filters left — saved where the administrator says.
namespace CsvExport {
// Writes the view's table to path; empty on success, else why not.
QString save(const QTableView* view, const QString& path);
// Asks where (suggesting name.csv), saves, and tells done what happened, in words.
void ask(QWidget* parent, const QTableView* view, const QString& name,
         const std::function<void(bool ok, const QString& text)>& done);
} // namespace CsvExport
