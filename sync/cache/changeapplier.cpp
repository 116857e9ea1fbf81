#include "sync/cache/changeapplier.h"

#include "sync/synclog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <limits>

namespace comptoir::sync {

namespace {

QString compact(const QJsonObject& data)
{
    return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

// A known entity whose data lacks what the cache needs.
class BadData : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

QString requireString(const QJsonObject& data, const QString& key)
{
    const QJsonValue v = data.value(key);
    if (!v.isString() || v.toString().isEmpty())
        throw BadData("missing " + key.toStdString());
    return v.toString();
}

qint64 requireInteger(const QJsonObject& data, const QString& key)
{
    const QJsonValue v = data.value(key);
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
        throw BadData("missing or not an integer: " + key.toStdString());
    return v.toInteger();
}

QString optionalString(const QJsonObject& data, const QString& key)
{
    return data.value(key).toString();
}

} // namespace

ApplyResult ChangeApplier::applyPage(const QJsonArray& changes, qint64 next, Bootstrap bootstrap)
{
    // What the server published can be fetched again: a page need not wait for the disk (WAL
    // with NORMAL still commits the page and its cursor together, or neither). Everything else
    // written to the cache, the outbox first, is synced at commit.
    m_cache.db().setDurability(sqlite::Durability::Normal);
    struct Restore {
        sqlite::Connection& db;
        ~Restore()
        {
            try {
                db.setDurability(sqlite::Durability::Full);
            } catch (const sqlite::Error& e) {
                qCCritical(lcSync) << "could not restore full durability:" << e.what();
            }
        }
    } restore{m_cache.db()};
    sqlite::Transaction tx(m_cache.db());
    ApplyResult result;
    const qint64 cursor = m_cache.cursor();
    m_bulkLoading = m_cache.bulkLoading();
    if (!m_bulkLoading && bootstrap == Bootstrap::BulkLoad && cursor == 0 && catalogIsEmpty()) {
        m_cache.beginBulkLoad();
        m_bulkLoading = true;
    }
    qint64 previous = 0;
    for (const QJsonValue& value : changes) {
        if (!value.isObject())
            throw ProtocolError("a change is not an object");
        const QJsonObject change = value.toObject();
        const QJsonValue seqValue = change.value(u"seq"_qs);
        const qint64 seq = seqValue.toInteger(-1);
        if (!seqValue.isDouble() || seq <= 0 || seqValue.toDouble() != double(seq))
            throw ProtocolError("a change has no valid seq");
        if (seq <= previous)
            throw ProtocolError("changes are not in ascending seq order");
        if (seq > next)
            throw ProtocolError("a change lies beyond the page's next cursor");
        previous = seq;
        const QString entity = change.value(u"entity"_qs).toString();
        const QString id = change.value(u"id"_qs).toString();
        const QString op = change.value(u"op"_qs).toString();
        if (entity.isEmpty() || id.isEmpty() || (op != u"upsert" && op != u"delete"))
            throw ProtocolError("a change lacks its entity, id or op");
        if (op == u"upsert" && !change.value(u"data"_qs).isObject())
            throw ProtocolError("an upsert has no data object");
        if (seq <= cursor) {
            ++result.skipped;
            continue;
        }
        try {
            if (!applyOne(entity, id, op == u"upsert", change.value(u"data"_qs).toObject())) {
                ++result.unknown;
                qCInfo(lcSync) << "passing over a change of an unknown entity" << entity << "seq" << seq;
                continue;
            }
        } catch (const BadData& e) {
            ++result.invalid;
            qCWarning(lcSync) << "passing over an unreadable" << entity << id << "seq" << seq << ":"
                              << e.what();
            continue;
        }
        ++result.applied;
        result.entities.insert(entity);
        if (entity == u"order")
            result.orderIds.insert(id);
    }
    result.cursor = std::max(cursor, next);
    if (result.cursor != cursor)
        m_cache.setCursor(result.cursor);
    tx.commit();
    return result;
}

bool ChangeApplier::applyOne(const QString& entity, const QString& id, bool upsert, const QJsonObject& data)
{
    sqlite::Connection& db = m_cache.db();
    if (entity == u"product") {
        if (upsert)
            putProduct(id, data);
        else
            deleteProduct(id);
    } else if (entity == u"stock") {
        if (upsert) {
            db.prepare("INSERT INTO stock(sku, location_id, on_hand, reserved) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(sku, location_id) DO UPDATE SET on_hand = excluded.on_hand, "
                       "reserved = excluded.reserved")
                .bind(1, requireString(data, u"sku"_qs))
                .bind(2, requireString(data, u"location_id"_qs))
                .bind(3, requireInteger(data, u"on_hand"_qs))
                .bind(4, requireInteger(data, u"reserved"_qs))
                .exec();
        } else {
            const qsizetype at = id.lastIndexOf(u'@');
            if (at <= 0)
                throw BadData("a stock id is <sku>@<location_id>");
            db.prepare("DELETE FROM stock WHERE sku = ? AND location_id = ?")
                .bind(1, id.left(at))
                .bind(2, id.mid(at + 1))
                .exec();
        }
    } else if (entity == u"category") {
        if (upsert)
            db.prepare("INSERT OR REPLACE INTO categories(id, parent_id, name, position, json) VALUES (?, ?, "
                       "?, ?, ?)")
                .bind(1, id)
                .bindOptional(2, optionalString(data, u"parent_id"_qs))
                .bind(3, requireString(data, u"name"_qs))
                .bind(4, data.value(u"position"_qs).toInteger())
                .bind(5, compact(data))
                .exec();
        else
            db.prepare("DELETE FROM categories WHERE id = ?").bind(1, id).exec();
    } else if (entity == u"location") {
        if (upsert)
            db.prepare("INSERT OR REPLACE INTO locations(id, name, kind, json) VALUES (?, ?, ?, ?)")
                .bind(1, id)
                .bind(2, requireString(data, u"name"_qs))
                .bind(3, requireString(data, u"kind"_qs))
                .bind(4, compact(data))
                .exec();
        else
            db.prepare("DELETE FROM locations WHERE id = ?").bind(1, id).exec();
    } else if (entity == u"promotion") {
        if (upsert)
            db.prepare("INSERT OR REPLACE INTO promotions(code, json) VALUES (?, ?)")
                .bind(1, id)
                .bind(2, compact(data))
                .exec();
        else
            db.prepare("DELETE FROM promotions WHERE code = ?").bind(1, id).exec();
    } else if (entity == u"order") {
        // The feed is the authority: it replaces an optimistic local copy of the same order.
        if (upsert)
            db.prepare("INSERT OR REPLACE INTO orders(id, number, status, updated_at, json, origin) "
                       "VALUES (?, ?, ?, ?, ?, 'server')")
                .bindOptional(2, optionalString(data, u"number"_qs))
                .bind(1, id)
                .bind(3, requireString(data, u"status"_qs))
                .bind(4, optionalString(data, u"updated_at"_qs))
                .bind(5, compact(data))
                .exec();
        else
            db.prepare("DELETE FROM orders WHERE id = ?").bind(1, id).exec();
    } else {
        return false;
    }
    return true;
}

void ChangeApplier::putProduct(const QString& id, const QJsonObject& data)
{
    sqlite::Connection& db = m_cache.db();
    const QString name = requireString(data, u"name"_qs);
    const QString brand = optionalString(data, u"brand"_qs);
    const QJsonArray variants = data.value(u"variants"_qs).toArray();
    struct V {
        QString sku;
        qint64 price;
        QString barcode;
    };
    QList<V> rows;
    rows.reserve(variants.size());
    QStringList codes;
    qint64 minPrice = std::numeric_limits<qint64>::max();
    for (const QJsonValue& v : variants) {
        const QJsonObject variant = v.toObject();
        V row{requireString(variant, u"sku"_qs),
              requireInteger(variant.value(u"price"_qs).toObject(), u"amount"_qs),
              optionalString(variant, u"barcode"_qs)};
        minPrice = std::min(minPrice, row.price);
        codes << row.sku;
        if (!row.barcode.isEmpty())
            codes << row.barcode;
        rows.append(std::move(row));
    }

    deleteProduct(id);
    auto insert = db.prepare("INSERT INTO products(id, name, brand, category_id, status, min_price, json) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, name).bind(3, brand).bindOptional(4, optionalString(data, u"category_id"_qs));
    insert.bind(5, data.value(u"status"_qs).toString(u"active"_qs));
    if (rows.isEmpty())
        insert.bind(6, nullptr);
    else
        insert.bind(6, minPrice);
    insert.bind(7, compact(data)).exec();
    const qint64 rid = sqlite3_last_insert_rowid(db.handle());
    for (const V& row : rows)
        db.prepare("INSERT OR REPLACE INTO variants(sku, product_id, price, barcode) VALUES (?, ?, ?, ?)")
            .bind(1, row.sku)
            .bind(2, id)
            .bind(3, row.price)
            .bindOptional(4, row.barcode)
            .exec();
    if (m_bulkLoading)
        return; // LocalCache::finishBulkLoad indexes every product at once
    db.prepare("INSERT INTO products_fts(rowid, name, brand, description, codes) VALUES (?, ?, ?, ?, ?)")
        .bind(1, rid)
        .bind(2, name)
        .bind(3, brand)
        .bind(4, optionalString(data, u"description"_qs))
        .bind(5, codes.join(u' '))
        .exec();
}

bool ChangeApplier::catalogIsEmpty()
{
    return !m_cache.db().prepare("SELECT 1 FROM products LIMIT 1").step();
}

void ChangeApplier::deleteProduct(const QString& id)
{
    sqlite::Connection& db = m_cache.db();
    auto find = db.prepare("SELECT rid FROM products WHERE id = ?");
    find.bind(1, id);
    if (!find.step())
        return;
    const qint64 rid = find.int64(0);
    db.prepare("DELETE FROM products_fts WHERE rowid = ?").bind(1, rid).exec();
    db.prepare("DELETE FROM variants WHERE product_id = ?").bind(1, id).exec();
    db.prepare("DELETE FROM products WHERE rid = ?").bind(1, rid).exec();
}

} // namespace comptoir::sync
