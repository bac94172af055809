#include "settingspage.h"

#include "actionicons.h"
#include "consolesession.h"
#include "option160.h"
#include "option160panel.h"
#include "pageicons.h"
#include "phonelanguages.h"
#include "serversettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace {
// A host name or address, with an optional port: what a phone can be told to reach.
QString hostProblem(const QString& what, const QString& value, bool portAllowed)
{
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$"));
    static const QRegularExpression ipv6(QStringLiteral("^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$"));
    if (value.isEmpty()) {
        return {};
    }
    if ((!host.match(value).hasMatch() && !ipv6.match(value).hasMatch())
        || (!portAllowed && value.contains(QRegularExpression(QStringLiteral(":[0-9]+$"))) && !value.startsWith('['))) {
        return SettingsPage::tr("%1: \"%2\" is not a host name or address%3")
            .arg(what, value, portAllowed ? SettingsPage::tr(" (with :port if needed)") : QString());
    }
    return {};
}

QWidget* scrolled(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QFormLayout* group(QVBoxLayout* into, const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    into->addWidget(box);
    return form;
}
} // namespace

SettingsPage::SettingsPage(ConsoleSession* session, QWidget* parent)
    : ConsolePage(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_save(new QAction(ActionIcons::themed(QStringLiteral("document-save")), tr("Save Settings"), this))
    , m_revert(new QAction(ActionIcons::themed(QStringLiteral("edit-undo")), tr("Revert"), this))
{
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revert->setToolTip(tr("Show the settings as the server has them again, dropping what was typed"));
    QWidget::addAction(m_save);
    connect(m_save, &QAction::triggered, this, &SettingsPage::save);
    connect(m_revert, &QAction::triggered, this, &SettingsPage::load);
    m_tabs->addTab(scrolled(serverTab()), tr("Server"));
    m_tabs->addTab(scrolled(phonesTab()), tr("Phones"));
    m_tabs->addTab(scrolled(ldapTab()), tr("LDAP Directory"));
    m_tabs->addTab(scrolled(option160Tab()), tr("DHCP Option 160"));
    m_state = new QLabel(this);
    m_state->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_state);
    layout->addWidget(m_tabs, 1);
    for (const Field& f : std::as_const(m_fields)) {
        const auto changed = [this] {
            if (!m_loading) {
                updateEditable();
                updateUrls();
            }
        };
        if (auto* e = qobject_cast<QLineEdit*>(f.editor)) {
            connect(e, &QLineEdit::textChanged, this, changed);
        } else if (auto* n = qobject_cast<QSpinBox*>(f.editor)) {
            connect(n, qOverload<int>(&QSpinBox::valueChanged), this, changed);
        } else if (auto* c = qobject_cast<QComboBox*>(f.editor)) {
            connect(c, &QComboBox::currentTextChanged, this, changed);
        } else if (auto* b = qobject_cast<QCheckBox*>(f.editor)) {
            connect(b, &QCheckBox::toggled, this, changed);
        } else if (auto* t = qobject_cast<QPlainTextEdit*>(f.editor)) {
            connect(t, &QPlainTextEdit::textChanged, this, changed);
        }
    }
    if (m_session) {
        connect(m_session, &ConsoleSession::regionsChanged, this, &SettingsPage::updateUrls);
    }
    updateEditable();
}

QIcon SettingsPage::icon() const
{
    return PageIcons::settings();
}

QWidget* SettingsPage::add(QFormLayout* form, const QString& label, const QString& key, bool placeholder, Type type,
                           const QStringList& choices, int min, int max)
{
    QWidget* editor = nullptr;
    switch (type) {
    case Type::Text:
    case Type::Secret: {
        auto* e = new QLineEdit(form->parentWidget());
        if (type == Type::Secret) {
            e->setEchoMode(QLineEdit::Password);
        }
        editor = e;
        break;
    }
    case Type::Number: {
        auto* n = new QSpinBox(form->parentWidget());
        n->setRange(min, max);
        n->setMaximumWidth(n->fontMetrics().averageCharWidth() * 14);
        editor = n;
        break;
    }
    case Type::Choice: {
        // Item data is the stored value, the text what the administrator reads ("Phone's default").
        auto* c = new QComboBox(form->parentWidget());
        for (const QString& choice : choices) {
            const int bar = static_cast<int>(choice.indexOf(QLatin1Char('|')));
            c->addItem(bar < 0 ? choice : choice.mid(bar + 1), bar < 0 ? choice : choice.left(bar));
        }
        editor = c;
        break;
    }
    case Type::Bool:
        editor = new QCheckBox(label, form->parentWidget());
        break;
    case Type::Multiline: {
        auto* t = new QPlainTextEdit(form->parentWidget());
        t->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        t->setLineWrapMode(QPlainTextEdit::NoWrap);
        t->setTabChangesFocus(true);
        t->setMinimumHeight(t->fontMetrics().lineSpacing() * 10);
        editor = t;
        break;
    }
    }
    editor->setObjectName(key);
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    if (type == Type::Bool) {
        form->addRow(QString(), editor);
    } else {
        form->addRow(label, editor);
    }
    Field f;
    f.key = key;
    f.placeholder = placeholder;
    f.type = type;
    f.editor = editor;
    if (!placeholder) {
        f.check = [key](const QString& v) { return ServerSettings::check(key, v); }; // the server's own check
    }
    m_fields.append(f);
    return editor;
}

QWidget* SettingsPage::serverTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    QFormLayout* server = group(layout, tr("Server"), tab);
    add(server, tr("Server &FQDN or address:"), QStringLiteral("server_address"), false, Type::Text);
    m_fields.last().check = [](const QString& v) { return hostProblem(tr("Server FQDN"), v, true); };
    qobject_cast<QLineEdit*>(m_fields.last().editor)
        ->setPlaceholderText(tr("what phones use to reach this server; empty: this host's name"));
    add(server, tr("&Disconnect timeout (minutes):"), QStringLiteral("disconnect_timeout_minutes"), false, Type::Number,
        {}, 1, 10080);
    add(server, tr("Administrator &sign-in lasts (seconds):"), QStringLiteral("admin_session_seconds"), false,
        Type::Number, {}, 60, 30 * 24 * 3600);
    add(server, tr("&Activity log level:"), QStringLiteral("activity_log_level"), false, Type::Choice,
        {QStringLiteral("ERROR"), QStringLiteral("WARN"), QStringLiteral("INFO"), QStringLiteral("DEBUG"),
         QStringLiteral("VERBOSE")});
    add(server, tr("Phones' &push port (0: never push):"), QStringLiteral("phone_push_port"), false, Type::Number, {},
        0, 65535);
    add(server, tr("System &provisioning subnets:"), QStringLiteral("system_provisioning_subnets"), false, Type::Text);
    qobject_cast<QLineEdit*>(m_fields.last().editor)
        ->setPlaceholderText(tr("CIDR blocks whose phones fetch their file without credentials"));
    QFormLayout* redundancy = group(layout, tr("Redundant Mode"), tab);
    add(redundancy, tr("&Redundant mode: phones fall back to a backup provisioning server"),
        QStringLiteral("RedundantMode"), true, Type::Bool);
    add(redundancy, tr("P&rimary server:"), QStringLiteral("PrimaryServer"), true, Type::Text);
    m_fields.last().check = [](const QString& v) { return hostProblem(tr("Primary server"), v, true); };
    add(redundancy, tr("&Backup server:"), QStringLiteral("BackupServer"), true, Type::Text);
    m_fields.last().check = [](const QString& v) { return hostProblem(tr("Backup server"), v, true); };
    layout->addStretch(1);
    return tab;
}

QWidget* SettingsPage::phonesTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    auto* note = new QLabel(tr("What every phone gets unless its template, region or own values say otherwise "
                               "(system placeholders: %ITCS_Language% and so on). Empty: the phone's own default."),
                            tab);
    note->setWordWrap(true);
    layout->addWidget(note);
    QFormLayout* phones = group(layout, tr("Phones"), tab);
    QStringList languages {QStringLiteral("|Phone's default")};
    languages << PhoneLanguages::known();
    add(phones, tr("Phones' &language:"), QStringLiteral("Language"), true, Type::Choice, languages);
    add(phones, tr("&Primary NTP server:"), QStringLiteral("Primary_NTP"), true, Type::Text);
    m_fields.last().check = [](const QString& v) { return hostProblem(tr("Primary NTP server"), v, false); };
    add(phones, tr("&Secondary NTP server:"), QStringLiteral("Secondary_NTP"), true, Type::Text);
    m_fields.last().check = [](const QString& v) { return hostProblem(tr("Secondary NTP server"), v, false); };
    add(phones, tr("&Time zone:"), QStringLiteral("TimeZoneLocation"), true, Type::Text);
    add(phones, tr("&Voice mail number:"), QStringLiteral("MwiVmNumber"), true, Type::Text);
    m_fields.last().check = [](const QString& v) {
        static const QRegularExpression dial(QStringLiteral("^[0-9*#+]*$"));
        return dial.match(v).hasMatch()
            ? QString()
            : tr("Voice mail number: \"%1\" is not a number to dial (digits, * # +)").arg(v);
    };
    add(phones, tr("S&RTP:"), QStringLiteral("SRTP"), true, Type::Choice,
        {QStringLiteral("|Phone's default"), QStringLiteral("DISABLE|Disabled"), QStringLiteral("OPTIONAL|Optional"),
         QStringLiteral("MANDATORY|Mandatory")});
    add(phones, tr("&Outbound proxy:"), QStringLiteral("Outbound_proxy"), true, Type::Text);
    m_fields.last().check = [](const QString& v) { return hostProblem(tr("Outbound proxy"), v, false); };
    add(phones, tr("Outbound proxy p&ort:"), QStringLiteral("Outbound_proxy_port"), true, Type::Text);
    m_fields.last().check = [](const QString& v) {
        bool ok = false;
        const int port = v.toInt(&ok);
        return v.isEmpty() || (ok && port > 0 && port < 65536) ? QString()
                                                               : tr("Outbound proxy port: \"%1\" is not a port").arg(v);
    };
    add(phones, tr("&Keep-alive period (seconds):"), QStringLiteral("KeepAlivePeriod"), true, Type::Text);
    m_fields.last().check = [](const QString& v) {
        bool ok = false;
        const int s = v.toInt(&ok);
        return v.isEmpty() || (ok && s >= 10 && s <= 86400)
            ? QString()
            : tr("Keep-alive period: \"%1\" is not a number of seconds (10..86400)").arg(v);
    };
    layout->addStretch(1);
    return tab;
}

QWidget* SettingsPage::ldapTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    QFormLayout* ldap = group(layout, tr("LDAP Directory"), tab);
    add(ldap, tr("&Active: phones search the corporate directory"), QStringLiteral("LDAPEnabled"), true, Type::Bool);
    add(ldap, tr("&Server address:"), QStringLiteral("LDAPServerAddress"), true, Type::Text);
    m_fields.last().check = [](const QString& v) { return hostProblem(tr("LDAP server address"), v, false); };
    add(ldap, tr("&Port:"), QStringLiteral("LDAPPort"), true, Type::Text);
    m_fields.last().check = [](const QString& v) {
        bool ok = false;
        const int port = v.toInt(&ok);
        return v.isEmpty() || (ok && port > 0 && port < 65536) ? QString()
                                                               : tr("LDAP port: \"%1\" is not a port").arg(v);
    };
    add(ldap, tr("&User name:"), QStringLiteral("LDAPUserName"), true, Type::Text);
    add(ldap, tr("Pass&word:"), QStringLiteral("LDAPPassword"), true, Type::Secret);
    add(ldap, tr("&Base:"), QStringLiteral("LDAPBaseDN"), true, Type::Text);
    qobject_cast<QLineEdit*>(m_fields.last().editor)->setPlaceholderText(QStringLiteral("ou=People,dc=example,dc=com"));
    add(ldap, tr("&Name filter:"), QStringLiteral("LDAPNameFilter"), true, Type::Text);
    qobject_cast<QLineEdit*>(m_fields.last().editor)->setPlaceholderText(QStringLiteral("(|(cn=%)(sn=%))"));
    add(ldap, tr("Name a&ttributes:"), QStringLiteral("LDAPNameAttribute"), true, Type::Text);
    qobject_cast<QLineEdit*>(m_fields.last().editor)->setPlaceholderText(QStringLiteral("cn sn displayName"));
    add(ldap, tr("Nu&mber filter:"), QStringLiteral("LDAPNumberFilter"), true, Type::Text);
    qobject_cast<QLineEdit*>(m_fields.last().editor)
        ->setPlaceholderText(QStringLiteral("(|(telephoneNumber=%)(mobile=%))"));
    add(ldap, tr("Number attr&ibutes:"), QStringLiteral("LDAPNumberAttribute"), true, Type::Text);
    qobject_cast<QLineEdit*>(m_fields.last().editor)->setPlaceholderText(QStringLiteral("telephoneNumber mobile"));
    add(ldap, tr("&Display name:"), QStringLiteral("LDAPDisplayName"), true, Type::Text);
    qobject_cast<QLineEdit*>(m_fields.last().editor)->setPlaceholderText(QStringLiteral("cn"));
    add(ldap, tr("Ma&x hits:"), QStringLiteral("LDAPMaxHits"), true, Type::Text);
    add(ldap, tr("Sort the &results"), QStringLiteral("LDAPSortResults"), true, Type::Bool);
    add(ldap, tr("Search time&out (seconds):"), QStringLiteral("LDAPSearchTimeout"), true, Type::Text);
    add(ldap, tr("Minimum &search length:"), QStringLiteral("LDAPMinLength"), true, Type::Text);
    for (const char* key : {"LDAPMaxHits", "LDAPSearchTimeout", "LDAPMinLength"}) {
        for (Field& f : m_fields) {
            if (f.key == QLatin1String(key)) {
                f.check = [what = QString(QLatin1String(key)).mid(4)](const QString& v) {
                    bool ok = false;
                    const int n = v.toInt(&ok);
                    return v.isEmpty() || (ok && n >= 0 && n <= 10000)
                        ? QString()
                        : tr("LDAP %1: \"%2\" is not a number (0..10000)").arg(what, v);
                };
            }
        }
    }
    layout->addStretch(1);
    return tab;
}

QWidget* SettingsPage::option160Tab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    QFormLayout* files = group(layout, tr("Zero-Touch Provisioning"), tab);
    add(files, tr("dhcpoption160.cfg &template:"), QStringLiteral("dhcp_option160_template"), false, Type::Multiline);
    auto* restore = new QPushButton(tr("Restore the Shipped Template"), tab);
    restore->setObjectName(QStringLiteral("restoreOption160"));
    connect(restore, &QPushButton::clicked, this, [this] {
        if (auto* t = qobject_cast<QPlainTextEdit*>(editor(QStringLiteral("dhcp_option160_template")))) {
            t->setPlainText(Option160::defaultSystemFileTemplate());
        }
    });
    files->addRow(QString(), restore);
    add(files, tr("SBC &HTTP proxy (host:port):"), QStringLiteral("sbc_proxy"), false, Type::Text);
    m_fields.last().check = [](const QString& v) { return hostProblem(tr("SBC HTTP proxy"), v, true); };
    qobject_cast<QLineEdit*>(m_fields.last().editor)
        ->setPlaceholderText(tr("for phones outside the network; empty: none"));

    m_option160 = new Option160Panel(tab);
    connect(m_option160, &Option160Panel::copied, this,
            [this](const QString& url) { Q_EMIT message(MessageBar::Kind::Information, tr("Copied: %1").arg(url)); });
    layout->addWidget(m_option160);
    return tab;
}

QWidget* SettingsPage::editor(const QString& key) const
{
    for (const Field& f : m_fields) {
        if (f.key == key) {
            return f.editor;
        }
    }
    return nullptr;
}

QString SettingsPage::value(const Field& f) const
{
    switch (f.type) {
    case Type::Text:
    case Type::Secret:
        return qobject_cast<QLineEdit*>(f.editor)->text().trimmed();
    case Type::Number:
        return QString::number(qobject_cast<QSpinBox*>(f.editor)->value());
    case Type::Choice:
        return qobject_cast<QComboBox*>(f.editor)->currentData().toString();
    case Type::Bool:
        return qobject_cast<QCheckBox*>(f.editor)->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    case Type::Multiline: {
        // The shipped template is stored as "" (it follows the shipped one when that changes).
        const QString text = qobject_cast<QPlainTextEdit*>(f.editor)->toPlainText();
        return text == Option160::defaultSystemFileTemplate() || text.trimmed().isEmpty() ? QString() : text;
    }
    }
    return {};
}

void SettingsPage::setValue(const Field& f, const QString& v)
{
    switch (f.type) {
    case Type::Text:
    case Type::Secret:
        qobject_cast<QLineEdit*>(f.editor)->setText(v);
        break;
    case Type::Number:
        qobject_cast<QSpinBox*>(f.editor)->setValue(v.toInt());
        break;
    case Type::Choice: {
        auto* c = qobject_cast<QComboBox*>(f.editor);
        int index = c->findData(v);
        if (index < 0) { // a value set elsewhere (the API, a script): shown as it is
            c->addItem(v, v);
            index = c->count() - 1;
        }
        c->setCurrentIndex(index);
        break;
    }
    case Type::Bool:
        qobject_cast<QCheckBox*>(f.editor)->setChecked(v == QLatin1String("1") || v == QLatin1String("true"));
        break;
    case Type::Multiline:
        qobject_cast<QPlainTextEdit*>(f.editor)->setPlainText(v.isEmpty() ? Option160::defaultSystemFileTemplate() : v);
        break;
    }
}

void SettingsPage::sessionStarted()
{
    load();
}

void SettingsPage::applyChanges(const QVector<FeedChange>& changes)
{
    for (const FeedChange& c : changes) {
        if ((c.collection == QLatin1String("settings") || c.collection == QLatin1String("placeholders"))
            && !isModified() && !m_saving) {
            load(); // someone else changed them; nothing typed here is lost
            return;
        }
    }
}

void SettingsPage::load()
{
    if (!m_session || !m_session->isSignedIn()) {
        return;
    }
    m_state->setText(tr("Loading…"));
    auto settings = std::make_shared<QJsonObject>();
    auto left = std::make_shared<int>(2);
    auto failed = std::make_shared<QString>();
    const auto finish = [this, settings, left, failed](const QJsonArray& placeholders) {
        if (--*left > 0) {
            return;
        }
        if (!failed->isEmpty()) {
            m_state->setText(tr("The settings could not be read: %1").arg(*failed));
            Q_EMIT message(MessageBar::Kind::Error, m_state->text());
            Q_EMIT loaded();
            return;
        }
        showLoaded(*settings, placeholders);
    };
    auto placeholders = std::make_shared<QJsonArray>();
    m_session->get(QStringLiteral("settings"), {}, this, [settings, failed, finish, placeholders](const ApiReply& r) {
        if (!r.ok()) {
            *failed = r.error;
        }
        *settings = r.json;
        finish(*placeholders);
    });
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("level"), QStringLiteral("system"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    m_session->get(QStringLiteral("placeholders"), q, this, [failed, finish, placeholders](const ApiReply& r) {
        if (!r.ok()) {
            *failed = r.error;
        }
        *placeholders = r.items();
        finish(*placeholders);
    });
}

void SettingsPage::showLoaded(const QJsonObject& answer, const QJsonArray& placeholders)
{
    m_loading = true;
    const QJsonObject stored = answer.value(QStringLiteral("settings")).toObject();
    m_defaults = answer.value(QStringLiteral("defaults")).toObject();
    m_settingsRevision = answer.value(QStringLiteral("revision")).toInteger();
    m_phoneHttps = answer.value(QStringLiteral("phoneScheme")).toString() != QLatin1String("http");
    m_phoneAddress = answer.value(QStringLiteral("phoneAddress")).toString();
    m_placeholderRows.clear();
    for (const QJsonValue& v : placeholders) {
        const QJsonObject row = v.toObject();
        m_placeholderRows.insert(row.value(QStringLiteral("name")).toString(), row);
    }
    for (Field& f : m_fields) {
        QString v;
        if (f.placeholder) {
            v = m_placeholderRows.value(f.key).value(QStringLiteral("value")).toString();
            if (f.type == Type::Bool && v.isEmpty()) {
                v = QStringLiteral("0");
            }
        } else {
            v = stored.contains(f.key) ? stored.value(f.key).toString() : m_defaults.value(f.key).toString();
        }
        setValue(f, v);
        f.loaded = value(f); // as the editor shows it (a number's "" reads back as its minimum)
    }
    m_loading = false;
    m_state->setText(tr("As stored on the server."));
    updateEditable();
    updateUrls();
    Q_EMIT loaded();
}

bool SettingsPage::isModified() const
{
    for (const Field& f : m_fields) {
        if (value(f) != f.loaded) {
            return true;
        }
    }
    return false;
}

QString SettingsPage::problem() const
{
    for (const Field& f : m_fields) {
        if (f.check && value(f) != f.loaded) {
            if (const QString why = f.check(value(f)); !why.isEmpty()) {
                return why;
            }
        }
    }
    return {};
}

void SettingsPage::updateEditable()
{
    const bool system = m_session && m_session->canAdministerSystem();
    for (const Field& f : std::as_const(m_fields)) {
        if (auto* e = qobject_cast<QLineEdit*>(f.editor)) {
            e->setReadOnly(!system);
        } else if (auto* t = qobject_cast<QPlainTextEdit*>(f.editor)) {
            t->setReadOnly(!system);
        } else {
            f.editor->setEnabled(system);
        }
    }
    if (auto* restore = findChild<QPushButton*>(QStringLiteral("restoreOption160"))) {
        restore->setEnabled(system);
    }
    const bool modified = isModified();
    m_save->setEnabled(system && modified && !m_saving);
    m_revert->setEnabled(modified && !m_saving);
    if (!system && m_session && m_session->isSignedIn()) {
        m_save->setToolTip(tr("Only system administrators change the system settings"));
    } else {
        m_save->setToolTip(tr("Check the fields and send what changed to the server"));
    }
    if (modified && !m_loading) {
        const QString why = problem();
        m_state->setText(why.isEmpty() ? tr("Changed, not saved yet.") : why);
    }
}

ServerContext SettingsPage::phoneContext() const
{
    ServerContext context;
    context.https = m_phoneHttps;
    const QWidget* fqdn = editor(QStringLiteral("server_address"));
    const QString typed = fqdn ? qobject_cast<const QLineEdit*>(fqdn)->text().trimmed() : QString();
    context.serverAddress = typed.isEmpty() ? m_phoneAddress : typed;
    return context;
}

void SettingsPage::updateUrls()
{
    if (!m_option160 || m_loading) {
        return;
    }
    const auto text = [this](const char* key) {
        const QWidget* e = editor(QLatin1String(key));
        if (const auto* line = qobject_cast<const QLineEdit*>(e)) {
            return line->text().trimmed();
        }
        const auto* plain = qobject_cast<const QPlainTextEdit*>(e);
        return plain ? plain->toPlainText() : QString();
    };
    QStringList regions;
    if (m_session) {
        for (const Region& r : m_session->regions()) {
            regions << r.name;
        }
    }
    m_option160->show(phoneContext(), text("sbc_proxy"), regions, text("dhcp_option160_template"));
}

void SettingsPage::save()
{
    if (!m_save->isEnabled() || !m_session) {
        return;
    }
    if (const QString why = problem(); !why.isEmpty()) {
        Q_EMIT message(MessageBar::Kind::Error, tr("Nothing was saved: %1").arg(why));
        return;
    }
    QJsonObject settings;
    struct PlaceholderChange
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QJsonObject body;
        QString name;
    };
    QVector<PlaceholderChange> changes;
    for (const Field& f : std::as_const(m_fields)) {
        const QString v = value(f);
        if (v == f.loaded) {
            continue;
        }
        if (!f.placeholder) {
            settings.insert(f.key, v);
            continue;
        }
        const QJsonObject row = m_placeholderRows.value(f.key);
        const bool cleared = v.isEmpty() || (f.type == Type::Bool && v == QLatin1String("0"));
        if (row.isEmpty()) {
            if (!cleared) {
                changes.append({"POST",
                                QStringLiteral("placeholders"),
                                {},
                                {{QStringLiteral("level"), QStringLiteral("system")},
                                 {QStringLiteral("name"), f.key},
                                 {QStringLiteral("value"), v}},
                                f.key});
            }
        } else if (cleared) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("revision"),
                           QString::number(row.value(QStringLiteral("revision")).toInteger()));
            changes.append({"DELETE",
                            QStringLiteral("placeholders/%1").arg(row.value(QStringLiteral("id")).toInteger()),
                            q,
                            {},
                            f.key});
        } else {
            changes.append(
                {"PUT",
                 QStringLiteral("placeholders/%1").arg(row.value(QStringLiteral("id")).toInteger()),
                 {},
                 {{QStringLiteral("value"), v}, {QStringLiteral("revision"), row.value(QStringLiteral("revision"))}},
                 f.key});
        }
    }
    m_saving = true;
    updateEditable();
    m_state->setText(tr("Saving…"));
    auto left = std::make_shared<int>(static_cast<int>(changes.size()) + (settings.isEmpty() ? 0 : 1));
    auto failures = std::make_shared<QStringList>();
    const auto done = [this, left, failures](const QString& what, const ApiReply& reply) {
        if (!reply.ok()) {
            failures->append(QStringLiteral("%1: %2").arg(what, reply.error));
        }
        if (--*left > 0) {
            return;
        }
        m_saving = false;
        if (failures->isEmpty()) {
            Q_EMIT message(MessageBar::Kind::Information, tr("The settings were saved."));
        } else {
            Q_EMIT message(MessageBar::Kind::Error,
                           tr("Not every setting was saved: %1").arg(failures->join(QLatin1String("; "))));
        }
        const bool ok = failures->isEmpty();
        connect(
            this, &SettingsPage::loaded, this, [this, ok] { Q_EMIT saved(ok); }, Qt::SingleShotConnection);
        load(); // what the server has now, revisions included
    };
    if (*left == 0) {
        m_saving = false;
        updateEditable();
        return;
    }
    if (!settings.isEmpty()) {
        m_session->sendJson("PUT", QStringLiteral("settings"),
                            {{QStringLiteral("settings"), settings},
                             {QStringLiteral("revision"), static_cast<double>(m_settingsRevision)}},
                            this, [done](const ApiReply& r) { done(tr("server settings"), r); });
    }
    for (const PlaceholderChange& c : std::as_const(changes)) {
        m_session->sendJson(c.method, c.path, c.query, c.body, this, [done, name = c.name](const ApiReply& r) {
            done(QStringLiteral("%ITCS_%1%").arg(name), r);
        });
    }
}
