#include "managedevicespage.h"

#include "apijson.h"
#include "consolesession.h"
#include "devicestatustext.h"
#include "pageicons.h"
#include "phonelanguages.h"
#include "phonemodels.h"
#include "statusicons.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QVariant statusCell(const QJsonObject& item, int role)
{
    // Only the status is read (this runs for every paint and every comparison of a sort).
    if (role != Qt::DisplayRole && role != Qt::DecorationRole && role != CollectionModel::SortRole) {
        return {};
    }
    Device d;
    d.sipStatus = sipStatusFromString(item.value(QStringLiteral("status")).toString());
    if (role == Qt::DecorationRole) {
        return StatusIcons::forDevice(d);
    }
    return DeviceStatusText::status(d);
}
} // namespace

ManageDevicesPage::ManageDevicesPage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(session, QStringLiteral("devices"), QStringLiteral("devices"),
                     {
                         CollectionModel::Column::of<Device>("mac"),
                         {QStringLiteral("userName"), tr("User")},
                         CollectionModel::Column::of<Device>("model", tr("Phone type")),
                         CollectionModel::Column::of<Device>("language"),
                         {QStringLiteral("regionName"), tr("Region")},
                         {QStringLiteral("status"), tr("Status"), CollectionModel::Column::Kind::Text, statusCell},
                         CollectionModel::Column::of<Device>("firmwareVersion"),
                         CollectionModel::Column::of<Device>("ipAddress"),
                     },
                     parent)
    , m_region(addRegionFilter())
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete…"), this))
    , m_changeModel(new QAction(PageIcons::multipleDevices(), tr("Change Phone Type…"), this))
    , m_changeLanguage(
          new QAction(QIcon::fromTheme(QStringLiteral("preferences-desktop-locale")), tr("Change Language…"), this))
    , m_restart(new QAction(QIcon::fromTheme(QStringLiteral("system-reboot")), tr("Restart…"), this))
    , m_generate(new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("Generate Configuration"), this))
    , m_update(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Update Configuration…"), this))
    , m_message(new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send Message…"), this))
{
    m_region->setToolTip(tr("The phones of which region to manage"));
    searchBox()->setPlaceholderText(tr("Search by user, MAC, IP address, model, firmware or location"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &ManageDevicesPage::deleteSelected);
    connect(m_changeModel, &QAction::triggered, this, &ManageDevicesPage::changeModelOfSelected);
    connect(m_changeLanguage, &QAction::triggered, this, &ManageDevicesPage::changeLanguageOfSelected);
    connect(m_restart, &QAction::triggered, this, &ManageDevicesPage::restartSelected);
    connect(m_generate, &QAction::triggered, this, &ManageDevicesPage::generateForSelected);
    connect(m_update, &QAction::triggered, this, &ManageDevicesPage::updateSelected);
    connect(m_message, &QAction::triggered, this, &ManageDevicesPage::messageSelected);
    for (QAction* a : {m_delete, m_changeModel, m_changeLanguage, m_restart, m_generate, m_update, m_message}) {
        addAction(a);
    }
    selectionChanged();
}

QIcon ManageDevicesPage::icon() const
{
    return PageIcons::multipleDevices();
}

QVector<qint64> ManageDevicesPage::selectedIds() const
{
    QVector<qint64> ids;
    for (const QJsonObject& d : selectedItems()) {
        ids.append(CollectionModel::idOf(d));
    }
    return ids;
}

QVector<QPair<QString, int>> ManageDevicesPage::usage(const QString& field) const
{
    QHash<QString, int> counts;
    for (const QJsonObject& d : model()->items()) {
        ++counts[d.value(field).toString()];
    }
    QVector<QPair<QString, int>> out;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        out.append({it.key(), it.value()});
    }
    std::sort(out.begin(), out.end(), [](const QPair<QString, int>& a, const QPair<QString, int>& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

void ManageDevicesPage::selectionChanged()
{
    const int count = static_cast<int>(selectedItems().size());
    const bool mayWrite = session() && session()->canWrite();
    for (QAction* a : {m_delete, m_changeModel, m_changeLanguage, m_restart, m_generate, m_update, m_message}) {
        a->setEnabled(mayWrite && count > 0);
        a->setToolTip(!mayWrite        ? tr("A Monitoring administrator changes nothing")
                          : count == 0 ? tr("Select the phones first")
                                       : tr("%n selected phone(s)", nullptr, count));
    }
    m_delete->setText(count > 1 ? tr("Delete %n Phone(s)…", nullptr, count) : tr("Delete…"));
    m_restart->setText(count > 1 ? tr("Restart %n Phone(s)…", nullptr, count) : tr("Restart…"));
}

void ManageDevicesPage::deleteSelected()
{
    run(BulkAction::Kind::Delete);
}

void ManageDevicesPage::restartSelected()
{
    run(BulkAction::Kind::Reset);
}

void ManageDevicesPage::generateForSelected()
{
    run(BulkAction::Kind::GenerateConfiguration);
}

void ManageDevicesPage::updateSelected()
{
    run(BulkAction::Kind::UpdateConfiguration);
}

void ManageDevicesPage::messageSelected()
{
    run(BulkAction::Kind::SendMessage);
}

void ManageDevicesPage::run(BulkAction::Kind kind)
{
    QVector<Device> devices;
    for (const QJsonObject& o : selectedItems()) {
        Device d;
        ApiJson::read(o, &d);
        devices.append(d);
    }
    if (devices.isEmpty() || !m_delete->isEnabled() || !session()) {
        return;
    }
    const BulkAction::State state = BulkAction::state(kind, devices, session()->admin());
    if (!state.enabled) {
        Q_EMIT message(MessageBar::Kind::Warning, state.tooltip);
        return;
    }
    const QVector<qint64> ids = BulkAction::targetIds(kind, devices);
    if (kind == BulkAction::Kind::GenerateConfiguration) {
        PhoneAction action;
        action.kind = BulkAction::phoneActionOf(kind);
        startAction(session(), BulkAction::request(action, ids));
        return;
    }
    askOptionsThenStart(session(), kind, state, {},
                        [ids](const PhoneAction& action) { return BulkAction::request(action, ids); });
}

void ManageDevicesPage::changeModelOfSelected()
{
    changeField(QStringLiteral("model"));
}

void ManageDevicesPage::changeLanguageOfSelected()
{
    changeField(QStringLiteral("language"));
}

void ManageDevicesPage::changeField(const QString& field)
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_changeModel->isEnabled()) {
        return;
    }
    const bool isModel = field == QLatin1String("model");
    const int count = static_cast<int>(ids.size());
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(isModel ? tr("Change the Phone Type of %n Phone(s)", nullptr, count)
                                   : tr("Change the Language of %n Phone(s)", nullptr, count));
    auto* choice = new QComboBox(dialog);
    choice->setObjectName(field);
    choice->addItems(isModel ? PhoneModels::known() : PhoneLanguages::known());
    const QJsonObject current = currentItem();
    choice->setCurrentText(current.value(field).toString());
    auto* usageButton = new QPushButton(tr("&View Usage"), dialog);
    usageButton->setCheckable(true);
    usageButton->setObjectName(QStringLiteral("viewUsage"));
    auto* table = new QTableWidget(0, 2, dialog);
    table->setObjectName(QStringLiteral("usage"));
    table->setHorizontalHeaderLabels({isModel ? tr("Phone type") : tr("Language"), tr("Phones")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVisible(false);
    auto* usageNote = new QLabel(dialog);
    usageNote->setVisible(false);
    usageNote->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(choice, 1);
    row->addWidget(usageButton);
    auto* form = new QFormLayout;
    form->addRow(isModel ? tr("&Phone type:") : tr("&Language:"), row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change %n Phone(s)", nullptr, count));
    auto* layout = new QVBoxLayout(dialog);
    auto* what = new QLabel(isModel ? tr("The phones get the template of the new type: their files are generated "
                                         "again and they are told to fetch them.")
                                    : tr("The phones' files are generated again with the new language and the "
                                         "phones are told to fetch them."),
                            dialog);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(table);
    layout->addWidget(usageNote);
    layout->addWidget(buttons);
    connect(usageButton, &QPushButton::toggled, dialog, [this, field, table, usageNote, isModel](bool show) {
        table->setVisible(show);
        usageNote->setVisible(show);
        if (!show) {
            return;
        }
        const QVector<QPair<QString, int>> counts = usage(field);
        table->setRowCount(static_cast<int>(counts.size()));
        for (int r = 0; r < counts.size(); ++r) {
            const QString value = counts.at(r).first;
            table->setItem(r, 0, new QTableWidgetItem(value.isEmpty() ? tr("(not set)") : value));
            auto* n = new QTableWidgetItem(QLocale().toString(counts.at(r).second));
            n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, 1, n);
        }
        usageNote->setText(isModel ? tr("Phone types of the %n phone(s) listed.", nullptr, model()->rowCount())
                                   : tr("Languages of the %n phone(s) listed.", nullptr, model()->rowCount()));
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, ids, choice, isModel] {
        PhoneAction action;
        action.kind = isModel ? PhoneAction::Kind::ChangeModel : PhoneAction::Kind::ChangeLanguage;
        (isModel ? action.model : action.language) = choice->currentText();
        startAction(session(), BulkAction::request(action, ids));
    });
    dialog->open();
}
