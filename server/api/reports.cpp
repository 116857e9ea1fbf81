// Routes: sales, top products and low stock reports.
#include "api/reportrange.h"
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

namespace comptoir::server {

namespace {

QJsonValue nextCursor(const QString& cursor)
{
    return cursor.isEmpty() ? QJsonValue() : QJsonValue(cursor);
}

} // namespace

void registerReportRoutes(Router& router, Services& s)
{
    router.add(
        "GET", "/api/v1/reports/sales",
        [&s](RequestContext& ctx) {
            const QString groupBy = ctx.query("group_by").value_or(u"day"_qs);
            // hour, staff, payment_method and category: the back office (issue 16).
            static const QStringList groups{u"day"_qs,   u"store"_qs,          u"channel"_qs, u"hour"_qs,
                                            u"staff"_qs, u"payment_method"_qs, u"category"_qs};
            if (!groups.contains(groupBy))
                throw Invalid::malformed(
                    u"group_by must be day, hour, store, channel, staff, payment_method or category."_qs,
                    u"group_by"_qs);
            const ReportRange range = readReportRange(ctx);
            ctx.sendJson(200, {{u"group_by"_qs, groupBy},
                               {u"from"_qs, toRfc3339(range.from)},
                               {u"to"_qs, toRfc3339(range.to)},
                               {u"items"_qs, s.reports.sales(range, groupBy)},
                               {u"next_cursor"_qs, QJsonValue()}});
        },
        {.minRole = Role::Manager});

    router.add(
        "GET", "/api/v1/reports/top-products",
        [&s](RequestContext& ctx) {
            const ReportRange range = readReportRange(ctx);
            const Page<QJsonObject> page =
                s.reports.topProducts(range, ctx.limit(), ctx.query("cursor").value_or(QString()));
            QJsonArray items;
            for (const QJsonObject& item : page.items)
                items.append(item);
            ctx.sendJson(200, {{u"items"_qs, items}, {u"next_cursor"_qs, nextCursor(page.nextCursor)}});
        },
        {.minRole = Role::Manager});

    router.add("GET", "/api/v1/reports/low-stock",
               [&s](RequestContext& ctx) {
                   const LocationId location{ctx.query("location_id").value_or(QString())};
                   const qint64 threshold = ctx.queryInteger("threshold", -1'000'000, 1'000'000).value_or(3);
                   const Page<StockLevel> page =
                       s.inventory.lowStock(ctx.principal, location, threshold, ctx.limit(),
                                            ctx.query("cursor").value_or(QString()));
                   QJsonArray items;
                   for (const StockLevel& level : page.items)
                       items.append(toJson(level));
                   ctx.sendJson(200, {{u"threshold"_qs, double(threshold)},
                                      {u"items"_qs, items},
                                      {u"next_cursor"_qs, nextCursor(page.nextCursor)}});
               },
               {.minRole = Role::Staff});
}

} // namespace comptoir::server
