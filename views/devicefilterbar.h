#pragma once

#include "devicefilter.h"
#include "region.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

// Devices Status's smart filters, the vendor's set: user, phone number, MAC, IP, model,
// version, status, approval, region and users with several devices. Any change gives the
// whole DeviceFilter at once; setFilter() shows one (the dashboard's drill-down).
class DeviceFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceFilterBar(QWidget* parent = nullptr);

    DeviceFilter filter() const;
    void setFilter(const DeviceFilter& filter);
    void setRegions(const QVector<Region>& regions);
    void clear();

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* macEdit() const { return m_mac; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* approvalBox() const { return m_approval; }
    QComboBox* regionBox() const { return m_region; }
    QComboBox* modelBox() const { return m_model; }
    QCheckBox* multipleBox() const { return m_multiple; }

Q_SIGNALS:
    void filterChanged(const DeviceFilter& filter);

private:
    void emitChanged();

    QLineEdit* m_user;
    QLineEdit* m_phoneNumber;
    QLineEdit* m_mac;
    QLineEdit* m_ip;
    QComboBox* m_model;
    QLineEdit* m_firmware;
    QComboBox* m_status;
    QComboBox* m_approval;
    QComboBox* m_region;
    QCheckBox* m_multiple;
    QToolButton* m_clear;
    bool m_exact = false;      // the model and firmware of a drill-down are whole names
    bool m_emptyModel = false; // ... and an empty one is asked for ("(unknown)")
    bool m_emptyFirmware = false;
    bool m_setting = false;
};
