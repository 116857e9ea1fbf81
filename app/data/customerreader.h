#pragma once
// The typed reads of the cache the shop's orders, wishlist and recently viewed need: the signed-in
// customer's orders (the feed scopes them to that customer), newest first, one order whole, the
// wishlist's product ids, and a product as it is now, archived or not (a wishlist and a past order
// keep products no longer sold). The feed keeps all of it in the cache: read the same offline.

#include "comptoir/sqlite.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace comptoir::app {

// A product as a list shows it: its name, lowest price, image and whether it is still sold.
struct ProductBrief {
    QString id;
    QString name;
    QString imageUrl;
    qint64 minPrice = 0;
    bool sold = false; // active: archived products are kept but no longer sold
};

class CustomerReader {
public:
    explicit CustomerReader(sqlite::Connection& db) : m_db(db) {}

    // Every order of the cache (the customer's own), newest first, as the feed sent them.
    [[nodiscard]] QList<QJsonObject> orders(int limit);
    [[nodiscard]] std::optional<QJsonObject> order(const QString& orderId);
    // The wishlist's product ids, newest first; empty when the cache holds none.
    [[nodiscard]] QStringList wishlist();
    // The customer's saved addresses as the feed keeps them (the account page and the checkout
    // read this one source), by id.
    [[nodiscard]] QList<QJsonObject> addresses();
    [[nodiscard]] std::optional<ProductBrief> product(const QString& productId);
    // The product of `sku` when it is still sold, else nothing (archived or unknown).
    [[nodiscard]] std::optional<QString> soldProductOf(const QString& sku);

    // The outbox's local effect of a heart: the wishlist as `productIds` (newest first), until the
    // feed's copy replaces it.
    static void writeWishlist(sqlite::Connection& db, const QStringList& productIds);

private:
    sqlite::Connection& m_db;
};

} // namespace comptoir::app
