#pragma once

#include "bulkaction.h"
#include "phoneaction.h"

#include <QDialog>
#include <QHash>

class ConsoleSession;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// The options of a bulk action before it starts, and its confirmation: reset mode and time,
// the message and how long it shows, the firmware image, the region, whether to regenerate the
// files first; for restarts (reset, update firmware) the batches: their size, the pause between
// them, and at most a share of each region's phones in one batch. What it does to how many
// phones is said above the options, and how long it will take below them; the OK button says
// it again ("Reset 37 phones"). Opened window-modal (open()); accepted() means: start it.
class ActionOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    ActionOptionsDialog(BulkAction::Kind kind, const BulkAction::State& state, const QStringList& models,
                        ConsoleSession* session, QWidget* parent = nullptr);

    BulkAction::Kind kind() const { return m_kind; }
    // The action as the options say.
    PhoneAction action() const;
    // Whether the batches are chosen here (restarts); then pacing() is how.
    bool hasPacingOptions() const { return m_batchSize != nullptr; }
    ActionPacing pacing() const;
    // The phones of each region (all the administrator sees) and the job's phones per region:
    // the estimate then counts the batches a share per region needs.
    void setRegionCounts(const QHash<qint64, qint64>& regionSizes, const QHash<qint64, int>& targetsByRegion);

    // For tests and keyboard users alike: the option widgets by what they are.
    QRadioButton* gracefulButton() const { return m_graceful; }
    QRadioButton* forceButton() const { return m_force; }
    QRadioButton* scheduledButton() const { return m_scheduled; }
    QDateTimeEdit* scheduledTime() const { return m_when; }
    QLineEdit* messageText() const { return m_text; }
    QSpinBox* messageSeconds() const { return m_seconds; }
    QCheckBox* beepBox() const { return m_beep; }
    QComboBox* firmwareBox() const { return m_firmware; }
    QComboBox* regionBox() const { return m_region; }
    QCheckBox* regenerateBox() const { return m_regenerate; }
    QSpinBox* minutesBox() const { return m_minutes; }
    QSpinBox* batchSizeBox() const { return m_batchSize; }
    QSpinBox* batchPauseBox() const { return m_batchPause; }
    QCheckBox* regionShareBox() const { return m_capRegions; }
    QSpinBox* regionPercentBox() const { return m_regionPercent; }
    // How long it will take, said before it starts ("About 2 minutes: 64 phones at once.").
    QLabel* estimateLabel() const { return m_estimate; }
    // The words for a duration: "under a minute", "about 12 minutes", "about 1 h 40 min".
    static QString durationText(qint64 seconds);

private:
    void addResetOptions(class QFormLayout* form);
    void addMessageOptions(QFormLayout* form);
    void addFirmwareOptions(QFormLayout* form, const QStringList& models);
    void addRegionOptions(QFormLayout* form);
    void addPacingOptions(QFormLayout* form);
    void validate();
    // The estimate for the job's phones with the server's pause between phones (seconds).
    void showEstimate(int installDelaySeconds);
    void updateEstimate() { showEstimate(m_installDelaySeconds); }

    BulkAction::Kind m_kind;
    ConsoleSession* m_session;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_estimate = nullptr;
    int m_targets = 0;
    QRadioButton* m_graceful = nullptr;
    QRadioButton* m_force = nullptr;
    QRadioButton* m_scheduled = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QLineEdit* m_text = nullptr;
    QSpinBox* m_seconds = nullptr;
    QCheckBox* m_beep = nullptr;
    QComboBox* m_firmware = nullptr;
    QComboBox* m_region = nullptr;
    QCheckBox* m_regenerate = nullptr;
    QSpinBox* m_minutes = nullptr; // allow-first-contact
    QSpinBox* m_batchSize = nullptr;
    QSpinBox* m_batchPause = nullptr; // seconds
    QCheckBox* m_capRegions = nullptr;
    QSpinBox* m_regionPercent = nullptr;
    int m_installDelaySeconds = 0;
    QHash<qint64, qint64> m_regionSizes;
    QHash<qint64, int> m_targetsByRegion;
};
