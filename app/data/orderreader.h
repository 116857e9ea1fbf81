#pragma once
// The typed reads of the cache that the staff console's order queue needs: a store's click &
// collect and counter orders by the queue's states, newest first, how many wait in each, one
// order's pick list (each line's bin, from its product's category) and finding an order by its
// number. The change feed keeps the store's orders in the cache, so the queue reads the same
// online and offline; no view model prepares a statement.

#include "comptoir/sqlite.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace comptoir::app {

// The queue's columns: paid pickups to prepare, ready ones waiting for their customer, and the
// orders done (collected, or counter sales completed) or cancelled.
enum class QueueState { ToPrepare, Ready, Collected, Cancelled };
inline constexpr int kQueueStateCount = 4;

struct QueueOrder {
    QString id;
    QString number;
    QString status;      // the server's wire name
    QString channel;     // kiosk, web, pos
    QString fulfillment; // pickup, carry_out
    QDateTime createdAt;
    QDateTime updatedAt; // for a ready order: since when it waits (nothing else moves it)
    qint64 total = 0;    // minor units of the server's currency
    qint64 itemCount = 0;
};

struct PickLine {
    QString sku;
    QString name;
    QString options; // "M · Bleu marine": what tells two variants apart on the shelf
    QString bin;     // where it lies in the store: its category, the aisle staff walk to
    QString barcode;
    qint64 quantity = 0;
};

class OrderReader {
public:
    explicit OrderReader(sqlite::Connection& db) : m_db(db) {}

    // The orders of `storeId` (every store when empty) in `state`, newest first.
    [[nodiscard]] QList<QueueOrder> queue(const QString& storeId, QueueState state, int limit);
    // How many orders of `storeId` each state holds, in QueueState order.
    [[nodiscard]] std::array<int, kQueueStateCount> counts(const QString& storeId);
    [[nodiscard]] std::optional<QueueOrder> order(const QString& orderId);
    // The lines to fetch for `orderId`, bin by bin, so the picker walks the store once.
    [[nodiscard]] QList<PickLine> pickList(const QString& orderId);
    // The id of the order numbered `number` (any case; digits alone for the store's own prefix) at
    // `storeId`; nothing when unknown.
    [[nodiscard]] std::optional<QString> idByNumber(const QString& number, const QString& storeId);

private:
    sqlite::Connection& m_db;
};

} // namespace comptoir::app
