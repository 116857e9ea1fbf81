#pragma once
// The pieces of request bodies the order and payment suites build again and again: money in
// euros, an Idempotency-Key header, a fulfilment at a store, and reading a stock level back.

#include "httpclient.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <string>

namespace comptoir::test {

// A money object of the demo store's currency, `amount` in cents.
[[nodiscard]] QJsonObject eur(qint64 amount);
// The cents of a money object.
[[nodiscard]] qint64 amountOf(const QJsonValue& money);
[[nodiscard]] httplib::Headers idempotencyKey(const std::string& key);

// "/api/v1/orders/<id>"
[[nodiscard]] std::string orderPath(const QString& id);
// An entity's "id".
[[nodiscard]] QString idOf(const QJsonObject& entity);
// The cents of an order's totals.total.
[[nodiscard]] qint64 totalOf(const QJsonObject& order);

[[nodiscard]] QJsonObject carryOutAt(const QString& location);
[[nodiscard]] QJsonObject pickupAt(const QString& location);

// The inventory level of `sku` at `location` as GET /inventory serves it; empty when none.
[[nodiscard]] QJsonObject stockLevel(HttpClient& c, const QString& sku, const QString& location);

// GET /orders/{id} as `token` sees it; empty when it is not 200.
[[nodiscard]] QJsonObject orderOnServer(HttpClient& c, const QString& id, const std::string& token);

// An order placed and paid whole by the test card 4242 4242 4242 4242: its id, its payment's id
// and total, and the two answers' statuses (201 each when it went through).
struct PaidByCard {
    QString orderId;
    QString paymentId;
    qint64 total = 0;
    int orderStatus = 0;
    int paymentStatus = 0;
};
// POST /orders with `orderBody` as `token`, a card token, and the payment; `nextKey` gives each
// request that needs one its own Idempotency-Key.
PaidByCard placeAndPayByCard(HttpClient& c, const QJsonObject& orderBody, const std::string& token,
                             const std::function<httplib::Headers()>& nextKey);

} // namespace comptoir::test
