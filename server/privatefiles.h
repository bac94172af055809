#pragma once

#include <QString>

// The server's data is owner-only whatever the umask: the database holds SIP passwords, phone
// file secrets and the SMTP password; generated files hold SIP passwords. Folders are made (or
// set) 0700 and files 0600; on platforms without POSIX modes nothing changes here.
namespace PrivateFiles {
// Creates the folder (and its parents) if needed and makes it owner-only; false with *error.
bool folder(const QString& path, QString* error);
// Makes an SQLite database owner-only before SQLite opens it: creates it empty with mode 0600 if
// it does not exist (SQLite gives its -wal and -shm files the database file's mode), else sets
// 0600 on it and on the -wal, -shm and -journal files that exist.
bool sqliteDatabase(const QString& path, QString* error);
} // namespace PrivateFiles
