#pragma once
// The fiscal journal as the store keeps it: entries are appended by the store itself, in the
// transaction of the sale, refund, cancellation or cash movement they record (never a call a
// handler must remember), sealed with the fiscal key; this interface reads and checks them, and
// appends the entries that are acts of their own (closures, archives, reprints).

#include "store/fiscaljournal.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace comptoir::server {

struct JournalCheck {
    qint64 entries = 0;
    std::optional<qint64> firstInvalidSeq; // none: every hash and signature holds
};

// An entry to append: seq, at, prev_hash, hash and signature are the store's to set.
struct NewJournalEntry {
    QString type;
    QString storeId;
    QString registerId;
    QString ref;
    QJsonObject data;
};

// A closure entry as the closures index finds it.
struct ClosureQuery {
    QString storeId; // empty: every store
    QString period;  // empty: every period
    // YYYY-MM-DD: closures whose period ends on or after `from` and starts on or before `to`.
    QString from, to;
    qint64 after = 0; // closures with seq > after (paging)
    int limit = 200;
};

class FiscalStore {
public:
    virtual ~FiscalStore() = default;

    // The fiscal key's public half (raw 32 bytes).
    [[nodiscard]] virtual QByteArray fiscalPublicKey() = 0;
    // The Ed25519 signature of `message` with the fiscal key (archives).
    [[nodiscard]] virtual QByteArray fiscalSign(const QByteArray& message) = 0;
    // Entries with seq > since, ascending; of one store when `storeId` is given.
    [[nodiscard]] virtual QList<JournalEntry> journal(qint64 since, int limit, const QString& storeId) = 0;
    [[nodiscard]] virtual std::optional<JournalEntry> journalEntry(qint64 seq) = 0;
    // Recomputes every hash and signature, in seq order.
    [[nodiscard]] virtual JournalCheck verifyJournal() = 0;

    // Appends a sealed entry; a closure is also indexed by (store, period, date) and its
    // last_seq. Inside a write transaction (Store::transaction) that did the reads it relies on.
    virtual JournalEntry appendJournalEntry(const NewJournalEntry& entry) = 0;
    // The store's entries other than closures and archives with seq > after, ascending, one at a
    // time until `visit` returns false.
    virtual void forEachRecordedEntry(const QString& storeId, qint64 after,
                                      const std::function<bool(const JournalEntry&)>& visit) = 0;
    // Closures, ascending by seq.
    [[nodiscard]] virtual QList<JournalEntry> closures(const ClosureQuery& query) = 0;
    [[nodiscard]] virtual std::optional<JournalEntry> closure(const QString& storeId, const QString& period,
                                                              const QString& date) = 0;
    // The store's latest closure of `period` (by date).
    [[nodiscard]] virtual std::optional<JournalEntry> lastClosure(const QString& storeId,
                                                                  const QString& period) = 0;
    // The highest seq the store's day closures covered (0: none yet).
    [[nodiscard]] virtual qint64 closedThroughSeq(const QString& storeId) = 0;
    // The stores with any entry, and when each one's first recorded entry was made.
    [[nodiscard]] virtual QList<std::pair<QString, QString>> journalStores() = 0;
    // How many reprints of `orderId` the journal holds.
    [[nodiscard]] virtual qint64 reprintCount(const QString& orderId) = 0;
    // Issue 16, the demo's generated history (demo/demohistory.h): while set, journal entries,
    // payments and refunds are stamped `at` instead of now. Set only before the server serves
    // anyone, moving forward, so the journal's entries stay in time order as closures expect.
    virtual void setRecordingTime(std::optional<QDateTime> at) = 0;
};

} // namespace comptoir::server
