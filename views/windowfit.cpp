#include "windowfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace WindowFit {
namespace {
// What a window manager's decoration usually takes, in logical pixels: the title bar and a
// border each side. Unknown until the window is shown; afterwards the real frame is used.
constexpr int frameAllowanceWidth = 8;
constexpr int frameAllowanceHeight = 36;

QSize frameAllowance(const QWidget* window)
{
    if (window->isVisible()) {
        const QSize frame = window->frameGeometry().size() - window->geometry().size();
        if (frame.width() > 0 || frame.height() > 0) {
            return frame;
        }
    }
    return {frameAllowanceWidth, frameAllowanceHeight};
}
} // namespace

QScreen* screenOf(const QWidget* window)
{
    // A dialog not shown yet has no place of its own: it opens over its parent.
    if (const QWidget* parent = window->parentWidget(); parent && !window->isVisible()) {
        return parent->window()->screen();
    }
    if (QScreen* s = QGuiApplication::screenAt(window->geometry().center())) {
        return s;
    }
    return window->screen() ? window->screen() : QGuiApplication::primaryScreen();
}

QRect room(const QWidget* window)
{
    const QScreen* screen = screenOf(window);
    if (!screen) {
        return {0, 0, 1024, 768};
    }
    const QRect available = screen->availableGeometry();
    const QSize frame = frameAllowance(window);
    return {available.topLeft(), available.size() - frame};
}

QSize sizeWithin(const QWidget* window, const QSize& preferred)
{
    const QSize max = room(window).size();
    const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize()).boundedTo(max);
    return preferred.boundedTo(max).expandedTo(needed);
}

void resizeWithin(QWidget* window, const QSize& preferred)
{
    window->resize(sizeWithin(window, preferred));
}

void keepOnScreen(QWidget* window)
{
    if (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)) {
        return;
    }
    const QRect area = room(window);
    const QSize size = window->size().boundedTo(area.size());
    if (size != window->size()) {
        window->resize(size);
    }
    // pos() is the frame's top-left corner; the room already leaves out the frame's size.
    const int x = qBound(area.left(), window->pos().x(), area.left() + area.width() - size.width());
    const int y = qBound(area.top(), window->pos().y(), area.top() + area.height() - size.height());
    if (QPoint(x, y) != window->pos()) {
        window->move(x, y);
    }
}

} // namespace WindowFit
