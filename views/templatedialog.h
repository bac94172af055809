#pragma once

#include "recorddialog.h"
#include "templateworkspace.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class CfgEditor;
class PreviewPanel;
class QLabel;
class QTabWidget;
class UnsavedWork;

// Adds or changes a template: its name, phone model, region, default mark and description, and
// both files (the global file every phone of the model includes, and the per-device file) in a
// tab each, in the cfg editor (colours, checks as you type, completion), with the live preview
// of the device file beside them. A new template starts from the shipped default of its model.
// A change saved while the server cannot be reached waits in the outbox (TemplateWorkspace);
// the text typed is kept in the recovery journal until it is saved or cancelled.
class TemplateDialog : public RecordDialog
{
    Q_OBJECT

public:
    // template_: the template with both files' data (GET templates/{id}), or empty for a new one.
    TemplateDialog(ConsoleSession* session, const QJsonObject& template_, qint64 regionId, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* modelBox() const { return m_model; }
    CfgEditor* globalText() const { return m_globalText; }
    CfgEditor* deviceText() const { return m_deviceText; }
    PreviewPanel* preview() const { return m_preview; }
    QTabWidget* fileTabs() const { return m_files; }
    // What the last save did: sent, or put in the outbox (offline, or a conflict to settle).
    TemplateWorkspace::Saved outcome() const { return m_outcome; }
    // Opened from the offline copy: says so above the fields.
    void setOffline(bool offline);
    // Puts back what the recovery journal kept of an earlier dialog (state()), and says so
    // above the fields.
    void restore(const QJsonObject& state);
    QJsonObject state() const;
    UnsavedWork* unsavedWork() const { return m_unsaved; }
    QLabel* restoredNote() const { return m_restoredNote; }
    // Anything differs from what the dialog opened with (restored text always does).
    bool hasChanges() const;

public Q_SLOTS:
    // Cancel, Escape or the window's close button: with changes, asks Save / Discard / Cancel
    // first (a window-modal question; nothing typed goes without it).
    void reject() override;

private:
    // state() without the moment it was taken: what "changed" compares.
    QJsonObject comparableState() const;

    void fillFromDefault();
    QJsonObject build(QString* problem) const;

    bool m_isNew;
    TemplateWorkspace::Saved m_outcome = TemplateWorkspace::Saved::Sent;
    QJsonObject m_template;
    QString m_serverKey;
    QJsonObject m_globalFile;
    QJsonObject m_deviceFile;
    QLineEdit* m_name;
    QComboBox* m_model;
    QComboBox* m_region;
    QCheckBox* m_default;
    QLineEdit* m_description;
    QTabWidget* m_files;
    QLineEdit* m_globalName;
    CfgEditor* m_globalText;
    QLineEdit* m_deviceName;
    CfgEditor* m_deviceText;
    PreviewPanel* m_preview;
    QLabel* m_offlineNote;
    QLabel* m_restoredNote;
    UnsavedWork* m_unsaved;
    QJsonObject m_opened; // comparableState() once the dialog was filled in
};
