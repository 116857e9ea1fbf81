#include "sync/outbox/pendingwork.h"

#include "sync/outbox/outboxrows.h"
#include "sync/synclog.h"

namespace comptoir::sync {

PendingWork readPendingWork(sqlite::Connection& db)
{
    PendingWork work;
    try {
        // A file damaged before it reached step 7 has no credentials: its entries go as the
        // current token, as they would have there.
        auto entries =
            db.prepare(selectEntries("WHERE state = 'pending' ORDER BY id", outboxHasCredentials(db)));
        while (entries.step())
            work.entries.append(readEntry(entries));
        auto orders = db.prepare("SELECT id, status, updated_at, json FROM orders WHERE origin = 'local'");
        while (orders.step())
            work.orders.append({orders.text(0), orders.text(1), orders.text(2), orders.text(3)});
    } catch (const std::exception& e) {
        qCWarning(lcSync) << "nothing more could be salvaged:" << e.what();
    }
    return work;
}

void restorePendingWork(sqlite::Connection& db, const PendingWork& work)
{
    for (const OutboxEntry& e : work.entries)
        insertPending(db, e, OnDuplicateKey::Ignore);
    for (const auto& o : work.orders)
        db.prepare("INSERT OR IGNORE INTO orders(id, status, updated_at, json, origin) VALUES (?, ?, ?, ?, "
                   "'local')")
            .bind(1, o.id)
            .bind(2, o.status)
            .bind(3, o.updatedAt)
            .bind(4, o.json)
            .exec();
}

} // namespace comptoir::sync
