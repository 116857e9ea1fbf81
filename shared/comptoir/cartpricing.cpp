#include "comptoir/cartpricing.h"

#include "comptoir/int128.h"
#include "comptoir/money.h"
#include "comptoir/vat.h"

#include <algorithm>

namespace comptoir {

PricedTotals priceLines(const QList<PricingLine>& lines, qint64 discount)
{
    PricedTotals t;
    QList<qint64> weights;
    weights.reserve(lines.size());
    for (const PricingLine& l : lines) {
        t.subtotal = checkedAdd(t.subtotal, l.lineTotal);
        weights.append(l.lineTotal);
    }
    t.discount = std::clamp<qint64>(discount, 0, t.subtotal);
    t.lineDiscounts =
        t.subtotal > 0 ? allocateProportionally(t.discount, weights) : QList<qint64>(weights.size(), 0);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 tax = vatIncluded(lines[i].lineTotal - t.lineDiscounts[i], lines[i].taxRateBp);
        t.lineTaxes.append(tax);
        t.tax = checkedAdd(t.tax, tax);
    }
    t.total = t.subtotal - t.discount;
    return t;
}

namespace {

// `percent` of `base`, rounded half up to the cent, computed exactly.
qint64 percentOf(qint64 base, int percent)
{
    return qint64((Int128(base) * percent * 2 + 100) / 200);
}

} // namespace

qint64 lineDiscountAmount(const Discount& d, qint64 unitPrice, qint64 quantity)
{
    const qint64 lineTotal = checkedMul(unitPrice, quantity);
    qint64 discount = 0;
    if (d.percent)
        discount = percentOf(lineTotal, *d.percent);
    else if (d.amount)
        discount = checkedMul(std::clamp<qint64>(*d.amount, 0, unitPrice), quantity);
    return std::clamp<qint64>(discount, 0, lineTotal);
}

qint64 orderDiscountAmount(const Discount& d, qint64 base)
{
    qint64 discount = 0;
    if (d.percent)
        discount = percentOf(base, *d.percent);
    else if (d.amount)
        discount = *d.amount;
    return std::clamp<qint64>(discount, 0, base);
}

bool discountNeedsApproval(const Discount& d, qint64 base)
{
    if (d.percent)
        return *d.percent > kDiscountApprovalPercent;
    if (d.amount)
        return Int128(*d.amount) * 100 > Int128(base) * kDiscountApprovalPercent;
    return false;
}

CartFigures priceCartItems(const QList<PricingItem>& items, const std::optional<Discount>& orderDiscount,
                           const Promotion* promotion)
{
    CartFigures f;
    QList<PricingLine> net;
    qint64 subtotal = 0;
    for (const PricingItem& item : items) {
        const qint64 own =
            item.discount ? lineDiscountAmount(*item.discount, item.unitPrice, item.quantity) : 0;
        const qint64 lineTotal = checkedMul(item.unitPrice, item.quantity) - own;
        if (item.discount && discountNeedsApproval(*item.discount, item.unitPrice))
            f.needsApproval = true;
        f.lineDiscounts.append(own);
        f.lineTotals.append(lineTotal);
        net.append({lineTotal, item.taxRateBp});
        subtotal = checkedAdd(subtotal, lineTotal);
    }
    if (orderDiscount) {
        f.orderDiscount = orderDiscountAmount(*orderDiscount, subtotal);
        if (discountNeedsApproval(*orderDiscount, subtotal))
            f.needsApproval = true;
    }
    f.promotionBase = subtotal - f.orderDiscount;
    f.promotionDiscount = promotion ? promotionDiscount(*promotion, f.promotionBase) : 0;
    f.totals = priceLines(net, f.orderDiscount + f.promotionDiscount);
    return f;
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

std::optional<PromotionRefusal> promotionRefusal(const Promotion& p, qint64 subtotal, const QString& currency,
                                                 const QDateTime& now)
{
    if ((p.startsAt.isValid() && now < p.startsAt) || (p.endsAt.isValid() && now >= p.endsAt))
        return PromotionRefusal::NotValidNow;
    if (p.maxUses && p.uses >= *p.maxUses)
        return PromotionRefusal::UsedUp;
    if (p.amountOff && p.amountOff->currency != currency)
        return PromotionRefusal::OtherCurrency;
    if (p.minSubtotal.amount > subtotal)
        return PromotionRefusal::BelowMinimum;
    return std::nullopt;
}

QString describe(PromotionRefusal refusal, const Promotion& p, const QString& currency)
{
    switch (refusal) {
    case PromotionRefusal::NotValidNow:
        return u"is not valid at this time"_qs;
    case PromotionRefusal::UsedUp:
        return u"has been used up"_qs;
    case PromotionRefusal::OtherCurrency:
        return u"is in another currency"_qs;
    case PromotionRefusal::BelowMinimum:
        break;
    }
    return u"applies from a subtotal of %1"_qs.arg(
        Money{p.minSubtotal.amount, currency}.format(MoneyLocale::English));
}

} // namespace comptoir
