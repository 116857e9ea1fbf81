// SqlStore: returns, their lines, and the stock they put back on hand.
#include "store/sqlstore.h"

#include "comptoir/codecs.h"

namespace comptoir::server {

QHash<QString, qint64> SqlStore::returnedQuantities(const OrderId& order)
{
    auto st = conn().prepare("SELECT sku, SUM(quantity) FROM return_lines WHERE order_id = ? GROUP BY sku");
    st.bind(1, order.value);
    QHash<QString, qint64> out;
    while (st.step())
        out.insert(st.text(0), st.int64(1));
    return out;
}

void SqlStore::saveReturn(const ReturnRecord& r)
{
    transaction([&] {
        sql::Connection& c = conn();
        c.prepare("INSERT INTO returns(id, order_id, store_id, taken_by, restock, reason, refund_method, "
                  "cash_session_id, refund_total, currency, created_at, json) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, r.id)
            .bind(2, r.orderId.value)
            .bind(3, r.storeId.value)
            .bind(4, r.takenBy.value)
            .bind(5, qint64(r.restock))
            .bindOptional(6, r.reason)
            .bind(7, r.refundMethod)
            .bindOptional(8, r.cashSessionId)
            .bind(9, r.refundTotal.amount)
            .bind(10, r.refundTotal.currency)
            .bind(11, toRfc3339(r.createdAt))
            .bind(12, std::string_view(r.json))
            .exec();
        for (const ReturnLine& l : r.lines)
            c.prepare(
                 "INSERT INTO return_lines(return_id, order_id, sku, quantity, refund, tax_rate_bp, tax) "
                 "VALUES(?, ?, ?, ?, ?, ?, ?)")
                .bind(1, r.id)
                .bind(2, r.orderId.value)
                .bind(3, l.sku)
                .bind(4, l.quantity)
                .bind(5, l.refund)
                .bind(6, l.taxRateBp)
                .bind(7, l.tax)
                .exec();
        appendChange(u"return"_qs, r.id, ChangeOp::Upsert, r.json, r.storeId.value, r.customerId.value, {},
                     r.orderStoreId.value);
    });
}

QList<ReturnRecord> SqlStore::returns(const OrderId& order)
{
    auto st =
        conn().prepare("SELECT id, store_id, taken_by, json FROM returns WHERE order_id = ? ORDER BY rid");
    st.bind(1, order.value);
    QList<ReturnRecord> out;
    while (st.step()) {
        ReturnRecord r;
        r.id = st.text(0);
        r.orderId = order;
        r.storeId.value = st.text(1);
        r.takenBy.value = st.text(2);
        r.json = std::string(st.textView(3));
        out.append(std::move(r));
    }
    return out;
}

StockLevel SqlStore::restock(const QString& sku, const LocationId& location, qint64 quantity,
                             const QString& returnId, const QString& actor)
{
    StockLevel level;
    transaction([&] {
        level = applyStockDelta(sku, location, quantity, 0, u"return"_qs, returnId, u"return"_qs, actor);
    });
    return level;
}

} // namespace comptoir::server
