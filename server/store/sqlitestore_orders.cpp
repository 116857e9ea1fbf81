// SqlStore: orders, their lines and numbers, and the stock they reserve and consume.
#include "store/cursor.h"
#include "store/sqlstore.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonDocument>

namespace comptoir::server {

std::optional<SkuInfo> SqlStore::skuInfo(const QString& sku)
{
    // The receipt name is the product name followed by the variant's option values.
    auto st = conn().prepare(
        "SELECT v.sku, p.id, p.name, p.status, v.price, v.currency, p.tax_class, "
        "(SELECT group_concat(value, ' / ') FROM json_each(json_extract(p.json, '$.variants[' || v.position "
        "|| "
        "'].options'))) FROM variants v JOIN products p ON p.id = v.product_id WHERE v.sku = ?");
    st.bind(1, sku);
    if (!st.step())
        return std::nullopt;
    SkuInfo info;
    info.sku = st.text(0);
    info.productId.value = st.text(1);
    info.name = st.text(2);
    if (!st.isNull(7) && !st.text(7).isEmpty())
        info.name += u" — "_qs + st.text(7);
    info.status = st.text(3) == u"archived" ? ProductStatus::Archived : ProductStatus::Active;
    info.price = Money{st.int64(4), st.text(5)};
    info.taxClass = taxClassFromString(st.text(6)).value_or(TaxClass::Standard);
    return info;
}

StockLevel SqlStore::stockLevel(const QString& sku, const LocationId& location)
{
    return readStock(sku, location);
}

std::optional<qint64> SqlStore::reserveStock(const QString& sku, const LocationId& location, qint64 quantity,
                                             const OrderId& order, bool force)
{
    std::optional<qint64> refusedAvailable;
    transaction([&] {
        const StockLevel level = readStock(sku, location);
        if (!force && level.available() < quantity) {
            refusedAvailable = level.available();
            return;
        }
        applyStockDelta(sku, location, 0, quantity, u"order"_qs, order.value, u"reserved"_qs, {});
    });
    return refusedAvailable;
}

void SqlStore::releaseStock(const QString& sku, const LocationId& location, qint64 quantity,
                            const OrderId& order, const QString& reason)
{
    transaction([&] { applyStockDelta(sku, location, 0, -quantity, u"order"_qs, order.value, reason, {}); });
}

void SqlStore::consumeStock(const QString& sku, const LocationId& location, qint64 quantity,
                            const OrderId& order)
{
    transaction([&] {
        applyStockDelta(sku, location, -quantity, -quantity, u"order"_qs, order.value, u"handed_over"_qs, {});
    });
}

void SqlStore::recordStockAlert(const QString& sku, const LocationId& location, const OrderId& order,
                                const QString& reason)
{
    transaction([&] { applyStockDelta(sku, location, 0, 0, u"alert"_qs, order.value, reason, {}); });
}

QString SqlStore::nextOrderNumber(const QString& prefix)
{
    qint64 next = 0;
    transaction([&] {
        auto st =
            conn().prepare("INSERT INTO order_numbers(prefix, last) VALUES(?, 1) "
                           "ON CONFLICT(prefix) DO UPDATE SET last = order_numbers.last + 1 RETURNING last");
        st.bind(1, prefix);
        st.step();
        next = st.int64(0);
    });
    return prefix + u'-' + QString::number(next).rightJustified(6, u'0');
}

void SqlStore::saveOrder(OrderRecord& record, bool isNew)
{
    const Order& o = record.order;
    record.json = orderJsonBytes(o);
    const std::string& json = record.json;
    transaction([&] {
        sql::Connection& c = conn();
        // Only a paid or cancelled order can call for a journal entry: the other saves (an order
        // placed, most of the hot path) skip reading the stored status.
        const bool mayJournal = o.status != u"pending_payment";
        const QString before = isNew || !mayJournal ? QString() : storedOrderStatus(o.id);
        if (isNew) {
            auto exists = c.prepare("SELECT 1 FROM orders WHERE id = ?");
            exists.bind(1, o.id.value);
            if (exists.step())
                throw Conflict(u"An order with id %1 already exists."_qs.arg(o.id.value));
        }
        auto st = c.prepare(
            "INSERT INTO orders(id, number, channel, store_id, customer_id, placed_by, status, "
            "fulfillment_type, "
            "location_id, promo_code, total, paid_total, refunded_total, currency, offline, "
            "reservation_expires_at, "
            "created_at, updated_at, json, register_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, "
            "?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET status = excluded.status, paid_total = excluded.paid_total, "
            "refunded_total = excluded.refunded_total, reservation_expires_at = "
            "excluded.reservation_expires_at, "
            "updated_at = excluded.updated_at, json = excluded.json, version = orders.version + 1");
        st.bind(1, o.id.value)
            .bind(2, o.number)
            .bind(3, o.channel)
            .bindOptional(4, o.storeId.value)
            .bindOptional(5, o.customerId.value)
            .bind(6, record.placedBy.value)
            .bind(7, o.status)
            .bind(8, o.fulfillment.type)
            .bindOptional(9, o.fulfillment.locationId.value)
            .bindOptional(10, o.promoCode)
            .bind(11, o.totals.total.amount)
            .bind(12, o.paidTotal.amount)
            .bind(13, o.refundedTotal.amount)
            .bind(14, o.totals.total.currency)
            .bind(15, qint64(o.offline));
        if (o.reservationExpiresAt.isValid())
            st.bind(16, o.reservationExpiresAt.toMSecsSinceEpoch());
        else
            st.bind(16, nullptr);
        st.bind(17, toRfc3339(o.createdAt)).bind(18, toRfc3339(o.updatedAt)).bind(19, std::string_view(json));
        st.bindOptional(20, record.registerId.value);
        st.exec();
        if (isNew) {
            for (qsizetype i = 0; i < o.lines.size(); ++i) {
                const OrderLine& l = o.lines[i];
                c.prepare("INSERT INTO order_lines(order_id, position, sku, name, quantity, unit_price, "
                          "tax_rate_bp, "
                          "line_total, discount, tax) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(1, o.id.value)
                    .bind(2, qint64(i))
                    .bind(3, l.sku)
                    .bind(4, l.name)
                    .bind(5, l.quantity)
                    .bind(6, l.unitPrice.amount)
                    .bind(7, l.taxRateBp)
                    .bind(8, l.lineTotal.amount)
                    .bind(9, record.lineDiscounts.value(i))
                    .bind(10, record.lineTaxes.value(i))
                    .exec();
            }
        }
        journalOrderTransition(record, before);
        appendChange(u"order"_qs, o.id.value, ChangeOp::Upsert, json, o.storeId.value, o.customerId.value,
                     record.placedBy.value);
        record.version = isNew ? 0 : record.version + 1;
    });
}

std::optional<OrderRecord> SqlStore::order(const OrderId& id)
{
    auto st = conn().prepare("SELECT json, placed_by, version, register_id FROM orders WHERE id = ?");
    st.bind(1, id.value);
    if (!st.step())
        return std::nullopt;
    OrderRecord record;
    record.order = orderFromJson(QJsonDocument::fromJson(st.blob(0)).object());
    record.placedBy.value = st.text(1);
    record.version = st.int64(2);
    record.registerId.value = st.isNull(3) ? QString() : st.text(3);
    auto lines = conn().prepare("SELECT discount, tax FROM order_lines WHERE order_id = ? ORDER BY position");
    lines.bind(1, id.value);
    while (lines.step()) {
        record.lineDiscounts.append(lines.int64(0));
        record.lineTaxes.append(lines.int64(1));
    }
    return record;
}

std::optional<qint64> SqlStore::orderVersion(const OrderId& id)
{
    auto st = conn().prepare("SELECT version FROM orders WHERE id = ?");
    st.bind(1, id.value);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

Page<Order> SqlStore::orders(const OrderQuery& q)
{
    QString afterCreated, afterId;
    if (!q.cursor.isEmpty()) {
        const QJsonArray c = decodeCursor(q.cursor, u"o"_qs, 3);
        afterCreated = c[1].toString();
        afterId = c[2].toString();
    }
    auto st = conn().prepare(
        "SELECT json, created_at, id FROM orders "
        "WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR store_id = ?2 OR location_id = ?2) "
        "AND (?3 IS NULL OR customer_id = ?3) AND (?4 IS NULL OR placed_by = ?4) "
        "AND (?5 IS NULL OR created_at < ?5 OR (created_at = ?5 AND id < ?6)) "
        "ORDER BY created_at DESC, id DESC LIMIT ?7");
    st.bindOptional(1, q.status)
        .bindOptional(2, q.store.value)
        .bindOptional(3, q.customer.value)
        .bindOptional(4, q.placedBy.value)
        .bindOptional(5, afterCreated)
        .bind(6, afterId)
        .bind(7, qint64(q.limit + 1));
    Page<Order> page;
    QString lastCreated, lastId;
    while (st.step()) {
        if (page.items.size() == q.limit) {
            page.nextCursor = encodeCursor({u"o"_qs, lastCreated, lastId});
            break;
        }
        page.items.append(orderFromJson(QJsonDocument::fromJson(st.blob(0)).object()));
        lastCreated = st.text(1);
        lastId = st.text(2);
    }
    return page;
}

QList<OrderId> SqlStore::expiredOrders(const QDateTime& now, int limit)
{
    auto st = conn().prepare("SELECT id FROM orders WHERE status = 'pending_payment' "
                             "AND reservation_expires_at IS NOT NULL AND reservation_expires_at < ? LIMIT ?");
    st.bind(1, now.toMSecsSinceEpoch()).bind(2, qint64(limit));
    QList<OrderId> out;
    while (st.step())
        out.append(OrderId{st.text(0)});
    return out;
}

} // namespace comptoir::server
