#pragma once
// The fiscal journal's entries and their seal (API.md, "Fiscal journal"): each entry's hash
// covers the previous entry's hash and the entry's own fields in canonical JSON, and the hash is
// signed with the fiscal key. Changing, removing, inserting or swapping an entry breaks the chain
// at that entry; recomputing the hashes after a change still fails the signatures. The store
// appends entries in the transaction of the event they record; this file only seals and checks.

#include "store/fiscalkey.h"

#include <QJsonObject>
#include <QString>
#include <memory>
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

// Which signatures a check verifies. `Every` is the contract's check (API.md: "recomputes every
// hash and signature"). `Anchors` verifies the signature of one entry in 4,096 (the last of each
// run of 4,096 seqs) and of the journal's last entry, and every signature of a run whose anchor
// fails or whose chain breaks, so the first bad seq it names is the same as `Every`'s for any
// change to the entries' fields (the hash chain carries each entry's fields into its anchor's
// signed hash). What it does not see: a `signature` column replaced while the entry's fields and
// hash were left alone, on an entry that is not an anchor (docs/performance.md, "--verify-journal").
enum class SignatureCheck { Every, Anchors };

// Checks entries read in seq order, one at a time: the journal of a million entries is never
// held whole. The reading thread checks the links (seq, prev_hash against the previous entry's
// stored hash) as entries come; each entry's own hash (its JSON parsed and canonicalised) and
// its signature, the costly part, are checked by one worker thread per core on runs of 4,096
// entries while reading goes on. The first entry that breaks the journal is remembered; runs
// after it are not checked.
class JournalVerifier {
public:
    explicit JournalVerifier(const FiscalKey& key, SignatureCheck signatures = SignatureCheck::Every);
    ~JournalVerifier();
    JournalVerifier(const JournalVerifier&) = delete;
    JournalVerifier& operator=(const JournalVerifier&) = delete;

    // `entry.data` is ignored: `dataJson` is the entry's stored `data` text, parsed on a worker.
    void check(JournalEntry entry, QByteArray dataJson);
    // Waits for every run still being checked; call after the last entry, before firstInvalidSeq().
    void finish();
    [[nodiscard]] qint64 entries() const { return m_entries; }
    // The seq where the journal stops being what was signed: an entry changed, or the seq an
    // entry was removed from or inserted at.
    [[nodiscard]] std::optional<qint64> firstInvalidSeq() const;

    struct Item {
        JournalEntry entry;
        QByteArray dataJson;
    };
    using Run = std::vector<Item>;

private:
    struct Workers;
    void submit();

    qint64 m_entries = 0;
    qint64 m_expectedSeq = 1;
    QString m_prevHash = genesisHash();
    Run m_run;
    std::optional<qint64> m_chainBroken; // where seq or prev_hash failed
    std::unique_ptr<Workers> m_workers;  // the entries' own hashes and signatures
};

} // namespace fiscal

} // namespace comptoir::server
