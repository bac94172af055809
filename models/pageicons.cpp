#include "pageicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {
QPixmap person(int size, const QColor& color, bool badge)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(s * 0.32, s * 0.08, s * 0.36, s * 0.36));
    QPainterPath shoulders;
    shoulders.moveTo(s * 0.10, s * 0.94);
    shoulders.cubicTo(s * 0.10, s * 0.56, s * 0.90, s * 0.56, s * 0.90, s * 0.94);
    shoulders.closeSubpath();
    p.drawPath(shoulders);
    if (badge) { // a gold key-holder's badge on the shoulder
        p.setBrush(QColor(0xf9, 0xa8, 0x25));
        p.setPen(QPen(Qt::white, qMax(1.0, s / 20)));
        p.drawEllipse(QRectF(s * 0.56, s * 0.56, s * 0.40, s * 0.40));
    }
    return pixmap;
}
QPixmap user(int size)
{
    return person(size, QColor(0x45, 0x5a, 0x64), false);
}

QPixmap administrator(int size)
{
    return person(size, QColor(0x37, 0x47, 0x4f), true);
}

QPixmap globe(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF r(s * 0.08, s * 0.08, s * 0.84, s * 0.84);
    p.setBrush(QColor(0x1e, 0x88, 0xe5));
    p.setPen(Qt::NoPen);
    p.drawEllipse(r);
    p.setPen(QPen(Qt::white, qMax(1.0, s / 16)));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QRectF(s * 0.32, s * 0.08, s * 0.36, s * 0.84)); // a meridian
    p.drawLine(QPointF(r.left(), s * 0.5), QPointF(r.right(), s * 0.5));
    p.drawLine(QPointF(s * 0.5, r.top()), QPointF(s * 0.5, r.bottom()));
    return pixmap;
}

QPixmap page(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(QPen(QColor(0x45, 0x5a, 0x64), qMax(1.0, s / 20)));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(s * 0.18, s * 0.06, s * 0.64, s * 0.88), s * 0.06, s * 0.06);
    for (int line = 0; line < 4; ++line) {
        const qreal y = s * (0.28 + line * 0.16);
        p.drawLine(QPointF(s * 0.30, y), QPointF(s * (line == 3 ? 0.55 : 0.70), y));
    }
    return pixmap;
}

QIcon icon(QPixmap (*draw)(int))
{
    QIcon i;
    for (int size : {16, 24, 32, 48}) {
        i.addPixmap(draw(size));
    }
    return i;
}
} // namespace

namespace PageIcons {
QIcon regions()
{
    static const QIcon i = icon(globe);
    return i;
}

QIcon logs()
{
    static const QIcon i = icon(page);
    return i;
}

QIcon users()
{
    static const QIcon i = icon(user);
    return i;
}

QIcon administrators()
{
    static const QIcon i = icon(administrator);
    return i;
}
} // namespace PageIcons
