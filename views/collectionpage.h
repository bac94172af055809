#pragma once

#include "collectionmodel.h"
#include "consolepage.h"

#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

class ConsoleSession;
class RecordDialog;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
struct ApiReply;

// A management page over one admin API collection: a search box (the server's q), filters a
// page adds beside it, a sortable table of what the server returned (up to maxRows, in pages),
// the page's actions in the toolbar and the context menu, and a details pane for the current
// row. It reloads when the change feed reports its collection changed (coalesced), keeps the
// selection by id across reloads, and never waits on the network on the GUI thread.
class CollectionPage : public ConsolePage
{
    Q_OBJECT

public:
    static constexpr int pageSize = 1000;
    static constexpr int maxRows = 10000;

    CollectionPage(ConsoleSession* session, const QString& collection,
                   const QString& apiPath /* "alarms": under /api/v1 */,
                   const QVector<CollectionModel::Column>& columns, QWidget* parent = nullptr);

    QList<QAction*> toolBarActions() const override { return m_actions + QList<QAction*> {m_export}; }
    void sessionStarted() override;
    void sessionClosed() override;
    void applyChanges(const QVector<FeedChange>& changes) override;

    CollectionModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // "12 rows", "Loading…", why loading failed, "Not connected".
    QLabel* countLabel() const { return m_count; }
    // Over an empty table: what would be there and the first step (a link to the page's Add).
    QLabel* emptyLabel() const { return m_empty; }
    QLineEdit* searchBox() const { return m_search; }
    // Export CSV…: the rows as shown (CsvExport).
    QAction* exportAction() const { return m_export; }
    QJsonObject currentItem() const;
    QVector<QJsonObject> selectedItems() const;
    bool isLoading() const { return m_loading; }
    // Loads the rows again now (the search and filters as they are).
    void reload();
    // Asks "question" with a Delete button (Cancel the default); on Delete, sends DELETE
    // pathPattern.arg(id) for each item with its revision (and option's query key when it is
    // checked), says doneText or how many were refused and why, and reloads. option: a check box
    // to show in the question, or null.
    void confirmDelete(const QVector<QJsonObject>& items, const QString& pathPattern, const QString& question,
                       const QString& doneText, QCheckBox* option = nullptr, const QString& optionQueryKey = {});

Q_SIGNALS:
    void loaded();

protected:
    ConsoleSession* session() const { return m_session; }
    // Whether this administrator may list the collection at all (else reload() only says why).
    virtual bool canLoad(QString* why) const
    {
        Q_UNUSED(why)
        return true;
    }
    // The query of a load: q from the search box, region from the region filter; pages add
    // their filters.
    virtual QUrlQuery query() const;
    // The selection or the current row changed, or a load finished: actions and details follow.
    virtual void selectionChanged() { }
    // What an empty table would hold and how it fills, shown over it (nothing: no note). The
    // page's Add action (Ctrl+N), when it has one the administrator may use, follows as a link.
    virtual QString emptyText() const { return {}; }
    // Shows or hides the note over an empty table (after a load, or when the page's state moves).
    void updateEmptyNote();
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Rows to show when the server could not be reached (an offline copy), or false for none.
    virtual bool offlineRows(QVector<QJsonObject>* /*rows*/) const { return false; }
    // Another collection from now on (the placeholders page: values or overwrite values); the
    // next load reads it.
    void setApiPath(const QString& collection, const QString& apiPath);
    // The collection takes no offset/limit (the logs' "last N"): one request per load.
    void setPaged(bool paged) { m_paged = paged; }
    // The next load sizes the columns to their contents again (other rows entirely: another log).
    void sizeColumnsAgain() { m_sized = false; }
    void addAction(QAction* action);
    void addFilterWidget(QWidget* widget);
    // A "Region:" choice (all regions, or one) before the search box: the query's region, kept
    // in step with the session's regions. Returns the combo box.
    QComboBox* addRegionFilter();
    // The region the filter shows, 0 for all (or when there is no region filter).
    qint64 regionFilterValue() const;
    void setDetailsWidget(QWidget* widget);
    // After a refused request: the server's reason in the message bar. Returns reply.ok().
    bool reportFailure(const ApiReply& reply, const QString& what);
    // Reloads once the event loop is free (after a change this page made).
    void scheduleReload(int ms = 0);
    // Asks where to save a file (a save dialog: title, the suggested name, a filter such as
    // "Firmware images (*.img)"); chosen runs with the path.
    void askWhereToSave(const QString& title, const QString& suggestedName, const QString& filter,
                        const std::function<void(const QString& path)>& chosen);
    // Asks which existing file to read (an open dialog); chosen runs with the path.
    void askWhichFileToOpen(const QString& title, const QString& filter,
                            const std::function<void(const QString& path)>& chosen);
    // GETs apiPath's bytes and saves them to path; says "name saved to path" or why not;
    // done(ok) either way.
    void saveDownload(const QString& apiPath, const QString& path, const QString& name,
                      const std::function<void(bool ok)>& done);
    // Opens the dialog; once the server accepted it, says doneText(the server's answer) and reloads.
    void openEditor(RecordDialog* dialog, const std::function<QString(const QJsonObject& result)>& doneText);
    // A "Region" column showing the name of the item's regionId.
    static CollectionModel::Column regionColumn(ConsoleSession* session);

private:
    void loadPage(quint64 generation, int offset, QVector<QJsonObject> rows);
    void finishLoad(const QVector<QJsonObject>& rows, qint64 total);
    void showContextMenu(const QPoint& position);

    ConsoleSession* m_session;
    QString m_collection;
    QString m_path;
    CollectionModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_regionFilter = nullptr;
    QHBoxLayout* m_filters;
    QLabel* m_count;
    QLabel* m_empty;
    QSplitter* m_splitter;
    QList<QAction*> m_actions;
    QAction* m_export;
    QTimer m_searchDelay;
    QTimer m_reloadDelay;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_sized = false;
    bool m_paged = true;
};
