#pragma once

#include "filepreview.h"

#include <QTimer>
#include <QWidget>

class CfgEditor;
class CfgHighlighter;
class ConsoleSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

// Beside a template's device file: the file exactly as one phone (or any phone of the model
// in a region) would download it, rendered again within a few milliseconds of each keystroke
// (FilePreviewer, with the context the server gives or the offline copy kept), placeholders
// nothing resolves marked in red; a table of every placeholder with its value and the level
// it came from (activating a row shows where the template uses it); and the changes against
// the file that phone has now. Beside the global file (setGlobalSource(), showGlobalFile()) it
// shows that file as the generator writes it: one for every phone of the model, with no
// phone's own values (FilePreviewer::renderGlobal()).
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    PreviewPanel(ConsoleSession* session, CfgEditor* source, QWidget* parent = nullptr);

    // The template previewed (its id names its Template level) and the region to start with.
    void setTemplate(qint64 templateId, qint64 regionId);
    // "region:<id>" or "device:<MAC>"; fetches that context (or takes the offline copy's).
    void showContext(const QString& key);
    // Renders with this context from now on (showContext() fetches one and comes here).
    void setContext(const PreviewContext& context);
    // Renders now (otherwise a moment after the last keystroke).
    void renderNow();
    // The template's global file's editor; showGlobalFile(true) previews it instead.
    void setGlobalSource(CfgEditor* global);
    void showGlobalFile(bool global);
    bool showsGlobalFile() const { return m_showGlobal; }
    // The template's own region (0: system-wide): a regional template's global file takes that
    // region's values, whichever phone or region is chosen for the device file.
    void setTemplateRegion(qint64 regionId);

    QComboBox* contextBox() const { return m_context; }
    QLineEdit* macEdit() const { return m_mac; }
    QPlainTextEdit* fileView() const { return m_file; }
    QTableWidget* placeholderTable() const { return m_table; }
    QPlainTextEdit* changesView() const { return m_changes; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* globalNote() const { return m_globalNote; }
    QTabWidget* tabs() const { return m_tabs; }
    const FilePreview& preview() const { return m_preview; }
    bool hasContext() const { return m_hasContext; }
    // The placeholder names the context knows at every level (for the editor's completion).
    QStringList knownNames() const;

    enum Column { NameColumn, ValueColumn, LevelColumn, LineColumn };

Q_SIGNALS:
    // A context arrived (or could not be had: the status label says why).
    void contextChanged();
    void rendered();
    // Activating a row: the template line that uses that placeholder (1-based).
    void lineRequested(int line);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void render();
    void fillTable();
    void showChanges();
    QString levelName(ValueSource source) const;

    ConsoleSession* m_session;
    CfgEditor* m_source;
    CfgEditor* m_globalSource = nullptr;
    bool m_showGlobal = false;
    qint64 m_templateRegion = 0;
    // A regional template's global file previewed while another region (or a phone of one) is
    // chosen: the context of the template's own region, fetched for it.
    PreviewContext m_globalContext;
    qint64 m_globalContextRegion = -1; // whose m_globalContext is (-1: none)
    bool m_fetchingGlobal = false;
    // The context the global file renders with now, or null while its own is being fetched.
    const PreviewContext* globalContext();
    qint64 m_templateId = 0;
    QString m_key;
    PreviewContext m_contextData;
    bool m_hasContext = false;
    FilePreview m_preview;
    QTimer m_delay;
    QComboBox* m_context;
    QLineEdit* m_mac;
    QLabel* m_status;
    QLabel* m_globalNote;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_file;
    CfgHighlighter* m_fileColours;
    QTableWidget* m_table;
    QPlainTextEdit* m_changes;
    QLabel* m_changesSummary;
    bool m_changesStale = true;
    int m_tableRows = -1;
    int m_nameWidth = 0;  // the name column's width for its contents
    int m_levelWidth = 0; // the level column's
    // A long name never leaves the values a sliver: at most a third of the table for the names,
    // a fifth for the levels; run again whenever the table's width changes.
    void fitColumns();
};
