#pragma once

#include <QMainWindow>

class DevicesView;
class QLabel;

// The console's main window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    DevicesView* devicesView() const { return m_devices; }
    // Where the data comes from, shown in the status bar ("Local database: ...").
    void setConnectionText(const QString& text);

private:
    void showAbout();

    DevicesView* m_devices;
    QLabel* m_connection;
};
