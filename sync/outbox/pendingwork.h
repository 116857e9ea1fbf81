#pragma once
// What a device still owes the server, read out of a damaged cache and written into the new one:
// the outbox's pending entries and the orders placed here that the server has not confirmed.
// The outbox's layout is known here and in outbox.cpp, not by the cache that carries it.

#include "comptoir/sqlite.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace comptoir::sync {

struct PendingWork {
    struct Entry {
        QString method, path, key, entity, entityId, createdAt;
        QByteArray body;
    };
    struct LocalOrder {
        QString id, status, updatedAt, json;
    };
    QList<Entry> entries;
    QList<LocalOrder> orders;
};

// As much as `db` still gives back (nothing, logged, when even that fails).
[[nodiscard]] PendingWork readPendingWork(sqlite::Connection& db);
// Into a fresh cache, in the caller's transaction.
void restorePendingWork(sqlite::Connection& db, const PendingWork& work);

} // namespace comptoir::sync
