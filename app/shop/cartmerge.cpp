#include "app/shop/cartmerge.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace comptoir::app {

CartContent cartFromJson(const QJsonObject& cart)
{
    CartContent content;
    for (const QJsonValue& line : cart.value(u"lines"_qs).toArray()) {
        const QString sku = line.toObject().value(u"sku"_qs).toString();
        const qint64 quantity = line.toObject().value(u"quantity"_qs).toInteger();
        if (!sku.isEmpty() && quantity > 0)
            content.lines[sku] += quantity;
    }
    content.promoCode = cart.value(u"promo_code"_qs).toString();
    return content;
}

QJsonObject cartToJson(const CartContent& cart)
{
    QJsonArray lines;
    for (auto it = cart.lines.cbegin(); it != cart.lines.cend(); ++it)
        lines.append(QJsonObject{{u"sku"_qs, it.key()}, {u"quantity"_qs, it.value()}});
    return {{u"lines"_qs, lines},
            {u"promo_code"_qs, cart.promoCode.isEmpty() ? QJsonValue() : QJsonValue(cart.promoCode)}};
}

CartContent mergeCarts(const CartContent& base, const CartContent& mine, const CartContent& theirs,
                       qint64 maxQuantity)
{
    CartContent merged;
    QSet<QString> skus;
    for (const auto* side : {&base, &mine, &theirs})
        for (auto it = side->lines.cbegin(); it != side->lines.cend(); ++it)
            skus.insert(it.key());
    for (const QString& sku : skus) {
        const qint64 quantity = std::clamp<qint64>(
            theirs.lines.value(sku) + mine.lines.value(sku) - base.lines.value(sku), 0, maxQuantity);
        if (quantity > 0)
            merged.lines.insert(sku, quantity);
    }
    merged.promoCode = mine.promoCode != base.promoCode ? mine.promoCode : theirs.promoCode;
    return merged;
}

} // namespace comptoir::app
