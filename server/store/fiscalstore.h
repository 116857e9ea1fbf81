#pragma once
// The fiscal journal as the store keeps it: entries are appended by the store itself, in the
// transaction of the sale, refund, cancellation or cash movement they record (never a call a
// handler must remember), sealed with the fiscal key; this interface reads and checks them.

#include "store/fiscaljournal.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace comptoir::server {

struct JournalCheck {
    qint64 entries = 0;
    std::optional<qint64> firstInvalidSeq; // none: every hash and signature holds
};

class FiscalStore {
public:
    virtual ~FiscalStore() = default;

    // The fiscal key's public half (raw 32 bytes).
    [[nodiscard]] virtual QByteArray fiscalPublicKey() = 0;
    // Entries with seq > since, ascending; of one store when `storeId` is given.
    [[nodiscard]] virtual QList<JournalEntry> journal(qint64 since, int limit, const QString& storeId) = 0;
    // Recomputes every hash and signature, in seq order.
    [[nodiscard]] virtual JournalCheck verifyJournal() = 0;
};

} // namespace comptoir::server
