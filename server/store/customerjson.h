#pragma once
// A customer's addresses, wishlist and cart as the API and the change feed show them: written
// once, so that a device reads the same object from GET /me/... and from the feed.

#include "store/customerstore.h"

#include <QJsonObject>

namespace comptoir::server {

// {"id","label","name","line1","line2","postal_code","city","country","phone"}; an empty
// optional field (label, line2, phone) is null.
[[nodiscard]] QJsonObject toJson(const Address& address);
// {"product_id","name","price","image_url","available","added_at"}
[[nodiscard]] QJsonObject toJson(const WishlistItem& item);
// {"lines":[{"sku","quantity"}],"promo_code","version","updated_at"}; no promo code is null.
[[nodiscard]] QJsonObject toJson(const SavedCart& cart);

} // namespace comptoir::server
