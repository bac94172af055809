#pragma once

#include <QString>

// Administrator password hashes: PBKDF2-HMAC-SHA256 through OpenSSL with a 16-byte random salt,
// stored as "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>". Verification takes the
// iterations from the stored text, so raising the default does not lock anyone out.
namespace PasswordHash {
constexpr int defaultIterations = 600000; // OWASP's 2023 figure for PBKDF2-HMAC-SHA256

QString hash(const QString& password, int iterations = defaultIterations);
// Constant-time comparison; false for text that is not a hash of this form.
bool verify(const QString& password, const QString& stored);

constexpr int minimumLength = 12;
// Why a new administrator password is refused (too short, the account's name, one character
// repeated), or empty when it is acceptable.
QString weakness(const QString& password, const QString& accountName);
} // namespace PasswordHash
