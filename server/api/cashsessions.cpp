// Routes: cash sessions (a register's drawer), their movements, reports and close.
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>

namespace comptoir::server {

namespace {

QJsonObject pageJson(const Page<CashSessionRecord>& page)
{
    QJsonArray items;
    for (const CashSessionRecord& r : page.items)
        items.append(toJson(r.session));
    return {{u"items"_qs, items},
            {u"next_cursor"_qs, page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}};
}

} // namespace

void registerCashSessionRoutes(Router& router, Services& s)
{
    router.add("POST", "/api/v1/cash-sessions",
               [&s](RequestContext& ctx) {
                   const CashSessionRecord record = s.cashSessions.open(ctx.principal, ctx.jsonBody());
                   ctx.res.set_header("Location", "/api/v1/cash-sessions/" + record.session.id.toStdString());
                   ctx.sendJson(201, toJson(record.session));
               },
               {.minRole = Role::Staff, .idempotent = true});

    router.add("GET", "/api/v1/cash-sessions",
               [&s](RequestContext& ctx) {
                   CashSessionQuery q;
                   q.store.value = ctx.query("store_id").value_or(QString());
                   q.status = ctx.query("status").value_or(QString());
                   if (!q.status.isEmpty() && q.status != u"open" && q.status != u"closed")
                       throw Invalid::malformed(u"status must be open or closed."_qs, u"status"_qs);
                   q.limit = ctx.limit();
                   q.cursor = ctx.query("cursor").value_or(QString());
                   ctx.sendJson(200, pageJson(s.cashSessions.list(ctx.principal, q)));
               },
               {.minRole = Role::Staff});

    router.add("GET", "/api/v1/cash-sessions/{id}",
               [&s](RequestContext& ctx) {
                   ctx.sendJson(200, s.cashSessions.sessionWithReport(
                                         s.cashSessions.visibleSession(ctx.principal, ctx.pathParam("id"))));
               },
               {.minRole = Role::Staff});

    router.add("POST", "/api/v1/cash-sessions/{id}/movements",
               [&s](RequestContext& ctx) {
                   ctx.sendJson(201, toJson(s.cashSessions.addMovement(ctx.principal, ctx.pathParam("id"),
                                                                       ctx.jsonBody())));
               },
               {.minRole = Role::Staff, .idempotent = true});

    router.add("POST", "/api/v1/cash-sessions/{id}/close",
               [&s](RequestContext& ctx) {
                   ctx.sendJson(200,
                                s.cashSessions.close(ctx.principal, ctx.pathParam("id"), ctx.jsonBody()));
               },
               {.minRole = Role::Staff, .idempotent = true});
}

} // namespace comptoir::server
