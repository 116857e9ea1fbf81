#pragma once
// What a customer keeps on their own account (API.md, Customers): delivery addresses, a
// wishlist and the cart on the server. Only a customer account has them: staff, kiosks and
// registers are refused (403), and one customer never reaches another's (404, as for an id that
// does not exist). Every text is checked (length, control characters, bidirectional overrides)
// and then kept exactly as sent; the cart moves only from the version its writer read.

#include "domain/principal.h"
#include "store/store.h"

#include <QJsonObject>

namespace comptoir::server {

class CustomerService {
public:
    static constexpr int kMaxAddresses = 20;
    static constexpr int kMaxWishlistItems = 200;
    static constexpr int kMaxCartLines = 100;
    static constexpr qint64 kMaxLineQuantity = 99;

    explicit CustomerService(Store& store) : m_store(store) {}

    // 401 for nobody, 403 for any account but a customer's (staff, kiosks, tills, managers).
    static void requireCustomer(const Principal& principal);

    [[nodiscard]] QList<Address> addresses(const Principal& principal);
    // POST /me/addresses: every field checked at once (422 naming each), at most kMaxAddresses.
    [[nodiscard]] Address addAddress(const Principal& principal, const QJsonObject& body);
    // PATCH: the fields sent replace the stored ones (null clears an optional field), and the
    // result is checked as a whole (a new country checks the postal code again).
    [[nodiscard]] Address updateAddress(const Principal& principal, const QString& id,
                                        const QJsonObject& patch);
    void deleteAddress(const Principal& principal, const QString& id);

    [[nodiscard]] QList<WishlistItem> wishlist(const Principal& principal);
    // Idempotent: adding what is there already changes nothing. An unknown product is 404, an
    // archived one 422 (it can no longer be bought).
    void addToWishlist(const Principal& principal, const ProductId& product);
    // Idempotent: removing what is not there changes nothing (an unknown product is 404).
    void removeFromWishlist(const Principal& principal, const ProductId& product);

    [[nodiscard]] SavedCart cart(const Principal& principal);
    // PUT /me/cart: the body's lines and promo code replace the cart read at `expectedVersion`.
    // 422 naming the line for an unknown or archived SKU or a quantity out of 1–kMaxLineQuantity;
    // a cart written meanwhile is a stale-version Conflict carrying the current cart.
    [[nodiscard]] SavedCart replaceCart(const Principal& principal, const QJsonObject& body,
                                        qint64 expectedVersion);

private:
    Store& m_store;
};

} // namespace comptoir::server
