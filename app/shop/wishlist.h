#pragma once
// The customer's wishlist: the feed's `wishlist` entity (newest first), each product as it is
// now, an archived one kept and flagged "no longer sold". A heart toggles a product with
// PUT/DELETE /me/wishlist/{id} through the outbox, so it works offline: the list changes at
// once in the cache and the request goes when the link is back.

#include "app/shop/productshelf.h"

namespace comptoir::app {

class Wishlist : public ProductShelf {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The shop makes its wishlist")

public:
    explicit Wishlist(QObject* parent = nullptr);

    // In when out, out when in. False when no customer is signed in (no sync client).
    Q_INVOKABLE bool toggle(const QString& productId);
    Q_INVOKABLE bool add(const QString& productId);
    Q_INVOKABLE bool remove(const QString& productId);

protected:
    [[nodiscard]] QStringList ids(CustomerReader& reader) override { return reader.wishlist(); }

private:
    bool send(const QString& productId, bool in);
};

} // namespace comptoir::app
