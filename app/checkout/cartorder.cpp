#include "app/checkout/cartorder.h"

#include "app/cart/cart.h"
#include "comptoir/ids.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::app {

QByteArray CartOrder::bodyBytes() const
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray CartOrder::localBytes() const
{
    return QJsonDocument(local).toJson(QJsonDocument::Compact);
}

namespace {

// {"percent": 10} or {"amount": Money}, as API.md "Counter sales: staff discounts" takes it.
QJsonObject discountJson(const Discount& discount, const QString& currency)
{
    if (discount.percent)
        return {{u"percent"_qs, *discount.percent}};
    return {
        {u"amount"_qs, QJsonObject{{u"amount"_qs, discount.amount.value_or(0)}, {u"currency"_qs, currency}}}};
}

} // namespace

CartOrder cartOrder(const Cart& cart, const CartOrderOptions& options)
{
    const StaffDiscounts& discounts = cart.staffDiscounts();
    QJsonArray lines;
    for (const CartItem& item : cart.items()) {
        QJsonObject line{{u"sku"_qs, item.sku}, {u"quantity"_qs, item.quantity}};
        if (const auto discount = discounts.line(item.sku))
            line.insert(u"discount"_qs, discountJson(*discount, options.currency));
        lines.append(line);
    }
    CartOrder order;
    order.id = newId(u"ord"_qs);
    order.body = QJsonObject{
        {u"id"_qs, order.id},
        {u"channel"_qs, orders::wireName(options.channel)},
        {u"lines"_qs, lines},
        {u"fulfillment"_qs, QJsonObject{{u"type"_qs, orders::wireName(options.fulfillment)},
                                        {u"location_id"_qs, options.locationId}}},
    };
    if (options.offline)
        order.body.insert(u"offline"_qs, true);
    if (const auto& sale = discounts.sale()) {
        QJsonObject discount = discountJson(sale->discount, options.currency);
        discount.insert(u"reason"_qs, sale->reason);
        order.body.insert(u"discount"_qs, discount);
    }
    if (const QString promo = cart.appliedPromoCode(); !promo.isEmpty())
        order.body.insert(u"promo_code"_qs, promo);
    if (!options.customerEmail.isEmpty())
        order.body.insert(u"customer_email"_qs, options.customerEmail);
    order.local = order.body;
    order.local.insert(u"totals"_qs,
                       QJsonObject{{u"total"_qs, QJsonObject{{u"amount"_qs, cart.totals().total},
                                                             {u"currency"_qs, options.currency}}}});
    return order;
}

} // namespace comptoir::app
