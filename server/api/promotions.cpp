// Routes: promotion codes (managers).
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace comptoir::server {

void registerPromotionRoutes(Router& router, Services& s)
{
    router.add("GET", "/api/v1/promotions",
               [&s](RequestContext& ctx) {
                   QJsonArray items;
                   for (const Promotion& p : s.store.promotions())
                       items.append(toJson(p));
                   ctx.sendJson(200, {{u"items"_qs, items}, {u"next_cursor"_qs, QJsonValue()}});
               },
               {.minRole = Role::Manager});

    router.add(
        "POST", "/api/v1/promotions",
        [&s](RequestContext& ctx) {
            QJsonObject body = ctx.jsonBody();
            body.remove(u"uses"_qs); // counted by the server
            Promotion p = promotionFromJson(body);
            QList<FieldError> errors;
            static const QRegularExpression codeShape(u"^[A-Za-z0-9_-]{2,32}$"_qs);
            if (!codeShape.match(p.code).hasMatch())
                errors.append({u"code"_qs, u"must be 2 to 32 letters, digits, '-' or '_'"_qs});
            if (p.amountOff && p.amountOff->currency != s.settings.currency)
                errors.append({u"amount_off.currency"_qs, u"must be %1"_qs.arg(s.settings.currency)});
            if (p.amountOff && p.amountOff->amount <= 0)
                errors.append({u"amount_off.amount"_qs, u"must be positive"_qs});
            if (body.contains(u"min_subtotal"_qs) && p.minSubtotal.currency != s.settings.currency)
                errors.append({u"min_subtotal.currency"_qs, u"must be %1"_qs.arg(s.settings.currency)});
            if (p.minSubtotal.amount < 0)
                errors.append({u"min_subtotal.amount"_qs, u"must not be negative"_qs});
            if (p.startsAt.isValid() && p.endsAt.isValid() && p.endsAt <= p.startsAt)
                errors.append({u"ends_at"_qs, u"must be after starts_at"_qs});
            if (!errors.isEmpty())
                throw ValidationError(errors);
            p.code = p.code.toUpper();
            p.minSubtotal.currency = s.settings.currency;
            s.store.createPromotion(p);
            ctx.sendJson(201, toJson(*s.store.promotion(p.code)));
        },
        {.minRole = Role::Manager});
}

} // namespace comptoir::server
