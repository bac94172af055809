#include "pageicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {
QPixmap person(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color(0x45, 0x5a, 0x64);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(s * 0.32, s * 0.08, s * 0.36, s * 0.36));
    QPainterPath shoulders;
    shoulders.moveTo(s * 0.10, s * 0.94);
    shoulders.cubicTo(s * 0.10, s * 0.56, s * 0.90, s * 0.56, s * 0.90, s * 0.94);
    shoulders.closeSubpath();
    p.drawPath(shoulders);
    return pixmap;
}
} // namespace

namespace PageIcons {
QIcon users()
{
    static const QIcon icon = [] {
        QIcon i;
        for (int size : {16, 24, 32, 48}) {
            i.addPixmap(person(size));
        }
        return i;
    }();
    return icon;
}
} // namespace PageIcons
