#include "adminspage.h"

#include "actionicons.h"
#include "consolesession.h"
#include "pageicons.h"
#include "recorddialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QTableWidget>

namespace {
QString roleText(const QString& role)
{
    if (role == QLatin1String("super-administrator")) {
        return AdminsPage::tr("Super Administrator");
    }
    if (role == QLatin1String("administrator")) {
        return AdminsPage::tr("Administrator");
    }
    return AdminsPage::tr("Regional administrator");
}

QString levelText(const QString& level)
{
    if (level == QLatin1String("operator")) {
        return AdminsPage::tr("Operator");
    }
    if (level == QLatin1String("monitoring")) {
        return AdminsPage::tr("Monitoring");
    }
    return AdminsPage::tr("Not visible");
}

QLineEdit* passwordField(const QString& name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setObjectName(name);
    return field;
}
} // namespace

AdminsPage::AdminsPage(ConsoleSession* session, QWidget* parent)
    : CollectionPage(session, QStringLiteral("admins"), QStringLiteral("admins"),
                     {
                         CollectionModel::Column::of<Admin>("name", tr("Administrator")),
                         {QStringLiteral("role"), tr("Role"), CollectionModel::Column::Kind::Text,
                          [](const QJsonObject& a, int role) -> QVariant {
                              return role == Qt::DisplayRole ? QVariant(roleText(a.value("role").toString()))
                                                             : QVariant();
                          }},
                         {QStringLiteral("regionLevels"), tr("Levels"), CollectionModel::Column::Kind::Text,
                          [session](const QJsonObject& a, int role) -> QVariant {
                              if (role != Qt::DisplayRole && role != CollectionModel::SortRole) {
                                  return {};
                              }
                              if (a.value(QStringLiteral("role")).toString() != QLatin1String("regional")) {
                                  return tr("Operator in every region");
                              }
                              QStringList parts;
                              for (const QJsonValue& v : a.value(QStringLiteral("regionLevels")).toArray()) {
                                  const QJsonObject l = v.toObject();
                                  const QString name =
                                      session ? session->regionName(CollectionModel::idOf(l, "regionId")) : QString();
                                  parts << QStringLiteral("%1: %2").arg(name, levelText(l.value("level").toString()));
                              }
                              return parts.isEmpty() ? tr("no region") : parts.join(QStringLiteral(", "));
                          }},
                         {QStringLiteral("locked"), tr("Locked"), CollectionModel::Column::Kind::YesNo},
                         {QStringLiteral("failedLogins"), tr("Failed sign-ins"), CollectionModel::Column::Kind::Number},
                     },
                     parent)
    , m_add(new QAction(ActionIcons::themed(QStringLiteral("list-add")), tr("Add Administrator…"), this))
    , m_edit(new QAction(ActionIcons::themed(QStringLiteral("document-edit")), tr("Edit…"), this))
    , m_delete(new QAction(ActionIcons::themed(QStringLiteral("edit-delete")), tr("Delete…"), this))
    , m_unlock(new QAction(tr("Unlock"), this))
    , m_password(new QAction(tr("Change My Password…"), this))
{
    searchBox()->setPlaceholderText(tr("Search by name"));
    m_add->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_add, &QAction::triggered, this, &AdminsPage::addAdmin);
    connect(m_edit, &QAction::triggered, this, &AdminsPage::editCurrent);
    connect(m_delete, &QAction::triggered, this, &AdminsPage::deleteCurrent);
    connect(m_unlock, &QAction::triggered, this, &AdminsPage::unlockCurrent);
    connect(m_password, &QAction::triggered, this, &AdminsPage::changeOwnPassword);
    for (QAction* a : {m_add, m_edit, m_delete, m_unlock, m_password}) {
        addAction(a);
    }
    connect(table(), &QAbstractItemView::doubleClicked, this, &AdminsPage::editCurrent);
    selectionChanged();
}

QIcon AdminsPage::icon() const
{
    return PageIcons::administrators();
}

bool AdminsPage::canLoad(QString* why) const
{
    if (session() && session()->canAdministerSystem()) {
        return true;
    }
    *why = tr("Only system administrators manage accounts; you may change your own password.");
    return false;
}

void AdminsPage::selectionChanged()
{
    const bool system = session() && session()->canAdministerSystem();
    const QJsonObject current = currentItem();
    m_add->setEnabled(system);
    m_edit->setEnabled(system && !current.isEmpty());
    m_delete->setEnabled(system && !current.isEmpty());
    m_unlock->setEnabled(system && current.value(QStringLiteral("locked")).toBool());
    m_password->setEnabled(session() && session()->isSignedIn());
}

void AdminsPage::addAdmin()
{
    if (m_add->isEnabled()) {
        editAdmin({});
    }
}

void AdminsPage::editCurrent()
{
    if (m_edit->isEnabled() && !currentItem().isEmpty()) {
        editAdmin(currentItem());
    }
}

void AdminsPage::editAdmin(const QJsonObject& admin)
{
    const bool isNew = admin.isEmpty();
    auto* dialog = new RecordDialog(
        session(), isNew ? tr("Add Administrator") : tr("Edit %1").arg(admin.value("name").toString()), this);
    auto* name = new QLineEdit(admin.value(QStringLiteral("name")).toString(), dialog);
    name->setObjectName(QStringLiteral("name"));
    auto* role = new QComboBox(dialog);
    role->setObjectName(QStringLiteral("role"));
    for (const char* r : {"regional", "administrator", "super-administrator"}) {
        role->addItem(roleText(QLatin1String(r)), QLatin1String(r));
    }
    role->setCurrentIndex(qMax(0, role->findData(admin.value(QStringLiteral("role")).toString())));
    auto* password = passwordField(QStringLiteral("password"), dialog);
    password->setPlaceholderText(isNew ? tr("at least %1 characters").arg(minimumPassword)
                                       : tr("leave empty to keep it; a new one ends the account's sessions"));
    // One row per region: the level there (regional administrators only).
    const QVector<Region> regions = session() ? session()->regions() : QVector<Region>();
    auto* levels = new QTableWidget(static_cast<int>(regions.size()), 2, dialog);
    levels->setObjectName(QStringLiteral("levels"));
    levels->setHorizontalHeaderLabels({tr("Region"), tr("Level")});
    levels->verticalHeader()->hide();
    levels->horizontalHeader()->setStretchLastSection(true);
    QMap<qint64, QString> current;
    for (const QJsonValue& v : admin.value(QStringLiteral("regionLevels")).toArray()) {
        current.insert(CollectionModel::idOf(v.toObject(), "regionId"), v.toObject().value("level").toString());
    }
    for (int row = 0; row < regions.size(); ++row) {
        auto* item = new QTableWidgetItem(regions.at(row).name);
        item->setFlags(Qt::ItemIsEnabled);
        levels->setItem(row, 0, item);
        auto* level = new QComboBox(levels);
        for (const char* l : {"not-visible", "monitoring", "operator"}) {
            level->addItem(levelText(QLatin1String(l)), QLatin1String(l));
        }
        level->setCurrentIndex(qMax(0, level->findData(current.value(regions.at(row).id))));
        levels->setCellWidget(row, 1, level);
    }
    auto updateLevels = [role, levels] {
        levels->setEnabled(role->currentData().toString() == QLatin1String("regional"));
    };
    connect(role, &QComboBox::currentIndexChanged, levels, updateLevels);
    updateLevels();
    dialog->form()->addRow(tr("&Name:"), name);
    dialog->form()->addRow(tr("&Role:"), role);
    dialog->form()->addRow(tr("&Password:"), password);
    dialog->form()->addRow(tr("Levels per region:"), levels);
    dialog->setRequest(
        isNew ? QByteArray("POST") : QByteArray("PUT"),
        isNew ? QStringLiteral("admins") : QStringLiteral("admins/%1").arg(CollectionModel::idOf(admin)),
        [=](QString* problem) -> QJsonObject {
            const QString n = name->text().trimmed();
            if (n.isEmpty()) {
                *problem = tr("An administrator needs a name to sign in with.");
                return {};
            }
            if ((isNew || !password->text().isEmpty()) && password->text().size() < minimumPassword) {
                *problem = tr("A password has at least %1 characters.").arg(minimumPassword);
                return {};
            }
            QJsonObject body {{QStringLiteral("name"), n}, {QStringLiteral("role"), role->currentData().toString()}};
            QJsonArray levelList;
            for (int row = 0; row < regions.size(); ++row) {
                const QString level = static_cast<QComboBox*>(levels->cellWidget(row, 1))->currentData().toString();
                if (level != QLatin1String("not-visible")) {
                    levelList.append(QJsonObject {{QStringLiteral("regionId"), regions.at(row).id},
                                                  {QStringLiteral("level"), level}});
                }
            }
            body.insert(QStringLiteral("regionLevels"), levelList);
            if (!password->text().isEmpty()) {
                body.insert(QStringLiteral("password"), password->text());
            }
            return body;
        },
        CollectionModel::idOf(admin, "revision"));
    openEditor(dialog, [isNew](const QJsonObject& result) {
        return (isNew ? tr("Administrator %1 added.") : tr("Administrator %1 changed."))
            .arg(result.value(QStringLiteral("name")).toString());
    });
}

void AdminsPage::deleteCurrent()
{
    const QJsonObject admin = currentItem();
    if (admin.isEmpty() || !m_delete->isEnabled()) {
        return;
    }
    const QString name = admin.value(QStringLiteral("name")).toString();
    confirmDelete({admin}, QStringLiteral("admins/%1"),
                  tr("Delete the administrator %1? Their sessions end at once.").arg(name),
                  tr("Administrator %1 deleted.").arg(name));
}

void AdminsPage::unlockCurrent()
{
    const QJsonObject admin = currentItem();
    if (admin.isEmpty() || !m_unlock->isEnabled()) {
        return;
    }
    const QString name = admin.value(QStringLiteral("name")).toString();
    session()->sendJson("POST", QStringLiteral("admins/%1/unlock").arg(CollectionModel::idOf(admin)), {}, this,
                        [this, name](const ApiReply& reply) {
                            if (reportFailure(reply, tr("Unlocking %1").arg(name))) {
                                Q_EMIT message(MessageBar::Kind::Information, tr("%1 may sign in again.").arg(name));
                            }
                            reload();
                        });
}

void AdminsPage::changeOwnPassword()
{
    if (!m_password->isEnabled()) {
        return;
    }
    auto* dialog = new RecordDialog(session(), tr("Change My Password"), this);
    auto* currentPassword = passwordField(QStringLiteral("current"), dialog);
    auto* newPassword = passwordField(QStringLiteral("new"), dialog);
    auto* repeat = passwordField(QStringLiteral("repeat"), dialog);
    dialog->form()->addRow(tr("&Current password:"), currentPassword);
    dialog->form()->addRow(tr("&New password:"), newPassword);
    dialog->form()->addRow(tr("&Repeat it:"), repeat);
    dialog->setRequest("PUT", QStringLiteral("me/password"), [=](QString* problem) -> QJsonObject {
        if (newPassword->text().size() < minimumPassword) {
            *problem = tr("A password has at least %1 characters.").arg(minimumPassword);
            return {};
        }
        if (newPassword->text() != repeat->text()) {
            *problem = tr("The two new passwords differ.");
            return {};
        }
        return {{QStringLiteral("currentPassword"), currentPassword->text()},
                {QStringLiteral("newPassword"), newPassword->text()}};
    });
    openEditor(dialog,
               [](const QJsonObject&) { return tr("Your password was changed; your other sessions were ended."); });
}
