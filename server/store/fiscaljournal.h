#pragma once
// The fiscal journal's entries and their seal (API.md, "Fiscal journal"): each entry's hash
// covers the previous entry's hash and the entry's own fields in canonical JSON, and the hash is
// signed with the fiscal key. Changing, removing, inserting or swapping an entry breaks the chain
// at that entry; recomputing the hashes after a change still fails the signatures. The store
// appends entries in the transaction of the event they record; this file only seals and checks.

#include "store/fiscalkey.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace comptoir::server {

struct JournalEntry {
    qint64 seq = 0;
    QString type;       // sale, refund, cancellation, cash_movement, reprint, closure, archive
    QString at;         // RFC 3339, UTC
    QString storeId;    // empty: null
    QString registerId; // empty: null
    QString ref;        // what it records: an order, a refund, a movement, a closure
    QJsonObject data;   // amounts in minor units
    QString prevHash;
    QString hash;
    QString signature; // standard base64
};

namespace fiscal {

// The first entry's prev_hash.
[[nodiscard]] QString genesisHash();
// The lowercase hex SHA-256 of prev_hash followed by the entry's first eight fields in RFC 8785
// JSON.
[[nodiscard]] QString entryHash(const JournalEntry& entry);
// Sets hash and signature from the other fields.
void seal(JournalEntry& entry, const FiscalKey& key);
[[nodiscard]] QJsonObject toJson(const JournalEntry& entry);

// Checks entries read in seq order, one at a time: the journal of a million entries is never
// held whole. The chain (seq, prev_hash, hash) is checked as entries come; their signatures, the
// costly part, in batches spread over the machine's cores. The first entry that breaks the
// journal is remembered; later ones are not checked.
class JournalVerifier {
public:
    explicit JournalVerifier(const FiscalKey& key) : m_key(key) {}
    void check(const JournalEntry& entry);
    // Checks the signatures still waiting; call after the last entry, before firstInvalidSeq().
    void finish();
    [[nodiscard]] qint64 entries() const { return m_entries; }
    // The seq where the journal stops being what was signed: an entry changed, or the seq an
    // entry was removed from or inserted at.
    [[nodiscard]] std::optional<qint64> firstInvalidSeq() const;

private:
    struct Pending {
        qint64 seq;
        QByteArray hash;
        QByteArray signature;
    };
    void verifyPending();

    const FiscalKey& m_key;
    qint64 m_entries = 0;
    qint64 m_expectedSeq = 1;
    QString m_prevHash = genesisHash();
    std::vector<Pending> m_pending;
    std::optional<qint64> m_chainBroken;  // where seq, prev_hash or hash failed
    std::optional<qint64> m_badSignature; // the lowest seq whose signature failed
};

} // namespace fiscal

} // namespace comptoir::server
