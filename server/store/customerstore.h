#pragma once
// Storage of what a customer keeps on their own account (API.md, Customers): delivery addresses,
// a wishlist of products and the cart on the server. Each is the customer's alone: every read
// and write names the customer, so another customer's id never reaches their rows. Each write
// appends one change scoped to that customer, so their own devices sync it and nobody else.

#include "comptoir/domain.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <string>

namespace comptoir::server {

struct Address {
    QString id;
    UserId customerId;
    QString label; // "Home", "Work"; may be empty
    QString name;  // who receives the parcel
    QString line1;
    QString line2; // may be empty
    QString postalCode;
    QString city;
    QString country; // ISO 3166-1 alpha-2, upper case
    QString phone;   // may be empty
    QDateTime createdAt;
};

// One product of a wishlist with what a shop card shows of it, read with the product as it is now.
struct WishlistItem {
    ProductId productId;
    QString name;
    Money price; // the lowest of its variants' prices
    QString imageUrl;
    bool available = true; // false once the product is archived: kept, shown as no longer sold
    QDateTime addedAt;
};

struct SavedCartLine {
    QString sku;
    qint64 quantity = 0;
};

struct SavedCart {
    QList<SavedCartLine> lines;
    QString promoCode;  // as the customer typed it; checked at checkout, not here
    qint64 version = 0; // 0 for a cart never written
    QDateTime updatedAt;
};

class CustomerStore {
public:
    virtual ~CustomerStore() = default;

    // The customer's addresses, oldest first.
    [[nodiscard]] virtual QList<Address> addresses(const UserId& customer) = 0;
    // One of the customer's addresses; nullopt for an unknown id or another customer's.
    [[nodiscard]] virtual std::optional<Address> address(const UserId& customer, const QString& id) = 0;
    // Adds the address unless the customer already has `limit` of them (false then), counted and
    // inserted in one transaction so two devices adding at once cannot pass the limit.
    [[nodiscard]] virtual bool addAddress(const Address& address, int limit) = 0;
    // Replaces the customer's address with the same id; false when they have none by that id.
    [[nodiscard]] virtual bool updateAddress(const Address& address) = 0;
    // Deletes it; false when the customer has no address by that id.
    [[nodiscard]] virtual bool deleteAddress(const UserId& customer, const QString& id) = 0;

    // The customer's wishlist, the latest added first, archived products included.
    [[nodiscard]] virtual QList<WishlistItem> wishlist(const UserId& customer) = 0;
    enum class WishlistAdd { Added, AlreadyThere, Full };
    // Adds the product unless it is there already or the list holds `limit` products.
    [[nodiscard]] virtual WishlistAdd addToWishlist(const UserId& customer, const ProductId& product,
                                                    int limit) = 0;
    // Removes the product if it is there (removing what is not there is not an error).
    virtual void removeFromWishlist(const UserId& customer, const ProductId& product) = 0;

    // The customer's cart: an empty one at version 0 when they never saved one.
    [[nodiscard]] virtual SavedCart cart(const UserId& customer) = 0;
    // Replaces the whole cart if it is still at `expectedVersion`, in one conditional write: the
    // cart as stored (its new version), or nullopt when another write got there first (read
    // cart() for the current one).
    [[nodiscard]] virtual std::optional<SavedCart> replaceCart(const UserId& customer, const SavedCart& cart,
                                                               qint64 expectedVersion) = 0;
};

} // namespace comptoir::server
