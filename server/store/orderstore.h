#pragma once
// Storage of orders, their numbers and the sales reports read from them.

#include "comptoir/domain.h"
#include "store/page.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>
#include <string>

namespace comptoir::server {

// An order with what the server keeps beside its wire shape.
struct OrderRecord {
    Order order;
    UserId placedBy;             // the customer, device or staff member who placed it
    UserId registerId;           // the till it was placed at (a PIN sign-in); empty when none
    QList<qint64> lineDiscounts; // the share of the order discount on each line
    QList<qint64> lineTaxes;     // VAT contained in each line after its discount
    // The order as saveOrder last wrote it, encoded as the API shows it: the answer reuses the
    // bytes the write transaction produced instead of encoding the order a second time.
    std::string json;
    qint64 version = 0; // of the stored row: every saveOrder adds one
};

struct OrderQuery {
    QString status;
    LocationId store;
    UserId customer;
    UserId placedBy;
    int limit = 50;
    QString cursor;
};

struct ReportRange {
    QDateTime from;
    QDateTime to;
};

class OrderStore {
public:
    virtual ~OrderStore() = default;

    virtual QString nextOrderNumber(const QString& prefix) = 0;
    // Writes the order, its lines (new orders) and its change; sets record.json.
    virtual void saveOrder(OrderRecord& record, bool isNew) = 0;
    // The stored order's version (OrderRecord::version), without reading the order.
    virtual std::optional<qint64> orderVersion(const OrderId& id) = 0;
    [[nodiscard]] virtual std::optional<OrderRecord> order(const OrderId& id) = 0;
    [[nodiscard]] virtual Page<Order> orders(const OrderQuery& query) = 0;
    [[nodiscard]] virtual QList<OrderId> expiredOrders(const QDateTime& now, int limit) = 0;

    // Reports (managers).
    [[nodiscard]] virtual QJsonArray salesReport(const ReportRange& range, const QString& groupBy) = 0;
    // Pages of at most `limit`, after `cursor` (from the previous page's nextCursor; empty: first).
    [[nodiscard]] virtual Page<QJsonObject> topProducts(const ReportRange& range, int limit,
                                                        const QString& cursor) = 0;
};

} // namespace comptoir::server
