#include "store/fiscaljournal.h"

#include "comptoir/canonicaljson.h"

#include <QCryptographicHash>

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
    if (m_firstInvalid)
        return;
    // A removed entry shows as a gap, an inserted one as a seq met twice: either way the journal
    // is broken at the seq expected here.
    const bool valid =
        entry.seq == m_expectedSeq && entry.prevHash == m_prevHash && entryHash(entry) == entry.hash &&
        m_key.verify(entry.hash.toLatin1(), QByteArray::fromBase64(entry.signature.toLatin1()));
    if (!valid) {
        m_firstInvalid = m_expectedSeq;
        return;
    }
    ++m_expectedSeq;
    m_prevHash = entry.hash;
}

} // namespace comptoir::server::fiscal
