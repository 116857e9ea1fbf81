#include "domain/webhooksignature.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <QStringList>

namespace comptoir::server {

QByteArray signWebhook(const QByteArray& secret, qint64 timestamp, const QByteArray& body)
{
    const QByteArray payload = QByteArray::number(timestamp) + '.' + body;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.constData(), int(secret.size()),
         reinterpret_cast<const unsigned char*>(payload.constData()), size_t(payload.size()), mac, &length);
    return QByteArray(reinterpret_cast<const char*>(mac), int(length)).toHex();
}

QString webhookSignatureHeader(const QByteArray& secret, qint64 timestamp, const QByteArray& body)
{
    return u"t=%1,v1=%2"_qs.arg(timestamp).arg(QString::fromLatin1(signWebhook(secret, timestamp, body)));
}

SignatureCheck verifyWebhook(const QString& header, const QByteArray& body, const QByteArray& secret,
                             qint64 now, qint64 toleranceSeconds)
{
    if (header.trimmed().isEmpty())
        return SignatureCheck::Missing;
    qint64 timestamp = -1;
    QList<QByteArray> candidates;
    for (const QString& part : header.split(u',')) {
        const QString item = part.trimmed();
        if (item.startsWith(u"t="_qs)) {
            bool ok = false;
            timestamp = item.mid(2).toLongLong(&ok);
            if (!ok)
                return SignatureCheck::Malformed;
        } else if (item.startsWith(u"v1="_qs)) {
            candidates.append(item.mid(3).toLatin1());
        }
    }
    if (timestamp < 0 || candidates.isEmpty())
        return SignatureCheck::Malformed;
    if (qAbs(now - timestamp) > toleranceSeconds)
        return SignatureCheck::Stale;
    const QByteArray expected = signWebhook(secret, timestamp, body);
    for (const QByteArray& candidate : candidates)
        if (candidate.size() == expected.size() &&
            CRYPTO_memcmp(candidate.constData(), expected.constData(), size_t(expected.size())) == 0)
            return SignatureCheck::Valid;
    return SignatureCheck::Mismatch;
}

} // namespace comptoir::server
