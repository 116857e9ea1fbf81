// Routes: the fiscal journal (API.md "Fiscal journal"): its public key, its entries, its check.
#include "api/services.h"

#include "domain/errors.h"

namespace comptoir::server {

void registerFiscalRoutes(Router& router, Services& s)
{
    // Anyone: whoever holds an archive checks it against this key.
    router.add("GET", "/api/v1/fiscal/key",
               [&s](RequestContext& ctx) { ctx.sendJson(200, s.fiscal.publicKey()); });

    router.add("GET", "/api/v1/fiscal/journal",
               [&s](RequestContext& ctx) {
                   const qint64 since =
                       ctx.queryInteger("since", 0, std::numeric_limits<qint64>::max()).value_or(0);
                   const QString storeId = ctx.query("store_id").value_or(QString());
                   const QJsonArray entries = s.fiscal.journal(since, ctx.limit(), storeId);
                   const qint64 next = entries.isEmpty()
                                           ? since
                                           : qint64(entries.last().toObject().value(u"seq"_qs).toDouble());
                   ctx.sendJson(200, {{u"items"_qs, entries}, {u"next"_qs, double(next)}});
               },
               {.minRole = Role::Manager});

    router.add("GET", "/api/v1/fiscal/verify",
               [&s](RequestContext& ctx) { ctx.sendJson(200, s.fiscal.verify()); },
               {.minRole = Role::Manager});
}

} // namespace comptoir::server
