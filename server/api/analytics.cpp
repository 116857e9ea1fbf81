// Routes: analytics events from shoppers' devices and the funnel report (API.md "Analytics").
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

namespace comptoir::server {

namespace {

// from/to as RFC 3339 times or dates (as the other reports read them); default the last 30 days.
FunnelQuery readFunnelQuery(const RequestContext& ctx)
{
    const auto parse = [&](const char* name, const QDateTime& fallback) {
        const auto text = ctx.query(name);
        if (!text)
            return fallback;
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FunnelQuery q{parse("from", now.addDays(-30)), parse("to", now.addSecs(1)), QString()};
    if (q.to <= q.from)
        throw Invalid::malformed(u"to must be after from."_qs, u"to"_qs);
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
    // reports, nothing to read back; `dropped` counts events older than a day, let go.
    router.add("POST", "/api/v1/events", [&s](RequestContext& ctx) {
        const AnalyticsService::Recorded recorded = s.analytics.record(ctx.jsonBody(), ctx.req.remote_addr);
        ctx.sendJson(202, {{u"accepted"_qs, recorded.stored + recorded.dropped},
                           {u"stored"_qs, recorded.stored},
                           {u"dropped"_qs, recorded.dropped}});
    });

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
