#include "devicefilterbar.h"

#include "phonemodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace {
QLineEdit* textField(QWidget* parent, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setAccessibleName(placeholder);
    return edit;
}
} // namespace

DeviceFilterBar::DeviceFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_user(textField(this, tr("User")))
    , m_phoneNumber(textField(this, tr("Phone number")))
    , m_mac(textField(this, tr("MAC")))
    , m_ip(textField(this, tr("IP address")))
    , m_model(new QComboBox(this))
    , m_firmware(textField(this, tr("Version")))
    , m_status(new QComboBox(this))
    , m_approval(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_multiple(new QCheckBox(tr("Users with &several phones"), this))
    , m_clear(new QToolButton(this))
{
    m_model->setEditable(true);
    m_model->addItem(QString());
    m_model->addItems(PhoneModels::known());
    m_model->lineEdit()->setPlaceholderText(tr("Model"));
    m_model->lineEdit()->setClearButtonEnabled(true);
    m_model->setAccessibleName(tr("Model"));
    m_status->addItem(tr("Any status"), static_cast<int>(DeviceFilter::Status::Any));
    m_status->addItem(tr("Registered"), static_cast<int>(DeviceFilter::Status::Registered));
    m_status->addItem(tr("Not registered"), static_cast<int>(DeviceFilter::Status::NotRegistered));
    m_status->addItem(tr("Disconnected"), static_cast<int>(DeviceFilter::Status::Disconnected));
    m_status->setAccessibleName(tr("Status"));
    m_approval->addItem(tr("Approved or pending"), static_cast<int>(DeviceFilter::Approval::Any));
    m_approval->addItem(tr("Approved"), static_cast<int>(DeviceFilter::Approval::Approved));
    m_approval->addItem(tr("Pending approval"), static_cast<int>(DeviceFilter::Approval::Pending));
    m_approval->setAccessibleName(tr("Approval"));
    m_region->addItem(tr("All regions"), QString());
    m_region->setAccessibleName(tr("Region"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every phone again"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_user, 0, 0);
    grid->addWidget(m_phoneNumber, 0, 1);
    grid->addWidget(m_mac, 0, 2);
    grid->addWidget(m_ip, 0, 3);
    grid->addWidget(m_model, 0, 4);
    grid->addWidget(m_firmware, 0, 5);
    grid->addWidget(m_status, 1, 0);
    grid->addWidget(m_approval, 1, 1);
    grid->addWidget(m_region, 1, 2);
    grid->addWidget(m_multiple, 1, 3, 1, 2);
    grid->addWidget(m_clear, 1, 5, Qt::AlignRight);

    for (QLineEdit* e : {m_user, m_phoneNumber, m_mac, m_ip, m_firmware}) {
        connect(e, &QLineEdit::textChanged, this, [this] {
            m_exact = false;
            emitChanged();
        });
    }
    connect(m_model, &QComboBox::currentTextChanged, this, [this] {
        m_exact = false;
        emitChanged();
    });
    for (QComboBox* c : {m_status, m_approval, m_region}) {
        connect(c, &QComboBox::currentIndexChanged, this, &DeviceFilterBar::emitChanged);
    }
    connect(m_multiple, &QCheckBox::toggled, this, &DeviceFilterBar::emitChanged);
    connect(m_clear, &QToolButton::clicked, this, &DeviceFilterBar::clear);
}

DeviceFilter DeviceFilterBar::filter() const
{
    DeviceFilter f;
    f.user = m_user->text().trimmed();
    f.phoneNumber = m_phoneNumber->text().trimmed();
    f.mac = m_mac->text().trimmed();
    f.ip = m_ip->text().trimmed();
    f.model = m_model->currentText().trimmed();
    f.firmware = m_firmware->text().trimmed();
    f.status = static_cast<DeviceFilter::Status>(m_status->currentData().toInt());
    f.approval = static_cast<DeviceFilter::Approval>(m_approval->currentData().toInt());
    f.region = m_region->currentData().toString();
    f.multipleDevices = m_multiple->isChecked();
    if (m_exact) {
        // A drill-down into one model or version: whole names, where the empty one is asked for.
        f.exactModelAndFirmware = true;
        if (f.model.isEmpty() && m_emptyModel) {
            f.model = QStringLiteral("");
        } else if (f.model.isEmpty()) {
            f.model = QString();
        }
        if (f.firmware.isEmpty() && m_emptyFirmware) {
            f.firmware = QStringLiteral("");
        } else if (f.firmware.isEmpty()) {
            f.firmware = QString();
        }
    }
    return f;
}

void DeviceFilterBar::setFilter(const DeviceFilter& f)
{
    m_setting = true;
    m_user->setText(f.user);
    m_phoneNumber->setText(f.phoneNumber);
    m_mac->setText(f.mac);
    m_ip->setText(f.ip);
    m_model->setCurrentText(f.model);
    m_firmware->setText(f.firmware);
    m_status->setCurrentIndex(qMax(0, m_status->findData(static_cast<int>(f.status))));
    m_approval->setCurrentIndex(qMax(0, m_approval->findData(static_cast<int>(f.approval))));
    m_region->setCurrentIndex(qMax(0, m_region->findData(f.region)));
    m_multiple->setChecked(f.multipleDevices);
    m_exact = f.exactModelAndFirmware;
    m_emptyModel = f.exactModelAndFirmware && !f.model.isNull() && f.model.isEmpty();
    m_emptyFirmware = f.exactModelAndFirmware && !f.firmware.isNull() && f.firmware.isEmpty();
    if (m_emptyModel) {
        m_model->lineEdit()->setPlaceholderText(tr("Model: (unknown)"));
    }
    if (m_emptyFirmware) {
        m_firmware->setPlaceholderText(tr("Version: (unknown)"));
    }
    m_setting = false;
    emitChanged();
}

void DeviceFilterBar::setRegions(const QVector<Region>& regions)
{
    const QString current = m_region->currentData().toString();
    m_setting = true;
    m_region->clear();
    m_region->addItem(tr("All regions"), QString());
    for (const Region& r : regions) {
        m_region->addItem(r.name, QString::number(r.id));
    }
    m_region->setCurrentIndex(qMax(0, m_region->findData(current)));
    m_setting = false;
}

void DeviceFilterBar::clear()
{
    setFilter(DeviceFilter());
}

void DeviceFilterBar::emitChanged()
{
    if (m_setting) {
        return;
    }
    if (!m_exact) {
        m_emptyModel = false;
        m_emptyFirmware = false;
        m_model->lineEdit()->setPlaceholderText(tr("Model"));
        m_firmware->setPlaceholderText(tr("Version"));
    }
    Q_EMIT filterChanged(filter());
}
