#include "actionoptionsdialog.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "consolesession.h"
#include "regionquota.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QString withoutEllipsis(QString label)
{
    if (label.endsWith(QChar(0x2026))) {
        label.chop(1);
    }
    return label;
}

QString warningOf(BulkAction::Kind kind)
{
    using K = BulkAction::Kind;
    switch (kind) {
    case K::Reset:
        return ActionOptionsDialog::tr("The phones restart, in batches; calls on a phone reset by force are cut.");
    case K::UpdateFirmware:
        return ActionOptionsDialog::tr("The phones download the image and restart to install it, in batches.");
    case K::Delete:
        return ActionOptionsDialog::tr("The phones, their values and their generated files are removed from the "
                                       "server. This cannot be undone.");
    case K::ChangeRegion:
        return ActionOptionsDialog::tr("The phones provision again from the new region's folder.");
    case K::AllowFirstContact:
        return ActionOptionsDialog::tr("Until a phone has fetched its file once, any host in its region's provisioning "
                                       "subnets that names its MAC address gets its file with the SIP password. Allow "
                                       "it only for phones that were reset to factory defaults, for as short as you "
                                       "can.");
    default:
        return {};
    }
}
} // namespace

ActionOptionsDialog::ActionOptionsDialog(BulkAction::Kind kind, const BulkAction::State& state,
                                         const QStringList& models, ConsoleSession* session, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_session(session)
{
    setWindowTitle(withoutEllipsis(state.label));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(state.tooltip, this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    layout->addWidget(what);
    if (const QString warning = warningOf(kind); !warning.isEmpty()) {
        auto* label = new QLabel(warning, this);
        label->setWordWrap(true);
        label->setObjectName(QStringLiteral("warning"));
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addWidget(label);
    }
    auto* form = new QFormLayout;
    layout->addLayout(form);
    switch (kind) {
    case BulkAction::Kind::Reset:
        addResetOptions(form);
        break;
    case BulkAction::Kind::SendMessage:
        addMessageOptions(form);
        break;
    case BulkAction::Kind::UpdateFirmware:
        addFirmwareOptions(form, models);
        break;
    case BulkAction::Kind::ChangeRegion:
    case BulkAction::Kind::Approve:
        addRegionOptions(form);
        break;
    case BulkAction::Kind::UpdateConfiguration:
        m_regenerate = new QCheckBox(tr("&Generate the phones' configuration files first"), this);
        m_regenerate->setChecked(true);
        form->addRow(m_regenerate);
        break;
    case BulkAction::Kind::AllowFirstContact:
        m_minutes = new QSpinBox(this);
        m_minutes->setRange(1, 7 * 24 * 60);
        m_minutes->setValue(60);
        m_minutes->setSuffix(tr(" min"));
        form->addRow(tr("&Within:"), m_minutes);
        break;
    default:
        break;
    }
    if (BulkAction::phoneActionOf(kind) == PhoneAction::Kind::Reset
        || BulkAction::phoneActionOf(kind) == PhoneAction::Kind::UpdateFirmware) {
        addPacingOptions(form);
    }
    m_targets = state.targets;
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("estimate"));
    m_estimate->setWordWrap(true);
    m_estimate->setTextFormat(Qt::PlainText);
    layout->addWidget(m_estimate);
    showEstimate(0);
    if (session && session->isSignedIn() && action().sendsCommand() && !action().restartsPhones()) {
        // The server's pause between phones, when one is set, makes such a job much longer.
        session->get(QStringLiteral("settings"), {}, this, [this](const ApiReply& reply) {
            const QString name = QStringLiteral("install_delay_seconds");
            const QString stored = reply.json.value(QStringLiteral("settings")).toObject().value(name).toString();
            if (reply.ok() && stored.toInt() > 0) {
                showEstimate(stored.toInt());
            }
        });
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(withoutEllipsis(state.label));
    if (kind == BulkAction::Kind::Delete) {
        // Enter alone does not delete.
        m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ActionOptionsDialog::addResetOptions(QFormLayout* form)
{
    m_graceful = new QRadioButton(tr("&Graceful: when the phone is idle (no call)"), this);
    m_force = new QRadioButton(tr("&Force: now, even during a call"), this);
    m_scheduled = new QRadioButton(tr("&Scheduled: at"), this);
    m_graceful->setChecked(true);
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_graceful, m_force, m_scheduled}) {
        group->addButton(b);
    }
    m_when = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setEnabled(false);
    m_when->setAccessibleName(tr("Reset time"));
    form->addRow(m_graceful);
    form->addRow(m_force);
    form->addRow(m_scheduled, m_when);
    connect(m_scheduled, &QRadioButton::toggled, m_when, &QWidget::setEnabled);
    connect(group, &QButtonGroup::buttonToggled, this, &ActionOptionsDialog::validate);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &ActionOptionsDialog::validate);
}

void ActionOptionsDialog::addMessageOptions(QFormLayout* form)
{
    m_text = new QLineEdit(this);
    m_text->setMaxLength(512);
    m_text->setPlaceholderText(tr("What the phones' screens show"));
    m_seconds = new QSpinBox(this);
    m_seconds->setRange(1, 86400);
    m_seconds->setValue(10);
    m_seconds->setSuffix(tr(" s"));
    m_beep = new QCheckBox(tr("&Beep"), this);
    m_beep->setChecked(true);
    form->addRow(tr("&Message:"), m_text);
    form->addRow(tr("&Shown for:"), m_seconds);
    form->addRow(m_beep);
    connect(m_text, &QLineEdit::textChanged, this, &ActionOptionsDialog::validate);
}

void ActionOptionsDialog::addFirmwareOptions(QFormLayout* form, const QStringList& models)
{
    m_firmware = new QComboBox(this);
    m_firmware->setEnabled(false);
    m_firmware->addItem(tr("Loading the server's firmware files…"));
    form->addRow(tr("&Firmware image:"), m_firmware);
    connect(m_firmware, &QComboBox::currentIndexChanged, this, &ActionOptionsDialog::validate);
    m_session->get(QStringLiteral("firmware"), {{QStringLiteral("limit"), QStringLiteral("10000")}}, this,
                   [this, models](const ApiReply& r) {
                       m_firmware->clear();
                       if (!r.ok()) {
                           m_firmware->addItem(tr("The firmware files cannot be listed: %1").arg(r.error));
                           validate();
                           return;
                       }
                       // The images for the selected phones' models first; the others after.
                       QVector<FirmwareFile> matching;
                       QVector<FirmwareFile> others;
                       for (const QJsonValue& v : r.items()) {
                           FirmwareFile f;
                           if (ApiJson::read(v.toObject(), &f)) {
                               (models.contains(f.model, Qt::CaseInsensitive) ? matching : others).append(f);
                           }
                       }
                       for (const FirmwareFile& f : matching + others) {
                           m_firmware->addItem(tr("%1 — %2 %3").arg(f.fileName, f.model, f.version), f.id);
                       }
                       if (m_firmware->count() == 0) {
                           m_firmware->addItem(tr("The server has no firmware files: upload one first"));
                       }
                       m_firmware->setEnabled(m_firmware->itemData(0).isValid());
                       validate();
                   });
}

void ActionOptionsDialog::addPacingOptions(QFormLayout* form)
{
    PhoneAction a;
    a.kind = BulkAction::phoneActionOf(m_kind);
    const ActionPacing defaults = a.defaultPacing();
    m_batchSize = new QSpinBox(this);
    m_batchSize->setRange(1, 100000);
    m_batchSize->setValue(defaults.batchSize);
    m_batchSize->setSuffix(tr(" phones"));
    m_batchSize->setToolTip(tr("Phones restarted together: no more are without service at once."));
    form->addRow(tr("&Batches of:"), m_batchSize);
    m_batchPause = new QSpinBox(this);
    m_batchPause->setRange(0, 24 * 3600);
    m_batchPause->setSingleStep(30);
    m_batchPause->setValue(defaults.batchPauseMs / 1000);
    m_batchPause->setSuffix(tr(" s"));
    m_batchPause->setToolTip(tr("Time for a batch to come back and register before the next one restarts."));
    form->addRow(tr("&Pause between batches:"), m_batchPause);
    m_capRegions = new QCheckBox(tr("At most a share of each &region's phones in one batch:"), this);
    m_regionPercent = new QSpinBox(this);
    m_regionPercent->setRange(1, 99);
    m_regionPercent->setValue(10);
    m_regionPercent->setSuffix(tr(" %"));
    m_regionPercent->setEnabled(false);
    m_regionPercent->setAccessibleName(tr("Share of each region's phones in one batch"));
    connect(m_capRegions, &QCheckBox::toggled, m_regionPercent, &QWidget::setEnabled);
    form->addRow(m_capRegions, m_regionPercent);
    for (QSpinBox* box : {m_batchSize, m_batchPause, m_regionPercent}) {
        connect(box, &QSpinBox::valueChanged, this, &ActionOptionsDialog::updateEstimate);
    }
    connect(m_capRegions, &QCheckBox::toggled, this, &ActionOptionsDialog::updateEstimate);
    if (m_scheduled) {
        // A scheduled reset restarts every phone at the time set, whatever its batch.
        const auto follow = [this] {
            const bool scheduled = m_scheduled->isChecked();
            if (scheduled) {
                m_capRegions->setChecked(false);
            }
            m_capRegions->setEnabled(!scheduled);
            m_capRegions->setToolTip(scheduled ? tr("A scheduled reset restarts every phone at the time set: no share "
                                                    "per batch can hold.")
                                               : tr("Of each region's phones, all of them, not only these: the rest "
                                                    "of a region keeps working while a batch restarts. A region "
                                                    "always restarts at least one phone a batch."));
        };
        connect(m_scheduled, &QRadioButton::toggled, this, follow);
        follow();
    }
}

ActionPacing ActionOptionsDialog::pacing() const
{
    ActionPacing p = action().defaultPacing(m_installDelaySeconds * 1000);
    if (m_batchSize) {
        p.batchSize = m_batchSize->value();
        p.batchPauseMs = m_batchPause->value() * 1000;
        p.maxRegionPercent = m_capRegions->isChecked() ? m_regionPercent->value() : 100;
    }
    return p;
}

void ActionOptionsDialog::setRegionCounts(const QHash<qint64, qint64>& regionSizes,
                                          const QHash<qint64, int>& targetsByRegion)
{
    m_regionSizes = regionSizes;
    m_targetsByRegion = targetsByRegion;
    updateEstimate();
}

void ActionOptionsDialog::addRegionOptions(QFormLayout* form)
{
    m_region = new QComboBox(this);
    for (const Region& r : m_session->regions()) {
        if (AccessPolicy::canModify(m_session->admin(), r.id)) {
            m_region->addItem(r.name, r.id);
        }
    }
    if (m_region->count() == 0) {
        m_region->addItem(tr("There is no region you may change"));
    }
    form->addRow(m_kind == BulkAction::Kind::Approve ? tr("Approve into &region:") : tr("Move to &region:"), m_region);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ActionOptionsDialog::validate);
}

QString ActionOptionsDialog::durationText(qint64 seconds)
{
    if (seconds < 60) {
        return tr("under a minute");
    }
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60) {
        return tr("about %n minute(s)", nullptr, int(minutes));
    }
    return tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

void ActionOptionsDialog::showEstimate(int installDelaySeconds)
{
    m_installDelaySeconds = installDelaySeconds;
    const PhoneAction a = action();
    if (m_targets <= 0 || a.kind == PhoneAction::Kind::Delete) {
        m_estimate->hide();
        return;
    }
    const ActionPacing p = pacing();
    qint64 batches = 0;
    if (a.restartsPhones() && p.maxRegionPercent < 100 && !m_targetsByRegion.isEmpty()) {
        batches = RegionQuota(p.maxRegionPercent, m_regionSizes).batchesFor(m_targetsByRegion, p.batchSize);
    }
    const QString duration = durationText(p.estimatedSeconds(m_targets, a.restartsPhones(), batches));
    QString how;
    if (a.restartsPhones() && p.maxRegionPercent < 100) {
        how = tr("batches of up to %1 phones, %2 s apart, at most %3 % of each region's phones a batch")
                  .arg(p.batchSize)
                  .arg(p.batchPauseMs / 1000)
                  .arg(p.maxRegionPercent);
        if (batches > 0) {
            how += tr(" (%n batch(es))", nullptr, int(batches));
        }
    } else if (a.restartsPhones()) {
        how = tr("batches of %1 phones, %2 s apart, so that few phones are down at once")
                  .arg(p.batchSize)
                  .arg(p.batchPauseMs / 1000);
    } else if (!a.sendsCommand()) {
        how = tr("one phone after another, on the server");
    } else if (p.delayMs > 0) {
        how = tr("%1 s between two phones (the server's delay between installs)").arg(p.delayMs / 1000);
    } else {
        how = tr("%1 phones at once").arg(p.concurrency);
    }
    m_estimate->setText(tr("Takes %1: %2.").arg(duration, how));
    m_estimate->show();
}

PhoneAction ActionOptionsDialog::action() const
{
    PhoneAction a;
    a.kind = BulkAction::phoneActionOf(m_kind);
    if (m_graceful) {
        a.resetMode = m_force->isChecked() ? PhoneCommand::ResetMode::Force
            : m_scheduled->isChecked()     ? PhoneCommand::ResetMode::Scheduled
                                           : PhoneCommand::ResetMode::Graceful;
        if (a.resetMode == PhoneCommand::ResetMode::Scheduled) {
            a.resetAt = m_when->dateTime().toUTC();
        }
    }
    if (m_text) {
        a.text = m_text->text().trimmed();
        a.seconds = m_seconds->value();
        a.beep = m_beep->isChecked();
    }
    if (m_firmware) {
        a.firmwareId = m_firmware->currentData().toLongLong();
    }
    if (m_region) {
        a.regionId = m_region->currentData().toLongLong();
    }
    if (m_regenerate) {
        a.regenerate = m_regenerate->isChecked();
    }
    if (m_minutes) {
        a.minutes = m_minutes->value();
    }
    return a;
}

void ActionOptionsDialog::validate()
{
    if (!m_buttons) {
        return;
    }
    // The rules are the server's own (PhoneAction::fromJson), checked before anything is sent.
    const PhoneAction a = action();
    PhoneAction checked;
    QString error;
    bool ok = PhoneAction::fromJson(PhoneAction::kindName(a.kind), a.optionsJson(), &checked, &error);
    if (ok && a.resetMode == PhoneCommand::ResetMode::Scheduled && m_scheduled && m_scheduled->isChecked()
        && a.resetAt <= QDateTime::currentDateTimeUtc()) {
        ok = false;
        error = tr("The time of a scheduled reset must be in the future.");
    }
    if (!ok && m_text && m_text->text().trimmed().isEmpty()) {
        error = tr("Type the message the phones show.");
    } else if (!ok && m_firmware && !m_firmware->currentData().isValid()) {
        error = tr("Choose a firmware image.");
    } else if (!ok && m_region && !m_region->currentData().isValid()) {
        error = tr("Choose a region.");
    }
    m_problem->setText(ok ? QString() : error);
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
