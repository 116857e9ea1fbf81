#pragma once
// Password hashing with OpenSSL's PBKDF2-HMAC-SHA256 (ARCHITECTURE.md: at least 600,000
// iterations), stored as "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>" so the cost can
// rise later without invalidating stored hashes.

#include <QString>

namespace comptoir::server {

inline constexpr int kPasswordIterations = 600'000;

[[nodiscard]] QString hashPassword(const QString& password, int iterations = kPasswordIterations);
// Constant-time comparison; false for malformed stored values.
[[nodiscard]] bool verifyPassword(const QString& password, const QString& stored);

// 32 random bytes from OpenSSL, base64url: an opaque bearer token.
[[nodiscard]] QString newToken();
// SHA-256 of the token: only this is stored, so a leaked database holds no usable token.
[[nodiscard]] QByteArray tokenHash(const std::string& token);

} // namespace comptoir::server
