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

QPixmap userPair(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.drawPixmap(QRect(size * 3 / 8, 0, size * 5 / 8, size * 5 / 8), person(size, QColor(0x78, 0x90, 0x9c), false));
    p.drawPixmap(QRect(0, size * 3 / 8, size * 5 / 8, size * 5 / 8), person(size, QColor(0x45, 0x5a, 0x64), false));
    return pixmap;
}

QPixmap deskPhone(int size, const QColor& color)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(s * 0.06, s * 0.30, s * 0.88, s * 0.62), s * 0.10, s * 0.10); // the body
    p.drawRoundedRect(QRectF(s * 0.06, s * 0.08, s * 0.88, s * 0.18), s * 0.08, s * 0.08); // the handset
    p.setBrush(QColor(0xb3, 0xe5, 0xfc));
    p.drawRect(QRectF(s * 0.18, s * 0.40, s * 0.64, s * 0.20)); // the screen
    return pixmap;
}

QPixmap phonePair(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.drawPixmap(QRect(size * 3 / 8, 0, size * 5 / 8, size * 5 / 8), deskPhone(size, QColor(0x78, 0x90, 0x9c)));
    p.drawPixmap(QRect(0, size * 3 / 8, size * 5 / 8, size * 5 / 8), deskPhone(size, QColor(0x37, 0x47, 0x4f)));
    return pixmap;
}

QPixmap markedPage(int size, const QString& mark, const QColor& color)
{
    QPixmap pixmap = page(size);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, size / 2));
    p.setFont(font);
    const QRectF badge(size * 0.40, size * 0.44, size * 0.58, size * 0.54);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(badge, size * 0.10, size * 0.10);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, mark);
    return pixmap;
}

QPixmap templatePage(int size)
{
    return markedPage(size, QStringLiteral("%"), QColor(0x1e, 0x88, 0xe5));
}

QPixmap placeholder(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath tag;
    tag.moveTo(s * 0.30, s * 0.14);
    tag.lineTo(s * 0.94, s * 0.14);
    tag.lineTo(s * 0.94, s * 0.86);
    tag.lineTo(s * 0.30, s * 0.86);
    tag.lineTo(s * 0.06, s * 0.50);
    tag.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x00, 0x89, 0x7b));
    p.drawPath(tag);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, size * 11 / 20));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(s * 0.30, s * 0.14, s * 0.64, s * 0.72), Qt::AlignCenter, QStringLiteral("%"));
    return pixmap;
}

QPixmap configPage(int size)
{
    return markedPage(size, QStringLiteral("="), QColor(0x6d, 0x4c, 0x41));
}

QPixmap cog(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.translate(s / 2, s / 2);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x54, 0x6e, 0x7a));
    for (int tooth = 0; tooth < 8; ++tooth) {
        p.drawRect(QRectF(-s * 0.09, -s * 0.46, s * 0.18, s * 0.22));
        p.rotate(45);
    }
    p.drawEllipse(QPointF(0, 0), s * 0.32, s * 0.32);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(0, 0), s * 0.13, s * 0.13);
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

QIcon multipleUsers()
{
    static const QIcon i = icon(userPair);
    return i;
}

QIcon multipleDevices()
{
    static const QIcon i = icon(phonePair);
    return i;
}

QIcon templates()
{
    static const QIcon i = icon(templatePage);
    return i;
}

QIcon placeholders()
{
    static const QIcon i = icon(placeholder);
    return i;
}

QIcon configFiles()
{
    static const QIcon i = icon(configPage);
    return i;
}

QIcon settings()
{
    static const QIcon i = icon(cog);
    return i;
}
} // namespace PageIcons
