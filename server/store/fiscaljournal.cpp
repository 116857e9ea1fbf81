#include "store/fiscaljournal.h"

#include "comptoir/canonicaljson.h"

#include <QCryptographicHash>
#include <algorithm>
#include <thread>

namespace comptoir::server::fiscal {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject hashedFields(const JournalEntry& e)
{
    return {{u"seq"_qs, double(e.seq)},
            {u"type"_qs, e.type},
            {u"at"_qs, e.at},
            {u"store_id"_qs, orNull(e.storeId)},
            {u"register_id"_qs, orNull(e.registerId)},
            {u"ref"_qs, e.ref},
            {u"data"_qs, e.data},
            {u"prev_hash"_qs, e.prevHash}};
}

} // namespace

QString genesisHash()
{
    return QString(64, u'0');
}

QString entryHash(const JournalEntry& entry)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(entry.prevHash.toUtf8());
    sha.addData(QByteArray::fromStdString(canonicalJson(hashedFields(entry))));
    return QString::fromLatin1(sha.result().toHex());
}

void seal(JournalEntry& entry, const FiscalKey& key)
{
    entry.hash = entryHash(entry);
    entry.signature = QString::fromLatin1(key.sign(entry.hash.toLatin1()).toBase64());
}

QJsonObject toJson(const JournalEntry& entry)
{
    QJsonObject json = hashedFields(entry);
    json.insert(u"hash"_qs, entry.hash);
    json.insert(u"signature"_qs, entry.signature);
    return json;
}

void JournalVerifier::check(const JournalEntry& entry)
{
    ++m_entries;
    if (m_chainBroken || m_badSignature)
        return;
    // A removed entry shows as a gap, an inserted one as a seq met twice: either way the journal
    // is broken at the seq expected here.
    if (entry.seq != m_expectedSeq || entry.prevHash != m_prevHash || entryHash(entry) != entry.hash) {
        m_chainBroken = m_expectedSeq;
        return;
    }
    m_pending.push_back(
        {entry.seq, entry.hash.toLatin1(), QByteArray::fromBase64(entry.signature.toLatin1())});
    ++m_expectedSeq;
    m_prevHash = entry.hash;
    if (m_pending.size() >= 8192)
        verifyPending();
}

void JournalVerifier::verifyPending()
{
    const size_t workers = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::optional<qint64>> firstBad(workers);
    const auto verifyShare = [&](size_t worker) {
        // Interleaved shares: each worker's first failure is its lowest seq.
        for (size_t i = worker; i < m_pending.size(); i += workers)
            if (!m_key.verify(m_pending[i].hash, m_pending[i].signature)) {
                firstBad[worker] = m_pending[i].seq;
                return;
            }
    };
    std::vector<std::thread> threads;
    for (size_t w = 1; w < workers; ++w)
        threads.emplace_back(verifyShare, w);
    verifyShare(0);
    for (std::thread& t : threads)
        t.join();
    for (const auto& bad : firstBad)
        if (bad && (!m_badSignature || *bad < *m_badSignature))
            m_badSignature = bad;
    m_pending.clear();
}

void JournalVerifier::finish()
{
    if (!m_pending.empty())
        verifyPending();
}

std::optional<qint64> JournalVerifier::firstInvalidSeq() const
{
    if (m_chainBroken && m_badSignature)
        return std::min(*m_chainBroken, *m_badSignature);
    return m_chainBroken ? m_chainBroken : m_badSignature;
}

} // namespace comptoir::server::fiscal
