// Routes: sales, top products and low stock reports.
#include "api/services.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

namespace comptoir::server {

namespace {

// from/to as RFC 3339 times or dates; default the last 30 days up to now.
ReportRange readRange(const RequestContext& ctx)
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
    ReportRange range{parse("from", now.addDays(-30)), parse("to", now.addSecs(1))};
    if (range.to <= range.from)
        throw Invalid::malformed(u"to must be after from."_qs, u"to"_qs);
    return range;
}

QJsonValue nextCursor(const QString& cursor)
{
    return cursor.isEmpty() ? QJsonValue() : QJsonValue(cursor);
}

} // namespace

void registerReportRoutes(Router& router, Services& s)
{
    router.add("GET", "/api/v1/reports/sales",
               [&s](RequestContext& ctx) {
                   const QString groupBy = ctx.query("group_by").value_or(u"day"_qs);
                   if (!QStringList{u"day"_qs, u"store"_qs, u"channel"_qs}.contains(groupBy))
                       throw Invalid::malformed(u"group_by must be day, store or channel."_qs,
                                                u"group_by"_qs);
                   const ReportRange range = readRange(ctx);
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
            const ReportRange range = readRange(ctx);
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
