#include "mainwindow.h"

#include "devicesview.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_devices(new DevicesView(this))
    , m_connection(new QLabel(this))
{
    setWindowTitle(tr("PhoneFleet"));
    setCentralWidget(m_devices);
    statusBar()->addPermanentWidget(m_connection);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About PhoneFleet"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    resize(1100, 650);
}

void MainWindow::setConnectionText(const QString& text)
{
    m_connection->setText(text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PhoneFleet"),
                       tr("<h3>PhoneFleet %1</h3><p>Administration of enterprise SIP desk phone fleets.</p>"
                          "<p>This build shows the phones in the local database; server connection, bulk "
                          "actions and the other pages come in later versions.</p>")
                           .arg(QLatin1String(PHONEFLEET_VERSION)));
}
