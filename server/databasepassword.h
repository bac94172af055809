#pragma once

#include "storeurl.h"

#include <QString>

// The PostgreSQL password of phonefleetd: PGPASSWORD when set, else the OS keychain (service
// "phonefleetd", key: the database URL, which never holds the password), else none (trust,
// peer or ~/.pgpass). Never from the command line. *note says where it came from, or why the
// keychain could not be read; it never holds the password.
namespace DatabasePassword {
QString find(const StoreUrl& url, QString* note);
QString keychainService();
} // namespace DatabasePassword
