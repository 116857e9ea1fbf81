#include "sync/outbox/pendingwork.h"

#include "sync/synclog.h"

namespace comptoir::sync {

PendingWork readPendingWork(sqlite::Connection& db)
{
    PendingWork work;
    try {
        auto entries = db.prepare("SELECT method, path, body, idempotency_key, entity, entity_id, created_at "
                                  "FROM outbox WHERE state = 'pending' ORDER BY id");
        while (entries.step())
            work.entries.append({entries.text(0), entries.text(1), entries.text(3), entries.text(4),
                                 entries.text(5), entries.text(6), entries.blob(2)});
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
    for (const auto& e : work.entries)
        db.prepare("INSERT OR IGNORE INTO outbox(method, path, body, idempotency_key, entity, entity_id, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(1, e.method)
            .bind(2, e.path)
            .bindBlob(3, e.body)
            .bind(4, e.key)
            .bind(5, e.entity)
            .bind(6, e.entityId)
            .bind(7, e.createdAt)
            .exec();
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
