// Routes: locations, stock levels, adjustments, transfers and the movement journal.
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>

namespace comptoir::server {

namespace {

constexpr qint64 kMaxQuantity = 1'000'000'000; // far above any real stock, far below overflow

const QStringList& adjustmentReasons()
{
    static const QStringList reasons = {u"receipt"_qs, u"count"_qs,  u"damage"_qs,
                                        u"theft"_qs,   u"return"_qs, u"correction"_qs};
    return reasons;
}

template <typename T> QJsonObject pageJson(const Page<T>& page)
{
    QJsonArray items;
    for (const T& item : page.items)
        items.append(toJson(item));
    return {{u"items"_qs, items},
            {u"next_cursor"_qs, page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}};
}

} // namespace

void registerInventoryRoutes(Router& router, Services& s)
{
    router.add("GET", "/api/v1/locations", [&s](RequestContext& ctx) {
        QJsonArray items;
        for (const Location& l : s.inventory.locations())
            items.append(toJson(l));
        ctx.sendJson(200, {{u"items"_qs, items}, {u"next_cursor"_qs, QJsonValue()}});
    });

    router.add("GET", "/api/v1/inventory", [&s](RequestContext& ctx) {
        StockQuery q;
        q.sku = ctx.query("sku").value_or(QString());
        q.location.value = ctx.query("location_id").value_or(QString());
        if (q.sku.isEmpty() && q.location.isEmpty())
            throw Invalid::malformed(u"Give at least one of sku and location_id."_qs, u"sku"_qs);
        q.limit = ctx.limit();
        q.cursor = ctx.query("cursor").value_or(QString());
        ctx.sendJson(200, pageJson(s.inventory.levels(q)));
    });

    router.add("POST", "/api/v1/inventory/adjustments",
               [&s](RequestContext& ctx) {
                   JsonReader body(ctx.jsonBody());
                   Adjustment a;
                   a.sku = body.string(u"sku"_qs, 64);
                   a.location.value = body.string(u"location_id"_qs, 64);
                   a.delta = body.integer(u"delta"_qs, -kMaxQuantity, kMaxQuantity);
                   a.reason = body.string(u"reason"_qs, 32);
                   if (body.has(u"delta"_qs) && body.ok() && a.delta == 0)
                       body.fail(u"delta"_qs, u"must not be zero"_qs);
                   if (!a.reason.isEmpty() && !adjustmentReasons().contains(a.reason))
                       body.fail(u"reason"_qs,
                                 u"must be one of %1"_qs.arg(adjustmentReasons().join(u", "_qs)));
                   body.throwIfErrors();
                   ctx.sendJson(201, toJson(s.inventory.adjust(ctx.principal, a)));
               },
               {.minRole = Role::Staff, .idempotent = true});

    router.add(
        "POST", "/api/v1/inventory/transfers",
        [&s](RequestContext& ctx) {
            JsonReader body(ctx.jsonBody());
            Transfer t;
            t.sku = body.string(u"sku"_qs, 64);
            t.from.value = body.string(u"from"_qs, 64);
            t.to.value = body.string(u"to"_qs, 64);
            t.quantity = body.integer(u"quantity"_qs, 1, kMaxQuantity);
            if (!t.from.isEmpty() && t.from == t.to)
                body.fail(u"to"_qs, u"must differ from from"_qs);
            body.throwIfErrors();
            const TransferResult r = s.inventory.transfer(ctx.principal, t);
            ctx.sendJson(201, {{u"id"_qs, r.id}, {u"from"_qs, toJson(r.from)}, {u"to"_qs, toJson(r.to)}});
        },
        {.minRole = Role::Staff, .idempotent = true});

    router.add("GET", "/api/v1/inventory/movements",
               [&s](RequestContext& ctx) {
                   StockQuery q;
                   q.sku = ctx.query("sku").value_or(QString());
                   q.location.value = ctx.query("location_id").value_or(QString());
                   q.limit = ctx.limit();
                   q.cursor = ctx.query("cursor").value_or(QString());
                   ctx.sendJson(200, pageJson(s.inventory.movements(q)));
               },
               {.minRole = Role::Staff});
}

} // namespace comptoir::server
