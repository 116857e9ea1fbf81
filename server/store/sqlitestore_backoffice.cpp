// SqlStore: what the back office manages (issue 16): people and devices, a promotion's
// edits, the VAT summary, and uploaded product images. The audit trail is sqlitestore_audit.cpp.
#include "store/sqlstore.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"
#include "store/cursor.h"

#include <QJsonDocument>

namespace comptoir::server {

namespace {

// Orders that count as sales: paid and beyond, never pending or cancelled (as the sales report).
constexpr const char* kSoldStatuses = "('paid', 'ready_for_pickup', 'shipped', 'completed')";

UserRecord readUserRecord(const sql::Statement& st)
{
    UserRecord r;
    r.user.id.value = st.text(0);
    r.user.email = st.text(1);
    r.user.name = st.text(2);
    r.user.role = roleFromString(st.text(3)).value_or(Role::Customer);
    r.user.storeId.value = st.isNull(4) ? QString() : st.text(4);
    r.disabled = st.int64(5) != 0;
    r.createdAt = st.text(6);
    return r;
}

DeviceRecord readDevice(const sql::Statement& st)
{
    DeviceRecord d;
    d.id = st.text(0);
    d.name = st.text(1);
    d.user.id.value = st.text(2);
    d.user.email = st.text(3);
    d.user.name = st.text(4);
    d.user.role = roleFromString(st.text(5)).value_or(Role::Kiosk);
    d.user.storeId.value = st.text(6);
    d.createdAt = st.text(7);
    d.revokedAt = st.isNull(8) ? QString() : st.text(8);
    return d;
}

constexpr const char* kDeviceSelect =
    "SELECT d.id, d.name, u.id, u.email, u.name, u.role, d.store_id, d.created_at, d.revoked_at "
    "FROM devices d JOIN users u ON u.id = d.user_id ";

} // namespace

Page<UserRecord> SqlStore::users(const UserQuery& q)
{
    QString after;
    if (!q.cursor.isEmpty())
        after = decodeCursor(q.cursor, u"us"_qs, 2)[1].toString();
    auto st = conn().prepare("SELECT id, email, name, role, store_id, disabled, created_at FROM users "
                             "WHERE (?1 IS NULL OR role = ?1) AND (?2 IS NULL OR store_id = ?2) "
                             "AND (?3 IS NULL OR id > ?3) ORDER BY id LIMIT ?4");
    st.bindOptional(1, q.role).bindOptional(2, q.storeId).bindOptional(3, after).bind(4, qint64(q.limit) + 1);
    Page<UserRecord> page;
    while (st.step()) {
        if (page.items.size() == q.limit) {
            page.nextCursor = encodeCursor({u"us"_qs, page.items.last().user.id.value});
            break;
        }
        page.items.append(readUserRecord(st));
    }
    return page;
}

std::optional<UserRecord> SqlStore::userRecord(const UserId& id)
{
    auto st = conn().prepare(
        "SELECT id, email, name, role, store_id, disabled, created_at FROM users WHERE id = ?");
    st.bind(1, id.value);
    if (!st.step())
        return std::nullopt;
    return readUserRecord(st);
}

UserRecord SqlStore::updateUser(const UserId& id, const UserPatch& patch)
{
    UserRecord updated;
    bool revoked = false;
    transaction([&] {
        const auto current = userRecord(id);
        if (!current)
            throw NotFound(u"No user with id %1."_qs.arg(id.value));
        updated = *current;
        if (patch.name)
            updated.user.name = *patch.name;
        if (patch.role)
            updated.user.role = *patch.role;
        if (patch.storeId)
            updated.user.storeId = *patch.storeId;
        if (patch.disabled)
            updated.disabled = *patch.disabled;
        conn()
            .prepare("UPDATE users SET name = ?, role = ?, store_id = ?, disabled = ? WHERE id = ?")
            .bind(1, updated.user.name)
            .bind(2, toString(updated.user.role))
            .bindOptional(3, updated.user.storeId.value)
            .bind(4, qint64(updated.disabled))
            .bind(5, id.value)
            .exec();
        // What a token may do changed, or it may do nothing: every session signs in again.
        const bool narrowed = (updated.disabled && !current->disabled) ||
                              updated.user.role != current->user.role ||
                              updated.user.storeId != current->user.storeId;
        if (narrowed) {
            conn().prepare("DELETE FROM tokens WHERE user_id = ?").bind(1, id.value).exec();
            revoked = conn().changes() > 0;
        }
    });
    // After the commit: the live hub rechecks its sockets' tokens when this moves.
    if (revoked)
        tokensRevoked();
    return updated;
}

QList<DeviceRecord> SqlStore::devices(const LocationId& store)
{
    auto st = conn().prepare(std::string(kDeviceSelect) +
                             "WHERE (?1 IS NULL OR d.store_id = ?1) ORDER BY d.store_id, d.created_at, d.id");
    st.bindOptional(1, store.value);
    QList<DeviceRecord> out;
    while (st.step())
        out.append(readDevice(st));
    return out;
}

std::optional<DeviceRecord> SqlStore::device(const QString& id)
{
    auto st = conn().prepare(std::string(kDeviceSelect) + "WHERE d.id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readDevice(st);
}

bool SqlStore::revokeDevice(const QString& id)
{
    bool found = false;
    transaction([&] {
        const auto d = device(id);
        if (!d)
            return;
        found = true;
        if (!d->revokedAt.isEmpty())
            return; // already revoked: nothing moves
        conn()
            .prepare("UPDATE devices SET revoked_at = ? WHERE id = ?")
            .bind(1, toRfc3339(QDateTime::currentDateTimeUtc()))
            .bind(2, id)
            .exec();
        conn().prepare("UPDATE users SET disabled = 1 WHERE id = ?").bind(1, d->user.id.value).exec();
        conn().prepare("DELETE FROM tokens WHERE user_id = ?").bind(1, d->user.id.value).exec();
        // PIN sign-ins made at a revoked register end with it.
        conn().prepare("DELETE FROM tokens WHERE register_id = ?").bind(1, d->user.id.value).exec();
    });
    if (found)
        tokensRevoked();
    return found;
}

Promotion SqlStore::updatePromotion(const QString& code, const PromotionPatch& patch, qint64 expectedVersion)
{
    Promotion p;
    transaction([&] {
        const auto current = promotion(code);
        if (!current)
            throw NotFound(u"No promotion with code %1."_qs.arg(code));
        if (current->version != expectedVersion)
            throw Conflict::staleVersion(
                u"The promotion is at version %1, not %2: fetch it again and reapply your change."_qs
                    .arg(current->version)
                    .arg(expectedVersion));
        p = *current;
        if (patch.setsEndsAt)
            p.endsAt = patch.endsAt.value_or(QDateTime());
        if (patch.setsMaxUses)
            p.maxUses = patch.maxUses;
        if (patch.disabled)
            p.disabled = *patch.disabled;
        if (p.maxUses && *p.maxUses < p.uses)
            throw Invalid(u"max_uses"_qs, u"must be at least the %1 uses already counted"_qs.arg(p.uses));
        if (p.endsAt.isValid() && p.startsAt.isValid() && p.endsAt <= p.startsAt)
            throw Invalid(u"ends_at"_qs, u"must be after starts_at"_qs);
        p.version += 1;
        auto st = conn().prepare("UPDATE promotions SET ends_at = ?, max_uses = ?, disabled = ?, version = ? "
                                 "WHERE code = ?");
        p.endsAt.isValid() ? st.bind(1, p.endsAt.toMSecsSinceEpoch()) : st.bind(1, nullptr);
        p.maxUses ? st.bind(2, *p.maxUses) : st.bind(2, nullptr);
        st.bind(3, qint64(p.disabled)).bind(4, p.version).bind(5, p.code).exec();
        appendChange(u"promotion"_qs, p.code, ChangeOp::Upsert,
                     QJsonDocument(toJson(p)).toJson(QJsonDocument::Compact).toStdString());
    });
    return p;
}

QJsonArray SqlStore::vatReport(const ReportRange& range, const LocationId& store)
{
    // By rate, net of refunds as the closures are: each sold line's total after its discount and
    // the VAT it contains, less the refunds made in the window on the store's orders, by the
    // rates each refund was split into when it was made (refund_taxes: a return's lines, or a
    // refund spread over its order's lines; the figures of its journal entry).
    auto st = conn().prepare(
        std::string("SELECT rate_bp, SUM(total), SUM(tax), MAX(currency) FROM ("
                    "SELECT l.tax_rate_bp AS rate_bp, l.line_total - l.discount AS total, l.tax AS tax, "
                    "o.currency AS currency FROM order_lines l JOIN orders o ON o.id = l.order_id "
                    "WHERE (o.status || '') IN ") +
        kSoldStatuses +
        " AND o.created_at >= ?1 AND o.created_at < ?2 AND (?3 IS NULL OR o.store_id = ?3) "
        "UNION ALL SELECT t.rate_bp, -t.total, -t.tax, o.currency FROM refunds r "
        "JOIN refund_taxes t ON t.refund_id = r.id JOIN payments p ON p.id = r.payment_id "
        "JOIN orders o ON o.id = p.order_id "
        "WHERE r.created_at >= ?1 AND r.created_at < ?2 AND (?3 IS NULL OR o.store_id = ?3)) AS net "
        "GROUP BY rate_bp ORDER BY rate_bp");
    st.bind(1, toRfc3339(range.from)).bind(2, toRfc3339(range.to)).bindOptional(3, store.value);
    QJsonArray out;
    while (st.step()) {
        const qint64 total = st.int64(1);
        const qint64 tax = st.int64(2);
        const QString currency = st.text(3);
        out.append(QJsonObject{{u"rate_bp"_qs, double(st.int64(0))},
                               {u"base"_qs, toJson(Money{total - tax, currency})},
                               {u"tax"_qs, toJson(Money{tax, currency})},
                               {u"total"_qs, toJson(Money{total, currency})}});
    }
    return out;
}

Product SqlStore::setProductImage(const ProductId& id, const ProductImage& image)
{
    Product p;
    transaction([&] {
        auto found = product(id);
        if (!found)
            throw NotFound(u"No product with id %1."_qs.arg(id.value));
        p = *found;
        conn()
            .prepare(
                "INSERT INTO product_images(product_id, content_type, bytes, updated_at) VALUES(?, ?, ?, ?) "
                "ON CONFLICT(product_id) DO UPDATE SET content_type = excluded.content_type, "
                "bytes = excluded.bytes, updated_at = excluded.updated_at")
            .bind(1, id.value)
            .bind(2, image.contentType)
            .bindBlob(3, image.bytes)
            .bind(4, toRfc3339(QDateTime::currentDateTimeUtc()))
            .exec();
        // The version in the address: a new image is a new URL, so caches never serve the old one.
        p.imageUrl = u"/images/uploads/%1-v%2"_qs.arg(id.value).arg(p.version + 1);
        writeProduct(p, false);
    });
    return p;
}

std::optional<ProductImage> SqlStore::productImage(const ProductId& id)
{
    auto st = conn().prepare("SELECT bytes, content_type FROM product_images WHERE product_id = ?");
    st.bind(1, id.value);
    if (!st.step())
        return std::nullopt;
    return ProductImage{st.blob(0), st.text(1)};
}

} // namespace comptoir::server
