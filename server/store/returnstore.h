#pragma once
// Storage of returns: goods an order's customer brings back to a store, with the refunds they
// were given and what each line's quantity was, so what is left to return is a sum per SKU.

#include "comptoir/domain.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>
#include <string>

namespace comptoir::server {

struct ReturnLine {
    QString sku;
    QString name;
    qint64 quantity = 0;
    qint64 refund = 0; // this line's part of the return's refund
    int taxRateBp = 0;
    qint64 tax = 0; // the VAT in `refund`
};

struct ReturnRecord {
    QString id;
    OrderId orderId;
    LocationId storeId;      // the taker's store: where the goods came back
    LocationId orderStoreId; // the order's own store: its staff see the return too
    UserId customerId;       // the order's customer, when it has one
    UserId takenBy;
    bool restock = false;
    QString reason;
    QString refundMethod; // "original" or "cash"
    QString cashSessionId;
    Money refundTotal;
    QList<ReturnLine> lines;
    QDateTime createdAt;
    // The return as the API shows it (with its refunds), encoded once when it is saved.
    std::string json;
};

class ReturnStore {
public:
    virtual ~ReturnStore() = default;

    // What the order's returns took back so far, by SKU.
    [[nodiscard]] virtual QHash<QString, qint64> returnedQuantities(const OrderId& order) = 0;
    // Writes a new return, its lines and its change, scoped to the taker's store, the order's
    // store and the order's customer.
    virtual void saveReturn(const ReturnRecord& record) = 0;
    // The order's returns, oldest first, as the API shows them.
    [[nodiscard]] virtual QList<ReturnRecord> returns(const OrderId& order) = 0;
    // Puts `quantity` of `sku` back on hand at `location`: a movement of cause and reason
    // "return" naming the return.
    virtual StockLevel restock(const QString& sku, const LocationId& location, qint64 quantity,
                               const QString& returnId, const QString& actor) = 0;
};

} // namespace comptoir::server
