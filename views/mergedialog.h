#pragma once

#include "templatecache.h"

#include <QDialog>

class CfgEditor;
class QLabel;
class QPushButton;
class QTabWidget;

// A template edited offline meets a newer revision on the server: for each of its two files,
// the base (what the edit started from), the server's version and the administrator's side by
// side, and below them the merge (ThreeWayMerge: changes of one side taken, conflicts between
// "<<<<<<< mine" and ">>>>>>> theirs" markers) in the cfg editor, to finish by hand. Keep Mine,
// Keep the Server's, or Save the Merge once no marker is left; Decide Later keeps the edit in
// the outbox. A template deleted on the server can be added again from the edit, or dropped.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Later, Mine, Theirs, Merged };

    MergeDialog(const TemplateCache::Pending& edit, const QJsonObject& theirs, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // What to save over theirs: mine, or the merge (empty for Theirs and Later).
    QJsonObject body() const;
    const TemplateCache::Pending& edit() const { return m_edit; }
    const QJsonObject& theirs() const { return m_theirs; }

    // 0: the global file, 1: the device file.
    CfgEditor* result(int file) const { return m_results[file]; }
    int conflictCount(int file) const { return m_conflicts[file]; }
    // "The merge: 1 conflict to settle", following the edits.
    QLabel* mergeState(int file) const { return m_mergeStates[file]; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* keepTheirsButton() const { return m_keepTheirs; }
    QPushButton* saveMergeButton() const { return m_saveMerge; }
    QPushButton* laterButton() const { return m_later; }

private:
    QWidget* fileTab(int file);
    void choose(Choice choice);
    void updateMergeState();

    TemplateCache::Pending m_edit;
    QJsonObject m_theirs;
    Choice m_choice = Choice::Later;
    QTabWidget* m_files;
    QLabel* m_summary;
    CfgEditor* m_results[2] = {nullptr, nullptr};
    int m_conflicts[2] = {0, 0};
    QLabel* m_mergeStates[2] = {nullptr, nullptr}; // what is left to settle in each file's merge
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
    QPushButton* m_saveMerge;
    QPushButton* m_later;
};
