#include "domain/pricing.h"

#include "comptoir/cartpricing.h"
#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>
#include <QSet>

namespace comptoir::server {

CartRequest readCartRequest(const QJsonObject& body)
{
    JsonReader r(body);
    CartRequest cart;
    const QJsonArray lines = r.array(u"lines"_qs, kMaxCartLines);
    if (r.has(u"lines"_qs) && lines.isEmpty() && body.value(u"lines"_qs).isArray())
        r.fail(u"lines"_qs, u"must have at least one line"_qs);
    QSet<QString> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString at = u"lines[%1]"_qs.arg(i);
        if (!lines[i].isObject()) {
            r.fail(at, u"must be an object"_qs);
            continue;
        }
        JsonReader lr = r.nested(lines[i].toObject(), at);
        CartLine line;
        line.sku = lr.string(u"sku"_qs, 64);
        line.quantity = lr.integer(u"quantity"_qs, 1, kMaxLineQuantity);
        if (!line.sku.isEmpty() && seen.contains(line.sku))
            lr.fail(u"sku"_qs, u"appears on two lines; put the whole quantity on one"_qs);
        seen.insert(line.sku);
        cart.lines.append(line);
    }
    cart.promoCode = r.optionalString(u"promo_code"_qs, 64).value_or(QString()).trimmed();
    if (const auto f = r.optionalObject(u"fulfillment"_qs)) {
        JsonReader fr = r.nested(*f, u"fulfillment"_qs);
        cart.fulfillment.type = fr.string(u"type"_qs, 16);
        if (!cart.fulfillment.type.isEmpty() &&
            !QStringList{u"carry_out"_qs, u"pickup"_qs, u"delivery"_qs}.contains(cart.fulfillment.type))
            fr.fail(u"type"_qs, u"must be carry_out, pickup or delivery"_qs);
        cart.fulfillment.locationId.value = fr.optionalString(u"location_id"_qs, 64).value_or(QString());
        cart.fulfillment.address = fr.optionalString(u"address"_qs, 1000).value_or(QString()).trimmed();
        if (cart.fulfillment.type == u"delivery" && cart.fulfillment.address.isEmpty())
            fr.fail(u"address"_qs, u"is required for a delivery"_qs);
        if (cart.fulfillment.type == u"pickup" && cart.fulfillment.locationId.isEmpty())
            fr.fail(u"location_id"_qs, u"is required for a pickup"_qs);
    }
    r.throwIfErrors();
    return cart;
}

PricedCart priceCart(const CartRequest& cart, Store& store, const LocationId& stockAt,
                     const QString& currency, const QDateTime& now)
{
    PricedCart priced;
    QList<FieldError> errors;
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        const CartLine& in = cart.lines[i];
        const auto info = store.skuInfo(in.sku);
        const QString at = u"lines[%1].sku"_qs.arg(i);
        if (!info) {
            errors.append({at, u"is not a known SKU"_qs});
            continue;
        }
        if (info->status == ProductStatus::Archived) {
            errors.append({at, u"is no longer sold"_qs});
            continue;
        }
        if (info->price.currency != currency) {
            errors.append({at, u"is priced in %1, not %2"_qs.arg(info->price.currency, currency)});
            continue;
        }
        PricedLine line;
        line.line.sku = info->sku;
        line.line.name = info->name;
        line.line.quantity = in.quantity;
        line.line.unitPrice = info->price;
        line.line.taxRateBp = taxRateBp(info->taxClass);
        line.line.lineTotal = info->price.times(in.quantity);
        if (!stockAt.isEmpty())
            line.available = store.stockLevel(in.sku, stockAt).available();
        line.availabilityKnown = !stockAt.isEmpty();
        priced.lines.append(line);
    }

    QList<PricingLine> pricing;
    for (const PricedLine& l : priced.lines)
        pricing.append({l.line.lineTotal.amount, l.line.taxRateBp});
    qint64 subtotal = 0;
    for (const PricingLine& l : pricing)
        subtotal = checkedAdd(subtotal, l.lineTotal);

    qint64 discount = 0;
    if (!cart.promoCode.isEmpty()) {
        const auto promo = store.promotion(cart.promoCode);
        const auto refusal = promo ? promotionRefusal(*promo, subtotal, currency, now) : std::nullopt;
        if (!promo) {
            errors.append({u"promo_code"_qs, u"is not a known code"_qs});
        } else if (refusal) {
            errors.append({u"promo_code"_qs, describe(*refusal, *promo, currency)});
        } else {
            priced.promotion = promo;
            discount = promotionDiscount(*promo, subtotal);
        }
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);

    const PricedTotals totals = priceLines(pricing, discount);
    for (qsizetype i = 0; i < priced.lines.size(); ++i) {
        priced.lines[i].discount = totals.lineDiscounts[i];
        priced.lines[i].tax = totals.lineTaxes[i];
    }
    priced.totals = Totals{Money{totals.subtotal, currency}, Money{totals.discount, currency},
                           Money{totals.tax, currency}, Money{totals.total, currency}};
    return priced;
}

QJsonObject quoteJson(const PricedCart& cart)
{
    QJsonArray lines;
    for (const PricedLine& l : cart.lines) {
        QJsonObject o = toJson(l.line);
        o.insert(u"available"_qs, l.availabilityKnown ? QJsonValue(double(l.available)) : QJsonValue());
        o.insert(u"discount"_qs, toJson(Money{l.discount, l.line.lineTotal.currency}));
        o.insert(u"tax"_qs, toJson(Money{l.tax, l.line.lineTotal.currency}));
        lines.append(o);
    }
    return {{u"lines"_qs, lines},
            {u"totals"_qs, toJson(cart.totals)},
            {u"promo_code"_qs, cart.promotion ? QJsonValue(cart.promotion->code) : QJsonValue()}};
}

} // namespace comptoir::server
