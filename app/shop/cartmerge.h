#pragma once
// How two copies of one customer's cart become one without losing either side's change: what
// this device changed since the version both started from is laid over the other copy. A first
// sign-in starts from nothing, so the visitor's cart adds to the account's (quantities summed
// per SKU, the visitor's promo code kept). Pure: the account cart and its tests use it.

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace comptoir::app {

struct CartContent {
    QMap<QString, qint64> lines; // SKU → quantity (> 0)
    QString promoCode;           // empty: none
    bool operator==(const CartContent&) const = default;
};

// {"lines":[{"sku","quantity"}],"promo_code"} as GET and PUT /me/cart carry it (version aside).
[[nodiscard]] CartContent cartFromJson(const QJsonObject& cart);
[[nodiscard]] QJsonObject cartToJson(const CartContent& cart);

// `theirs` with this device's changes since `base` (`mine` − `base`, per SKU, and the promo code
// when this device changed it), each quantity kept within 0…maxQuantity.
[[nodiscard]] CartContent mergeCarts(const CartContent& base, const CartContent& mine,
                                     const CartContent& theirs, qint64 maxQuantity = 99);

} // namespace comptoir::app
