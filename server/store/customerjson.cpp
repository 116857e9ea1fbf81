#include "store/customerjson.h"

#include "comptoir/codecs.h"

#include <QJsonArray>

namespace comptoir::server {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const Address& a)
{
    return {{u"id"_qs, a.id},       {u"label"_qs, orNull(a.label)}, {u"name"_qs, a.name},
            {u"line1"_qs, a.line1}, {u"line2"_qs, orNull(a.line2)}, {u"postal_code"_qs, a.postalCode},
            {u"city"_qs, a.city},   {u"country"_qs, a.country},     {u"phone"_qs, orNull(a.phone)}};
}

QJsonObject toJson(const WishlistItem& item)
{
    return {{u"product_id"_qs, item.productId.value}, {u"name"_qs, item.name},
            {u"price"_qs, toJson(item.price)},        {u"image_url"_qs, orNull(item.imageUrl)},
            {u"available"_qs, item.available},        {u"added_at"_qs, toRfc3339(item.addedAt)}};
}

QJsonObject toJson(const SavedCart& cart)
{
    QJsonArray lines;
    for (const SavedCartLine& l : cart.lines)
        lines.append(QJsonObject{{u"sku"_qs, l.sku}, {u"quantity"_qs, l.quantity}});
    return {
        {u"lines"_qs, lines},
        {u"promo_code"_qs, orNull(cart.promoCode)},
        {u"version"_qs, cart.version},
        {u"updated_at"_qs, cart.updatedAt.isValid() ? QJsonValue(toRfc3339(cart.updatedAt)) : QJsonValue()}};
}

} // namespace comptoir::server
