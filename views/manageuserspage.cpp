#include "manageuserspage.h"

#include "actionicons.h"
#include "consolesession.h"
#include "pageicons.h"
#include "recorddialog.h"
#include "userspage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <functional>
#include <memory>

ManageUsersPage::ManageUsersPage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(session, QStringLiteral("users"), QStringLiteral("users"), UsersPage::columns(session), parent)
    , m_region(addRegionFilter())
    , m_setRegion(new QAction(PageIcons::regions(), tr("Set Region…"), this))
    , m_resetPasswords(
          new QAction(ActionIcons::themed(QStringLiteral("dialog-password")), tr("Reset Passwords…"), this))
    , m_delete(new QAction(ActionIcons::themed(QStringLiteral("edit-delete")), tr("Delete Users…"), this))
    , m_restart(new QAction(ActionIcons::themed(QStringLiteral("system-reboot")), tr("Restart Phones…"), this))
    , m_generate(new QAction(ActionIcons::themed(QStringLiteral("document-new")), tr("Generate Configuration"), this))
    , m_update(new QAction(ActionIcons::themed(QStringLiteral("view-refresh")), tr("Update Configuration…"), this))
    , m_message(new QAction(ActionIcons::themed(QStringLiteral("mail-send")), tr("Send Message…"), this))
{
    m_region->setToolTip(tr("The users of which region to manage"));
    searchBox()->setPlaceholderText(tr("Search by user or display name"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_setRegion, &QAction::triggered, this, &ManageUsersPage::setRegionOfSelected);
    connect(m_resetPasswords, &QAction::triggered, this, &ManageUsersPage::resetPasswordsOfSelected);
    connect(m_delete, &QAction::triggered, this, &ManageUsersPage::deleteSelected);
    connect(m_restart, &QAction::triggered, this, &ManageUsersPage::restartPhonesOfSelected);
    connect(m_generate, &QAction::triggered, this, &ManageUsersPage::generateForSelected);
    connect(m_update, &QAction::triggered, this, &ManageUsersPage::updatePhonesOfSelected);
    connect(m_message, &QAction::triggered, this, &ManageUsersPage::messagePhonesOfSelected);
    for (QAction* a : {m_setRegion, m_resetPasswords, m_delete, m_restart, m_generate, m_update, m_message}) {
        addAction(a);
    }
    selectionChanged();
}

QIcon ManageUsersPage::icon() const
{
    return PageIcons::multipleUsers();
}

QVector<qint64> ManageUsersPage::selectedIds() const
{
    QVector<qint64> ids;
    for (const QJsonObject& u : selectedItems()) {
        ids.append(CollectionModel::idOf(u));
    }
    return ids;
}

void ManageUsersPage::selectionChanged()
{
    const QVector<QJsonObject> users = selectedItems();
    const int count = static_cast<int>(users.size());
    int phones = 0;
    for (const QJsonObject& u : users) {
        phones += u.value(QStringLiteral("deviceCount")).toInt();
    }
    const bool mayWrite = session() && session()->canWrite();
    for (QAction* a : {m_setRegion, m_resetPasswords, m_delete}) {
        a->setEnabled(mayWrite && count > 0);
    }
    for (QAction* a : {m_restart, m_generate, m_update, m_message}) {
        a->setEnabled(mayWrite && phones > 0);
        a->setToolTip(!mayWrite         ? tr("A Monitoring administrator changes nothing")
                          : count == 0  ? tr("Select the users first")
                          : phones == 0 ? tr("The selected users have no phone")
                                        : tr("The %n phone(s) of the selected users", nullptr, phones));
    }
    m_setRegion->setText(count > 1 ? tr("Set the Region of %n User(s)…", nullptr, count) : tr("Set Region…"));
    m_resetPasswords->setText(count > 1 ? tr("Reset %n Password(s)…", nullptr, count) : tr("Reset Password…"));
    m_delete->setText(count > 1 ? tr("Delete %n User(s)…", nullptr, count) : tr("Delete User…"));
    m_restart->setText(phones > 1 ? tr("Restart %n Phone(s)…", nullptr, phones) : tr("Restart Phones…"));
}

void ManageUsersPage::setRegionOfSelected()
{
    const QVector<QJsonObject> users = selectedItems();
    if (users.isEmpty() || !m_setRegion->isEnabled()) {
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set the Region of %n User(s)", nullptr, static_cast<int>(users.size())));
    auto* region = RecordDialog::regionCombo(session(), 0, dialog);
    region->setObjectName(QStringLiteral("region"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Region:"), region);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Region"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(
        new QLabel(tr("Their phones keep their own region; change those on Manage Multiple Devices."), dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, users, region] {
        QVector<qint64> ids;
        for (const QJsonObject& u : users) {
            ids.append(CollectionModel::idOf(u));
        }
        moveUsers(ids, RecordDialog::regionValue(region), region->currentText(), false);
    });
    dialog->open();
}

void ManageUsersPage::moveUsers(const QVector<qint64>& ids, const QJsonValue& regionId, const QString& regionName,
                                bool again)
{
    QJsonArray which;
    for (const qint64 id : ids) {
        const int row = model()->rowOf(id);
        if (row < 0) {
            Q_EMIT message(MessageBar::Kind::Warning,
                           tr("No user was moved: some of them are not in the list any more."));
            return;
        }
        which.append(QJsonObject {{QStringLiteral("id"), id},
                                  {QStringLiteral("revision"), model()->item(row).value(QStringLiteral("revision"))}});
    }
    const QJsonObject body {{QStringLiteral("users"), which}, {QStringLiteral("regionId"), regionId}};
    const int count = static_cast<int>(ids.size());
    session()->sendJson("POST", QStringLiteral("users/region"), body, this, [=](const ApiReply& reply) {
        if (reply.status == 409 && !again) {
            connect(
                this, &CollectionPage::loaded, this, [=] { moveUsers(ids, regionId, regionName, true); },
                Qt::SingleShotConnection);
            reload();
            return;
        }
        if (reply.ok()) {
            Q_EMIT message(MessageBar::Kind::Information,
                           tr("%n user(s) moved to %1.", nullptr, count).arg(regionName));
        } else {
            Q_EMIT message(MessageBar::Kind::Error, tr("No user was moved: %1").arg(reply.error));
        }
        reload();
    });
}

void ManageUsersPage::resetPasswordsOfSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_resetPasswords->isEnabled()) {
        return;
    }
    const int count = static_cast<int>(ids.size());
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reset the SIP Passwords of %n User(s)", nullptr, count));
    auto* random = new QRadioButton(tr("A new &random password for each user"), dialog);
    auto* same = new QRadioButton(tr("&One password for all of them:"), dialog);
    random->setObjectName(QStringLiteral("random"));
    same->setObjectName(QStringLiteral("same"));
    random->setChecked(true);
    auto* group = new QButtonGroup(dialog);
    group->addButton(random);
    group->addButton(same);
    auto* password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("password"));
    password->setEchoMode(QLineEdit::Password);
    password->setEnabled(false);
    auto* problem = new QLabel(dialog);
    problem->setStyleSheet(QStringLiteral("color: #c62828"));
    problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reset %n Password(s)", nullptr, count));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("The phones get the new password with their next configuration file; "
                                    "the passwords are never shown."),
                                 dialog));
    layout->addWidget(random);
    layout->addWidget(same);
    layout->addWidget(password);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    const auto validate = [=] {
        password->setEnabled(same->isChecked());
        QString why;
        if (same->isChecked() && password->text().size() < 8) {
            why = tr("A shared password has at least 8 characters.");
        }
        problem->setText(why);
        ok->setEnabled(why.isEmpty());
    };
    connect(group, &QButtonGroup::buttonToggled, dialog, validate);
    connect(password, &QLineEdit::textChanged, dialog, validate);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, ids, same, password] {
        QJsonObject options {
            {QStringLiteral("mode"), same->isChecked() ? QStringLiteral("same") : QStringLiteral("random")}};
        if (same->isChecked()) {
            options.insert(QStringLiteral("password"), password->text());
        }
        QJsonArray users;
        for (const qint64 id : ids) {
            users.append(static_cast<double>(id));
        }
        startAction(session(),
                    {{QStringLiteral("action"), QStringLiteral("reset-passwords")},
                     {QStringLiteral("options"), options},
                     {QStringLiteral("userIds"), users}});
    });
    validate();
    dialog->open();
}

void ManageUsersPage::deleteSelected()
{
    const QVector<QJsonObject> users = selectedItems();
    if (!users.isEmpty() && m_delete->isEnabled()) {
        UsersPage::confirmDeleteUsers(this, users);
    }
}

void ManageUsersPage::restartPhonesOfSelected()
{
    runOnPhones(BulkAction::Kind::Reset);
}

void ManageUsersPage::generateForSelected()
{
    runOnPhones(BulkAction::Kind::GenerateConfiguration);
}

void ManageUsersPage::updatePhonesOfSelected()
{
    runOnPhones(BulkAction::Kind::UpdateConfiguration);
}

void ManageUsersPage::messagePhonesOfSelected()
{
    runOnPhones(BulkAction::Kind::SendMessage);
}

void ManageUsersPage::runOnPhones(BulkAction::Kind kind)
{
    const QVector<QJsonObject> users = selectedItems();
    int phones = 0;
    QJsonArray ids;
    for (const QJsonObject& u : users) {
        phones += u.value(QStringLiteral("deviceCount")).toInt();
        ids.append(u.value(QStringLiteral("id")));
    }
    if (phones == 0 || !m_restart->isEnabled()) { // the four phone actions are enabled together
        return;
    }
    const auto onUsers = [ids](const PhoneAction& action) { // the action on the users' phones
        QJsonObject body = BulkAction::request(action, {});
        body.remove(QStringLiteral("deviceIds"));
        body.insert(QStringLiteral("userIds"), ids);
        return body;
    };
    if (kind == BulkAction::Kind::GenerateConfiguration) {
        PhoneAction action;
        action.kind = BulkAction::phoneActionOf(kind);
        startAction(session(), onUsers(action));
        return;
    }
    BulkAction::State state;
    state.enabled = true;
    state.targets = phones;
    state.tooltip = tr("The %n phone(s) of the selected users.", nullptr, phones);
    switch (kind) {
    case BulkAction::Kind::Reset:
        state.label = tr("Restart %n Phone(s)…", nullptr, phones);
        break;
    case BulkAction::Kind::UpdateConfiguration:
        state.label = tr("Update %n Phone(s)…", nullptr, phones);
        break;
    default:
        state.label = tr("Send to %n Phone(s)…", nullptr, phones);
        break;
    }
    askOptionsThenStart(session(), kind, state, {}, onUsers);
}
