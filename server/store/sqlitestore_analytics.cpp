// SqlStore: the shoppers' analytics events and the funnel computed from them.
#include "store/sqlstore.h"

namespace comptoir::server {

void SqlStore::appendEvents(const QList<AnalyticsEvent>& events)
{
    const qint64 receivedMs = QDateTime::currentMSecsSinceEpoch();
    transaction([&] {
        for (const AnalyticsEvent& e : events)
            conn()
                .prepare("INSERT INTO analytics_events(session_id, channel, type, product_id, sku, at_ms, "
                         "received_ms) VALUES(?, ?, ?, ?, ?, ?, ?)")
                .bind(1, e.sessionId)
                .bind(2, e.channel)
                .bind(3, e.type)
                .bindOptional(4, e.productId)
                .bindOptional(5, e.sku)
                .bind(6, e.at.toMSecsSinceEpoch())
                .bind(7, receivedMs)
                .exec();
    });
}

void SqlStore::setOrderSession(const OrderId& order, const QString& sessionId)
{
    transaction([&] {
        conn()
            .prepare("UPDATE orders SET session_id = ? WHERE id = ?")
            .bindOptional(1, sessionId)
            .bind(2, order.value)
            .exec();
    });
}

FunnelCounts SqlStore::funnel(const FunnelQuery& q)
{
    // One pass over the window's events in the covering index, one row per session; a session's
    // paid order is looked up once per session through orders_by_session. "Paid" is paid and
    // beyond, as the sales report counts it; an order cancelled (and refunded) afterwards no
    // longer counts. The order itself may fall outside the window: the session's id is the link.
    auto st = conn().prepare(
        "WITH s AS ("
        "  SELECT session_id, SUM(CASE WHEN type = 'view_product' THEN 1 ELSE 0 END) AS views, "
        "         MAX(CASE WHEN type = 'add_to_cart' THEN 1 ELSE 0 END) AS carted, "
        "         MAX(CASE WHEN type = 'begin_checkout' THEN 1 ELSE 0 END) AS checked "
        "  FROM analytics_events WHERE at_ms >= ?1 AND at_ms < ?2 AND (?3 IS NULL OR channel = ?3) "
        "  GROUP BY session_id), "
        "p AS (SELECT views, carted, checked, CASE WHEN EXISTS(SELECT 1 FROM orders o WHERE o.session_id = "
        "s.session_id "
        "      AND o.status IN ('paid', 'ready_for_pickup', 'shipped', 'completed')) THEN 1 ELSE 0 END AS "
        "paid "
        "FROM s) "
        "SELECT COUNT(*), TOTAL(views), TOTAL(carted), TOTAL(checked), TOTAL(paid), TOTAL(carted * paid) "
        "FROM p");
    st.bind(1, q.from.toMSecsSinceEpoch()).bind(2, q.to.toMSecsSinceEpoch()).bindOptional(3, q.channel);
    FunnelCounts counts;
    if (st.step()) {
        counts.sessions = st.int64(0);
        counts.productViews = qint64(st.real(1));
        counts.carts = qint64(st.real(2));
        counts.checkouts = qint64(st.real(3));
        counts.orders = qint64(st.real(4));
        counts.cartsOrdered = qint64(st.real(5));
    }
    return counts;
}

} // namespace comptoir::server
