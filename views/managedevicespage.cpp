#include "managedevicespage.h"

#include "accesspolicy.h"
#include "actionicons.h"
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
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

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
                         {QStringLiteral("siteId"), tr("Site"), CollectionModel::Column::Kind::Text,
                          [this](const QJsonObject& d, int role) { return siteCell(d, role); }},
                         {QStringLiteral("status"), tr("Status"), CollectionModel::Column::Kind::Text, statusCell},
                         CollectionModel::Column::of<Device>("firmwareVersion"),
                         CollectionModel::Column::of<Device>("ipAddress"),
                     },
                     parent)
    , m_region(addRegionFilter())
    , m_delete(new QAction(ActionIcons::themed(QStringLiteral("edit-delete")), tr("Delete…"), this))
    , m_changeModel(new QAction(PageIcons::multipleDevices(), tr("Change Phone Type…"), this))
    , m_changeLanguage(
          new QAction(ActionIcons::themed(QStringLiteral("preferences-desktop-locale")), tr("Change Language…"), this))
    , m_restart(new QAction(ActionIcons::themed(QStringLiteral("system-reboot")), tr("Restart…"), this))
    , m_generate(new QAction(ActionIcons::themed(QStringLiteral("document-new")), tr("Generate Configuration"), this))
    , m_update(new QAction(ActionIcons::themed(QStringLiteral("view-refresh")), tr("Update Configuration…"), this))
    , m_message(new QAction(ActionIcons::themed(QStringLiteral("mail-send")), tr("Send Message…"), this))
    , m_changeSite(new QAction(ActionIcons::themed(QStringLiteral("go-home")), tr("Change Site…"), this))
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
    connect(m_changeSite, &QAction::triggered, this, &ManageDevicesPage::changeSiteOfSelected);
    for (QAction* a :
         {m_delete, m_changeModel, m_changeLanguage, m_changeSite, m_restart, m_generate, m_update, m_message}) {
        addAction(a);
    }
    connect(this, &CollectionPage::loaded, this, [this] { loadSiteNames(false); });
    selectionChanged();
}

void ManageDevicesPage::applyChanges(const QVector<FeedChange>& changes)
{
    CollectionPage::applyChanges(changes);
    for (const FeedChange& c : changes) {
        if (c.collection == QLatin1String("sites")) {
            loadSiteNames(true); // renamed or removed: the Site column follows
            return;
        }
    }
}

QVariant ManageDevicesPage::siteCell(const QJsonObject& device, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CollectionModel::SortRole) {
        return {};
    }
    const qint64 site = CollectionModel::idOf(device, "siteId");
    return site > 0 ? m_siteNames.value(site) : QString();
}

void ManageDevicesPage::loadSiteNames(bool always)
{
    if (!session() || !session()->isSignedIn() || m_siteNamesPending) {
        return;
    }
    if (!always) {
        const auto unknown =
            std::any_of(model()->items().cbegin(), model()->items().cend(), [this](const QJsonObject& d) {
                const qint64 site = CollectionModel::idOf(d, "siteId");
                return site > 0 && !m_siteNames.contains(site);
            });
        if (!unknown) {
            return;
        }
    }
    m_siteNamesPending = true;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    session()->get(QStringLiteral("sites"), q, this, [this](const ApiReply& reply) {
        m_siteNamesPending = false;
        if (!reply.ok()) {
            return; // the Site column stays empty; the phones are listed all the same
        }
        m_siteNames.clear();
        for (const QJsonValue& v : reply.items()) {
            const QJsonObject site = v.toObject();
            m_siteNames.insert(CollectionModel::idOf(site), site.value(QStringLiteral("name")).toString());
        }
        table()->viewport()->update();
    });
}

qint64 ManageDevicesPage::selectedRegion() const
{
    qint64 region = -1;
    for (const QJsonObject& d : selectedItems()) {
        const qint64 r = CollectionModel::idOf(d, "regionId");
        if (region >= 0 && r != region) {
            return 0;
        }
        region = r;
    }
    return qMax<qint64>(region, 0);
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
    const qint64 region = count > 0 ? selectedRegion() : 0;
    const bool siteChange = mayWrite && region > 0 && AccessPolicy::canModify(session()->admin(), region);
    m_changeSite->setEnabled(siteChange);
    if (!mayWrite || count == 0) {
        m_changeSite->setToolTip(m_delete->toolTip()); // as the others say it
    } else if (region <= 0) {
        m_changeSite->setToolTip(tr("Select phones of one region: a site is a part of one region"));
    } else if (!siteChange) {
        m_changeSite->setToolTip(tr("Only Operators of the phones' region change their site"));
    } else {
        m_changeSite->setToolTip(tr("Put the %n selected phone(s) at a site of their region", nullptr, count));
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

void ManageDevicesPage::changeSiteOfSelected()
{
    const QVector<QJsonObject> phones = selectedItems();
    const qint64 region = selectedRegion();
    if (phones.isEmpty() || region <= 0 || !m_changeSite->isEnabled() || !session()) {
        return;
    }
    const int count = static_cast<int>(phones.size());
    const QString regionName = session()->regionName(region);
    // The site they are all at, preselected (-1: not all at the same one).
    qint64 shared = CollectionModel::idOf(phones.first(), "siteId");
    for (const QJsonObject& d : phones) {
        if (CollectionModel::idOf(d, "siteId") != shared) {
            shared = -1;
        }
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change the Site of %n Phone(s)", nullptr, count));
    auto* choice = new QComboBox(dialog);
    choice->setObjectName(QStringLiteral("site"));
    choice->addItem(tr("No site"), 0);
    choice->setEnabled(false); // until the region's sites are listed
    auto* note = new QLabel(tr("Listing the sites of %1…").arg(regionName), dialog);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Site:"), choice);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Change %n Phone(s)", nullptr, count));
    ok->setEnabled(false);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("region"), QString::number(region));
    q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    session()->get(QStringLiteral("sites"), q, dialog, [=](const ApiReply& reply) {
        if (!reply.ok()) {
            note->setText(tr("The sites of %1 could not be listed: %2").arg(regionName, reply.error));
            return;
        }
        const QJsonArray sites = reply.items();
        for (const QJsonValue& v : sites) {
            const QJsonObject site = v.toObject();
            choice->addItem(site.value(QStringLiteral("name")).toString(), CollectionModel::idOf(site));
        }
        if (shared >= 0) {
            choice->setCurrentIndex(qMax(0, choice->findData(shared)));
        }
        choice->setEnabled(true);
        ok->setEnabled(true);
        note->setText(sites.isEmpty()
                          ? tr("%1 has no site yet: sites are added to a region on the Regions page.").arg(regionName)
                          : tr("The site's placeholder values go into the phones' files when they are generated "
                               "again."));
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, phones, choice] {
        const qint64 site = choice->currentData().toLongLong();
        putAtSite(phones, site, site > 0 ? choice->currentText() : QString());
    });
    dialog->open();
}

void ManageDevicesPage::putAtSite(const QVector<QJsonObject>& phones, qint64 siteId, const QString& siteName)
{
    const int count = static_cast<int>(phones.size());
    auto left = std::make_shared<int>(count);
    auto refused = std::make_shared<int>(0);
    auto failed = std::make_shared<QString>();
    for (const QJsonObject& d : phones) {
        QJsonObject body {{QStringLiteral("revision"), d.value(QStringLiteral("revision"))}};
        body.insert(QStringLiteral("siteId"), siteId > 0 ? QJsonValue(siteId) : QJsonValue());
        session()->sendJson(
            "PUT", QStringLiteral("devices/%1").arg(CollectionModel::idOf(d)), body, this, [=](const ApiReply& reply) {
                if (!reply.ok()) {
                    ++*refused;
                    if (failed->isEmpty()) {
                        *failed = reply.error;
                    }
                }
                if (--*left > 0) {
                    return;
                }
                if (*refused == 0) {
                    Q_EMIT message(MessageBar::Kind::Information,
                                   siteId > 0 ? tr("%n phone(s) now at the site %1.", nullptr, count).arg(siteName)
                                              : tr("%n phone(s) now at no site.", nullptr, count));
                } else {
                    Q_EMIT message(MessageBar::Kind::Error,
                                   tr("%n phone(s) not changed: %1", nullptr, *refused).arg(*failed));
                }
                reload();
            });
    }
}
