// SqlStore: stock levels per SKU and location, adjustments, transfers and the movement journal.
#include "store/cursor.h"
#include "store/sqlstore.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::server {

namespace {

std::string stockJson(const StockLevel& level)
{
    return stockLevelJsonBytes(level);
}

QString stockEntityId(const QString& sku, const LocationId& location)
{
    return sku + u'@' + location.value;
}

} // namespace

bool SqlStore::skuExists(const QString& sku)
{
    auto st = conn().prepare("SELECT 1 FROM variants WHERE sku = ?");
    st.bind(1, sku);
    return st.step();
}

StockLevel SqlStore::readStock(const QString& sku, const LocationId& location)
{
    auto st = conn().prepare("SELECT on_hand, reserved FROM stock WHERE sku = ? AND location_id = ?");
    st.bind(1, sku).bind(2, location.value);
    StockLevel level{sku, location, 0, 0};
    if (st.step()) {
        level.onHand = st.int64(0);
        level.reserved = st.int64(1);
    }
    return level;
}

StockLevel SqlStore::applyStockDelta(const QString& sku, const LocationId& location, qint64 onHandDelta,
                                     qint64 reservedDelta, const QString& cause, const QString& causeId,
                                     const QString& reason, const QString& actor)
{
    sql::Connection& c = conn();
    StockLevel level = readStock(sku, location);
    level.onHand = checkedAdd(level.onHand, onHandDelta);
    level.reserved = checkedAdd(level.reserved, reservedDelta);
    c.prepare("INSERT INTO stock(sku, location_id, on_hand, reserved) VALUES(?, ?, ?, ?) "
              "ON CONFLICT(sku, location_id) DO UPDATE SET on_hand = excluded.on_hand, reserved = "
              "excluded.reserved")
        .bind(1, sku)
        .bind(2, location.value)
        .bind(3, level.onHand)
        .bind(4, level.reserved)
        .exec();
    c.prepare(
         "INSERT INTO movements(sku, location_id, on_hand_delta, reserved_delta, cause, cause_id, reason, "
         "on_hand_after, reserved_after, actor, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, sku)
        .bind(2, location.value)
        .bind(3, onHandDelta)
        .bind(4, reservedDelta)
        .bind(5, cause)
        .bind(6, causeId)
        .bindOptional(7, reason)
        .bind(8, level.onHand)
        .bind(9, level.reserved)
        .bindOptional(10, actor)
        .bind(11, toRfc3339(QDateTime::currentDateTimeUtc()))
        .exec();
    appendChange(u"stock"_qs, stockEntityId(sku, location), ChangeOp::Upsert, stockJson(level));
    return level;
}

StockLevel SqlStore::adjustStock(const Adjustment& a)
{
    StockLevel result;
    transaction([&] {
        if (!skuExists(a.sku))
            throw Invalid(u"sku"_qs, u"is not a known SKU"_qs);
        if (!location(a.location))
            throw Invalid(u"location_id"_qs, u"is not a known location"_qs);
        const StockLevel before = readStock(a.sku, a.location);
        const qint64 after = checkedAdd(before.onHand, a.delta);
        if (after < 0 && a.reason != u"count")
            throw Conflict(u"Stock of %1 at %2 would fall to %3; only a count may leave it below zero."_qs
                               .arg(a.sku, a.location.value)
                               .arg(after),
                           QJsonObject{{u"on_hand"_qs, double(before.onHand)}});
        result = applyStockDelta(a.sku, a.location, a.delta, 0, u"adjustment"_qs, newId(u"adj"_qs), a.reason,
                                 a.actor);
    });
    return result;
}

TransferResult SqlStore::transferStock(const Transfer& t)
{
    TransferResult result;
    transaction([&] {
        if (!skuExists(t.sku))
            throw Invalid(u"sku"_qs, u"is not a known SKU"_qs);
        if (!location(t.from))
            throw Invalid(u"from"_qs, u"is not a known location"_qs);
        if (!location(t.to))
            throw Invalid(u"to"_qs, u"is not a known location"_qs);
        const StockLevel source = readStock(t.sku, t.from);
        if (source.available() < t.quantity)
            throw Conflict(
                u"Only %1 of %2 available at %3."_qs.arg(source.available()).arg(t.sku, t.from.value),
                QJsonObject{{u"available"_qs, double(source.available())}});
        result.id = newId(u"trf"_qs);
        result.from =
            applyStockDelta(t.sku, t.from, -t.quantity, 0, u"transfer"_qs, result.id, QString(), t.actor);
        result.to =
            applyStockDelta(t.sku, t.to, t.quantity, 0, u"transfer"_qs, result.id, QString(), t.actor);
    });
    return result;
}

Page<StockLevel> SqlStore::stockLevels(const StockQuery& q)
{
    QString afterSku, afterLocation;
    if (!q.cursor.isEmpty()) {
        const QJsonArray c = decodeCursor(q.cursor, u"s"_qs, 3);
        afterSku = c[1].toString();
        afterLocation = c[2].toString();
    }
    auto st = conn().prepare("SELECT sku, location_id, on_hand, reserved FROM stock "
                             "WHERE (?1 IS NULL OR sku = ?1) AND (?2 IS NULL OR location_id = ?2) "
                             "AND (sku > ?3 OR (sku = ?3 AND location_id > ?4)) "
                             "ORDER BY sku, location_id LIMIT ?5");
    st.bindOptional(1, q.sku).bindOptional(2, q.location.value).bind(3, afterSku).bind(4, afterLocation);
    st.bind(5, qint64(q.limit + 1));
    Page<StockLevel> page;
    while (st.step()) {
        if (page.items.size() == q.limit) {
            const StockLevel& last = page.items.last();
            page.nextCursor = encodeCursor({u"s"_qs, last.sku, last.locationId.value});
            break;
        }
        page.items.append(StockLevel{st.text(0), LocationId{st.text(1)}, st.int64(2), st.int64(3)});
    }
    return page;
}

Page<Movement> SqlStore::movements(const StockQuery& q)
{
    qint64 before = std::numeric_limits<qint64>::max();
    if (!q.cursor.isEmpty())
        before = decodeCursor(q.cursor, u"m"_qs, 2)[1].toInteger();
    auto st =
        conn().prepare("SELECT id, sku, location_id, on_hand_delta, reserved_delta, cause, cause_id, reason, "
                       "on_hand_after, reserved_after, at FROM movements "
                       "WHERE (?1 IS NULL OR sku = ?1) AND (?2 IS NULL OR location_id = ?2) AND id < ?3 "
                       "ORDER BY id DESC LIMIT ?4");
    st.bindOptional(1, q.sku).bindOptional(2, q.location.value).bind(3, before).bind(4, qint64(q.limit + 1));
    Page<Movement> page;
    while (st.step()) {
        if (page.items.size() == q.limit) {
            page.nextCursor = encodeCursor({u"m"_qs, page.items.last().id});
            break;
        }
        Movement m;
        m.id = st.int64(0);
        m.sku = st.text(1);
        m.locationId.value = st.text(2);
        m.onHandDelta = st.int64(3);
        m.reservedDelta = st.int64(4);
        m.cause = st.text(5);
        m.causeId = st.text(6);
        m.reason = st.isNull(7) ? QString() : st.text(7);
        m.onHandAfter = st.int64(8);
        m.reservedAfter = st.int64(9);
        m.at = fromRfc3339(st.text(10));
        page.items.append(m);
    }
    return page;
}

} // namespace comptoir::server
