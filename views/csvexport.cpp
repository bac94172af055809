#include "csvexport.h"

#include "filetransfer.h"
#include "modelcsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QTableView>

namespace CsvExport {
QString save(const QTableView* view, const QString& path)
{
    QVector<int> hidden;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (view->isColumnHidden(c)) {
            hidden.append(c);
        }
    }
    return FileTransfer::save(path, ModelCsv::write(view->model(), hidden));
}

void ask(QWidget* parent, const QTableView* view, const QString& name,
         const std::function<void(bool ok, const QString& text)>& done)
{
    auto* files = new QFileDialog(parent, QCoreApplication::translate("CsvExport", "Export as CSV"),
                                  QDir::home().filePath(name + QStringLiteral(".csv")),
                                  QCoreApplication::translate("CsvExport", "CSV files (*.csv)"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("csv"));
    QObject::connect(files, &QFileDialog::fileSelected, parent, [view, done](const QString& path) {
        const QString error = save(view, path);
        const int rows = view->model()->rowCount();
        done(
            error.isEmpty(),
            error.isEmpty()
                ? QCoreApplication::translate("CsvExport", "%n row(s) exported to %1.", nullptr, rows).arg(path)
                : QCoreApplication::translate("CsvExport", "The export could not be saved to %1: %2").arg(path, error));
    });
    files->open();
}
} // namespace CsvExport
