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
