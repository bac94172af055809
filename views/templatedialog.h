#pragma once

#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class CfgEditor;
class QTabWidget;

// Adds or changes a template: its name, phone model, region, default mark and description, and
// both files (the global file every phone of the model includes, and the per-device file) in a
// tab each, in the cfg editor (colours, checks as you type, completion). A new template starts
// from the shipped default of its model.
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

private:
    void fillFromDefault();
    QJsonObject build(QString* problem) const;

    bool m_isNew;
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
};
