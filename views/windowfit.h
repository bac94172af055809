#pragma once

#include <QRect>
#include <QSize>

class QScreen;
class QWidget;

// Top-level windows on the screen they show on, whatever its size and scale factor: a window
// asks for the size it would like and gets no more than that screen has room for, and a geometry
// saved on a larger screen (or at another scale) comes back within the screen it lands on.
namespace WindowFit {

// Where the window is or will be: the screen under its geometry's centre, else its parent's,
// else the primary one.
QScreen* screenOf(const QWidget* window);
// The room a window's frame may take there: the screen's available area (panels and docks left
// out) less an allowance for the title bar and borders the window manager adds.
QRect room(const QWidget* window);
// The client size to give a window that would like preferred: no more than the room, no less
// than what the window's layout needs (clamped to the room too).
QSize sizeWithin(const QWidget* window, const QSize& preferred);
// resize(sizeWithin(window, preferred)).
void resizeWithin(QWidget* window, const QSize& preferred);
// Shrinks and moves a window (typically just restored) so that all of it lies in the room.
// A maximized or full-screen window is left alone: the window manager places those.
void keepOnScreen(QWidget* window);

} // namespace WindowFit
