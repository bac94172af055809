#include "signindialog.h"

#include "profileconnector.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(const ConnectionProfile& profile, const QString& note, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Keep me signed in (the session is kept in the system's keychain)"), this))
    , m_keychain(new QLabel(this))
{
    setWindowTitle(tr("Sign in to %1").arg(profile.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Sign in to %1 as %2.").arg(profile.server, profile.user), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!note.isEmpty()) {
        auto* why = new QLabel(note, this);
        why->setObjectName(QStringLiteral("note"));
        why->setTextFormat(Qt::PlainText);
        why->setWordWrap(true);
        why->setStyleSheet(QStringLiteral("color: #c62828"));
        layout->addWidget(why);
    }
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    QString why;
    if (!ProfileConnector::keychainAvailable(&why)) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keychain->setText(tr("No keychain is available on this computer (%1). Your session lasts until you "
                               "close PhoneFleet; nothing is written to disk.")
                                .arg(why));
    }
    m_keychain->setWordWrap(true);
    m_keychain->setTextFormat(Qt::PlainText);
    m_keychain->setVisible(!m_keychain->text().isEmpty());
    layout->addWidget(m_keychain);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [buttons](const QString& text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

bool SignInDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}
