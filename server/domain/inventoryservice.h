#pragma once
// Stock: levels, adjustments and transfers, the movement journal and the low-stock list, with
// the rule that staff act on and look at the stock of their own store only.

#include "domain/principal.h"
#include "store/store.h"

namespace comptoir::server {

class InventoryService {
public:
    explicit InventoryService(Store& store);

    [[nodiscard]] QList<Location> locations();
    [[nodiscard]] Page<StockLevel> levels(const StockQuery& query);
    [[nodiscard]] Page<Movement> movements(const StockQuery& query);
    // Forbidden for staff of another store; Conflict when stock would fall below zero.
    StockLevel adjust(const Principal& principal, Adjustment adjustment);
    // Forbidden for staff of another store than `from`; Conflict when `from` is short.
    TransferResult transfer(const Principal& principal, Transfer transfer);
    // Levels at or below `threshold`. Staff see their own store (asking for another is Forbidden);
    // managers see `location`, or every location when it is empty.
    [[nodiscard]] Page<StockLevel> lowStock(const Principal& principal, LocationId location, qint64 threshold,
                                            int limit, const QString& cursor);

private:
    Store& m_store;
};

} // namespace comptoir::server
