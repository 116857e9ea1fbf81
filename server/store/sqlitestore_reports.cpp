// SqlStore: the managers' reports, computed from orders and stock.
#include "store/sqlstore.h"

#include "comptoir/codecs.h"
#include "store/cursor.h"

#include <QJsonObject>

namespace comptoir::server {

namespace {
// Orders that count as sales: paid and beyond, never pending or cancelled. The reports write
// `(o.status || '') IN …`: an expression keeps SQLite from reading the status index
// (orders_expiring), which holds nearly every order under these statuses; the window on
// created_at is what is narrow (orders_by_created). With a year of 1,000 orders a day, today's
// report read 350,000 index entries that way (0.2 s) instead of today's (4 ms);
// docs/performance.md. (PostgreSQL reads it the same; a unary plus on text it would refuse.)
constexpr const char* kSoldStatuses = "('paid', 'ready_for_pickup', 'shipped', 'completed')";
} // namespace

namespace {

// What every group row carries beside its own figures (issue 16): the order count, the average
// basket (total ÷ orders, to the nearest cent, halves away from zero) and items per basket.
void addBasketFigures(QJsonObject& row, qint64 orders, qint64 total, qint64 items, const QString& currency)
{
    const qint64 average = orders == 0 ? 0
                                       : (total >= 0 ? (2 * total + orders) / (2 * orders)
                                                     : -((-2 * total + orders) / (2 * orders)));
    row.insert(u"orders"_qs, double(orders));
    row.insert(u"items"_qs, double(items));
    row.insert(u"average_basket"_qs, toJson(Money{average, currency}));
    row.insert(u"items_per_basket"_qs, orders == 0 ? 0.0 : double(items) / double(orders));
}

QJsonValue labelOrNull(const sql::Statement& st, int column)
{
    return st.isNull(column) ? QJsonValue() : QJsonValue(st.text(column));
}

} // namespace

QJsonArray SqlStore::salesReport(const ReportRange& range, const QString& groupBy)
{
    if (groupBy == u"payment_method")
        return salesByPaymentMethod(range);
    if (groupBy == u"category")
        return salesByCategory(range);
    // One row per order first (its key, label and item count), then the groups over them.
    std::string key = "substr(o.created_at, 1, 10)";
    std::string label = "NULL";
    if (groupBy == u"store") {
        key = "COALESCE(o.store_id, '')";
        label = "(SELECT name FROM locations WHERE id = o.store_id)";
    } else if (groupBy == u"channel") {
        key = "o.channel";
    } else if (groupBy == u"hour") {
        key = "substr(o.created_at, 1, 13) || ':00:00.000Z'";
    } else if (groupBy == u"staff") {
        // Sales made by a person at the counter; self-service (kiosk, web) is the empty key.
        key = "CASE WHEN (SELECT role FROM users WHERE id = o.placed_by) IN ('staff', 'manager', 'admin') "
              "THEN o.placed_by ELSE '' END";
        label = "(SELECT name FROM users WHERE id = o.placed_by AND role IN ('staff', 'manager', 'admin'))";
    }
    auto st = conn().prepare(
        "WITH sold AS (SELECT " + key + " AS k, " + label +
        " AS label, o.total, o.refunded_total, o.currency, "
        "CAST(json_extract(o.json, '$.totals.subtotal.amount') AS BIGINT) AS subtotal, "
        "CAST(json_extract(o.json, '$.totals.discount.amount') AS BIGINT) AS discount, "
        "CAST(json_extract(o.json, '$.totals.tax.amount') AS BIGINT) AS tax, "
        "(SELECT SUM(quantity) FROM order_lines WHERE order_id = o.id) AS items FROM orders o "
        "WHERE (o.status || '') IN " +
        kSoldStatuses +
        " AND o.created_at >= ? AND o.created_at < ?) "
        "SELECT k, COUNT(*), SUM(subtotal), SUM(discount), SUM(tax), SUM(total), SUM(refunded_total), "
        "MAX(currency), SUM(items), MAX(label) FROM sold GROUP BY k ORDER BY k");
    st.bind(1, toRfc3339(range.from)).bind(2, toRfc3339(range.to));
    QJsonArray out;
    while (st.step()) {
        const QString currency = st.text(7);
        QJsonObject row{{u"key"_qs, st.text(0)},
                        {u"label"_qs, labelOrNull(st, 9)},
                        {u"subtotal"_qs, toJson(Money{st.int64(2), currency})},
                        {u"discount"_qs, toJson(Money{st.int64(3), currency})},
                        {u"tax"_qs, toJson(Money{st.int64(4), currency})},
                        {u"total"_qs, toJson(Money{st.int64(5), currency})},
                        {u"refunded"_qs, toJson(Money{st.int64(6), currency})},
                        {u"net"_qs, toJson(Money{st.int64(5) - st.int64(6), currency})}};
        addBasketFigures(row, st.int64(1), st.int64(5), st.int64(8), currency);
        out.append(row);
    }
    return out;
}

QJsonArray SqlStore::salesByPaymentMethod(const ReportRange& range)
{
    // What each method took on the sold orders: an order paid in two methods counts in both,
    // with the part each took (its basket figures are over the orders it took part in).
    auto st = conn().prepare(
        std::string("WITH taken AS (SELECT p.method AS k, o.id AS oid, SUM(p.amount) AS amount, "
                    "SUM(p.refunded) AS refunded, MAX(o.currency) AS currency FROM payments p "
                    "JOIN orders o ON o.id = p.order_id WHERE (o.status || '') IN ") +
        kSoldStatuses +
        " AND p.status IN ('captured', 'partially_refunded', 'refunded') "
        "AND o.created_at >= ? AND o.created_at < ? GROUP BY p.method, o.id) "
        "SELECT k, COUNT(*), SUM(amount), SUM(refunded), MAX(currency), "
        "SUM((SELECT SUM(quantity) FROM order_lines WHERE order_id = taken.oid)) "
        "FROM taken GROUP BY k ORDER BY k");
    st.bind(1, toRfc3339(range.from)).bind(2, toRfc3339(range.to));
    QJsonArray out;
    while (st.step()) {
        const QString currency = st.text(4);
        QJsonObject row{{u"key"_qs, st.text(0)},
                        {u"label"_qs, QJsonValue()},
                        {u"total"_qs, toJson(Money{st.int64(2), currency})},
                        {u"refunded"_qs, toJson(Money{st.int64(3), currency})},
                        {u"net"_qs, toJson(Money{st.int64(2) - st.int64(3), currency})}};
        addBasketFigures(row, st.int64(1), st.int64(2), st.int64(5), currency);
        out.append(row);
    }
    return out;
}

QJsonArray SqlStore::salesByCategory(const ReportRange& range)
{
    // By the category of each line's product (its top-level category is the client's to fold):
    // the lines' totals before and after their share of the order's discounts.
    auto st = conn().prepare(
        std::string("SELECT COALESCE(p.category_id, '') AS k, MAX(c.name), COUNT(DISTINCT o.id), "
                    "SUM(l.line_total), SUM(l.discount), SUM(l.tax), SUM(l.quantity), MAX(o.currency) "
                    "FROM order_lines l JOIN orders o ON o.id = l.order_id "
                    "LEFT JOIN variants v ON v.sku = l.sku LEFT JOIN products p ON p.id = v.product_id "
                    "LEFT JOIN categories c ON c.id = p.category_id WHERE (o.status || '') IN ") +
        kSoldStatuses + " AND o.created_at >= ? AND o.created_at < ? GROUP BY k ORDER BY k");
    st.bind(1, toRfc3339(range.from)).bind(2, toRfc3339(range.to));
    QJsonArray out;
    while (st.step()) {
        const QString currency = st.text(7);
        const qint64 total = st.int64(3) - st.int64(4);
        QJsonObject row{{u"key"_qs, st.text(0)},
                        {u"label"_qs, labelOrNull(st, 1)},
                        {u"subtotal"_qs, toJson(Money{st.int64(3), currency})},
                        {u"discount"_qs, toJson(Money{st.int64(4), currency})},
                        {u"tax"_qs, toJson(Money{st.int64(5), currency})},
                        {u"total"_qs, toJson(Money{total, currency})}};
        addBasketFigures(row, st.int64(2), total, st.int64(6), currency);
        out.append(row);
    }
    return out;
}

Page<QJsonObject> SqlStore::topProducts(const ReportRange& range, int limit, const QString& cursor)
{
    // By revenue, then SKU: the cursor is the last row's (revenue, sku), so pages never overlap.
    std::optional<qint64> afterRevenue;
    QString afterSku;
    if (!cursor.isEmpty()) {
        const QJsonArray c = decodeCursor(cursor, u"tp"_qs, 3);
        afterRevenue = c[1].toInteger();
        afterSku = c[2].toString();
    }
    auto st = conn().prepare(
        std::string("SELECT l.sku, MAX(l.name), SUM(l.quantity), SUM(l.line_total - l.discount) AS revenue, "
                    "MAX(o.currency), COUNT(DISTINCT o.id) FROM order_lines l "
                    "JOIN orders o ON o.id = l.order_id WHERE (o.status || '') IN ") +
        kSoldStatuses +
        " AND o.created_at >= ?1 AND o.created_at < ?2 GROUP BY l.sku "
        "HAVING ?3 IS NULL OR SUM(l.line_total - l.discount) < ?3 "
        "OR (SUM(l.line_total - l.discount) = ?3 AND l.sku > ?4) "
        "ORDER BY revenue DESC, l.sku LIMIT ?5");
    st.bind(1, toRfc3339(range.from)).bind(2, toRfc3339(range.to));
    afterRevenue ? st.bind(3, *afterRevenue) : st.bind(3, nullptr);
    st.bind(4, afterSku);
    st.bind(5, qint64(limit) + 1);
    Page<QJsonObject> page;
    qint64 lastRevenue = 0;
    while (st.step()) {
        if (page.items.size() == limit) {
            page.nextCursor =
                encodeCursor({u"tp"_qs, double(lastRevenue), page.items.last().value(u"sku"_qs)});
            break;
        }
        lastRevenue = st.int64(3);
        page.items.append(QJsonObject{{u"sku"_qs, st.text(0)},
                                      {u"name"_qs, st.text(1)},
                                      {u"quantity"_qs, double(st.int64(2))},
                                      {u"revenue"_qs, toJson(Money{lastRevenue, st.text(4)})},
                                      {u"orders"_qs, double(st.int64(5))}});
    }
    return page;
}

Page<StockLevel> SqlStore::lowStock(const LocationId& location, qint64 threshold, int limit,
                                    const QString& cursor)
{
    // Least available first; the cursor is the last row's (available, sku, location).
    std::optional<qint64> afterAvailable;
    QString afterSku, afterLocation;
    if (!cursor.isEmpty()) {
        const QJsonArray c = decodeCursor(cursor, u"ls"_qs, 4);
        afterAvailable = c[1].toInteger();
        afterSku = c[2].toString();
        afterLocation = c[3].toString();
    }
    auto st = conn().prepare("SELECT sku, location_id, on_hand, reserved FROM stock "
                             "WHERE (?1 IS NULL OR location_id = ?1) AND on_hand - reserved <= ?2 "
                             "AND (?3 IS NULL OR (on_hand - reserved, sku, location_id) > (?3, ?4, ?5)) "
                             "ORDER BY on_hand - reserved, sku, location_id LIMIT ?6");
    st.bindOptional(1, location.value).bind(2, threshold);
    afterAvailable ? st.bind(3, *afterAvailable) : st.bind(3, nullptr);
    st.bind(4, afterSku).bind(5, afterLocation).bind(6, qint64(limit) + 1);
    Page<StockLevel> page;
    while (st.step()) {
        if (page.items.size() == limit) {
            const StockLevel& last = page.items.last();
            page.nextCursor =
                encodeCursor({u"ls"_qs, double(last.available()), last.sku, last.locationId.value});
            break;
        }
        page.items.append(StockLevel{st.text(0), LocationId{st.text(1)}, st.int64(2), st.int64(3)});
    }
    return page;
}

} // namespace comptoir::server
