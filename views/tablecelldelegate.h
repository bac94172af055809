#pragma once

#include <QStyledItemDelegate>

// Paints a table cell as QStyledItemDelegate does — the style's background, selection, icon
// and focus frame — but its text with one elide and one drawText. The stock path lays each
// cell's text out with QTextLayout several times (size, layout, elision, drawing): in Devices
// Status, whose 40 visible rows x 14 columns repaint after every keystroke in the search box,
// that was most of the keystroke's time. Text is always plain and on one line.
class TableCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
