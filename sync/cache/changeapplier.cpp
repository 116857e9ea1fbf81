#include "sync/cache/changeapplier.h"

#include "sync/synclog.h"

#include <array>

namespace comptoir::sync {

namespace {

std::string_view text(const QByteArray& utf8)
{
    return {utf8.constData(), size_t(utf8.size())};
}

// Empty text is stored as NULL. The page outlives each statement: its text is bound in place.
void bindOptional(sqlite::Statement& st, int index, const QByteArray& utf8)
{
    if (utf8.isEmpty())
        st.bind(index, nullptr);
    else
        st.bindUnowned(index, text(utf8));
}

} // namespace

ApplyResult ChangeApplier::applyPage(const QJsonArray& changes, qint64 next, Bootstrap bootstrap)
{
    return applyPage(decodeChanges(changes, next), bootstrap);
}

ApplyResult ChangeApplier::applyPage(const DecodedPage& page, Bootstrap bootstrap)
{
    // What the server published can be fetched again: a page need not wait for the disk (WAL
    // with NORMAL still commits the page and its cursor together, or neither). The connection
    // keeps NORMAL from page to page (live frames come one by one) and goes back to FULL before
    // any other write: the outbox and everything else written to the cache is synced at commit.
    sqlite::Transaction tx(m_cache.db(), sqlite::Durability::Normal);
    ApplyResult result;
    const qint64 cursor = m_cache.cursor();
    if (bootstrap == Bootstrap::BulkLoad && cursor == 0 && !m_cache.bulkLoading() && catalogIsEmpty())
        m_cache.beginBulkLoad();
    std::array<bool, size_t(DecodedChange::Entity::Unknown)> kinds{}; // which kinds changed
    for (const DecodedChange& change : page.changes) {
        if (change.seq <= cursor) {
            ++result.skipped;
            continue;
        }
        if (change.kind == DecodedChange::Entity::Unknown) {
            ++result.unknown;
            qCInfo(lcSync) << "passing over a change of an unknown entity" << change.unknownEntity << "seq"
                           << change.seq;
            continue;
        }
        if (!change.invalid.isEmpty()) {
            ++result.invalid;
            qCWarning(lcSync) << "passing over an unreadable" << entityName(change.kind) << change.id << "seq"
                              << change.seq << ":" << change.invalid;
            continue;
        }
        applyOne(change);
        ++result.applied;
        kinds[size_t(change.kind)] = true;
        if (change.kind == DecodedChange::Entity::Order)
            result.orderIds.insert(QString::fromUtf8(change.id));
    }
    for (size_t kind = 0; kind < kinds.size(); ++kind)
        if (kinds[kind])
            result.entities.insert(entityName(DecodedChange::Entity(kind)));
    result.bulkLoadOpen = m_cache.bulkLoading(); // read here, within the lock already held
    result.cursor = std::max(cursor, page.next);
    if (result.cursor != cursor)
        m_cache.setCursor(result.cursor);
    tx.commit();
    return result;
}

void ChangeApplier::applyOne(const DecodedChange& change)
{
    using Entity = DecodedChange::Entity;
    sqlite::Connection& db = m_cache.db();
    const QByteArray& id = change.id;
    switch (change.kind) {
    case Entity::Product:
        if (change.upsert)
            putProduct(id, std::get<ProductRow>(change.row));
        else
            deleteProduct(id);
        break;
    case Entity::Stock: {
        const auto& stock = std::get<StockRow>(change.row);
        if (change.upsert)
            db.prepare("INSERT INTO stock(sku, location_id, on_hand, reserved) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(sku, location_id) DO UPDATE SET on_hand = excluded.on_hand, "
                       "reserved = excluded.reserved")
                .bindUnowned(1, text(stock.sku))
                .bindUnowned(2, text(stock.locationId))
                .bind(3, stock.onHand)
                .bind(4, stock.reserved)
                .exec();
        else
            db.prepare("DELETE FROM stock WHERE sku = ? AND location_id = ?")
                .bindUnowned(1, text(stock.sku))
                .bindUnowned(2, text(stock.locationId))
                .exec();
        break;
    }
    case Entity::Category:
        if (change.upsert) {
            const auto& category = std::get<CategoryRow>(change.row);
            auto st = db.prepare("INSERT OR REPLACE INTO categories(id, parent_id, name, position, json) "
                                 "VALUES (?, ?, ?, ?, ?)");
            st.bindUnowned(1, text(id));
            bindOptional(st, 2, category.parentId);
            st.bindUnowned(3, text(category.name))
                .bind(4, category.position)
                .bindUnowned(5, text(category.json))
                .exec();
        } else {
            db.prepare("DELETE FROM categories WHERE id = ?").bindUnowned(1, text(id)).exec();
        }
        break;
    case Entity::Location:
        if (change.upsert) {
            const auto& location = std::get<LocationRow>(change.row);
            db.prepare("INSERT OR REPLACE INTO locations(id, name, kind, json) VALUES (?, ?, ?, ?)")
                .bindUnowned(1, text(id))
                .bindUnowned(2, text(location.name))
                .bindUnowned(3, text(location.kind))
                .bindUnowned(4, text(location.json))
                .exec();
        } else {
            db.prepare("DELETE FROM locations WHERE id = ?").bindUnowned(1, text(id)).exec();
        }
        break;
    case Entity::Promotion:
        if (change.upsert)
            db.prepare("INSERT OR REPLACE INTO promotions(code, json) VALUES (?, ?)")
                .bindUnowned(1, text(id))
                .bindUnowned(2, text(std::get<PromotionRow>(change.row).json))
                .exec();
        else
            db.prepare("DELETE FROM promotions WHERE code = ?").bindUnowned(1, text(id)).exec();
        break;
    case Entity::Order:
        // The feed is the authority: it replaces an optimistic local copy of the same order.
        if (change.upsert) {
            const auto& order = std::get<OrderRow>(change.row);
            auto st =
                db.prepare("INSERT OR REPLACE INTO orders(id, number, status, updated_at, json, origin) "
                           "VALUES (?, ?, ?, ?, ?, 'server')");
            st.bindUnowned(1, text(id));
            bindOptional(st, 2, order.number);
            st.bindUnowned(3, text(order.status))
                .bindUnowned(4, text(order.updatedAt))
                .bindUnowned(5, text(order.json))
                .exec();
        } else {
            db.prepare("DELETE FROM orders WHERE id = ?").bindUnowned(1, text(id)).exec();
        }
        break;
    case Entity::CashSession:
        if (change.upsert) {
            const auto& session = std::get<CashSessionRow>(change.row);
            db.prepare(
                  "INSERT OR REPLACE INTO cash_sessions(id, store_id, register_id, status, opened_at, json) "
                  "VALUES (?, ?, ?, ?, ?, ?)")
                .bindUnowned(1, text(id))
                .bindUnowned(2, text(session.storeId))
                .bindUnowned(3, text(session.registerId))
                .bindUnowned(4, text(session.status))
                .bindUnowned(5, text(session.openedAt))
                .bindUnowned(6, text(session.json))
                .exec();
        } else {
            db.prepare("DELETE FROM cash_sessions WHERE id = ?").bindUnowned(1, text(id)).exec();
        }
        break;
    case Entity::CashMovement:
        if (change.upsert) {
            const auto& movement = std::get<CashMovementRow>(change.row);
            db.prepare("INSERT OR REPLACE INTO cash_movements(id, session_id, at, json) VALUES (?, ?, ?, ?)")
                .bindUnowned(1, text(id))
                .bindUnowned(2, text(movement.sessionId))
                .bindUnowned(3, text(movement.at))
                .bindUnowned(4, text(movement.json))
                .exec();
        } else {
            db.prepare("DELETE FROM cash_movements WHERE id = ?").bindUnowned(1, text(id)).exec();
        }
        break;
    case Entity::Return:
        if (change.upsert) {
            const auto& taken = std::get<ReturnRow>(change.row);
            db.prepare("INSERT OR REPLACE INTO returns(id, order_id, store_id, created_at, json) VALUES (?, "
                       "?, ?, ?, ?)")
                .bindUnowned(1, text(id))
                .bindUnowned(2, text(taken.orderId))
                .bindUnowned(3, text(taken.storeId))
                .bindUnowned(4, text(taken.createdAt))
                .bindUnowned(5, text(taken.json))
                .exec();
        } else {
            db.prepare("DELETE FROM returns WHERE id = ?").bindUnowned(1, text(id)).exec();
        }
        break;
    // Shop (orders and wishlist part): the customer's wishlist, the whole list in one row.
    case Entity::Wishlist:
        if (change.upsert)
            db.prepare("INSERT OR REPLACE INTO wishlist(customer_id, json) VALUES (?, ?)")
                .bindUnowned(1, text(id))
                .bindUnowned(2, text(std::get<WishlistRow>(change.row).json))
                .exec();
        else
            db.prepare("DELETE FROM wishlist WHERE customer_id = ?").bindUnowned(1, text(id)).exec();
        break;
    // (shop account) the customer's addresses and server-side cart.
    case Entity::Address:
        if (change.upsert)
            db.prepare("INSERT OR REPLACE INTO addresses(id, json) VALUES (?, ?)")
                .bindUnowned(1, text(id))
                .bindUnowned(2, text(std::get<AddressRow>(change.row).json))
                .exec();
        else
            db.prepare("DELETE FROM addresses WHERE id = ?").bindUnowned(1, text(id)).exec();
        break;
    case Entity::Cart:
        if (change.upsert) {
            const auto& cart = std::get<CartRow>(change.row);
            db.prepare("INSERT OR REPLACE INTO server_cart(customer_id, version, json) VALUES (?, ?, ?)")
                .bindUnowned(1, text(id))
                .bind(2, cart.version)
                .bindUnowned(3, text(cart.json))
                .exec();
        } else {
            db.prepare("DELETE FROM server_cart WHERE customer_id = ?").bindUnowned(1, text(id)).exec();
        }
        break;
    case Entity::Unknown:
        break;
    }
}

void ChangeApplier::putProduct(const QByteArray& id, const ProductRow& product)
{
    sqlite::Connection& db = m_cache.db();
    deleteProduct(id);
    auto insert = db.prepare("INSERT INTO products(id, name, brand, category_id, status, min_price, json) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bindUnowned(1, text(id)).bindUnowned(2, text(product.name)).bindUnowned(3, text(product.brand));
    bindOptional(insert, 4, product.categoryId);
    insert.bindUnowned(5, text(product.status));
    if (product.minPrice)
        insert.bind(6, *product.minPrice);
    else
        insert.bind(6, nullptr);
    insert.bindUnowned(7, text(product.json)).exec();
    const qint64 rid = sqlite3_last_insert_rowid(db.handle());
    for (const ProductRow::Variant& variant : product.variants) {
        auto st = db.prepare(
            "INSERT OR REPLACE INTO variants(sku, product_id, price, barcode) VALUES (?, ?, ?, ?)");
        st.bindUnowned(1, text(variant.sku)).bindUnowned(2, text(id)).bind(3, variant.price);
        bindOptional(st, 4, variant.barcode);
        st.exec();
    }
    db.prepare("INSERT INTO products_fts(rowid, name, brand, description, codes) VALUES (?, ?, ?, ?, ?)")
        .bind(1, rid)
        .bindUnowned(2, text(product.name))
        .bindUnowned(3, text(product.brand))
        .bindUnowned(4, text(product.description))
        .bindUnowned(5, text(product.codes))
        .exec();
    // shop browsing: the option values the shop's size and colour facets count (cache step 9).
    db.prepare("INSERT OR IGNORE INTO product_options(key, value, rid) SELECT o.key, o.value, ?1 "
               "FROM json_each(?2, '$.variants') v, json_each(v.value, '$.options') o WHERE o.type = 'text'")
        .bind(1, rid)
        .bindUnowned(2, text(product.json))
        .exec();
}

bool ChangeApplier::catalogIsEmpty()
{
    return !m_cache.db().prepare("SELECT 1 FROM products LIMIT 1").step();
}

void ChangeApplier::deleteProduct(const QByteArray& id)
{
    sqlite::Connection& db = m_cache.db();
    auto find = db.prepare("SELECT rid FROM products WHERE id = ?");
    find.bindUnowned(1, text(id));
    if (!find.step())
        return;
    const qint64 rid = find.int64(0);
    db.prepare("DELETE FROM products_fts WHERE rowid = ?").bind(1, rid).exec();
    db.prepare("DELETE FROM product_options WHERE rid = ?").bind(1, rid).exec(); // shop browsing
    db.prepare("DELETE FROM variants WHERE product_id = ?").bindUnowned(1, text(id)).exec();
    db.prepare("DELETE FROM products WHERE rid = ?").bind(1, rid).exec();
}

} // namespace comptoir::sync
