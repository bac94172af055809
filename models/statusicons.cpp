#include "statusicons.h"

#include "devicefilter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {
enum class Shape { Circle, Triangle, Square, Diamond };

QPixmap draw(Shape shape, const QColor& color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal m = size * 0.08;
    const QRectF r(m, m, size - 2 * m, size - 2 * m);
    QPainterPath outline;
    switch (shape) {
    case Shape::Circle:
        outline.addEllipse(r);
        break;
    case Shape::Triangle:
        outline.moveTo(r.center().x(), r.top());
        outline.lineTo(r.right(), r.bottom());
        outline.lineTo(r.left(), r.bottom());
        outline.closeSubpath();
        break;
    case Shape::Square:
        outline.addRoundedRect(r, size * 0.12, size * 0.12);
        break;
    case Shape::Diamond:
        outline.moveTo(r.center().x(), r.top());
        outline.lineTo(r.right(), r.center().y());
        outline.lineTo(r.center().x(), r.bottom());
        outline.lineTo(r.left(), r.center().y());
        outline.closeSubpath();
        break;
    }
    p.fillPath(outline, color);
    p.setPen(QPen(QColor(0, 0, 0, 90), size / 24.0));
    p.drawPath(outline);
    QPen mark(Qt::white, size * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(mark);
    const qreal s = size;
    switch (shape) {
    case Shape::Circle: // a tick
        p.drawPolyline(
            QPolygonF({QPointF(s * 0.30, s * 0.52), QPointF(s * 0.44, s * 0.66), QPointF(s * 0.70, s * 0.36)}));
        break;
    case Shape::Triangle: // "!"
        p.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.62));
        p.drawPoint(QPointF(s * 0.5, s * 0.76));
        break;
    case Shape::Square: // a cross
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case Shape::Diamond: // a dot: waiting
        p.drawPoint(QPointF(s * 0.5, s * 0.5));
        break;
    }
    return pixmap;
}

QIcon make(Shape shape, const QColor& color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        icon.addPixmap(draw(shape, color, size));
    }
    return icon;
}
} // namespace

namespace StatusIcons {
QColor registeredColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}
QColor notRegisteredColor()
{
    return QColor(0xe6, 0x8a, 0x00);
}
QColor disconnectedColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QIcon registered()
{
    static const QIcon icon = make(Shape::Circle, registeredColor());
    return icon;
}
QIcon notRegistered()
{
    static const QIcon icon = make(Shape::Triangle, notRegisteredColor());
    return icon;
}
QIcon disconnected()
{
    static const QIcon icon = make(Shape::Square, disconnectedColor());
    return icon;
}
QIcon pending()
{
    static const QIcon icon = make(Shape::Diamond, QColor(0x15, 0x65, 0xc0));
    return icon;
}

QIcon forDevice(const Device& device)
{
    switch (DeviceFilter::statusOf(device.sipStatus)) {
    case DeviceFilter::Status::Registered:
        return registered();
    case DeviceFilter::Status::Disconnected:
        return disconnected();
    case DeviceFilter::Status::NotRegistered:
    case DeviceFilter::Status::Any:
        break;
    }
    return notRegistered();
}
QColor severityColor(AlarmSeverity severity)
{
    switch (severity) {
    case AlarmSeverity::Critical:
        return disconnectedColor();
    case AlarmSeverity::Major:
        return notRegisteredColor();
    case AlarmSeverity::Minor:
        return QColor(0xc9, 0xa2, 0x00);
    case AlarmSeverity::Warning:
    case AlarmSeverity::Indeterminate:
        return QColor(0x15, 0x65, 0xc0);
    case AlarmSeverity::Cleared:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QIcon forSeverity(AlarmSeverity severity, bool active)
{
    if (!active || severity == AlarmSeverity::Cleared) {
        static const QIcon cleared = make(Shape::Circle, severityColor(AlarmSeverity::Cleared));
        return cleared;
    }
    static const QIcon critical = make(Shape::Square, severityColor(AlarmSeverity::Critical));
    static const QIcon major = make(Shape::Triangle, severityColor(AlarmSeverity::Major));
    static const QIcon minor = make(Shape::Triangle, severityColor(AlarmSeverity::Minor));
    static const QIcon warning = make(Shape::Diamond, severityColor(AlarmSeverity::Warning));
    switch (severity) {
    case AlarmSeverity::Critical:
        return critical;
    case AlarmSeverity::Major:
        return major;
    case AlarmSeverity::Minor:
        return minor;
    default:
        return warning;
    }
}
} // namespace StatusIcons
