#pragma once

#include "connectionprofiles.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Connections: the local server (this computer) and the saved servers, to pick one or edit
// them — name, address, user — and to forget a server's accepted certificate on purpose (the
// only way past a certificate that changed).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    bool localChosen() const { return m_local; }
    // The chosen profile (saved as edited) when !localChosen().
    ConnectionProfile profile() const { return m_profile; }

    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* userEdit() const { return m_user; }
    QPushButton* connectButton() const { return m_connect; }

private:
    void reload(const QString& select);
    void selectionChanged();
    void validate();
    void connectChosen();
    void removeProfile();
    void forgetCertificate();
    ConnectionProfile edited() const;

    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_server;
    QLineEdit* m_user;
    QLabel* m_certificate;
    QLabel* m_problem;
    QPushButton* m_connect;
    QPushButton* m_remove;
    QPushButton* m_forget;
    bool m_local = false;
    ConnectionProfile m_profile;
};
