#include "piecard.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// Below this the pie says nothing: a few slices need some room.
constexpr int pieMinimumSide = 150;

QIcon swatch(const QColor& colour, int side, qreal ratio)
{
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1, 1, side - 2, side - 2), 2, 2);
    return QIcon(pixmap);
}
} // namespace

PieCard::PieCard(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(title)
    , m_heading(new QLabel(this))
    , m_view(new QChartView(this))
    , m_legend(new QVBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    setPalette(p);
    m_heading->setAlignment(Qt::AlignHCenter);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(title);
    m_view->setMinimumSize(pieMinimumSide, pieMinimumSide);
    m_view->setFrameShape(QFrame::NoFrame);
    QChart* chart = m_view->chart();
    chart->legend()->hide(); // the legend is ours (widgets): Qt Charts' cuts labels past 40 % of the width
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    m_legend->setSpacing(0);
    m_legend->addStretch();
    m_legend->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(m_legend);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addLayout(row, 1);
    setGroups({});
}

QString PieCard::title() const
{
    return m_title;
}

void PieCard::setGroups(const QVector<DashboardFigures::Group>& groups)
{
    auto* series = new QPieSeries;
    series->setPieSize(0.9);
    int others = 0;
    QVector<DeviceFilter> filters;
    for (int i = 0; i < groups.size(); ++i) {
        const DashboardFigures::Group& g = groups.at(i);
        if (i >= maxSlices - 1 && groups.size() > maxSlices) {
            others += g.counts.total;
            continue;
        }
        series->append(QStringLiteral("%1 (%2)").arg(g.label).arg(g.counts.total), g.counts.total);
        filters.append(g.filter);
    }
    if (others > 0) {
        series->append(tr("Others (%1)").arg(others), others);
    }
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    chart->addSeries(series); // the theme colours the slices here

    for (QPushButton* b : std::as_const(m_entries)) {
        m_legend->removeWidget(b);
        b->deleteLater();
    }
    m_entries.clear();
    const int side = fontMetrics().height() - 4;
    const QList<QPieSlice*> slices = series->slices();
    for (int i = 0; i < slices.size(); ++i) {
        QPieSlice* slice = slices.at(i);
        // A name phones report (a model, a firmware version) can be any length: cut in the middle
        // past 40 characters, whole in the tooltip, so that no card outgrows the screen.
        const QString label = slice->label();
        QString text = fontMetrics().elidedText(label, Qt::ElideMiddle, fontMetrics().averageCharWidth() * 40);
        text.replace(u'&', QStringLiteral("&&")); // "R&D (12)": no shortcut marker
        auto* entry = new QPushButton(swatch(slice->color(), side, devicePixelRatioF()), text, this);
        entry->setFlat(true);
        entry->setIconSize(QSize(side, side));
        entry->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 2px 6px; }"));
        m_legend->insertWidget(m_legend->count() - 1, entry);
        m_entries.append(entry);
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
        if (i < filters.size()) {
            const DeviceFilter filter = filters.at(i);
            entry->setToolTip(text == label ? tr("Open Devices Status with these phones")
                                            : tr("%1: open Devices Status with these phones").arg(label));
            connect(slice, &QPieSlice::clicked, this, [this, filter] { Q_EMIT drillDown(filter); });
            connect(entry, &QPushButton::clicked, this, [this, filter] { Q_EMIT drillDown(filter); });
        } else {
            entry->setEnabled(false); // "Others": several groups, no one filter
            entry->setToolTip(label);
        }
    }
    m_heading->setText(groups.isEmpty() ? tr("%1: no phones yet").arg(m_title) : m_title);
    updateGeometry();
}
