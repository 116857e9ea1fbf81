// SqlStore: a customer's addresses, wishlist and cart, each write with its change scoped to
// that customer alone.
#include "store/customerjson.h"
#include "store/sqlstore.h"

#include "comptoir/codecs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::server {

namespace {

std::string compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

constexpr const char* kAddressSelect =
    "SELECT id, customer_id, label, name, line1, line2, postal_code, city, "
    "country, phone, created_at FROM addresses ";

Address readAddress(const sql::Statement& st)
{
    Address a;
    a.id = st.text(0);
    a.customerId.value = st.text(1);
    a.label = st.text(2);
    a.name = st.text(3);
    a.line1 = st.text(4);
    a.line2 = st.text(5);
    a.postalCode = st.text(6);
    a.city = st.text(7);
    a.country = st.text(8);
    a.phone = st.text(9);
    a.createdAt = fromRfc3339(st.text(10));
    return a;
}

} // namespace

QList<Address> SqlStore::addresses(const UserId& customer)
{
    auto st = conn().prepare(std::string(kAddressSelect) + "WHERE customer_id = ? ORDER BY rid");
    st.bind(1, customer.value);
    QList<Address> out;
    while (st.step())
        out.append(readAddress(st));
    return out;
}

std::optional<Address> SqlStore::address(const UserId& customer, const QString& id)
{
    auto st = conn().prepare(std::string(kAddressSelect) + "WHERE id = ? AND customer_id = ?");
    st.bind(1, id).bind(2, customer.value);
    if (!st.step())
        return std::nullopt;
    return readAddress(st);
}

bool SqlStore::addAddress(const Address& a, int limit)
{
    bool added = false;
    transaction([&] {
        sql::Connection& c = conn();
        auto count = c.prepare("SELECT COUNT(*) FROM addresses WHERE customer_id = ?");
        count.bind(1, a.customerId.value);
        if (count.step() && count.int64(0) >= limit)
            return;
        c.prepare("INSERT INTO addresses(id, customer_id, label, name, line1, line2, postal_code, city, "
                  "country, phone, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, a.id)
            .bind(2, a.customerId.value)
            .bind(3, a.label)
            .bind(4, a.name)
            .bind(5, a.line1)
            .bind(6, a.line2)
            .bind(7, a.postalCode)
            .bind(8, a.city)
            .bind(9, a.country)
            .bind(10, a.phone)
            .bind(11, toRfc3339(a.createdAt))
            .exec();
        appendChange(u"address"_qs, a.id, ChangeOp::Upsert, compact(toJson(a)), {}, a.customerId.value);
        added = true;
    });
    return added;
}

bool SqlStore::updateAddress(const Address& a)
{
    bool updated = false;
    transaction([&] {
        sql::Connection& c = conn();
        c.prepare(
             "UPDATE addresses SET label = ?, name = ?, line1 = ?, line2 = ?, postal_code = ?, city = ?, "
             "country = ?, phone = ? WHERE id = ? AND customer_id = ?")
            .bind(1, a.label)
            .bind(2, a.name)
            .bind(3, a.line1)
            .bind(4, a.line2)
            .bind(5, a.postalCode)
            .bind(6, a.city)
            .bind(7, a.country)
            .bind(8, a.phone)
            .bind(9, a.id)
            .bind(10, a.customerId.value)
            .exec();
        if (c.changes() != 1)
            return;
        appendChange(u"address"_qs, a.id, ChangeOp::Upsert, compact(toJson(a)), {}, a.customerId.value);
        updated = true;
    });
    return updated;
}

bool SqlStore::deleteAddress(const UserId& customer, const QString& id)
{
    bool deleted = false;
    transaction([&] {
        sql::Connection& c = conn();
        c.prepare("DELETE FROM addresses WHERE id = ? AND customer_id = ?")
            .bind(1, id)
            .bind(2, customer.value)
            .exec();
        if (c.changes() != 1)
            return;
        appendChange(u"address"_qs, id, ChangeOp::Delete, {}, {}, customer.value);
        deleted = true;
    });
    return deleted;
}

QList<WishlistItem> SqlStore::wishlist(const UserId& customer)
{
    // The product as it is now: a renamed or repriced product shows its new name and price, an
    // archived one stays on the list, marked.
    auto st =
        conn().prepare("SELECT w.product_id, p.name, p.min_price, "
                       "(SELECT currency FROM variants WHERE product_id = p.id ORDER BY position LIMIT 1), "
                       "json_extract(p.json, '$.image_url'), p.status, w.added_at "
                       "FROM wishlist_items w JOIN products p ON p.id = w.product_id "
                       "WHERE w.customer_id = ? ORDER BY w.rid DESC");
    st.bind(1, customer.value);
    QList<WishlistItem> out;
    while (st.step()) {
        WishlistItem item;
        item.productId.value = st.text(0);
        item.name = st.text(1);
        item.price.amount = st.int64(2);
        if (!st.isNull(3))
            item.price.currency = st.text(3);
        item.imageUrl = st.isNull(4) ? QString() : st.text(4);
        item.available = st.text(5) == u"active";
        item.addedAt = fromRfc3339(st.text(6));
        out.append(std::move(item));
    }
    return out;
}

void SqlStore::appendWishlistChange(const UserId& customer)
{
    // One change per customer holding the whole list (product ids, newest first): the products
    // themselves reach devices through their own changes.
    auto st = conn().prepare(
        "SELECT product_id, added_at FROM wishlist_items WHERE customer_id = ? ORDER BY rid DESC");
    st.bind(1, customer.value);
    QJsonArray items;
    while (st.step())
        items.append(QJsonObject{{u"product_id"_qs, st.text(0)}, {u"added_at"_qs, st.text(1)}});
    appendChange(u"wishlist"_qs, customer.value, ChangeOp::Upsert, compact({{u"items"_qs, items}}), {},
                 customer.value);
}

CustomerStore::WishlistAdd SqlStore::addToWishlist(const UserId& customer, const ProductId& product,
                                                   int limit)
{
    WishlistAdd result = WishlistAdd::AlreadyThere;
    transaction([&] {
        sql::Connection& c = conn();
        auto there = c.prepare("SELECT 1 FROM wishlist_items WHERE customer_id = ? AND product_id = ?");
        there.bind(1, customer.value).bind(2, product.value);
        if (there.step()) {
            result = WishlistAdd::AlreadyThere;
            return;
        }
        auto count = c.prepare("SELECT COUNT(*) FROM wishlist_items WHERE customer_id = ?");
        count.bind(1, customer.value);
        if (count.step() && count.int64(0) >= limit) {
            result = WishlistAdd::Full;
            return;
        }
        c.prepare("INSERT INTO wishlist_items(customer_id, product_id, added_at) VALUES(?, ?, ?)")
            .bind(1, customer.value)
            .bind(2, product.value)
            .bind(3, toRfc3339(QDateTime::currentDateTimeUtc()))
            .exec();
        appendWishlistChange(customer);
        result = WishlistAdd::Added;
    });
    return result;
}

void SqlStore::removeFromWishlist(const UserId& customer, const ProductId& product)
{
    transaction([&] {
        sql::Connection& c = conn();
        c.prepare("DELETE FROM wishlist_items WHERE customer_id = ? AND product_id = ?")
            .bind(1, customer.value)
            .bind(2, product.value)
            .exec();
        if (c.changes() == 1)
            appendWishlistChange(customer);
    });
}

SavedCart SqlStore::cart(const UserId& customer)
{
    auto st =
        conn().prepare("SELECT version, lines, promo_code, updated_at FROM carts WHERE customer_id = ?");
    st.bind(1, customer.value);
    SavedCart cart;
    if (!st.step())
        return cart;
    cart.version = st.int64(0);
    const QJsonArray lines = QJsonDocument::fromJson(st.text(1).toUtf8()).array();
    for (const QJsonValue& v : lines) {
        const QJsonObject line = v.toObject();
        cart.lines.append({line.value(u"sku"_qs).toString(), line.value(u"quantity"_qs).toInteger()});
    }
    cart.promoCode = st.text(2);
    cart.updatedAt = fromRfc3339(st.text(3));
    return cart;
}

std::optional<SavedCart> SqlStore::replaceCart(const UserId& customer, const SavedCart& cart,
                                               qint64 expectedVersion)
{
    std::optional<SavedCart> written;
    transaction([&] {
        sql::Connection& c = conn();
        SavedCart stored = cart;
        stored.version = expectedVersion + 1;
        stored.updatedAt = QDateTime::currentDateTimeUtc();
        const QJsonObject json = toJson(stored);
        const std::string lines =
            QJsonDocument(json.value(u"lines"_qs).toArray()).toJson(QJsonDocument::Compact).toStdString();
        // One conditional statement decides: the first write of a cart inserts it (a second first
        // write finds the row and does nothing), later ones update only the version they read.
        if (expectedVersion == 0)
            c.prepare("INSERT INTO carts(customer_id, version, lines, promo_code, updated_at) "
                      "VALUES(?1, 1, ?2, ?3, ?4) ON CONFLICT(customer_id) DO NOTHING")
                .bind(1, customer.value)
                .bind(2, std::string_view(lines))
                .bind(3, stored.promoCode)
                .bind(4, toRfc3339(stored.updatedAt))
                .exec();
        else
            c.prepare("UPDATE carts SET version = version + 1, lines = ?2, promo_code = ?3, updated_at = ?4 "
                      "WHERE customer_id = ?1 AND version = ?5")
                .bind(1, customer.value)
                .bind(2, std::string_view(lines))
                .bind(3, stored.promoCode)
                .bind(4, toRfc3339(stored.updatedAt))
                .bind(5, expectedVersion)
                .exec();
        if (c.changes() != 1)
            return;
        appendChange(u"cart"_qs, customer.value, ChangeOp::Upsert, compact(json), {}, customer.value);
        written = stored;
    });
    return written;
}

} // namespace comptoir::server
