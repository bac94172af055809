#include "collectionpage.h"

#include "actionicons.h"
#include "changefeed.h"
#include "consolesession.h"
#include "csvexport.h"
#include "filetransfer.h"
#include "recorddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

CollectionPage::CollectionPage(ConsoleSession* session, const QString& collection, const QString& apiPath,
                               const QVector<CollectionModel::Column>& columns, QWidget* parent)
    : ConsolePage(parent)
    , m_session(session)
    , m_collection(collection)
    , m_path(apiPath)
    , m_model(new CollectionModel(columns, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_filters(new QHBoxLayout)
    , m_count(new QLabel(this))
    , m_empty(new QLabel(m_table->viewport()))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CollectionModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The last column takes the room left only when it holds text: a Yes/No or a number 600 px
    // wide (Users' "SIP password set") would take it from the names.
    const int lastColumn = m_model->columnCount() - 1;
    m_table->horizontalHeader()->setStretchLastSection(
        lastColumn >= 0 && m_model->column(lastColumn).kind == CollectionModel::Column::Kind::Text);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->resizeColumnsToContents(); // the headers readable before any row arrives
    m_empty->setObjectName(QStringLiteral("emptyNote"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setContentsMargins(24, 24, 24, 24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    connect(m_empty, &QLabel::linkActivated, this, [this] {
        if (QAction* add = addRowAction()) {
            add->trigger();
        }
    });
    m_table->viewport()->installEventFilter(this);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &CollectionPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { selectionChanged(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { selectionChanged(); });

    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, &CollectionPage::reload);
    m_reloadDelay.setSingleShot(true);
    connect(&m_reloadDelay, &QTimer::timeout, this, &CollectionPage::reload);

    auto* refresh = new QAction(ActionIcons::themed(QStringLiteral("view-refresh")), tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Load the rows again from the server"));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &CollectionPage::reload);
    QWidget::addAction(refresh); // F5 on every page; not in the toolbar
    m_export = new QAction(ActionIcons::themed(QStringLiteral("document-export")), tr("Export CSV…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Save the rows as shown (search, filters and order) as a CSV file"));
    QWidget::addAction(m_export);
    connect(m_export, &QAction::triggered, this, [this] {
        CsvExport::ask(this, m_table, title(), [this](bool ok, const QString& text) {
            Q_EMIT message(ok ? MessageBar::Kind::Information : MessageBar::Kind::Error, text);
        });
    });

    m_count->setTextFormat(Qt::PlainText);
    auto* bar = new QHBoxLayout;
    bar->addLayout(m_filters);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addStretch(); // takes the room of a page's hidden search box
    m_splitter->addWidget(m_table);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
}

void CollectionPage::addAction(QAction* action)
{
    m_actions.append(action);
    // Its shortcut works while the focus is in the page (pages share keys: Del, F2, Ctrl+N).
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(action);
}

void CollectionPage::addFilterWidget(QWidget* widget)
{
    m_filters->addWidget(widget);
}

QComboBox* CollectionPage::addRegionFilter()
{
    m_regionFilter = new QComboBox(this);
    m_regionFilter->setAccessibleName(tr("Region"));
    m_regionFilter->setMinimumContentsLength(14);
    auto* label = new QLabel(tr("&Region:"), this);
    label->setBuddy(m_regionFilter);
    addFilterWidget(label);
    addFilterWidget(m_regionFilter);
    const auto fill = [this] {
        const QVariant current = m_regionFilter->currentData();
        m_regionFilter->clear();
        m_regionFilter->addItem(tr("All regions"), QVariant());
        if (m_session) {
            for (const Region& r : m_session->regions()) {
                m_regionFilter->addItem(r.name, r.id);
            }
        }
        m_regionFilter->setCurrentIndex(qMax(0, m_regionFilter->findData(current)));
    };
    fill();
    if (m_session) {
        connect(m_session, &ConsoleSession::regionsChanged, this, fill);
        connect(m_session, &ConsoleSession::signedIn, this, fill);
    }
    connect(m_regionFilter, qOverload<int>(&QComboBox::activated), this, &CollectionPage::reload);
    return m_regionFilter;
}

void CollectionPage::setApiPath(const QString& collection, const QString& apiPath)
{
    m_collection = collection;
    m_path = apiPath;
}

qint64 CollectionPage::regionFilterValue() const
{
    return m_regionFilter ? m_regionFilter->currentData().toLongLong() : 0;
}

void CollectionPage::setDetailsWidget(QWidget* widget)
{
    m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
}

void CollectionPage::sessionStarted()
{
    reload();
}

void CollectionPage::sessionClosed()
{
    ++m_generation; // an answer still on its way belongs to the last server
    m_loading = false;
    m_reloadDelay.stop();
    m_model->setItems({});
    m_count->setText(tr("Not connected"));
    selectionChanged();
    updateEmptyNote();
}

void CollectionPage::updateEmptyNote()
{
    // A search or a region chosen that matches nothing is not an empty collection.
    const QString search = m_search->isVisible() ? m_search->text().trimmed() : QString();
    const QString text = !search.isEmpty() ? tr("Nothing matches “%1”.").arg(search)
        : regionFilterValue() > 0          ? tr("Nothing here in this region.")
                                           : emptyText();
    const bool show = !text.isEmpty() && m_model->rowCount() == 0 && !m_loading && m_session && m_session->isSignedIn();
    if (show) {
        QString html = text.toHtmlEscaped();
        if (const QAction* add = addRowAction()) {
            html += QStringLiteral("<br><br><a href=\"add\">%1</a> (%2)")
                        .arg(QString(add->text()).remove(u'&').toHtmlEscaped(),
                             add->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
        }
        m_empty->setText(html);
        m_empty->setGeometry(m_table->viewport()->rect());
    }
    m_empty->setVisible(show);
}

bool CollectionPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_table->viewport()->rect());
    }
    return QWidget::eventFilter(watched, event);
}

void CollectionPage::applyChanges(const QVector<FeedChange>& changes)
{
    for (const FeedChange& c : changes) {
        if (c.collection == m_collection) {
            // The server filters and orders; a burst of changes (an alarm storm) is one reload.
            scheduleReload(1000);
            return;
        }
    }
}

void CollectionPage::scheduleReload(int ms)
{
    if (!m_reloadDelay.isActive() || m_reloadDelay.remainingTime() > ms) {
        m_reloadDelay.start(ms);
    }
}

QUrlQuery CollectionPage::query() const
{
    QUrlQuery q;
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty()) {
        q.addQueryItem(QStringLiteral("q"), text);
    }
    if (m_regionFilter && m_regionFilter->currentData().isValid()) {
        q.addQueryItem(QStringLiteral("region"), QString::number(m_regionFilter->currentData().toLongLong()));
    }
    return q;
}

void CollectionPage::reload()
{
    m_reloadDelay.stop();
    if (!m_session || !m_session->isSignedIn()) {
        return;
    }
    QString why;
    if (!canLoad(&why)) {
        m_model->setItems({});
        m_count->setText(why);
        selectionChanged();
        Q_EMIT loaded();
        return;
    }
    m_loading = true;
    m_count->setText(tr("Loading…"));
    loadPage(++m_generation, 0, {});
}

void CollectionPage::loadPage(quint64 generation, int offset, QVector<QJsonObject> rows)
{
    QUrlQuery q = query();
    if (m_paged) {
        q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    }
    m_session->get(m_path, q, this, [this, generation, offset, rows](const ApiReply& reply) mutable {
        if (generation != m_generation) {
            return; // a newer load started
        }
        if (QVector<QJsonObject> kept; reply.status == 0 && offlineRows(&kept)) {
            finishLoad(kept, kept.size());
            m_count->setText(tr("%n row(s) from the offline copy: the server cannot be reached", nullptr,
                                static_cast<int>(kept.size())));
            return;
        }
        if (!reply.ok()) {
            m_loading = false;
            const QString why = reply.json.value(QStringLiteral("error")).toString();
            m_count->setText(tr("Loading failed: %1").arg(why.isEmpty() ? reply.error : why));
            if (isVisible()) { // another page's failure is said there, not over this one
                reportFailure(reply, tr("Loading %1").arg(title()));
            }
            Q_EMIT loaded();
            return;
        }
        const QJsonArray items = reply.items();
        for (const QJsonValue& v : items) {
            rows.append(v.toObject());
        }
        const qint64 total = static_cast<qint64>(reply.json.value(QStringLiteral("total")).toDouble(rows.size()));
        if (m_paged && !items.isEmpty() && rows.size() < total && rows.size() < maxRows) {
            loadPage(generation, offset + static_cast<int>(items.size()), std::move(rows));
            return;
        }
        finishLoad(rows, total);
    });
}

void CollectionPage::finishLoad(const QVector<QJsonObject>& rows, qint64 total)
{
    QSet<qint64> selected;
    for (const QJsonObject& o : selectedItems()) {
        selected.insert(o.value(QStringLiteral("id")).toInteger());
    }
    const qint64 current = currentItem().value(QStringLiteral("id")).toInteger();
    m_model->setItems(rows);
    if (!m_sized && !rows.isEmpty()) {
        // Once, on the first rows: columns as wide as their contents, none wider than about 40
        // characters (the administrator's own widths are kept after that).
        m_sized = true;
        m_table->resizeColumnsToContents();
        const int widest = m_table->fontMetrics().averageCharWidth() * 40;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 12, widest));
        }
    }
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->idAt(row);
        if (selected.contains(id)) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            selection.select(index, index);
        }
        if (id == current && current != 0) {
            m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
                                                       QItemSelectionModel::NoUpdate);
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString shown = QLocale().toString(rows.size());
    if (rows.size() >= total) {
        m_count->setText(tr("%n row(s)", nullptr, static_cast<int>(rows.size())));
    } else if (m_paged) {
        m_count->setText(tr("%1 of %2 shown — search to narrow them down").arg(shown, QLocale().toString(total)));
    } else {
        m_count->setText(tr("the newest %1 of %2").arg(shown, QLocale().toString(total)));
    }
    m_loading = false;
    selectionChanged();
    updateEmptyNote();
    Q_EMIT loaded();
}

QJsonObject CollectionPage::currentItem() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    return index.isValid() ? m_model->item(m_proxy->mapToSource(index).row()) : QJsonObject();
}

QVector<QJsonObject> CollectionPage::selectedItems() const
{
    QVector<QJsonObject> items;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        items.append(m_model->item(m_proxy->mapToSource(index).row()));
    }
    return items;
}

bool CollectionPage::reportFailure(const ApiReply& reply, const QString& what)
{
    if (reply.ok()) {
        return true;
    }
    const QString why = reply.json.value(QStringLiteral("error")).toString();
    Q_EMIT message(MessageBar::Kind::Error, tr("%1 failed: %2").arg(what, why.isEmpty() ? reply.error : why));
    return false;
}

void CollectionPage::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.addActions(m_actions);
    if (!m_actions.isEmpty()) {
        menu.addSeparator();
    }
    menu.addAction(m_export);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

CollectionModel::Column CollectionPage::regionColumn(ConsoleSession* session)
{
    return {QStringLiteral("regionId"), tr("Region"), CollectionModel::Column::Kind::Text,
            [session](const QJsonObject& item, int role) -> QVariant {
                if (role != Qt::DisplayRole && role != CollectionModel::SortRole) {
                    return {};
                }
                const qint64 id = CollectionModel::idOf(item, "regionId");
                return id > 0 && session ? session->regionName(id) : QString();
            }};
}

void CollectionPage::confirmDelete(const QVector<QJsonObject>& items, const QString& pathPattern,
                                   const QString& question, const QString& doneText, QCheckBox* option,
                                   const QString& optionQueryKey)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete"), question, QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    if (option) {
        box->setCheckBox(option);
    }
    connect(box, &QMessageBox::finished, this, [=] {
        if (box->clickedButton() != remove || !m_session || items.isEmpty()) {
            return;
        }
        // One DELETE per row, each with the revision it was shown at; the first refusal is told.
        auto left = std::make_shared<int>(static_cast<int>(items.size()));
        auto failed = std::make_shared<QString>();
        auto refused = std::make_shared<int>(0);
        for (const QJsonObject& item : items) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("revision"), QString::number(CollectionModel::idOf(item, "revision")));
            if (option && option->isChecked()) {
                q.addQueryItem(optionQueryKey, QStringLiteral("true"));
            }
            m_session->sendJson("DELETE", pathPattern.arg(CollectionModel::idOf(item)), q, {}, this,
                                [=](const ApiReply& reply) {
                                    if (!reply.ok()) {
                                        ++*refused;
                                        if (failed->isEmpty()) {
                                            *failed = reply.error;
                                        }
                                    }
                                    if (--*left > 0) {
                                        return;
                                    }
                                    if (*refused == 0) {
                                        Q_EMIT message(MessageBar::Kind::Information, doneText);
                                    } else {
                                        Q_EMIT message(MessageBar::Kind::Error,
                                                       tr("%n row(s) not deleted: %1", nullptr, *refused).arg(*failed));
                                    }
                                    reload();
                                });
        }
    });
    box->open();
}

void CollectionPage::askWhereToSave(const QString& title, const QString& suggestedName, const QString& filter,
                                    const std::function<void(const QString& path)>& chosen)
{
    auto* files = new QFileDialog(this, title, suggestedName, filter);
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    connect(files, &QFileDialog::fileSelected, this, chosen);
    files->open();
}

void CollectionPage::askWhichFileToOpen(const QString& title, const QString& filter,
                                        const std::function<void(const QString& path)>& chosen)
{
    auto* files = new QFileDialog(this, title, QString(), filter);
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    connect(files, &QFileDialog::fileSelected, this, chosen);
    files->open();
}

void CollectionPage::saveDownload(const QString& apiPath, const QString& path, const QString& name,
                                  const std::function<void(bool ok)>& done)
{
    if (!m_session) {
        done(false);
        return;
    }
    m_session->getRaw(apiPath, {}, this, [this, path, name, done](const ApiReply& reply) {
        if (!reportFailure(reply, tr("Downloading %1").arg(name))) {
            done(false);
            return;
        }
        const QString error = FileTransfer::save(path, reply.body);
        Q_EMIT message(error.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Error,
                       error.isEmpty() ? tr("%1 saved to %2.").arg(name, path)
                                       : tr("%1 could not be saved to %2: %3").arg(name, path, error));
        done(error.isEmpty());
    });
}

void CollectionPage::openEditor(RecordDialog* dialog, const std::function<QString(const QJsonObject& result)>& doneText)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, doneText] {
        Q_EMIT message(MessageBar::Kind::Information, doneText(dialog->result()));
        reload();
    });
    dialog->open();
}
