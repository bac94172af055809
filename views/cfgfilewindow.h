#pragma once

#include <QWidget>

class CfgEditor;
class FindBar;
class QLabel;

// A local .cfg file (or any phone text file) in the cfg editor, in a window of its own, with no
// server needed: File › Open Cfg File… in the console. Save (Ctrl+S) writes it in place, Save
// As… elsewhere; the title marks unsaved changes, and closing with some asks whether to save
// them. A file holding %ITCS_...% placeholders is checked as a template.
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

    CfgEditor* m_editor;
    FindBar* m_find;
    QLabel* m_state;
    QString m_path;
};
