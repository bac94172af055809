#include "tablecelldelegate.h"

#include <QApplication>
#include <QPainter>

void TableCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();

    // Everything but the text, by the style.
    const QString text = opt.text;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty()) {
        return;
    }

    // The text's place as QCommonStyle lays a cell out: after the icon, within the margins.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect area = opt.rect;
    if (opt.features & QStyleOptionViewItem::HasDecoration) {
        area.setLeft(area.left() + opt.decorationSize.width() + 2 * margin);
    }
    area.adjust(margin, 0, -margin, 0);
    area = QStyle::visualRect(opt.direction, opt.rect, area);
    if (area.width() <= 0) {
        return;
    }

    const bool enabled = opt.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = !enabled                                       ? QPalette::Disabled
        : (opt.state & QStyle::State_Active) || !(opt.state & QStyle::State_Selected) ? QPalette::Normal
                                                                                      : QPalette::Inactive;
    const QPalette::ColorRole role = opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    const QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, area.width());
    painter->drawText(area, static_cast<int>(opt.displayAlignment) | Qt::TextSingleLine, shown);
    painter->restore();
}
