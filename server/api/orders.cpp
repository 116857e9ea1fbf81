// Routes: quotes, orders, cancellation and status changes.
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>

namespace comptoir::server {

namespace {

QJsonObject pageJson(const Page<Order>& page)
{
    QJsonArray items;
    for (const Order& o : page.items)
        items.append(toJson(o));
    return {{u"items"_qs, items},
            {u"next_cursor"_qs, page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}};
}

// An order just written: its JSON was encoded once, by the write transaction.
void sendSavedOrder(RequestContext& ctx, int status, const OrderRecord& record)
{
    if (record.json.empty())
        ctx.sendJson(status, toJson(record.order));
    else
        ctx.sendRawJson(status, record.json);
}

} // namespace

void registerOrderRoutes(Router& router, Services& s)
{
    router.add("POST", "/api/v1/quotes", [&s](RequestContext& ctx) {
        ctx.sendJson(200, quoteJson(s.orders.quote(ctx.principal, ctx.jsonBody())));
    });

    router.addTwoPhase<PreparedOrder>(
        "POST", "/api/v1/orders",
        {.prepare =
             [&s](RequestContext& ctx) { return s.orders.prepareOrder(ctx.principal, ctx.jsonBody()); },
         .handle =
             [&s](RequestContext& ctx, PreparedOrder& prepared) {
                 const OrderRecord record = s.orders.commitOrder(std::move(prepared));
                 ctx.res.set_header("Location", "/api/v1/orders/" + record.order.id.value.toStdString());
                 sendSavedOrder(ctx, 201, record);
             }},
        {.minRole = Role::Customer});

    router.add("GET", "/api/v1/orders/{id}",
               [&s](RequestContext& ctx) {
                   ctx.sendJson(
                       200, toJson(s.orders.visibleOrder(ctx.principal, OrderId{ctx.pathParam("id")}).order));
               },
               {.minRole = Role::Customer});

    router.add("GET", "/api/v1/orders",
               [&s](RequestContext& ctx) {
                   OrderQuery q;
                   q.status = ctx.query("status").value_or(QString());
                   static const QStringList statuses = {u"pending_payment"_qs,  u"paid"_qs,
                                                        u"ready_for_pickup"_qs, u"shipped"_qs,
                                                        u"completed"_qs,        u"cancelled"_qs};
                   if (!q.status.isEmpty() && !statuses.contains(q.status))
                       throw Invalid::malformed(u"status is not an order status."_qs, u"status"_qs);
                   q.store.value = ctx.query("store_id").value_or(QString());
                   q.customer.value = ctx.query("customer_id").value_or(QString());
                   q.limit = ctx.limit();
                   q.cursor = ctx.query("cursor").value_or(QString());
                   ctx.sendJson(200, pageJson(s.orders.list(ctx.principal, q)));
               },
               {.minRole = Role::Customer});

    router.add("POST", "/api/v1/orders/{id}/cancel",
               [&s](RequestContext& ctx) {
                   sendSavedOrder(ctx, 200, s.orders.cancel(ctx.principal, OrderId{ctx.pathParam("id")}));
               },
               {.minRole = Role::Customer});

    router.add("POST", "/api/v1/orders/{id}/status",
               [&s](RequestContext& ctx) {
                   JsonReader body(ctx.jsonBody());
                   const QString status = body.string(u"status"_qs, 32);
                   body.throwIfErrors();
                   sendSavedOrder(ctx, 200,
                                  s.orders.setStatus(ctx.principal, OrderId{ctx.pathParam("id")}, status));
               },
               {.minRole = Role::Staff});
}

} // namespace comptoir::server
