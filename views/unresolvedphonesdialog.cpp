#include "unresolvedphonesdialog.h"

#include "collectionmodel.h"
#include "consolesession.h"
#include "csvexport.h"
#include "windowfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {
constexpr int pageSize = 1000;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

UnresolvedPhonesDialog::UnresolvedPhonesDialog(ConsoleSession* session, qint64 templateId, const QString& templateName,
                                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_scope(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_reload(new QPushButton(tr("Reload"), this))
{
    setWindowTitle(tr("Phones with Unresolved Placeholders"));
    auto* explanation =
        new QLabel(tr("Nothing gives these placeholders a value for these phones, so the lines that use them were "
                      "left out of the phones' files or set to the parameter's default. Give them a value at the "
                      "device, site, region, template or system level (Placeholders page), then generate the "
                      "files again."),
                   this);
    explanation->setWordWrap(true);

    if (templateId > 0) {
        m_scope->addItem(tr("Template %1").arg(templateName), templateId);
    }
    m_scope->addItem(tr("Every template"), -1);
    m_scope->addItem(tr("Shipped default templates"), 0);
    m_scope->setAccessibleName(tr("Phones of"));
    connect(m_scope, qOverload<int>(&QComboBox::activated), this, &UnresolvedPhonesDialog::reload);
    auto* scopeRow = new QHBoxLayout;
    auto* scopeLabel = new QLabel(tr("&Phones of:"), this);
    scopeLabel->setBuddy(m_scope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope, 1);
    scopeRow->addWidget(m_reload);
    connect(m_reload, &QPushButton::clicked, this, &UnresolvedPhonesDialog::reload);

    m_table->setHorizontalHeaderLabels({tr("MAC address"), tr("Region"), tr("Phone model"), tr("Template"),
                                        tr("Unresolved placeholders"), tr("Generated")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(PlaceholdersColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, [this] {
        CsvExport::ask(this, m_table, QStringLiteral("unresolved-placeholders"), [this](bool ok, const QString& text) {
            if (!ok) {
                QMessageBox::warning(this, windowTitle(), text);
            } else {
                m_status->setText(text);
            }
        });
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(scopeRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    WindowFit::resizeWithin(this, QSize(860, 480));
    // Signed out, or another server: this list is the last one's.
    connect(session, &ConsoleSession::stateChanged, this, [this](ConsoleSession::State state) {
        if (state != ConsoleSession::State::SignedIn) {
            close();
        }
    });
    reload();
}

void UnresolvedPhonesDialog::reload()
{
    ++m_generation;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_export->setEnabled(false);
    m_reload->setEnabled(false);
    m_status->setText(tr("Reading the phones…"));
    fetch(0, m_generation);
}

void UnresolvedPhonesDialog::fetch(int offset, quint64 generation)
{
    QUrlQuery q;
    if (const qint64 templateId = m_scope->currentData().toLongLong(); templateId >= 0) {
        q.addQueryItem(QStringLiteral("template"), QString::number(templateId));
    }
    const int limit = qMin(pageSize, maxRows - offset);
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_session->get(QStringLiteral("templates/unresolved"), q, this,
                   [this, offset, limit, generation](const ApiReply& reply) {
                       if (generation != m_generation) {
                           return;
                       }
                       if (!reply.ok()) {
                           failed(reply);
                           return;
                       }
                       const QJsonArray items = reply.items();
                       append(items);
                       const qint64 total = reply.json.value(QStringLiteral("total")).toInteger();
                       // By the rows asked for, not those that came: the server leaves out a phone removed
                       // since it counted, and the next page must not repeat rows.
                       const int next = offset + limit;
                       if (!items.isEmpty() && next < total && next < maxRows) {
                           fetch(next, generation);
                           return;
                       }
                       finished(total);
                   });
}

void UnresolvedPhonesDialog::append(const QJsonArray& items)
{
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const qint64 regionId = CollectionModel::idOf(o, "regionId");
        const QString templateName = o.value(QStringLiteral("templateId")).isNull() ? tr("(shipped default)")
            : o.value(QStringLiteral("templateName")).isString() ? o.value(QStringLiteral("templateName")).toString()
                                                                 : tr("(removed template)");
        m_table->setItem(row, MacColumn, cell(o.value(QStringLiteral("mac")).toString()));
        m_table->setItem(row, RegionColumn, cell(m_session->regionName(regionId)));
        m_table->setItem(row, ModelColumn, cell(o.value(QStringLiteral("model")).toString()));
        m_table->setItem(row, TemplateColumn, cell(templateName));
        QStringList names;
        for (const QJsonValue& name : o.value(QStringLiteral("placeholders")).toArray()) {
            names.append(name.toString());
        }
        QTableWidgetItem* placeholders = cell(names.join(QLatin1String(", ")));
        placeholders->setToolTip(names.join(u'\n'));
        m_table->setItem(row, PlaceholdersColumn, placeholders);
        // "yyyy-MM-dd HH:mm:ss": sorting the text sorts the times.
        m_table->setItem(row, GeneratedColumn,
                         cell(CollectionModel::formatTime(o.value(QStringLiteral("generatedAt")).toString())));
    }
}

void UnresolvedPhonesDialog::finished(qint64 total)
{
    const int shown = m_table->rowCount();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MacColumn, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(PlaceholdersColumn, QHeaderView::Stretch);
    m_export->setEnabled(shown > 0);
    m_reload->setEnabled(true);
    if (total == 0) {
        m_status->setText(tr("No phone's file has an unresolved placeholder."));
    } else if (shown < total) {
        m_status->setText(tr("The first %1 of %n phones are listed.", nullptr, static_cast<int>(total)).arg(shown));
    } else {
        m_status->setText(tr("%n phone(s) with unresolved placeholders.", nullptr, shown));
    }
    Q_EMIT loaded(true);
}

void UnresolvedPhonesDialog::failed(const ApiReply& reply)
{
    m_table->setSortingEnabled(true);
    m_reload->setEnabled(true);
    m_export->setEnabled(m_table->rowCount() > 0);
    m_status->setText(tr("Reading the phones failed: %1").arg(reply.error));
    Q_EMIT loaded(false);
}
