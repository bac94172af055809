#include "option160panel.h"

#include "actionicons.h"
#include "option160.h"
#include "phonemodels.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

Option160Panel::Option160Panel(QWidget* parent)
    : QWidget(parent)
    , m_urls(new QTableWidget(0, 2, this))
    , m_model(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
{
    auto* urlsBox = new QGroupBox(tr("Option 160 URLs for the DHCP server"), this);
    auto* urlsLayout = new QVBoxLayout(urlsBox);
    m_urls->setObjectName(QStringLiteral("option160Urls"));
    m_urls->setHorizontalHeaderLabels({tr("For"), tr("URL")});
    m_urls->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_urls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_urls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_urls->verticalHeader()->hide();
    m_urls->horizontalHeader()->setStretchLastSection(true);
    m_urls->setMinimumHeight(m_urls->fontMetrics().lineSpacing() * 9);
    auto* copy = new QPushButton(ActionIcons::themed(QStringLiteral("edit-copy")), tr("&Copy URL"), urlsBox);
    auto* copyShortcut = new QAction(m_urls);
    copyShortcut->setShortcut(QKeySequence::Copy);
    copyShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_urls->addAction(copyShortcut);
    connect(copyShortcut, &QAction::triggered, this, &Option160Panel::copySelectedUrl);
    connect(copy, &QPushButton::clicked, this, &Option160Panel::copySelectedUrl);
    connect(m_urls, &QTableWidget::cellDoubleClicked, this, &Option160Panel::copySelectedUrl);
    urlsLayout->addWidget(m_urls);
    urlsLayout->addWidget(copy, 0, Qt::AlignLeft);

    auto* modelBox = new QGroupBox(tr("What a Phone Gets"), this);
    auto* modelLayout = new QVBoxLayout(modelBox);
    m_model->setObjectName(QStringLiteral("previewModel"));
    m_model->addItems(PhoneModels::known());
    m_model->setCurrentText(QStringLiteral("430HD"));
    auto* modelRow = new QHBoxLayout;
    auto* modelLabel = new QLabel(tr("A new phone of &model:"), modelBox);
    modelLabel->setBuddy(m_model);
    modelRow->addWidget(modelLabel);
    modelRow->addWidget(m_model);
    modelRow->addStretch(1);
    m_preview->setObjectName(QStringLiteral("previewText"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 16);
    modelLayout->addLayout(modelRow);
    modelLayout->addWidget(m_preview);
    connect(m_model, &QComboBox::currentTextChanged, this, &Option160Panel::updatePreview);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(urlsBox);
    layout->addWidget(modelBox);
}

void Option160Panel::show(const ServerContext& server, const QString& sbcProxy, const QStringList& regions,
                          const QString& templateText)
{
    m_server = server;
    m_template = templateText;
    QVector<QPair<QString, QString>> rows;
    rows.append({tr("Every new phone (waits for approval)"), Option160::systemUrl(server)});
    for (const QString& r : regions) {
        rows.append({tr("Phones of %1 (zero-touch)").arg(r), Option160::regionUrl(server, r)});
    }
    rows.append({tr("Each phone's own file, by model"), Option160::perModelFileUrl(server)});
    if (!sbcProxy.isEmpty()) {
        rows.append({tr("Remote phones through the SBC"), Option160::sbcSystemUrl(server, sbcProxy)});
        for (const QString& r : regions) {
            rows.append(
                {tr("Remote phones of %1 through the SBC").arg(r), Option160::sbcRegionUrl(server, sbcProxy, r)});
        }
    }
    m_urls->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_urls->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        m_urls->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    m_urls->resizeColumnToContents(0);
    updatePreview();
}

void Option160Panel::copySelectedUrl()
{
    const int row = m_urls->currentRow();
    if (row < 0 || !m_urls->item(row, 1)) {
        return;
    }
    QApplication::clipboard()->setText(m_urls->item(row, 1)->text());
    Q_EMIT copied(m_urls->item(row, 1)->text());
}

void Option160Panel::updatePreview()
{
    const QString model = m_model->currentText();
    const RenderResult file = Option160::renderSystemFile(m_template, m_server);
    QStringList lines;
    lines << tr("; 1. DHCP hands the phone: %1").arg(Option160::systemUrl(m_server));
    lines << tr("; 2. It downloads dhcpoption160.cfg, the same for every model:");
    lines << (file.ok() ? QString::fromUtf8(file.text).trimmed()
                        : tr("; the template cannot be rendered: %1").arg(file.error));
    if (!file.unresolved.isEmpty()) {
        lines << tr("; unresolved: %1").arg(file.unresolved.join(QLatin1String(", ")));
    }
    lines << tr("; 3. It reports itself and waits for approval; once approved into a region it fetches");
    lines << tr(";    %1 (made from the region's default %2 template, else the system-wide one)")
                 .arg(QStringLiteral("<MAC>.cfg"), model);
    lines << tr(";    and its firmware, %1.img: the newest %1 image on the Firmware Files page.").arg(model);
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
}
