// Routes of the back office (issue 16, API.md "Back office"): people and devices, one
// promotion and its edit under If-Match, the audit trail, the VAT summary, and product images.
// Who may do what: people are an admin's; devices, promotions, the audit trail and images a
// manager's. Managers act for every store (Principal::mayActAt), devices included: a chain's
// managers are not bound to one store, so a manager lists and revokes any store's devices.
#include "api/reportrange.h"
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"
#include "domain/imagecheck.h"
#include "http/httperror.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace comptoir::server {

namespace {

QJsonValue nextCursor(const QString& cursor)
{
    return cursor.isEmpty() ? QJsonValue() : QJsonValue(cursor);
}

QJsonObject toJson(const UserRecord& r)
{
    QJsonObject o = comptoir::toJson(r.user);
    o.insert(u"disabled"_qs, r.disabled);
    o.insert(u"created_at"_qs, r.createdAt);
    return o;
}

QJsonObject toJson(const DeviceRecord& d)
{
    return {{u"device_id"_qs, d.id},
            {u"id"_qs, d.id},
            {u"name"_qs, d.name},
            {u"store_id"_qs, d.user.storeId.value},
            {u"kind"_qs, comptoir::toString(d.user.role)},
            {u"user_id"_qs, d.user.id.value},
            {u"created_at"_qs, d.createdAt},
            {u"revoked_at"_qs, d.revokedAt.isEmpty() ? QJsonValue() : QJsonValue(d.revokedAt)},
            {u"revoked"_qs, !d.revokedAt.isEmpty()}};
}

// If-Match: "<version>" (a weak W/ prefix is tolerated): 428 without it, 400 when unreadable.
qint64 ifMatchVersion(const RequestContext& ctx)
{
    std::string value = ctx.header("If-Match");
    if (value.empty())
        throw HttpError(428, u"Send If-Match: \"<version>\" with the version you last read."_qs);
    if (value.rfind("W/", 0) == 0)
        value.erase(0, 2);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.substr(1, value.size() - 2);
    bool ok = false;
    const qint64 version = QString::fromStdString(value).toLongLong(&ok);
    if (!ok || version < 1)
        throw Invalid::malformed(u"If-Match must be a quoted version such as \"3\"."_qs, u"If-Match"_qs);
    return version;
}

void sendPromotion(RequestContext& ctx, int status, const Promotion& p)
{
    ctx.res.set_header("ETag", "\"" + std::to_string(p.version) + "\"");
    ctx.sendJson(status, comptoir::toJson(p));
}

// A time or null (clears it), read on presence so that null and absent differ.
std::optional<QDateTime> nullableTime(JsonReader& body, const QString& key)
{
    const QJsonValue v = body.object().value(key);
    if (v.isNull())
        return QDateTime();
    const auto text = body.optionalString(key, 64);
    const QDateTime t = text ? fromRfc3339(*text) : QDateTime();
    if (text && !t.isValid())
        body.fail(key, u"must be an RFC 3339 time or null"_qs);
    return t;
}

} // namespace

void registerBackOfficeRoutes(Router& router, Services& s)
{
    // People (admins).
    router.add(
        "GET", "/api/v1/users",
        [&s](RequestContext& ctx) {
            UserQuery q;
            q.role = ctx.query("role").value_or(QString());
            q.storeId = ctx.query("store_id").value_or(QString());
            q.limit = ctx.limit();
            q.cursor = ctx.query("cursor").value_or(QString());
            const Page<UserRecord> page = s.auth.users(q);
            QJsonArray items;
            for (const UserRecord& r : page.items)
                items.append(toJson(r));
            ctx.sendJson(200, {{u"items"_qs, items}, {u"next_cursor"_qs, nextCursor(page.nextCursor)}});
        },
        {.minRole = Role::Admin});

    router.add("PATCH", "/api/v1/users/{id}",
               [&s](RequestContext& ctx) {
                   JsonReader body(ctx.jsonBody());
                   UserPatch patch;
                   patch.name = body.optionalString(u"name"_qs, 200);
                   if (const auto roleText = body.optionalString(u"role"_qs, 32)) {
                       patch.role = roleFromString(*roleText);
                       if (!patch.role)
                           body.fail(u"role"_qs, u"must be one of customer, staff, manager, admin"_qs);
                   }
                   if (body.object().contains(u"store_id"_qs)) // null: no store
                       patch.storeId =
                           LocationId{body.optionalString(u"store_id"_qs, 64).value_or(QString())};
                   patch.disabled = body.optionalBool(u"disabled"_qs);
                   body.throwIfErrors();
                   const UserRecord updated =
                       s.auth.updateUser(ctx.principal, UserId{ctx.pathParam("id")}, patch);
                   ctx.sendJson(200, toJson(updated));
               },
               {.minRole = Role::Admin});

    // Devices (managers, every store's).
    router.add("GET", "/api/v1/devices",
               [&s](RequestContext& ctx) {
                   QJsonArray items;
                   for (const DeviceRecord& d :
                        s.auth.devices(LocationId{ctx.query("store_id").value_or(QString())}))
                       items.append(toJson(d));
                   ctx.sendJson(200, {{u"items"_qs, items}, {u"next_cursor"_qs, QJsonValue()}});
               },
               {.minRole = Role::Manager});

    router.add("DELETE", "/api/v1/devices/{id}",
               [&s](RequestContext& ctx) {
                   s.auth.revokeDevice(ctx.pathParam("id"));
                   ctx.sendNoContent();
               },
               {.minRole = Role::Manager});

    // One promotion, and its edit under If-Match (managers).
    router.add(
        "GET", "/api/v1/promotions/{id}",
        [&s](RequestContext& ctx) { sendPromotion(ctx, 200, s.catalog.promotion(ctx.pathParam("id"))); },
        {.minRole = Role::Manager});

    router.add("PATCH", "/api/v1/promotions/{id}",
               [&s](RequestContext& ctx) {
                   const qint64 expected = ifMatchVersion(ctx);
                   JsonReader body(ctx.jsonBody());
                   PromotionPatch patch;
                   if (body.object().contains(u"ends_at"_qs)) {
                       patch.setsEndsAt = true;
                       patch.endsAt = nullableTime(body, u"ends_at"_qs);
                   }
                   if (body.object().contains(u"max_uses"_qs)) {
                       patch.setsMaxUses = true;
                       if (!body.object().value(u"max_uses"_qs).isNull())
                           patch.maxUses = body.optionalInteger(u"max_uses"_qs, 1, qint64(1) << 53);
                   }
                   patch.disabled = body.optionalBool(u"disabled"_qs);
                   body.throwIfErrors();
                   sendPromotion(ctx, 200, s.catalog.updatePromotion(ctx.pathParam("id"), patch, expected));
               },
               {.minRole = Role::Manager});

    // The audit trail (managers).
    router.add(
        "GET", "/api/v1/audit",
        [&s](RequestContext& ctx) {
            AuditQuery q;
            q.actor = ctx.query("actor").value_or(QString()).left(64);
            q.action = ctx.query("action").value_or(QString()).left(64);
            const auto time = [&](const char* name) {
                const auto text = ctx.query(name);
                if (!text)
                    return QDateTime();
                QDateTime t = fromRfc3339(*text);
                if (!t.isValid()) {
                    const QDate d = QDate::fromString(*text, Qt::ISODate);
                    if (d.isValid())
                        t = d.startOfDay(Qt::UTC);
                }
                if (!t.isValid())
                    throw Invalid::malformed(
                        u"%1 must be a date (2026-11-23) or an RFC 3339 time."_qs.arg(QLatin1String(name)),
                        QString::fromLatin1(name));
                return t;
            };
            q.from = time("from");
            q.to = time("to");
            q.limit = ctx.limit();
            q.cursor = ctx.query("cursor").value_or(QString());
            const Page<QJsonObject> page = s.reports.audit(q);
            QJsonArray items;
            for (const QJsonObject& item : page.items)
                items.append(item);
            ctx.sendJson(200, {{u"items"_qs, items}, {u"next_cursor"_qs, nextCursor(page.nextCursor)}});
        },
        {.minRole = Role::Manager});

    // Sales by VAT rate (managers).
    router.add("GET", "/api/v1/reports/vat",
               [&s](RequestContext& ctx) {
                   const ReportRange range = readReportRange(ctx);
                   const LocationId store{ctx.query("store_id").value_or(QString())};
                   ctx.sendJson(200,
                                {{u"from"_qs, toRfc3339(range.from)},
                                 {u"to"_qs, toRfc3339(range.to)},
                                 {u"store_id"_qs, store.isEmpty() ? QJsonValue() : QJsonValue(store.value)},
                                 {u"items"_qs, s.reports.vat(range, store)},
                                 {u"next_cursor"_qs, QJsonValue()}});
               },
               {.minRole = Role::Manager});

    // A product's image (managers): the body is the image's bytes, whatever its Content-Type
    // says; the bytes are decoded to check them (domain/imagecheck.h).
    router.add("PUT", "/api/v1/products/{id}/image",
               [&s](RequestContext& ctx) {
                   const Product p = s.catalog.setProductImage(
                       ProductId{ctx.pathParam("id")},
                       QByteArray(ctx.req.body.data(), qsizetype(ctx.req.body.size())));
                   ctx.res.set_header("ETag", "\"" + std::to_string(p.version) + "\"");
                   ctx.sendNoContent();
               },
               {.minRole = Role::Manager, .rawBody = true, .maxBody = size_t(kMaxImageBytes)});

    // An uploaded image, by the address the product's image_url gives (anyone).
    router.add("GET", "/images/uploads/{name}", [&s](RequestContext& ctx) {
        static const QRegularExpression shape(u"^([A-Za-z0-9_-]{1,64})-v[0-9]{1,18}$"_qs);
        const QRegularExpressionMatch m = shape.match(ctx.pathParam("name"));
        const auto image = m.hasMatch() ? s.catalog.productImage(ProductId{m.captured(1)}) : std::nullopt;
        if (!image)
            throw NotFound(u"No uploaded image at this address."_qs);
        ctx.res.status = 200;
        // The address names the product's version: a new image gets a new address.
        ctx.res.set_header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.res.set_content(image->bytes.toStdString(), image->contentType.toStdString());
    });
}

} // namespace comptoir::server
