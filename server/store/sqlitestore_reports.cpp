// SqliteStore: the managers' reports, computed from orders and stock.
#include "store/sqlitestore.h"

#include "comptoir/codecs.h"

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

QJsonArray SqliteStore::topProducts(const ReportRange& range, int limit)
{
    auto st = conn().prepare(
        std::string("SELECT l.sku, MAX(l.name), SUM(l.quantity), SUM(l.line_total - l.discount), "
                    "MAX(o.currency), COUNT(DISTINCT o.id) FROM order_lines l "
                    "JOIN orders o ON o.id = l.order_id WHERE o.status IN ") +
        kSoldStatuses +
        " AND o.created_at >= ? AND o.created_at < ? GROUP BY l.sku "
        "ORDER BY 4 DESC, l.sku LIMIT ?");
    st.bind(1, toRfc3339(range.from)).bind(2, toRfc3339(range.to)).bind(3, qint64(limit));
    QJsonArray out;
    while (st.step())
        out.append(QJsonObject{{u"sku"_qs, st.text(0)},
                               {u"name"_qs, st.text(1)},
                               {u"quantity"_qs, double(st.int64(2))},
                               {u"revenue"_qs, toJson(Money{st.int64(3), st.text(4)})},
                               {u"orders"_qs, double(st.int64(5))}});
    return out;
}

QList<StockLevel> SqliteStore::lowStock(const LocationId& location, qint64 threshold, int limit)
{
    auto st = conn().prepare("SELECT sku, location_id, on_hand, reserved FROM stock "
                             "WHERE (?1 IS NULL OR location_id = ?1) AND on_hand - reserved <= ?2 "
                             "ORDER BY on_hand - reserved, sku, location_id LIMIT ?3");
    st.bindOptional(1, location.value).bind(2, threshold).bind(3, qint64(limit));
    QList<StockLevel> out;
    while (st.step())
        out.append(StockLevel{st.text(0), LocationId{st.text(1)}, st.int64(2), st.int64(3)});
    return out;
}

} // namespace comptoir::server
