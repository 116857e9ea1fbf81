#pragma once
// Kiosk orders as the sync tests place them through the outbox: a carry-out of one unit, with a
// client-chosen id and an optimistic local copy written in the outbox entry's transaction.

#include "sync/syncclient.h"

#include <QByteArray>
#include <QString>

namespace comptoir::test {

struct QueuedOrder {
    qint64 entryId = 0;
    QString orderId;
};

[[nodiscard]] QByteArray carryOutOrder(const QString& id, const QString& sku, const QString& store,
                                       bool offline = true);
QueuedOrder enqueueCarryOut(sync::SyncClient& client, const QString& sku, const QString& store,
                            bool offline = true);

} // namespace comptoir::test
