#pragma once
// Storage of locations and stock: levels, adjustments, transfers, the movement journal and the
// quantities orders hold.

#include "comptoir/domain.h"
#include "store/page.h"

#include <optional>

namespace comptoir::server {

struct StockQuery {
    QString sku;
    LocationId location;
    int limit = 50;
    QString cursor;
};

struct Adjustment {
    QString sku;
    LocationId location;
    qint64 delta = 0;
    QString reason;
    QString actor; // user id, for the movement record
};

struct Transfer {
    QString sku;
    LocationId from;
    LocationId to;
    qint64 quantity = 0;
    QString actor;
};

struct TransferResult {
    QString id;
    StockLevel from;
    StockLevel to;
};

class InventoryStore {
public:
    virtual ~InventoryStore() = default;

    // Locations.
    [[nodiscard]] virtual QList<Location> locations() = 0;
    [[nodiscard]] virtual std::optional<Location> location(const LocationId& id) = 0;
    virtual void putLocation(const Location& location) = 0;

    // Stock.
    [[nodiscard]] virtual Page<StockLevel> stockLevels(const StockQuery& query) = 0;
    virtual StockLevel adjustStock(const Adjustment& adjustment) = 0;   // Conflict below zero
    virtual TransferResult transferStock(const Transfer& transfer) = 0; // Conflict when short
    [[nodiscard]] virtual Page<Movement> movements(const StockQuery& query) = 0;

    // What orders hold.
    [[nodiscard]] virtual StockLevel stockLevel(const QString& sku, const LocationId& location) = 0;
    // Reserves `quantity` if that much is available, or regardless when `force` (an offline
    // carry-out sale). Returns nullopt when reserved, else the quantity that was available.
    virtual std::optional<qint64> reserveStock(const QString& sku, const LocationId& location,
                                               qint64 quantity, const OrderId& order, bool force) = 0;
    virtual void releaseStock(const QString& sku, const LocationId& location, qint64 quantity,
                              const OrderId& order, const QString& reason) = 0;
    // Hand-over: the reserved quantity leaves on_hand.
    virtual void consumeStock(const QString& sku, const LocationId& location, qint64 quantity,
                              const OrderId& order) = 0;
    // A movement of zero that staff see in the journal, e.g. stock driven below zero offline.
    virtual void recordStockAlert(const QString& sku, const LocationId& location, const OrderId& order,
                                  const QString& reason) = 0;

    [[nodiscard]] virtual Page<StockLevel> lowStock(const LocationId& location, qint64 threshold, int limit,
                                                    const QString& cursor) = 0;
};

} // namespace comptoir::server
