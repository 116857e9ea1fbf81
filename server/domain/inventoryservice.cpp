#include "domain/inventoryservice.h"

#include "domain/errors.h"

namespace comptoir::server {

namespace {

void requireActAt(const Principal& principal, const LocationId& location, const QString& what)
{
    if (!principal.mayActAt(location))
        throw Forbidden(u"Staff may %1 only at their own store."_qs.arg(what));
}

} // namespace

InventoryService::InventoryService(Store& store) : m_store(store) {}

QList<Location> InventoryService::locations()
{
    return m_store.locations();
}

Page<StockLevel> InventoryService::levels(const StockQuery& query)
{
    return m_store.stockLevels(query);
}

Page<Movement> InventoryService::movements(const StockQuery& query)
{
    return m_store.movements(query);
}

StockLevel InventoryService::adjust(const Principal& principal, Adjustment a)
{
    requireActAt(principal, a.location, u"adjust stock"_qs);
    a.actor = principal.user.id.value;
    return m_store.adjustStock(a);
}

TransferResult InventoryService::transfer(const Principal& principal, Transfer t)
{
    requireActAt(principal, t.from, u"send stock"_qs);
    t.actor = principal.user.id.value;
    return m_store.transferStock(t);
}

Page<StockLevel> InventoryService::lowStock(const Principal& principal, LocationId location, qint64 threshold,
                                            int limit, const QString& cursor)
{
    if (!principal.is(Role::Manager)) {
        if (!location.isEmpty() && location != principal.user.storeId)
            throw Forbidden(u"Staff see the low stock of their own store."_qs);
        location = principal.user.storeId;
    }
    return m_store.lowStock(location, threshold, limit, cursor);
}

} // namespace comptoir::server
