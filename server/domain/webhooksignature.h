#pragma once
// Signatures of payment webhooks: `Comptoir-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`,
// checked in constant time with a 5-minute tolerance against replays.

#include <QByteArray>
#include <QString>

namespace comptoir::server {

enum class SignatureCheck { Valid, Missing, Malformed, Stale, Mismatch };

[[nodiscard]] QByteArray signWebhook(const QByteArray& secret, qint64 timestamp, const QByteArray& body);
// The full header value for a body, as the gateway sends it.
[[nodiscard]] QString webhookSignatureHeader(const QByteArray& secret, qint64 timestamp,
                                             const QByteArray& body);
[[nodiscard]] SignatureCheck verifyWebhook(const QString& header, const QByteArray& body,
                                           const QByteArray& secret, qint64 now,
                                           qint64 toleranceSeconds = 300);

} // namespace comptoir::server
