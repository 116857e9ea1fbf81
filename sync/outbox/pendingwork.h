#pragma once
// What a device still owes the server, read out of a damaged cache and written into the new one:
// the outbox's pending entries (with the credential each is sent as) and the orders placed here
// that the server has not confirmed. The outbox's columns are known by outboxrows.cpp alone.

#include "sync/outbox/outbox.h"

#include <QList>
#include <QString>

namespace comptoir::sync {

struct PendingWork {
    struct LocalOrder {
        QString id, status, updatedAt, json;
    };
    QList<OutboxEntry> entries;
    QList<LocalOrder> orders;
};

// As much as `db` still gives back (nothing, logged, when even that fails).
[[nodiscard]] PendingWork readPendingWork(sqlite::Connection& db);
// Into a fresh cache, in the caller's transaction.
void restorePendingWork(sqlite::Connection& db, const PendingWork& work);

} // namespace comptoir::sync
