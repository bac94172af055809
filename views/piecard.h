#pragma once

#include "dashboardfigures.h"

#include <QFrame>
#include <QVector>

class QChartView;
class QLabel;
class QPushButton;
class QVBoxLayout;

// One of the dashboard's pie charts with its title and legend: the legend is a column of
// buttons beside the pie (a colour swatch and "Paris (67)"), laid out by Qt's widget layouts so
// that a label is never cut short, whatever the screen: the card asks for the width its longest
// label needs. Clicking a slice or its legend entry asks to see those phones (drillDown).
class PieCard : public QFrame
{
    Q_OBJECT

public:
    explicit PieCard(const QString& title, QWidget* parent = nullptr);

    // The groups, largest first; past maxSlices the rest are shown as one "Others" slice.
    void setGroups(const QVector<DashboardFigures::Group>& groups);
    QString title() const;
    QChartView* chartView() const { return m_view; }
    QVector<QPushButton*> legendEntries() const { return m_entries; }

    static constexpr int maxSlices = 8;

Q_SIGNALS:
    void drillDown(const DeviceFilter& filter);

private:
    QString m_title;
    QLabel* m_heading;
    QChartView* m_view;
    QVBoxLayout* m_legend;
    QVector<QPushButton*> m_entries;
};
