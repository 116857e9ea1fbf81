#include "orderbodies.h"

#include <QDate>

namespace comptoir::test {

QJsonObject eur(qint64 amount)
{
    return {{u"amount"_qs, double(amount)}, {u"currency"_qs, u"EUR"_qs}};
}

qint64 amountOf(const QJsonValue& money)
{
    return money.toObject().value(u"amount"_qs).toInteger();
}

httplib::Headers idempotencyKey(const std::string& key)
{
    return {{"Idempotency-Key", key}};
}

std::string orderPath(const QString& id)
{
    return "/api/v1/orders/" + id.toStdString();
}

QString idOf(const QJsonObject& entity)
{
    return entity.value(u"id"_qs).toString();
}

qint64 totalOf(const QJsonObject& order)
{
    return amountOf(order.value(u"totals"_qs).toObject().value(u"total"_qs));
}

QJsonObject carryOutAt(const QString& location)
{
    return {{u"type"_qs, u"carry_out"_qs}, {u"location_id"_qs, location}};
}

QJsonObject pickupAt(const QString& location)
{
    return {{u"type"_qs, u"pickup"_qs}, {u"location_id"_qs, location}};
}

QJsonObject stockLevel(HttpClient& c, const QString& sku, const QString& location)
{
    const Reply r =
        c.get("/api/v1/inventory?sku=" + urlEncode(sku) + "&location_id=" + location.toStdString());
    return r.items().isEmpty() ? QJsonObject() : r.items().first().toObject();
}

QJsonObject orderOnServer(HttpClient& c, const QString& id, const std::string& token)
{
    const Reply r = c.get(orderPath(id), token);
    return r.status == 200 ? r.json() : QJsonObject();
}

PaidByCard placeAndPayByCard(HttpClient& c, const QJsonObject& orderBody, const std::string& token,
                             const std::function<httplib::Headers()>& nextKey)
{
    PaidByCard paid;
    const Reply order = c.post("/api/v1/orders", orderBody, token, nextKey());
    paid.orderStatus = order.status;
    paid.orderId = idOf(order.json());
    paid.total = totalOf(order.json());
    const Reply card = c.post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                                          {u"exp_month"_qs, 12},
                                                          {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                                          {u"cvc"_qs, u"123"_qs}});
    const Reply payment =
        c.post(orderPath(paid.orderId) + "/payments",
               {{u"method"_qs, u"card"_qs}, {u"token"_qs, card.json().value(u"token"_qs)}}, token, nextKey());
    paid.paymentStatus = payment.status;
    paid.paymentId = payment.json().value(u"id"_qs).toString();
    return paid;
}

} // namespace comptoir::test
