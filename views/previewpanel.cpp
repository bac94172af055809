#include "previewpanel.h"

#include "builtinplaceholders.h"
#include "cfgeditor.h"
#include "cfghighlighter.h"
#include "consolesession.h"
#include "linediff.h"
#include "templateworkspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
QTextCharFormat lineFormat(const QColor& background)
{
    QTextCharFormat f;
    f.setBackground(background);
    f.setProperty(QTextFormat::FullWidthSelection, true);
    return f;
}
} // namespace

PreviewPanel::PreviewPanel(ConsoleSession* session, CfgEditor* source, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_source(source)
    , m_context(new QComboBox(this))
    , m_mac(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_globalNote(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_file(CfgEditor::readOnlyView(QStringLiteral("previewFile"), this))
    , m_fileColours(new CfgHighlighter(m_file->document()))
    , m_table(new QTableWidget(0, 4, this))
    , m_changes(CfgEditor::readOnlyView(QStringLiteral("previewChanges"), this))
    , m_changesSummary(new QLabel(this))
{
    m_context->setObjectName(QStringLiteral("previewContext"));
    m_mac->setObjectName(QStringLiteral("previewMac"));
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_table->setObjectName(QStringLiteral("previewPlaceholders"));
    m_fileColours->setPlaceholdersUnresolved(true);
    m_status->setWordWrap(true);
    m_globalNote->setObjectName(QStringLiteral("previewGlobalNote"));
    m_globalNote->setWordWrap(true);
    m_globalNote->setText(tr("The global file: one file for every phone of the model, so no phone's own values, "
                             "no site's and no overwrite values apply."));
    m_globalNote->hide();
    m_context->setToolTip(tr("Preview the file of any phone of this model in a region"));
    m_mac->setPlaceholderText(tr("or one phone: MAC address, Enter"));
    m_mac->setMinimumWidth(m_mac->fontMetrics().horizontalAdvance(m_mac->placeholderText()) + 30);
    m_mac->setClearButtonEnabled(true);
    m_table->setHorizontalHeaderLabels({tr("Placeholder"), tr("Value"), tr("From"), tr("Line")});
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false);

    auto* changesTab = new QWidget(this);
    auto* changesLayout = new QVBoxLayout(changesTab);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(m_changesSummary);
    changesLayout->addWidget(m_changes, 1);
    m_tabs->addTab(m_file, tr("&File as the Phone Gets It"));
    m_tabs->addTab(m_table, tr("Place&holders"));
    m_tabs->addTab(changesTab, tr("Co&mpare"));

    auto* picker = new QHBoxLayout;
    picker->addWidget(new QLabel(tr("Preview for:"), this));
    picker->addWidget(m_context, 2);
    picker->addWidget(m_mac, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(picker);
    layout->addWidget(m_status);
    layout->addWidget(m_globalNote);
    layout->addWidget(m_tabs, 1);

    m_context->addItem(tr("Any phone with no region"), QStringLiteral("region:0"));
    if (m_session) {
        for (const Region& r : m_session->regions()) {
            m_context->addItem(tr("Any phone in %1").arg(r.name), QStringLiteral("region:%1").arg(r.id));
        }
    }
    connect(m_context, &QComboBox::activated, this, [this] { showContext(m_context->currentData().toString()); });
    m_mac->installEventFilter(this);               // Enter picks the phone; it must not press the dialog's OK
    m_table->viewport()->installEventFilter(this); // the columns follow the table's width
    // Rendering is cheap (a 2 000-line template takes a few milliseconds): a short pause keeps
    // it from running for every key of a fast typist while staying well within 100 ms.
    m_delay.setSingleShot(true);
    m_delay.setInterval(30);
    connect(&m_delay, &QTimer::timeout, this, &PreviewPanel::render);
    connect(m_source, &QPlainTextEdit::textChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        const int line = m_table->item(row, LineColumn) ? m_table->item(row, LineColumn)->text().toInt() : 0;
        if (line > 0) {
            Q_EMIT lineRequested(line);
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_changesStale) {
            showChanges();
        }
    });
}

void PreviewPanel::fitColumns()
{
    // An overwrite value's key can be 60 characters long: the values keep the rest ("PC…" no more).
    const int room = m_table->viewport()->width();
    if (m_nameWidth > 0) {
        m_table->setColumnWidth(NameColumn, qMin(m_nameWidth, room / 3));
        m_table->setColumnWidth(LevelColumn, qMin(m_levelWidth, room / 5));
    }
}

bool PreviewPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    }
    if (watched == m_mac && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QString mac = m_mac->text().trimmed();
            if (!mac.isEmpty()) {
                showContext(QStringLiteral("device:") + mac);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewPanel::setTemplate(qint64 templateId, qint64 regionId)
{
    m_templateId = templateId;
    const int index = m_context->findData(QStringLiteral("region:%1").arg(regionId));
    m_context->setCurrentIndex(qMax(0, index));
    showContext(m_context->currentData().toString());
}

void PreviewPanel::showContext(const QString& key)
{
    m_key = key;
    if (m_templateId <= 0 || !m_session) {
        m_status->setText(tr("A new template can be previewed once it is saved."));
        return;
    }
    m_status->setText(tr("Fetching what this phone's file is made of…"));
    m_session->templates()->previewContext(
        m_templateId, key, this, [this, key](const PreviewContext& c, bool fromCopy, const QString& error) {
            if (key != m_key) {
                return; // another context was asked for meanwhile
            }
            if (!error.isEmpty()) {
                m_status->setText(tr("No preview: %1").arg(error));
                m_hasContext = false;
                m_file->clear();
                m_table->setRowCount(0);
                Q_EMIT contextChanged();
                return;
            }
            setContext(c);
            QStringList notes;
            if (c.isDevice()) {
                notes << tr("Phone %1 (%2).").arg(c.mac, c.model);
                if (c.usedTemplateId >= 0 && c.usedTemplateId != m_templateId) {
                    notes
                        << tr("It gets its file from template \"%1\" now, not from this one.").arg(c.usedTemplateName);
                }
            }
            if (fromCopy) {
                notes << tr("Offline: values as last fetched from the server.");
            }
            if (!c.secrets.isEmpty()) {
                notes << tr("Passwords are shown as %1.").arg(PreviewContext::mask());
            }
            m_status->setText(notes.join(u' '));
            Q_EMIT contextChanged();
        });
}

void PreviewPanel::setContext(const PreviewContext& context)
{
    m_contextData = context;
    m_hasContext = true;
    renderNow();
}

void PreviewPanel::renderNow()
{
    m_delay.stop();
    render();
}

void PreviewPanel::setGlobalSource(CfgEditor* global)
{
    m_globalSource = global;
    connect(global, &QPlainTextEdit::textChanged, this, [this] {
        if (m_showGlobal) {
            m_delay.start();
        }
    });
}

void PreviewPanel::showGlobalFile(bool global)
{
    global = global && m_globalSource;
    if (global == m_showGlobal) {
        return;
    }
    m_showGlobal = global;
    m_globalNote->setVisible(global);
    m_tabs->setTabText(0, global ? tr("&Global File as Phones Get It") : tr("&File as the Phone Gets It"));
    m_tableRows = -1; // other placeholders: the widths follow them again
    renderNow();
}

void PreviewPanel::setTemplateRegion(qint64 regionId)
{
    if (regionId != m_templateRegion) {
        m_templateRegion = regionId;
        if (m_showGlobal) {
            renderNow();
        }
    }
}

const PreviewContext* PreviewPanel::globalContext()
{
    // A system-wide template's global file takes no region's values: any context serves.
    if (m_templateRegion <= 0 || m_contextData.regionId == m_templateRegion) {
        return &m_contextData;
    }
    if (m_globalContextRegion == m_templateRegion) {
        return &m_globalContext;
    }
    if (!m_fetchingGlobal && m_session && m_templateId > 0) {
        m_fetchingGlobal = true;
        const qint64 region = m_templateRegion;
        m_session->templates()->previewContext(m_templateId, QStringLiteral("region:%1").arg(region), this,
                                               [this, region](const PreviewContext& c, bool, const QString& error) {
                                                   m_fetchingGlobal = false;
                                                   if (!error.isEmpty()) {
                                                       m_status->setText(
                                                           tr("No preview of the global file: %1").arg(error));
                                                       return;
                                                   }
                                                   m_globalContext = c;
                                                   m_globalContextRegion = region;
                                                   renderNow();
                                               });
    }
    return nullptr;
}

void PreviewPanel::render()
{
    if (!m_hasContext) {
        return;
    }
    // The global file is the same for every phone: nothing is "each phone's own" there, what
    // nothing resolves stays unresolved in the file the phones download.
    if (m_showGlobal) {
        const PreviewContext* context = globalContext();
        if (!context) {
            return; // its region's values are on their way: rendered when they come
        }
        m_preview = FilePreviewer::renderGlobal(m_globalSource->toPlainText(), *context, m_templateRegion > 0);
    } else {
        m_preview = FilePreviewer::render(m_source->toPlainText(), m_contextData);
    }
    const QString text =
        m_preview.ok() ? QString::fromUtf8(m_preview.text) : tr("; This file cannot be made: %1").arg(m_preview.error);
    m_fileColours->setPlaceholdersUnresolved(true, m_showGlobal ? QStringList() : m_contextData.perPhone);
    if (text != m_file->toPlainText()) {
        const int scroll = m_file->verticalScrollBar()->value();
        m_file->setPlainText(text);
        m_file->verticalScrollBar()->setValue(scroll);
    }
    fillTable();
    m_changesStale = true;
    if (m_tabs->currentIndex() == 2) {
        showChanges();
    }
    Q_EMIT rendered();
}

QString PreviewPanel::levelName(ValueSource source) const
{
    switch (source) {
    case ValueSource::Builtin:
        return tr("Built-in");
    case ValueSource::Unresolved:
        return tr("Unresolved");
    default: {
        // The global file of a regional template renders with its own region's context.
        const bool own = m_showGlobal && m_templateRegion > 0 && m_contextData.regionId != m_templateRegion
            && m_globalContextRegion == m_templateRegion;
        return (own ? m_globalContext : m_contextData).owners.value(source, valueSourceToString(source));
    }
    }
}

void PreviewPanel::fillTable()
{
    const int rows = int(m_preview.placeholders.size() + m_preview.overrides.size());
    m_table->setRowCount(rows);
    int row = 0;
    const auto put = [this](int r, int column, const QString& text, const QColor& colour = QColor()) {
        QTableWidgetItem* item = m_table->item(r, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(r, column, item);
        }
        item->setText(text);
        item->setToolTip(Qt::convertFromPlainText(text)); // whole, however narrow; a value is never markup
        item->setForeground(colour.isValid() ? QBrush(colour) : QBrush());
    };
    for (const ResolvedPlaceholder& p : std::as_const(m_preview.placeholders)) {
        const bool perPhone =
            !m_showGlobal && p.source == ValueSource::Unresolved && m_contextData.perPhone.contains(p.name);
        const QColor colour = p.source == ValueSource::Unresolved && !perPhone ? QColor(0xc6, 0x28, 0x28) : QColor();
        put(row, NameColumn, p.name, colour);
        put(row, ValueColumn,
            perPhone                                  ? tr("(each phone's own)")
                : p.source == ValueSource::Unresolved ? tr("(nothing gives it a value)")
                                                      : p.value,
            colour);
        put(row, LevelColumn, perPhone ? tr("Built-in, per phone") : levelName(p.source), colour);
        put(row, LineColumn, QString::number(p.line));
        ++row;
    }
    for (const AppliedOverride& o : std::as_const(m_preview.overrides)) {
        put(row, NameColumn, o.value.key);
        put(row, ValueColumn, o.value.value);
        put(row, LevelColumn, tr("%1 (overwrite value)").arg(levelName(o.level)));
        put(row, LineColumn, QString());
        ++row;
    }
    if (rows != m_tableRows) { // widths follow the names once, not at every key
        m_tableRows = rows;
        for (const int column : {NameColumn, LevelColumn, LineColumn}) {
            m_table->resizeColumnToContents(column);
        }
        m_nameWidth = m_table->columnWidth(NameColumn);
        m_levelWidth = m_table->columnWidth(LevelColumn);
        fitColumns();
    }
}

void PreviewPanel::showChanges()
{
    m_changesStale = false;
    if (m_showGlobal) {
        m_changes->clear();
        m_changesSummary->setText(tr("The comparison is with one phone's file: choose the Device File tab."));
        return;
    }
    if (!m_hasContext || !m_contextData.hasCurrentFile) {
        m_changes->clear();
        m_changesSummary->setText(!m_hasContext || !m_contextData.isDevice()
                                      ? tr("Choose one phone (its MAC address) to compare with the file it has now.")
                                      : tr("This phone has no generated file yet, or only its region's Operators may "
                                           "read it."));
        return;
    }
    const QStringList before = LineDiff::splitLines(QString::fromUtf8(m_contextData.currentFile));
    const QStringList after = LineDiff::splitLines(QString::fromUtf8(m_preview.text));
    const QVector<LineDiff::Line> lines = LineDiff::unified(before, after);
    int removed = 0;
    int added = 0;
    QStringList text;
    for (const LineDiff::Line& l : lines) {
        switch (l.kind) {
        case LineDiff::Line::Kind::Same:
            text << QStringLiteral("  ") + l.text;
            break;
        case LineDiff::Line::Kind::Removed:
            text << QStringLiteral("- ") + l.text;
            ++removed;
            break;
        case LineDiff::Line::Kind::Added:
            text << QStringLiteral("+ ") + l.text;
            ++added;
            break;
        case LineDiff::Line::Kind::Gap:
            text << tr("  … %n unchanged line(s) …", nullptr, l.text.toInt());
            break;
        }
    }
    m_changesSummary->setText(lines.isEmpty()
                                  ? tr("Same as %1, the file the phone has now.").arg(m_contextData.currentFileName)
                                  : tr("Against %1, the file the phone has now: %2 line(s) removed, %3 added.")
                                        .arg(m_contextData.currentFileName)
                                        .arg(removed)
                                        .arg(added));
    m_changes->setPlainText(text.join(u'\n'));
    QList<QTextEdit::ExtraSelection> marks;
    QTextBlock block = m_changes->document()->firstBlock();
    for (const LineDiff::Line& l : lines) {
        if (l.kind == LineDiff::Line::Kind::Removed || l.kind == LineDiff::Line::Kind::Added) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            mark.format = lineFormat(l.kind == LineDiff::Line::Kind::Removed ? QColor(0xff, 0xeb, 0xee)
                                                                             : QColor(0xe8, 0xf5, 0xe9));
            marks.append(mark);
        }
        block = block.next();
    }
    m_changes->setExtraSelections(marks);
}

QStringList PreviewPanel::knownNames() const
{
    QStringList names;
    for (const ValueSource level :
         {ValueSource::Device, ValueSource::Site, ValueSource::Region, ValueSource::Template, ValueSource::System}) {
        names += m_contextData.scope.level(level).keys();
    }
    names.removeDuplicates();
    names.sort();
    return names;
}
