// Routes: omnichannel returns of an order (what can come back, taking a return, its returns).
#include "api/services.h"

#include "domain/errors.h"
#include "http/problemstatus.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::server {

void registerReturnRoutes(Router& router, Services& s)
{
    router.add("GET", "/api/v1/orders/{id}/returnable",
               [&s](RequestContext& ctx) {
                   ctx.sendJson(200, s.returns.returnable(ctx.principal, OrderId{ctx.pathParam("id")}));
               },
               {.minRole = Role::Staff});

    // Checked and planned outside the write lock; decided again, refunded and recorded inside it.
    router.addTwoPhase<ReturnRequest>(
        "POST", "/api/v1/orders/{id}/returns",
        {.prepare =
             [&s](RequestContext& ctx) {
                 return s.returns.prepare(ctx.principal, OrderId{ctx.pathParam("id")}, ctx.jsonBody(),
                                          ctx.principal.scopeKey() + u':' +
                                              QString::fromStdString(ctx.header("Idempotency-Key")));
             },
         .handle =
             [&s](RequestContext& ctx, ReturnRequest& request) {
                 const TakenReturn taken = s.returns.take(ctx.principal, request);
                 // A processor's refusal is answered without throwing, so that the transaction
                 // commits what the processor did answer (the Idempotency mechanism records only
                 // a 2xx: the same request may be sent again).
                 if (taken.refused) {
                     writeProblem(ctx.res, statusFor(*taken.refused), taken.refused->detail(),
                                  taken.refused->extra(), ctx.requestId());
                     return;
                 }
                 ctx.res.set_header("Location", "/api/v1/orders/" + taken.record.orderId.value.toStdString() +
                                                    "/returns");
                 ctx.sendRawJson(201, taken.record.json);
             }},
        {.minRole = Role::Staff});

    router.add("GET", "/api/v1/orders/{id}/returns",
               [&s](RequestContext& ctx) {
                   QJsonArray items;
                   for (const ReturnRecord& r :
                        s.returns.returnsOf(ctx.principal, OrderId{ctx.pathParam("id")}))
                       items.append(QJsonDocument::fromJson(QByteArray::fromStdString(r.json)).object());
                   ctx.sendJson(200, {{u"items"_qs, items}, {u"next_cursor"_qs, QJsonValue()}});
               },
               {.minRole = Role::Customer});
}

} // namespace comptoir::server
