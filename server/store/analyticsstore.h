#pragma once
// Storage of the shoppers' analytics events (API.md "Analytics") and the funnel read from them:
// an append-only table written in batches, and aggregates over it joined to the paid orders
// that carry a session id.

#include "comptoir/domain.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir::server {

struct AnalyticsEvent {
    QString sessionId;
    QString channel; // kiosk, web
    QString type;    // view_product, add_to_cart, begin_checkout
    QString productId;
    QString sku;
    QDateTime at;
};

struct FunnelQuery {
    QDateTime from;  // inclusive
    QDateTime to;    // exclusive
    QString channel; // empty: every channel
};

// Raw counts; the rates are the domain's arithmetic on them.
struct FunnelCounts {
    qint64 sessions = 0;
    qint64 productViews = 0;
    qint64 carts = 0;        // sessions with an add_to_cart
    qint64 checkouts = 0;    // sessions with a begin_checkout
    qint64 orders = 0;       // sessions with a paid order carrying their id
    qint64 cartsOrdered = 0; // sessions with an add_to_cart and a paid order
};

class AnalyticsStore {
public:
    virtual ~AnalyticsStore() = default;

    // Appends every event in one transaction: all of them are stored or none.
    virtual void appendEvents(const QList<AnalyticsEvent>& events) = 0;
    // Keeps the shopper's analytics session on an order; joins the caller's transaction.
    virtual void setOrderSession(const OrderId& order, const QString& sessionId) = 0;
    [[nodiscard]] virtual FunnelCounts funnel(const FunnelQuery& query) = 0;
};

} // namespace comptoir::server
