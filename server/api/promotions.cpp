// Routes: promotion codes (managers).
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>

namespace comptoir::server {

void registerPromotionRoutes(Router& router, Services& s)
{
    router.add("GET", "/api/v1/promotions",
               [&s](RequestContext& ctx) {
                   QJsonArray items;
                   for (const Promotion& p : s.catalog.promotions())
                       items.append(toJson(p));
                   ctx.sendJson(200, {{u"items"_qs, items}, {u"next_cursor"_qs, QJsonValue()}});
               },
               {.minRole = Role::Manager});

    router.add("POST", "/api/v1/promotions",
               [&s](RequestContext& ctx) {
                   QJsonObject body = ctx.jsonBody();
                   body.remove(u"uses"_qs); // counted by the server
                   const Promotion p = promotionFromJson(body);
                   const Promotion created = s.catalog.createPromotion(p, body.contains(u"min_subtotal"_qs));
                   ctx.sendJson(201, toJson(created));
               },
               {.minRole = Role::Manager});
}

} // namespace comptoir::server
