#include "placeholderspage.h"

#include "accesspolicy.h"
#include "actionicons.h"
#include "consolesession.h"
#include "macaddress.h"
#include "pageicons.h"
#include "placeholder.h"
#include "recorddialog.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>

namespace {
QVariant nameOrKey(const QJsonObject& item, int role)
{
    if (role != Qt::DisplayRole && role != CollectionModel::SortRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (item.contains(QStringLiteral("key"))) {
        return item.value(QStringLiteral("key")).toString();
    }
    const QString name = item.value(QStringLiteral("name")).toString();
    return role == CollectionModel::SortRole ? name : QStringLiteral("%ITCS_%1%").arg(name);
}
} // namespace

PlaceholdersPage::PlaceholdersPage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(
        session, QStringLiteral("placeholders"), QStringLiteral("placeholders"),
        {
            {QStringLiteral("name"), tr("Placeholder or key"), CollectionModel::Column::Kind::Text, nameOrKey},
            CollectionModel::Column::of<Placeholder>("value"),
            CollectionModel::Column::of<Placeholder>("description"),
        },
        parent)
    , m_level(new QComboBox(this))
    , m_ownerStack(new QStackedWidget(this))
    , m_owner(new QComboBox(this))
    , m_mac(new QLineEdit(this))
    , m_deviceLabel(new QLabel(this))
    , m_add(new QAction(ActionIcons::themed(QStringLiteral("list-add")), tr("Add Value…"), this))
    , m_edit(new QAction(ActionIcons::themed(QStringLiteral("document-edit")), tr("Edit…"), this))
    , m_delete(new QAction(ActionIcons::themed(QStringLiteral("edit-delete")), tr("Delete…"), this))
    , m_importCsv(new QAction(ActionIcons::themed(QStringLiteral("document-import")), tr("Import Values…"), this))
    , m_exportVendorCsv(
          new QAction(ActionIcons::themed(QStringLiteral("document-export")), tr("Export for the Vendor…"), this))
{
    m_level->addItem(tr("System"), static_cast<int>(Level::System));
    m_level->addItem(tr("Template (phone model)"), static_cast<int>(Level::Template));
    m_level->addItem(tr("Region"), static_cast<int>(Level::Region));
    m_level->addItem(tr("Site"), static_cast<int>(Level::Site));
    m_level->addItem(tr("Device"), static_cast<int>(Level::Device));
    m_level->addItem(tr("Region overwrite values"), static_cast<int>(Level::RegionOverwrite));
    m_level->addItem(tr("Device overwrite values"), static_cast<int>(Level::DeviceOverwrite));
    m_level->setAccessibleName(tr("Level"));
    auto* levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_level);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setMinimumContentsLength(18);
    m_mac->setPlaceholderText(tr("the phone's MAC, then Enter"));
    m_mac->setAccessibleName(tr("The phone's MAC address"));
    m_mac->setMinimumWidth(m_mac->fontMetrics().averageCharWidth() * 22);
    auto* deviceBox = new QWidget(this);
    auto* deviceRow = new QHBoxLayout(deviceBox);
    deviceRow->setContentsMargins(0, 0, 0, 0);
    deviceRow->addWidget(m_mac);
    deviceRow->addWidget(m_deviceLabel);
    m_ownerStack->addWidget(new QWidget(this)); // the system level has no owner
    m_ownerStack->addWidget(m_owner);
    m_ownerStack->addWidget(deviceBox);
    addFilterWidget(levelLabel);
    addFilterWidget(m_level);
    addFilterWidget(m_ownerStack);
    m_ownerStack->setVisible(false); // the system level has no owner
    searchBox()->setPlaceholderText(tr("Search names and values"));
    connect(m_level, qOverload<int>(&QComboBox::activated), this, &PlaceholdersPage::levelChanged);
    connect(m_owner, qOverload<int>(&QComboBox::activated), this, &CollectionPage::reload);
    connect(m_mac, &QLineEdit::returnPressed, this, [this] { showDevice(m_mac->text()); });
    m_add->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_add, &QAction::triggered, this, &PlaceholdersPage::addValue);
    connect(m_edit, &QAction::triggered, this, &PlaceholdersPage::editCurrent);
    connect(m_delete, &QAction::triggered, this, &PlaceholdersPage::deleteCurrent);
    m_importCsv->setToolTip(
        tr("Import placeholder values from a CSV file in the vendor's layouts (DEF_KEY,DEF_VAL,"
           "DESCRIPTION,MODEL; TENANT_KEY,TENANT_VAL,TENANT_ID; SITE_KEY,SITE_VAL,SITE_ID; KEY,VAL; "
           "DEVICE_KEY,DEVICE_VAL,DEVICE_MAC): all lines or none"));
    m_exportVendorCsv->setToolTip(tr("Save this level's values in the vendor's CSV layout"));
    connect(m_importCsv, &QAction::triggered, this, &PlaceholdersPage::importCsv);
    connect(m_exportVendorCsv, &QAction::triggered, this, &PlaceholdersPage::exportVendorCsv);
    for (QAction* a : {m_add, m_edit, m_delete, m_importCsv, m_exportVendorCsv}) {
        addAction(a);
    }
    connect(table(), &QAbstractItemView::doubleClicked, this, &PlaceholdersPage::editCurrent);
    if (session) {
        connect(session, &ConsoleSession::regionsChanged, this, [this] {
            if (level() == Level::Region || level() == Level::RegionOverwrite || level() == Level::Site) {
                fillOwners();
            }
        });
    }
    selectionChanged();
}

QIcon PlaceholdersPage::icon() const
{
    return PageIcons::placeholders();
}

void PlaceholdersPage::sessionStarted()
{
    fillOwners();
    CollectionPage::sessionStarted();
}

void PlaceholdersPage::applyChanges(const QVector<FeedChange>& changes)
{
    CollectionPage::applyChanges(changes);
    if (level() != Level::Site) {
        return;
    }
    for (const FeedChange& c : changes) {
        if (c.collection == QLatin1String("sites")) {
            fillOwners(); // a site added, renamed or removed: the owner list follows
            return;
        }
    }
}

PlaceholdersPage::Level PlaceholdersPage::level() const
{
    return static_cast<Level>(m_level->currentData().toInt());
}

void PlaceholdersPage::setLevel(Level level)
{
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(level)));
    levelChanged();
}

bool PlaceholdersPage::isOverwrite() const
{
    return level() == Level::RegionOverwrite || level() == Level::DeviceOverwrite;
}

QString PlaceholdersPage::levelName() const
{
    switch (level()) {
    case Level::System:
        return QStringLiteral("system");
    case Level::Template:
        return QStringLiteral("template");
    case Level::Region:
    case Level::RegionOverwrite:
        return QStringLiteral("region");
    case Level::Site:
        return QStringLiteral("site");
    case Level::Device:
    case Level::DeviceOverwrite:
        return QStringLiteral("device");
    }
    return {};
}

qint64 PlaceholdersPage::ownerId() const
{
    switch (level()) {
    case Level::System:
        return 0;
    case Level::Device:
    case Level::DeviceOverwrite:
        return m_deviceId;
    default:
        return m_owner->currentData().toLongLong();
    }
}

void PlaceholdersPage::levelChanged()
{
    const bool overwrite = isOverwrite();
    setApiPath(overwrite ? QStringLiteral("overwrites") : QStringLiteral("placeholders"),
               overwrite ? QStringLiteral("overwrites") : QStringLiteral("placeholders"));
    searchBox()->setVisible(!overwrite); // overwrite values are few and not searched by the server
    const bool device = level() == Level::Device || level() == Level::DeviceOverwrite;
    m_ownerStack->setCurrentIndex(level() == Level::System ? 0 : device ? 2 : 1);
    m_ownerStack->setVisible(level() != Level::System);
    m_add->setText(overwrite ? tr("Add Overwrite Value…") : tr("Add Value…"));
    sizeColumnsAgain();
    fillOwners();
    reload();
}

void PlaceholdersPage::fillOwners()
{
    const qint64 current = m_owner->currentData().toLongLong();
    if (level() == Level::Region || level() == Level::RegionOverwrite) {
        m_owner->clear();
        m_ownersAreSites = false;
        if (session()) {
            for (const Region& r : session()->regions()) {
                m_owner->addItem(r.name, r.id);
            }
        }
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
        Q_EMIT ownerReady();
    } else if (level() == Level::Template && session() && session()->isSignedIn()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        session()->get(QStringLiteral("templates"), q, this, [this, current](const ApiReply& reply) {
            if (!reportFailure(reply, tr("Listing the templates")) || level() != Level::Template) {
                return;
            }
            m_owner->clear();
            m_ownersAreSites = false;
            m_templateRegions.clear();
            for (const QJsonValue& v : reply.items()) {
                const QJsonObject t = v.toObject();
                const qint64 region = CollectionModel::idOf(t, "regionId");
                m_templateRegions.insert(CollectionModel::idOf(t), region);
                m_owner->addItem(QStringLiteral("%1 — %2 (%3)")
                                     .arg(t.value(QStringLiteral("name")).toString(),
                                          t.value(QStringLiteral("model")).toString(),
                                          region > 0 ? session()->regionName(region) : tr("system-wide")),
                                 CollectionModel::idOf(t));
            }
            m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
            Q_EMIT ownerReady();
            reload();
        });
    } else if (level() == Level::Site && session() && session()->isSignedIn()) {
        // Every site the administrator sees, as "Site (Region)". Until they come, no other level's
        // owner (a region's id) is taken for a site.
        const qint64 currentSite = m_ownersAreSites ? current : 0;
        if (!m_ownersAreSites) {
            m_owner->clear();
        }
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        session()->get(QStringLiteral("sites"), q, this, [this, currentSite](const ApiReply& reply) {
            if (!reportFailure(reply, tr("Listing the sites")) || level() != Level::Site) {
                return;
            }
            m_owner->clear();
            m_ownersAreSites = true;
            m_siteRegions.clear();
            for (const QJsonValue& v : reply.items()) {
                const QJsonObject site = v.toObject();
                const qint64 region = CollectionModel::idOf(site, "regionId");
                m_siteRegions.insert(CollectionModel::idOf(site), region);
                m_owner->addItem(QStringLiteral("%1 (%2)").arg(site.value(QStringLiteral("name")).toString(),
                                                               session()->regionName(region)),
                                 CollectionModel::idOf(site));
            }
            m_owner->setCurrentIndex(qMax(0, m_owner->findData(currentSite)));
            Q_EMIT ownerReady();
            reload();
        });
    }
}

void PlaceholdersPage::showDevice(const QString& text)
{
    m_mac->setText(text);
    const MacAddress mac = MacAddress::fromString(text);
    if (mac.isNull()) {
        m_deviceId = 0;
        m_deviceLabel->setText(tr("not a MAC address"));
        reload();
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("mac"), mac.toString());
    session()->get(QStringLiteral("devices"), q, this, [this, mac](const ApiReply& reply) {
        if (!reportFailure(reply, tr("Finding the phone"))) {
            return;
        }
        m_deviceId = 0;
        for (const QJsonValue& v : reply.items()) {
            const QJsonObject d = v.toObject();
            if (MacAddress::fromString(d.value(QStringLiteral("mac")).toString()) == mac) {
                m_deviceId = CollectionModel::idOf(d);
                m_deviceRegion = CollectionModel::idOf(d, "regionId");
                const QString user = d.value(QStringLiteral("userName")).toString();
                m_deviceLabel->setText(QStringLiteral("%1 %2").arg(d.value(QStringLiteral("model")).toString(),
                                                                   user.isEmpty() ? QString() : tr("of %1").arg(user)));
            }
        }
        if (m_deviceId == 0) {
            m_deviceLabel->setText(tr("no phone has this MAC"));
        }
        Q_EMIT ownerReady();
        reload();
    });
}

bool PlaceholdersPage::canLoad(QString* why) const
{
    if (level() != Level::System && ownerId() == 0) {
        switch (level()) {
        case Level::Template:
            *why = tr("Choose a template");
            break;
        case Level::Region:
        case Level::RegionOverwrite:
            *why = tr("Choose a region");
            break;
        case Level::Site:
            *why = tr("Choose a site (a region's sites are added on the Regions page)");
            break;
        default:
            *why = tr("Give the phone's MAC address");
            break;
        }
        return false;
    }
    return true;
}

QUrlQuery PlaceholdersPage::query() const
{
    QUrlQuery q = isOverwrite() ? QUrlQuery() : CollectionPage::query();
    q.addQueryItem(QStringLiteral("level"), levelName());
    if (level() != Level::System) {
        q.addQueryItem(QStringLiteral("owner"), QString::number(ownerId()));
    }
    return q;
}

bool PlaceholdersPage::mayChange() const
{
    if (!session() || !session()->canWrite()) {
        return false;
    }
    const Admin& admin = session()->admin();
    switch (level()) {
    case Level::System:
        return session()->canAdministerSystem();
    case Level::Template: {
        const qint64 region = m_templateRegions.value(ownerId());
        return region > 0 ? AccessPolicy::canModify(admin, region) : session()->canAdministerSystem();
    }
    case Level::Region:
    case Level::RegionOverwrite:
        return ownerId() > 0 && AccessPolicy::canModify(admin, ownerId());
    case Level::Site:
        return ownerId() > 0 && AccessPolicy::canModify(admin, m_siteRegions.value(ownerId()));
    case Level::Device:
    case Level::DeviceOverwrite:
        return m_deviceId > 0 && AccessPolicy::canModify(admin, m_deviceRegion);
    }
    return false;
}

void PlaceholdersPage::selectionChanged()
{
    const bool change = mayChange() && (level() == Level::System || ownerId() > 0);
    const bool any = !currentItem().isEmpty();
    m_add->setEnabled(change);
    m_edit->setEnabled(change && any);
    m_delete->setEnabled(change && any);
}

void PlaceholdersPage::addValue()
{
    if (m_add->isEnabled()) {
        editValue({});
    }
}

void PlaceholdersPage::editCurrent()
{
    const QJsonObject value = currentItem();
    if (!value.isEmpty() && m_edit->isEnabled()) {
        editValue(value);
    }
}

void PlaceholdersPage::editValue(const QJsonObject& value)
{
    const bool isNew = value.isEmpty();
    const bool overwrite = isOverwrite();
    const QString path = overwrite ? QStringLiteral("overwrites") : QStringLiteral("placeholders");
    auto* dialog = new RecordDialog(session(),
                                    isNew ? (overwrite ? tr("Add an Overwrite Value") : tr("Add a Placeholder Value"))
                                          : tr("Edit %1").arg(nameOrKey(value, Qt::DisplayRole).toString()),
                                    this);
    auto* name =
        new QLineEdit(value.value(overwrite ? QStringLiteral("key") : QStringLiteral("name")).toString(), dialog);
    name->setObjectName(QStringLiteral("name"));
    name->setPlaceholderText(overwrite ? QStringLiteral("voip/line/0/enabled") : QStringLiteral("Primary_NTP"));
    auto* text = new QLineEdit(value.value(QStringLiteral("value")).toString(), dialog);
    text->setObjectName(QStringLiteral("value"));
    auto* description = new QLineEdit(value.value(QStringLiteral("description")).toString(), dialog);
    description->setObjectName(QStringLiteral("description"));
    if (overwrite) {
        dialog->form()->addRow(tr("Cfg &key:"), name);
        dialog->form()->addRow(tr("&Value:"), text);
        dialog->form()->addRow(new QLabel(tr("The phone's file sets this key to this value, whatever the template "
                                             "says."),
                                          dialog));
    } else {
        auto* row = new QHBoxLayout;
        row->addWidget(new QLabel(QStringLiteral("%ITCS_"), dialog));
        row->addWidget(name, 1);
        row->addWidget(new QLabel(QStringLiteral("%"), dialog));
        auto* label = new QLabel(tr("&Name:"), dialog);
        label->setBuddy(name); // Alt+N: a row of widgets gets no buddy by itself
        dialog->form()->addRow(label, row);
        dialog->form()->addRow(tr("&Value:"), text);
        dialog->form()->addRow(tr("&Description:"), description);
    }
    if (overwrite) {
        dialog->checkFieldsOf<OverwriteValue>();
    } else {
        dialog->checkFieldsOf<Placeholder>();
    }
    const QString levelText = levelName();
    const qint64 owner = ownerId();
    dialog->setRequest(
        isNew ? QByteArray("POST") : QByteArray("PUT"),
        isNew ? path : QStringLiteral("%1/%2").arg(path).arg(CollectionModel::idOf(value)),
        [=](QString* problem) -> QJsonObject {
            const QString n = name->text().trimmed();
            if (overwrite) {
                if (n.isEmpty() || n.contains(QLatin1Char('=')) || n.contains(QLatin1Char(' '))) {
                    *problem = tr("A cfg key is one word without '=' (voip/line/0/enabled).");
                    return {};
                }
            } else if (!Placeholder::isValidName(n)) {
                *problem = tr("A placeholder name is letters, digits and '_', starting with a letter "
                              "(Primary_NTP for %ITCS_Primary_NTP%).");
                return {};
            }
            QJsonObject body {{QStringLiteral("level"), levelText},
                              {overwrite ? QStringLiteral("key") : QStringLiteral("name"), n},
                              {QStringLiteral("value"), text->text()}};
            body.insert(QStringLiteral("ownerId"), owner > 0 ? QJsonValue(owner) : QJsonValue());
            if (!overwrite) {
                body.insert(QStringLiteral("description"), description->text().trimmed());
            }
            return body;
        },
        CollectionModel::idOf(value, "revision"));
    openEditor(dialog, [isNew, overwrite](const QJsonObject& result) {
        const QString what = overwrite
            ? result.value(QStringLiteral("key")).toString()
            : QStringLiteral("%ITCS_%1%").arg(result.value(QStringLiteral("name")).toString());
        return isNew ? tr("%1 added.").arg(what) : tr("%1 changed.").arg(what);
    });
}

void PlaceholdersPage::deleteCurrent()
{
    const QJsonObject value = currentItem();
    if (value.isEmpty() || !m_delete->isEnabled()) {
        return;
    }
    const QString what = nameOrKey(value, Qt::DisplayRole).toString();
    confirmDelete({value}, isOverwrite() ? QStringLiteral("overwrites/%1") : QStringLiteral("placeholders/%1"),
                  tr("Delete %1? Phones get the value of the level below it from their next file.").arg(what),
                  tr("%1 deleted.").arg(what));
}

void PlaceholdersPage::importCsv()
{
    askWhichFileToOpen(tr("Import Placeholder Values"), tr("CSV files (*.csv *.txt);;All files (*)"),
                       [this](const QString& path) { importCsvFile(path); });
}

void PlaceholdersPage::importCsvFile(const QString& path)
{
    static constexpr qint64 maxBytes = 16 * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        message(MessageBar::Kind::Error, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > maxBytes) {
        message(MessageBar::Kind::Error,
                tr("%1 is %2; a placeholder file of at most %3 is read")
                    .arg(path, QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(maxBytes)));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    session()->sendBytes(
        "POST", QStringLiteral("import/placeholders"), {}, bytes, "text/csv", this, [this, name](const ApiReply& r) {
            if (r.ok()) {
                const auto n = [&r](const char* key) { return r.json.value(QLatin1String(key)).toInt(); };
                message(MessageBar::Kind::Information,
                        tr("%1: %2 value(s) imported (%3 added, %4 changed, %5 unchanged).")
                            .arg(name)
                            .arg(n("imported"))
                            .arg(n("added"))
                            .arg(n("updated"))
                            .arg(n("unchanged")));
                scheduleReload();
                return;
            }
            const QJsonArray errors = r.json.value(QStringLiteral("errors")).toArray();
            if (errors.isEmpty()) {
                reportFailure(r, tr("Import of %1").arg(name));
                return;
            }
            QStringList lines;
            for (const QJsonValue& v : errors) {
                const QJsonObject e = v.toObject();
                lines << tr("line %1: %2")
                             .arg(e.value(QStringLiteral("line")).toInt())
                             .arg(e.value(QStringLiteral("message")).toString());
            }
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Nothing Imported"),
                                        tr("%n line(s) of %1 cannot be imported, so nothing was imported. Correct "
                                           "them and import the file again.",
                                           nullptr, static_cast<int>(lines.size()))
                                            .arg(name),
                                        QMessageBox::Close, this);
            box->setDetailedText(lines.join(u'\n'));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setObjectName(QStringLiteral("placeholderImportRefused"));
            box->open();
        });
}

void PlaceholdersPage::exportVendorCsv()
{
    if (isOverwrite()) {
        message(MessageBar::Kind::Warning, tr("Overwrite values have no vendor CSV layout; use Export CSV…"));
        return;
    }
    const QString level = levelName();
    askWhereToSave(tr("Export for the Vendor"), QStringLiteral("placeholders-%1.csv").arg(level),
                   tr("CSV files (*.csv)"), [this, level](const QString& path) {
                       saveDownload(QStringLiteral("export/placeholders?level=%1").arg(level), path,
                                    tr("The %1 values").arg(level), [](bool) {});
                   });
}

QString PlaceholdersPage::emptyText() const
{
    return tr("No value at this level. Placeholders (%ITCS_Name% in templates) take the value of the "
              "nearest level: device, site, region, template, system.");
}
