#include "domain/fiscalservice.h"

namespace comptoir::server {

QJsonObject FiscalService::publicKey()
{
    return {{u"algorithm"_qs, u"Ed25519"_qs},
            {u"public_key"_qs, QString::fromLatin1(m_store.fiscalPublicKey().toBase64())}};
}

QJsonArray FiscalService::journal(qint64 since, int limit, const QString& storeId)
{
    QJsonArray entries;
    for (const JournalEntry& e : m_store.journal(since, limit, storeId))
        entries.append(fiscal::toJson(e));
    return entries;
}

QJsonObject FiscalService::verify()
{
    const JournalCheck check = m_store.verifyJournal();
    return {{u"valid"_qs, !check.firstInvalidSeq.has_value()},
            {u"entries"_qs, double(check.entries)},
            {u"first_invalid_seq"_qs,
             check.firstInvalidSeq ? QJsonValue(double(*check.firstInvalidSeq)) : QJsonValue()}};
}

} // namespace comptoir::server
