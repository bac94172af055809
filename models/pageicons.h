#pragma once

#include <QIcon>

// The navigation icons of pages that have no state icon of their own (StatusIcons), drawn so
// that they look the same on every platform whatever its icon theme. Needs a QGuiApplication.
namespace PageIcons {
QIcon users();           // a person: head and shoulders
QIcon administrators();  // a person with a badge
QIcon regions();         // a globe
QIcon logs();            // a page of lines
QIcon multipleUsers();   // two persons
QIcon multipleDevices(); // two desk phones
QIcon templates();       // a page with a placeholder mark
QIcon placeholders();    // "%" in a tag
QIcon configFiles();     // a page with key = value lines
QIcon settings();        // a cog wheel
} // namespace PageIcons
