#include "userspage.h"

#include "actionicons.h"
#include "apijson.h"
#include "consolesession.h"
#include "devicestatustext.h"
#include "filetransfer.h"
#include "macaddress.h"
#include "pageicons.h"
#include "phonemodels.h"
#include "recorddialog.h"
#include "statusicons.h"
#include "userimportwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

UsersPage::UsersPage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(session, QStringLiteral("users"), QStringLiteral("users"), columns(session), parent)
    , m_add(new QAction(ActionIcons::themed(QStringLiteral("list-add")), tr("Add User…"), this))
    , m_edit(new QAction(ActionIcons::themed(QStringLiteral("document-edit")), tr("Edit User…"), this))
    , m_delete(new QAction(ActionIcons::themed(QStringLiteral("edit-delete")), tr("Delete User…"), this))
    , m_addDevice(new QAction(ActionIcons::themed(QStringLiteral("phone")), tr("Add Phone to User…"), this))
    , m_import(new QAction(ActionIcons::themed(QStringLiteral("document-import")), tr("Import CSV…"), this))
    , m_exportFile(new QAction(ActionIcons::themed(QStringLiteral("document-export")), tr("Export Users File…"), this))
    , m_devices(new QTableWidget(0, 4, this))
{
    searchBox()->setPlaceholderText(tr("Search by user or display name"));
    m_add->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_add, &QAction::triggered, this, &UsersPage::addUser);
    connect(m_edit, &QAction::triggered, this, &UsersPage::editCurrentUser);
    connect(m_delete, &QAction::triggered, this, &UsersPage::deleteSelectedUsers);
    connect(m_addDevice, &QAction::triggered, this, &UsersPage::addDeviceToCurrentUser);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Add or update users and their phones from a CSV file, line by line checked first"));
    m_exportFile->setToolTip(tr("The users and phones file, as Import reads it (without passwords)"));
    connect(m_import, &QAction::triggered, this, &UsersPage::importFile);
    connect(m_exportFile, &QAction::triggered, this, &UsersPage::exportFile);
    for (QAction* a : {m_add, m_edit, m_delete, m_addDevice, m_import, m_exportFile}) {
        addAction(a);
    }
    connect(table(), &QAbstractItemView::doubleClicked, this, &UsersPage::editCurrentUser);

    m_devices->setHorizontalHeaderLabels({tr("Phone (MAC)"), tr("Model"), tr("Status"), tr("IP address")});
    m_devices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_devices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_devices->verticalHeader()->hide();
    m_devices->horizontalHeader()->setStretchLastSection(true);
    m_devices->setAccessibleName(tr("The user's phones"));
    setDetailsWidget(m_devices);
    selectionChanged();
}

QVector<CollectionModel::Column> UsersPage::columns(ConsoleSession* session)
{
    return {
        CollectionModel::Column::of<User>("name", tr("User")),
        CollectionModel::Column::of<User>("displayName"),
        regionColumn(session),
        {QStringLiteral("deviceCount"), tr("Phones"), CollectionModel::Column::Kind::Number},
        {QStringLiteral("hasPassword"), tr("SIP password set"), CollectionModel::Column::Kind::YesNo},
    };
}

QIcon UsersPage::icon() const
{
    return PageIcons::users();
}

void UsersPage::selectionChanged()
{
    const bool mayWrite = session() && session()->canWrite();
    const int selected = static_cast<int>(selectedItems().size());
    const QJsonObject current = currentItem();
    m_add->setEnabled(mayWrite);
    m_edit->setEnabled(mayWrite && !current.isEmpty());
    m_delete->setEnabled(mayWrite && selected > 0);
    m_delete->setText(selected > 1 ? tr("Delete %n User(s)…", nullptr, selected) : tr("Delete User…"));
    m_addDevice->setEnabled(mayWrite && !current.isEmpty());
    m_import->setEnabled(mayWrite);
    const qint64 id = CollectionModel::idOf(current);
    if (id != m_devicesOf) {
        loadDevicesOf(id);
    }
}

void UsersPage::loadDevicesOf(qint64 userId)
{
    m_devicesOf = userId;
    m_devices->setRowCount(0);
    if (userId == 0 || !session()) {
        return;
    }
    session()->get(QStringLiteral("users/%1").arg(userId), {}, this, [this, userId](const ApiReply& reply) {
        if (userId != m_devicesOf || !reply.ok()) {
            return;
        }
        const QJsonArray devices = reply.json.value(QStringLiteral("devices")).toArray();
        m_devices->setRowCount(static_cast<int>(devices.size()));
        for (int row = 0; row < devices.size(); ++row) {
            Device d;
            ApiJson::read(devices.at(row).toObject(), &d);
            auto* status = new QTableWidgetItem(StatusIcons::forDevice(d), DeviceStatusText::status(d));
            m_devices->setItem(row, 0, new QTableWidgetItem(d.mac.toString()));
            m_devices->setItem(row, 1, new QTableWidgetItem(d.model));
            m_devices->setItem(row, 2, status);
            m_devices->setItem(row, 3, new QTableWidgetItem(d.ipAddress));
        }
    });
}

void UsersPage::addUser()
{
    editUser({});
}

void UsersPage::editCurrentUser()
{
    const QJsonObject user = currentItem();
    if (!user.isEmpty() && m_edit->isEnabled()) {
        editUser(user);
    }
}

void UsersPage::editUser(const QJsonObject& user)
{
    const bool isNew = user.isEmpty();
    auto* dialog = new RecordDialog(
        session(), isNew ? tr("Add User") : tr("Edit User %1").arg(user.value("name").toString()), this);
    auto* name = new QLineEdit(user.value(QStringLiteral("name")).toString(), dialog);
    auto* displayName = new QLineEdit(user.value(QStringLiteral("displayName")).toString(), dialog);
    auto* region = RecordDialog::regionCombo(session(), CollectionModel::idOf(user, "regionId"), dialog);
    auto* password = new QLineEdit(dialog);
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(isNew ? tr("optional") : tr("leave empty to keep the current one"));
    name->setObjectName(QStringLiteral("name"));
    displayName->setObjectName(QStringLiteral("displayName"));
    region->setObjectName(QStringLiteral("region"));
    password->setObjectName(QStringLiteral("password"));
    dialog->form()->addRow(tr("&User name:"), name);
    dialog->form()->addRow(tr("&Display name:"), displayName);
    dialog->form()->addRow(tr("&Region:"), region);
    dialog->form()->addRow(tr("SIP &password:"), password);
    dialog->checkFieldsOf<User>();
    dialog->setRequest(
        isNew ? QByteArray("POST") : QByteArray("PUT"),
        isNew ? QStringLiteral("users") : QStringLiteral("users/%1").arg(CollectionModel::idOf(user)),
        [=](QString* problem) -> QJsonObject {
            const QString n = name->text().trimmed();
            if (n.isEmpty()) {
                *problem = tr("A user needs a name (the phones' sign-in name).");
                return {};
            }
            if (n.contains(QLatin1Char(' ')) || n.size() > 128) {
                *problem = tr("A user name has no spaces and at most 128 characters.");
                return {};
            }
            QJsonObject body {{QStringLiteral("name"), n},
                              {QStringLiteral("displayName"), displayName->text().trimmed()}};
            body.insert(QStringLiteral("regionId"), RecordDialog::regionValue(region));
            if (!password->text().isEmpty()) {
                body.insert(QStringLiteral("password"), password->text());
            }
            return body;
        },
        CollectionModel::idOf(user, "revision"));
    openEditor(dialog, [isNew](const QJsonObject& result) {
        return (isNew ? tr("User %1 added.") : tr("User %1 changed."))
            .arg(result.value(QStringLiteral("name")).toString());
    });
}

void UsersPage::deleteSelectedUsers()
{
    const QVector<QJsonObject> users = selectedItems();
    if (users.isEmpty() || !m_delete->isEnabled()) {
        return;
    }
    confirmDeleteUsers(this, users);
}

void UsersPage::confirmDeleteUsers(CollectionPage* page, const QVector<QJsonObject>& users)
{
    int phones = 0;
    for (const QJsonObject& u : users) {
        phones += u.value(QStringLiteral("deviceCount")).toInt();
    }
    const int count = static_cast<int>(users.size());
    auto* withDevices =
        new QCheckBox(tr("Delete their %n phone(s) too (else they stay, without a user)", nullptr, phones));
    withDevices->setObjectName(QStringLiteral("withDevices"));
    withDevices->setEnabled(phones > 0);
    page->confirmDelete(users, QStringLiteral("users/%1"),
                        count == 1 ? tr("Delete the user %1?").arg(users.first().value("name").toString())
                                   : tr("Delete %n user(s)?", nullptr, count),
                        tr("%n user(s) deleted.", nullptr, count), withDevices, QStringLiteral("withDevices"));
}

void UsersPage::addDeviceToCurrentUser()
{
    const QJsonObject user = currentItem();
    if (user.isEmpty() || !m_addDevice->isEnabled()) {
        return;
    }
    auto* dialog = new RecordDialog(session(), tr("Add a Phone to %1").arg(user.value("name").toString()), this);
    auto* mac = new QLineEdit(dialog);
    mac->setPlaceholderText(QStringLiteral("00:90:8F:1A:2B:01"));
    mac->setObjectName(QStringLiteral("mac"));
    auto* model = new QComboBox(dialog);
    model->addItems(PhoneModels::known());
    model->setObjectName(QStringLiteral("model"));
    auto* region = RecordDialog::regionCombo(session(), CollectionModel::idOf(user, "regionId"), dialog);
    region->setObjectName(QStringLiteral("region"));
    dialog->form()->addRow(tr("&MAC address:"), mac);
    dialog->form()->addRow(tr("M&odel:"), model);
    dialog->form()->addRow(tr("&Region:"), region);
    const qint64 userId = CollectionModel::idOf(user);
    dialog->checkFieldsOf<Device>();
    dialog->setRequest("POST", QStringLiteral("devices"), [=](QString* problem) -> QJsonObject {
        const MacAddress address = MacAddress::fromString(mac->text());
        if (address.isNull()) {
            *problem =
                tr("\"%1\" is not a MAC address (12 hexadecimal digits, with or without separators).").arg(mac->text());
            return {};
        }
        QJsonObject body {{QStringLiteral("mac"), address.toString()},
                          {QStringLiteral("model"), model->currentText()},
                          {QStringLiteral("userId"), userId}};
        body.insert(QStringLiteral("regionId"), RecordDialog::regionValue(region));
        return body;
    });
    openEditor(dialog, [this](const QJsonObject& result) {
        m_devicesOf = 0; // show it in the user's phones after the reload
        return tr("Phone %1 added.").arg(result.value(QStringLiteral("mac")).toString());
    });
}

void UsersPage::importFile()
{
    if (!m_import->isEnabled()) {
        return;
    }
    auto* wizard = new UserImportWizard(session(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &UserImportWizard::importFinished, this, [this, wizard] {
        Q_EMIT message(MessageBar::Kind::Information, wizard->summaryLabel()->text());
        reload();
    });
    wizard->open();
}

void UsersPage::exportFile()
{
    auto* files = new QFileDialog(this, tr("Save the users and phones file"),
                                  QDir::home().filePath(QStringLiteral("users.csv")), tr("CSV files (*.csv)"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("csv"));
    connect(files, &QFileDialog::fileSelected, this, &UsersPage::exportFileTo);
    files->open();
}

void UsersPage::exportFileTo(const QString& path)
{
    session()->getRaw(QStringLiteral("export/users"), {}, this, [this, path](const ApiReply& reply) {
        if (!reportFailure(reply, tr("Exporting the users"))) {
            Q_EMIT exportFinished(false);
            return;
        }
        const QString error = FileTransfer::save(path, reply.body);
        Q_EMIT message(error.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Error,
                       error.isEmpty() ? tr("The users and phones were saved to %1.").arg(path)
                                       : tr("The file could not be saved to %1: %2").arg(path, error));
        Q_EMIT exportFinished(error.isEmpty());
    });
}

QString UsersPage::emptyText() const
{
    return tr("No user yet. Add them one by one, or import the users file of the vendor's server (Import "
              "CSV…) with their phones.");
}
