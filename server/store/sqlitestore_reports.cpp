// SqliteStore: the managers' reports, computed from orders and stock.
#include "store/sqlitestore.h"

#include "comptoir/codecs.h"
#include "store/cursor.h"

#include <QJsonObject>

namespace comptoir::server {

namespace {
// Orders that count as sales: paid and beyond, never pending or cancelled.
constexpr const char* kSoldStatuses = "('paid', 'ready_for_pickup', 'shipped', 'completed')";
} // namespace

QJsonArray SqliteStore::salesReport(const ReportRange& range, const QString& groupBy)
{
    std::string key = "substr(o.created_at, 1, 10)";
    if (groupBy == u"store")
        key = "COALESCE(o.store_id, '')";
    else if (groupBy == u"channel")
        key = "o.channel";
    auto st = conn().prepare(
        "SELECT " + key +
        " AS k, COUNT(*), SUM(json_extract(o.json, '$.totals.subtotal.amount')), "
        "SUM(json_extract(o.json, '$.totals.discount.amount')), SUM(json_extract(o.json, "
        "'$.totals.tax.amount')), "
        "SUM(o.total), SUM(o.refunded_total), MAX(o.currency) FROM orders o WHERE o.status IN " +
        kSoldStatuses + " AND o.created_at >= ? AND o.created_at < ? GROUP BY k ORDER BY k");
    st.bind(1, toRfc3339(range.from)).bind(2, toRfc3339(range.to));
    QJsonArray out;
    while (st.step()) {
        const QString currency = st.text(7);
        out.append(QJsonObject{{u"key"_qs, st.text(0)},
                               {u"orders"_qs, double(st.int64(1))},
                               {u"subtotal"_qs, toJson(Money{st.int64(2), currency})},
                               {u"discount"_qs, toJson(Money{st.int64(3), currency})},
                               {u"tax"_qs, toJson(Money{st.int64(4), currency})},
                               {u"total"_qs, toJson(Money{st.int64(5), currency})},
                               {u"refunded"_qs, toJson(Money{st.int64(6), currency})},
                               {u"net"_qs, toJson(Money{st.int64(5) - st.int64(6), currency})}});
    }
    return out;
}

Page<QJsonObject> SqliteStore::topProducts(const ReportRange& range, int limit, const QString& cursor)
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
                    "JOIN orders o ON o.id = l.order_id WHERE o.status IN ") +
        kSoldStatuses +
        " AND o.created_at >= ?1 AND o.created_at < ?2 GROUP BY l.sku "
        "HAVING ?3 IS NULL OR revenue < ?3 OR (revenue = ?3 AND l.sku > ?4) "
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

Page<StockLevel> SqliteStore::lowStock(const LocationId& location, qint64 threshold, int limit,
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
