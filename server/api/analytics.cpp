// Routes: analytics events from shoppers' devices and the funnel report (API.md "Analytics").
#include "api/reportrange.h"
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

namespace comptoir::server {

namespace {

// The window as every report reads it, and a channel.
FunnelQuery readFunnelQuery(const RequestContext& ctx)
{
    const ReportRange range = readReportRange(ctx);
    FunnelQuery q{range.from, range.to, QString()};
    if (const auto channel = ctx.query("channel")) {
        if (*channel != u"kiosk" && *channel != u"web")
            throw Invalid::malformed(u"channel must be kiosk or web."_qs, u"channel"_qs);
        q.channel = *channel;
    }
    return q;
}

} // namespace

void registerAnalyticsRoutes(Router& router, Services& s)
{
    // Anyone: kiosks and shoppers who are not signed in send events too. 202: stored for the
    // reports, nothing to read back; `dropped` counts events older than a day, let go. A batch
    // sent again with its Idempotency-Key (an outbox retrying after a lost answer) is not
    // counted twice.
    router.add("POST", "/api/v1/events",
               [&s](RequestContext& ctx) {
                   const AnalyticsService::Recorded recorded =
                       s.analytics.record(ctx.jsonBody(), ctx.clientAddress);
                   ctx.sendJson(202, {{u"accepted"_qs, recorded.stored + recorded.dropped},
                                      {u"stored"_qs, recorded.stored},
                                      {u"dropped"_qs, recorded.dropped}});
               },
               {.minRole = std::nullopt, .idempotent = false, .replaysWhenKeyed = true, .audited = false});

    router.add("GET", "/api/v1/reports/funnel",
               [&s](RequestContext& ctx) {
                   const FunnelQuery q = readFunnelQuery(ctx);
                   const FunnelReport r = s.analytics.funnel(ctx.principal, q);
                   ctx.sendJson(200,
                                {{u"from"_qs, toRfc3339(q.from)},
                                 {u"to"_qs, toRfc3339(q.to)},
                                 {u"channel"_qs, q.channel.isEmpty() ? QJsonValue() : QJsonValue(q.channel)},
                                 {u"sessions"_qs, double(r.counts.sessions)},
                                 {u"product_views"_qs, double(r.counts.productViews)},
                                 {u"carts"_qs, double(r.counts.carts)},
                                 {u"checkouts"_qs, double(r.counts.checkouts)},
                                 {u"orders"_qs, double(r.counts.orders)},
                                 {u"conversion_rate"_qs, r.conversionRate},
                                 {u"cart_abandonment_rate"_qs, r.cartAbandonmentRate}});
               },
               {.minRole = Role::Manager});
}

} // namespace comptoir::server
