#pragma once

#include "builtinplaceholders.h"
#include "consolepage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

class ConsoleSession;
class QLabel;
class QPlainTextEdit;
class Option160Panel;
class QTabWidget;

// System Settings: what the server does (its FQDN for the phones, when a silent phone counts as
// disconnected, sessions, logging, pushes) and what every phone gets unless a template, region or
// device says otherwise (language, NTP, time zone, voice mail, SRTP, outbound proxy, redundant
// provisioning servers, the LDAP directory: system placeholders), and DHCP Option 160: the
// dhcpoption160.cfg template, the SBC proxy, the URLs to put into the DHCP server, and what a
// phone of a model gets. System administrators change them; everyone else reads them. Save
// checks every field first, then sends only what changed.
class SettingsPage : public ConsolePage
{
    Q_OBJECT

public:
    explicit SettingsPage(ConsoleSession* session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("System Settings"); }
    QIcon icon() const override;
    QList<QAction*> toolBarActions() const override { return {m_save, m_revert}; }
    void sessionStarted() override;
    void applyChanges(const QVector<FeedChange>& changes) override;

    // The editor of a server setting ("disconnect_timeout_minutes") or system placeholder
    // ("Primary_NTP"): a QLineEdit, QSpinBox, QComboBox, QCheckBox or QPlainTextEdit.
    QWidget* editor(const QString& key) const;
    QAction* saveAction() const { return m_save; }
    QAction* revertAction() const { return m_revert; }
    Option160Panel* option160() const { return m_option160; }
    QTabWidget* tabs() const { return m_tabs; }
    bool isModified() const;
    // Why the fields cannot be saved as they are ("" when they can).
    QString problem() const;

public Q_SLOTS:
    void load();
    void save();

Q_SIGNALS:
    void loaded();
    // A save finished: everything was accepted, or not (the message bar says what).
    void saved(bool ok);

private:
    enum class Type { Text, Secret, Number, Choice, Bool, Multiline };
    struct Field
    {
        QString key;
        bool placeholder = false; // a system placeholder, else a server setting
        Type type = Type::Text;
        QWidget* editor = nullptr;
        QString loaded; // the value as last read
        std::function<QString(const QString&)> check;
    };

    QWidget* serverTab();
    QWidget* phonesTab();
    QWidget* ldapTab();
    QWidget* option160Tab();
    QWidget* add(class QFormLayout* form, const QString& label, const QString& key, bool placeholder, Type type,
                 const QStringList& choices = {}, int min = 0, int max = 0);
    QString value(const Field& f) const;
    void setValue(const Field& f, const QString& value);
    void showLoaded(const QJsonObject& settings, const QJsonArray& placeholders);
    void updateEditable();
    // The Option 160 panel follows the fields (FQDN, SBC proxy, template) as they are typed.
    void updateUrls();
    // Where phones reach the server: the FQDN field, else what the server tells them now.
    ServerContext phoneContext() const;

    ConsoleSession* m_session;
    QTabWidget* m_tabs;
    QVector<Field> m_fields;
    QHash<QString, QJsonObject> m_placeholderRows; // system placeholders as read, by name
    QJsonObject m_defaults;
    QString m_phoneAddress; // what the server tells phones now
    bool m_phoneHttps = true;
    qint64 m_settingsRevision = 0;
    QAction* m_save;
    QAction* m_revert;
    Option160Panel* m_option160 = nullptr;
    QLabel* m_state = nullptr;
    bool m_loading = false;
    bool m_saving = false;
};
