#include "connectdialog.h"

#include "knownservers.h"
#include "profileconnector.h"
#include "secretstore.h"
#include "serverurl.h"
#include "windowfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const int localRole = Qt::UserRole + 1;
}

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_certificate(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_forget(new QPushButton(tr("&Forget Certificate"), this))
{
    setWindowTitle(tr("Connections"));
    m_list->setAccessibleName(tr("Servers"));
    m_server->setPlaceholderText(tr("pf.example.net or https://pf.example.net:8443"));
    m_name->setPlaceholderText(tr("What you call it, e.g. Paris HQ"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_forget->setToolTip(tr("Forget the certificate accepted for this server: the next connection shows the "
                            "server's certificate again, for you to check and accept."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Certificate:"), m_certificate);
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_problem);
    auto* profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_remove);
    profileButtons->addWidget(m_forget);
    profileButtons->addStretch();
    side->addLayout(profileButtons);
    side->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    WindowFit::resizeWithin(this, QSize(720, 360));

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectDialog::selectionChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ConnectDialog::connectChosen);
    for (QLineEdit* e : {m_name, m_server, m_user}) {
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    }
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &ConnectDialog::removeProfile);
    connect(m_forget, &QPushButton::clicked, this, &ConnectDialog::forgetCertificate);
    reload(ConnectionProfiles::lastUsed());
}

void ConnectDialog::reload(const QString& select)
{
    m_list->clear();
    auto* local = new QListWidgetItem(tr("Local server (this computer)"), m_list);
    local->setData(localRole, true);
    for (const ConnectionProfile& p : ConnectionProfiles::all()) {
        auto* item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.name);
        item->setToolTip(QStringLiteral("%1 — %2").arg(p.server, p.user));
        if (p.name == select) {
            m_list->setCurrentItem(item);
        }
    }
    auto* add = new QListWidgetItem(tr("New server…"), m_list);
    add->setData(localRole, false);
    if (!m_list->currentItem()) {
        m_list->setCurrentRow(0);
    }
}

void ConnectDialog::selectionChanged()
{
    QListWidgetItem* item = m_list->currentItem();
    const bool local = item && item->data(localRole).toBool();
    const QString name = item ? item->data(Qt::UserRole).toString() : QString();
    ConnectionProfile p;
    for (const ConnectionProfile& saved : ConnectionProfiles::all()) {
        if (saved.name == name) {
            p = saved;
        }
    }
    m_name->setText(p.name);
    m_server->setText(p.server);
    m_user->setText(p.user);
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_user)}) {
        w->setEnabled(!local);
    }
    m_remove->setEnabled(!name.isEmpty());
    validate();
}

ConnectionProfile ConnectDialog::edited() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.server = m_server->text().trimmed();
    p.user = m_user->text().trimmed();
    return p;
}

void ConnectDialog::validate()
{
    QListWidgetItem* item = m_list->currentItem();
    const bool local = item && item->data(localRole).toBool();
    QString problem;
    QString certificate;
    if (!local) {
        const ConnectionProfile p = edited();
        QString error;
        const ServerUrl url = ServerUrl::parse(p.server, &error);
        if (p.name.isEmpty() || p.server.isEmpty() || p.user.isEmpty()) {
            problem = tr("Give the connection a name, the server's address and your user name.");
        } else if (!url.isValid()) {
            problem = tr("The server address cannot be used: %1").arg(error);
        } else {
            const QString pin = KnownServers::fingerprint(url.toString());
            certificate =
                pin.isEmpty() ? tr("none accepted yet (it is shown when you connect)") : tr("SHA-256 %1").arg(pin);
        }
        m_forget->setEnabled(url.isValid() && !KnownServers::fingerprint(url.toString()).isEmpty());
    } else {
        certificate = tr("not needed: the console talks to its own server on this computer");
        m_forget->setEnabled(false);
    }
    m_certificate->setText(certificate);
    m_problem->setText(problem);
    m_connect->setEnabled(problem.isEmpty());
}

void ConnectDialog::connectChosen()
{
    QListWidgetItem* item = m_list->currentItem();
    m_local = item && item->data(localRole).toBool();
    if (!m_local) {
        validate();
        if (!m_connect->isEnabled()) {
            return;
        }
        m_profile = edited();
        const QString previous = item ? item->data(Qt::UserRole).toString() : QString();
        if (!previous.isEmpty() && previous != m_profile.name) {
            ConnectionProfiles::remove(previous); // renamed
        }
        ConnectionProfiles::save(m_profile);
    }
    accept();
}

void ConnectDialog::removeProfile()
{
    QListWidgetItem* item = m_list->currentItem();
    const QString name = item ? item->data(Qt::UserRole).toString() : QString();
    if (name.isEmpty()) {
        return;
    }
    for (const ConnectionProfile& p : ConnectionProfiles::all()) {
        if (p.name == name) {
            // Its session goes with it.
            SecretStore::remove(ProfileConnector::keychainService(), p.tokenKey(), this,
                                [](const SecretStore::Result&) {});
        }
    }
    ConnectionProfiles::remove(name);
    reload(QString());
}

void ConnectDialog::forgetCertificate()
{
    QString error;
    const ServerUrl url = ServerUrl::parse(m_server->text().trimmed(), &error);
    if (url.isValid()) {
        KnownServers::forget(url.toString());
    }
    validate();
}
