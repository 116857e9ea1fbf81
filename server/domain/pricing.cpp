#include "domain/pricing.h"

#include "comptoir/cartpricing.h"
#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>
#include <QSet>

namespace comptoir::server {

namespace {

// {"percent": 1–100} or {"amount": Money > 0}, exactly one; an order's also {"reason"}.
// `parent` reports under its own path (lines[2].discount or discount).
std::optional<DiscountRequest> readDiscount(JsonReader& parent, bool orderLevel)
{
    const auto object = parent.optionalObject(u"discount"_qs);
    if (!object)
        return std::nullopt;
    JsonReader r = parent.nested(*object, u"discount"_qs);
    DiscountRequest d;
    if (const auto percent = r.optionalInteger(u"percent"_qs, 1, 100))
        d.percent = int(*percent);
    d.amount = r.optionalMoney(u"amount"_qs);
    if (d.amount && d.amount->amount <= 0)
        r.fail(u"amount"_qs, u"must be more than zero"_qs);
    // On presence, not on parsed values: a present but invalid field is reported on its own.
    if (r.has(u"percent"_qs) == r.has(u"amount"_qs))
        parent.fail(u"discount"_qs, u"needs exactly one of percent and amount"_qs);
    if (orderLevel)
        d.reason = r.string(u"reason"_qs, 200).trimmed();
    return d;
}

Discount arithmeticOf(const DiscountRequest& d)
{
    return Discount{d.percent, d.amount ? std::optional<qint64>(d.amount->amount) : std::nullopt};
}

} // namespace

bool CartRequest::hasStaffDiscount() const
{
    if (discount)
        return true;
    for (const CartLine& l : lines)
        if (l.discount)
            return true;
    return false;
}

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
        line.discount = readDiscount(lr, false);
        seen.insert(line.sku);
        cart.lines.append(line);
    }
    cart.promoCode = r.optionalString(u"promo_code"_qs, 64).value_or(QString()).trimmed();
    cart.discount = readDiscount(r, true);
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
    QList<PricingItem> items;
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
        if (in.discount && in.discount->amount) {
            const QString field = u"lines[%1].discount.amount"_qs.arg(i);
            if (in.discount->amount->currency != currency)
                errors.append({field, u"must be in %1"_qs.arg(currency)});
            else if (in.discount->amount->amount > info->price.amount)
                errors.append({field, u"must not be more than the unit price"_qs});
        }
        if (!stockAt.isEmpty())
            line.available = store.stockLevel(in.sku, stockAt).available();
        line.availabilityKnown = !stockAt.isEmpty();
        priced.lines.append(line);
        items.append({info->price.amount, in.quantity, line.line.taxRateBp,
                      in.discount ? std::optional(arithmeticOf(*in.discount)) : std::nullopt});
    }
    std::optional<Discount> orderDiscount;
    if (cart.discount) {
        orderDiscount = arithmeticOf(*cart.discount);
        if (cart.discount->amount && cart.discount->amount->currency != currency)
            errors.append({u"discount.amount"_qs, u"must be in %1"_qs.arg(currency)});
    }
    const auto promo = cart.promoCode.isEmpty() ? std::nullopt : store.promotion(cart.promoCode);
    if (!cart.promoCode.isEmpty() && !promo)
        errors.append({u"promo_code"_qs, u"is not a known code"_qs});
    if (!errors.isEmpty()) // the figures below need every line
        throw ValidationError(errors);

    // Priced once without the promotion, to judge the code on what it would apply to.
    CartFigures figures = priceCartItems(items, orderDiscount, nullptr);
    if (cart.discount && cart.discount->amount && cart.discount->amount->amount > figures.totals.subtotal)
        errors.append({u"discount.amount"_qs, u"must not be more than the subtotal after line discounts"_qs});
    if (promo && promo->disabled)
        errors.append({u"promo_code"_qs, u"has been disabled"_qs}); // by a manager (PATCH /promotions/{id})
    else if (promo) {
        if (const auto refusal = promotionRefusal(*promo, figures.promotionBase, currency, now))
            errors.append({u"promo_code"_qs, describe(*refusal, *promo, currency)});
        priced.promotion = promo;
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    if (promo)
        figures = priceCartItems(items, orderDiscount, &*promo);

    const PricedTotals& totals = figures.totals;
    for (qsizetype i = 0; i < priced.lines.size(); ++i) {
        OrderLine& l = priced.lines[i].line;
        l.discount = Money{figures.lineDiscounts[i], currency};
        l.lineTotal = Money{figures.lineTotals[i], currency};
        priced.lines[i].discount = totals.lineDiscounts[i];
        priced.lines[i].tax = totals.lineTaxes[i];
    }
    if (cart.discount)
        priced.discount = OrderDiscount{cart.discount->percent, Money{figures.orderDiscount, currency},
                                        cart.discount->reason};
    priced.needsApproval = figures.needsApproval;
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
        // A quote's line "discount" was the line's share of the order discount before staff
        // discounts came, and stays so; the line's own discount is "line_discount".
        o.insert(u"line_discount"_qs, o.value(u"discount"_qs));
        o.insert(u"discount"_qs, toJson(Money{l.discount, l.line.lineTotal.currency}));
        o.insert(u"tax"_qs, toJson(Money{l.tax, l.line.lineTotal.currency}));
        lines.append(o);
    }
    QJsonValue discount;
    if (cart.discount)
        discount = QJsonObject{
            {u"percent"_qs, cart.discount->percent ? QJsonValue(*cart.discount->percent) : QJsonValue()},
            {u"amount"_qs, toJson(cart.discount->amount)},
            {u"reason"_qs, cart.discount->reason}};
    return {{u"lines"_qs, lines},
            {u"totals"_qs, toJson(cart.totals)},
            {u"discount"_qs, discount},
            {u"needs_approval"_qs, cart.needsApproval},
            {u"promo_code"_qs, cart.promotion ? QJsonValue(cart.promotion->code) : QJsonValue()}};
}

} // namespace comptoir::server
