#pragma once

#include "connectionprofiles.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// Asks for the password of a saved server's account, says why when it asks again (a wrong
// password, a session that ended), and offers to keep the session in the OS keychain — or says
// plainly that there is no keychain here, so nothing will be kept.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const ConnectionProfile& profile, const QString& note, QWidget* parent = nullptr);

    QString password() const;
    bool remember() const;
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }
    QLabel* keychainNote() const { return m_keychain; }

private:
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_keychain;
};
