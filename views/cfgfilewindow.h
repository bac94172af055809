#pragma once

#include "phonetemplate.h"

#include <QJsonObject>
#include <QWidget>

class CfgEditor;
class FindBar;
class QLabel;
class QTabWidget;
class UnsavedWork;

// A local .cfg file (or any phone text file) in the cfg editor, in a window of its own, with no
// server needed: File › Open Cfg File… in the console. Save (Ctrl+S) writes it in place, Save
// As… elsewhere; the title marks unsaved changes, and closing with some asks whether to save
// them. A file holding %ITCS_...% placeholders is checked as a template. A vendor template XML
// file (<ipphonetamplate>) opens with its two files in a tab each and saves back as that XML.
// Unsaved text is kept in the recovery journal as it is typed (UnsavedWork).
class CfgFileWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 maxFileBytes = 16LL * 1024 * 1024;

    explicit CfgFileWindow(QWidget* parent = nullptr);

    // Reads the file off the GUI thread; opened() or failed() follows.
    void openFile(const QString& path);
    QString path() const { return m_path; }
    CfgEditor* editor() const { return m_editor; }
    // The global file of a vendor template XML file; null for a plain cfg file.
    CfgEditor* globalEditor() const { return m_isXml ? m_globalEditor : nullptr; }
    bool isTemplateXml() const { return m_isXml; }
    QTabWidget* fileTabs() const { return m_tabs; }
    // What the recovery journal keeps, and putting it back in a new window.
    QJsonObject state() const;
    void restore(const QJsonObject& state);
    UnsavedWork* unsavedWork() const { return m_unsaved; }
    FindBar* findBar() const { return m_find; }
    bool isModified() const;

public Q_SLOTS:
    // Writes to path() (Save As… when there is none); true when written.
    bool save();
    bool saveAs(const QString& path);

Q_SIGNALS:
    void opened();
    void failed(const QString& why);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateTitle();
    void showContent(const QByteArray& bytes, const QString& path);
    void setTexts(const QString& global, const QString& device);

    CfgEditor* m_editor;
    CfgEditor* m_globalEditor;
    QTabWidget* m_tabs;
    UnsavedWork* m_unsaved;
    bool m_isXml = false;
    PhoneTemplate m_xml; // the XML's other fields, written back as read
    FindBar* m_find;
    QLabel* m_state;
    QString m_path;
};
