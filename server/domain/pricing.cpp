#include "domain/pricing.h"

#include "comptoir/codecs.h"
#include "comptoir/int128.h"
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

qint64 promotionDiscount(const Promotion& p, qint64 subtotal)
{
    if (p.minSubtotal.amount > subtotal)
        return 0;
    qint64 discount = 0;
    if (p.percentOff) // rounded half up to the cent, computed exactly
        discount = qint64((Int128(subtotal) * *p.percentOff * 2 + 100) / 200);
    else if (p.amountOff)
        discount = p.amountOff->amount;
    return std::clamp<qint64>(discount, 0, subtotal);
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

    qint64 subtotal = 0;
    for (const PricedLine& l : priced.lines)
        subtotal = checkedAdd(subtotal, l.line.lineTotal.amount);

    qint64 discount = 0;
    if (!cart.promoCode.isEmpty()) {
        const auto promo = store.promotion(cart.promoCode);
        if (!promo)
            errors.append({u"promo_code"_qs, u"is not a known code"_qs});
        else if ((promo->startsAt.isValid() && now < promo->startsAt) ||
                 (promo->endsAt.isValid() && now >= promo->endsAt))
            errors.append({u"promo_code"_qs, u"is not valid at this time"_qs});
        else if (promo->maxUses && promo->uses >= *promo->maxUses)
            errors.append({u"promo_code"_qs, u"has been used up"_qs});
        else if (promo->amountOff && promo->amountOff->currency != currency)
            errors.append({u"promo_code"_qs, u"is in another currency"_qs});
        else if (promo->minSubtotal.amount > subtotal)
            errors.append({u"promo_code"_qs,
                           u"applies from a subtotal of %1"_qs.arg(
                               Money{promo->minSubtotal.amount, currency}.format(MoneyLocale::English))});
        else {
            priced.promotion = promo;
            discount = promotionDiscount(*promo, subtotal);
        }
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);

    QList<qint64> weights;
    for (const PricedLine& l : priced.lines)
        weights.append(l.line.lineTotal.amount);
    const QList<qint64> shares =
        subtotal > 0 ? allocateProportionally(discount, weights) : QList<qint64>(weights.size(), 0);
    qint64 tax = 0;
    for (qsizetype i = 0; i < priced.lines.size(); ++i) {
        PricedLine& l = priced.lines[i];
        l.discount = shares[i];
        l.tax = vatIncluded(l.line.lineTotal.amount - l.discount, l.line.taxRateBp);
        tax = checkedAdd(tax, l.tax);
    }
    priced.totals = Totals{Money{subtotal, currency}, Money{discount, currency}, Money{tax, currency},
                           Money{subtotal - discount, currency}};
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
