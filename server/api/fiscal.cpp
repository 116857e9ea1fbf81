// Routes: the fiscal journal (API.md "Fiscal journal"): its public key, its entries, its check,
// closures (by hand; the list and its CSV are additions for the back office), archives, and the
// reprint of a receipt (an addition: POST /orders/{id}/reprints).
#include "api/services.h"

#include "domain/errors.h"

#include <QRegularExpression>

namespace comptoir::server {

namespace {

// An optional YYYY-MM-DD query parameter (400 when it is something else).
QString dayParameter(const RequestContext& ctx, const char* name)
{
    const QString text = ctx.query(name).value_or(QString());
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_qs);
    if (!text.isEmpty() && (!shape.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid()))
        throw Invalid::malformed(QString::fromLatin1(name) + u" must be a day, YYYY-MM-DD."_qs,
                                 QString::fromLatin1(name));
    return text;
}

ClosureQuery closureQuery(const RequestContext& ctx)
{
    ClosureQuery q;
    q.storeId = ctx.query("store_id").value_or(QString());
    q.from = dayParameter(ctx, "from");
    q.to = dayParameter(ctx, "to");
    if (!q.from.isEmpty() && !q.to.isEmpty() && q.from > q.to)
        throw Invalid::malformed(u"from must not be after to."_qs, u"from"_qs);
    return q;
}

} // namespace

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

    router.add("POST", "/api/v1/fiscal/closures",
               [&s](RequestContext& ctx) { ctx.sendJson(201, s.fiscal.close(ctx.jsonBody())); },
               {.minRole = Role::Manager, .idempotent = true});

    // Addition: the closures for the back office's list, ascending by seq, paged by cursor.
    router.add(
        "GET", "/api/v1/fiscal/closures",
        [&s](RequestContext& ctx) {
            ClosureQuery q = closureQuery(ctx);
            q.period = ctx.query("period").value_or(QString());
            if (!q.period.isEmpty() && q.period != u"day" && q.period != u"month" && q.period != u"year")
                throw Invalid::malformed(u"period must be day, month or year."_qs, u"period"_qs);
            q.limit = ctx.limit();
            const QString cursor = ctx.query("cursor").value_or(QString());
            if (!cursor.isEmpty()) {
                bool ok = false;
                q.after = cursor.toLongLong(&ok);
                if (!ok || q.after < 0)
                    throw Invalid::malformed(u"The cursor is not one this server gave."_qs, u"cursor"_qs);
            }
            const auto [items, next] = s.fiscal.closures(q);
            ctx.sendJson(200, {{u"items"_qs, items},
                               {u"next_cursor"_qs, next.isEmpty() ? QJsonValue() : QJsonValue(next)}});
        },
        {.minRole = Role::Manager});

    // Addition: the daily closures as CSV, one row per day and VAT rate (the e-reporting's figures).
    router.add("GET", "/api/v1/fiscal/closures.csv",
               [&s](RequestContext& ctx) {
                   const QByteArray csv = s.fiscal.closuresCsv(closureQuery(ctx));
                   ctx.res.status = 200;
                   ctx.res.set_header("Content-Disposition", "attachment; filename=\"closures.csv\"");
                   ctx.res.set_content(csv.toStdString(), "text/csv; charset=utf-8");
               },
               {.minRole = Role::Manager});

    router.add("GET", "/api/v1/fiscal/archives/{closure_seq}",
               [&s](RequestContext& ctx) {
                   bool ok = false;
                   const qint64 seq = ctx.pathParam("closure_seq").toLongLong(&ok);
                   if (!ok || seq < 1)
                       throw Invalid::malformed(u"closure_seq must be a closure's seq."_qs,
                                                u"closure_seq"_qs);
                   const FiscalArchive archive = s.fiscal.archive(seq);
                   ctx.res.status = 200;
                   ctx.res.set_header("Comptoir-Archive-Signature", archive.signature.toStdString());
                   ctx.res.set_header("Content-Disposition",
                                      "attachment; filename=\"closure-" + std::to_string(seq) + ".jsonl\"");
                   ctx.res.set_content(archive.body.toStdString(), "application/jsonl");
               },
               {.minRole = Role::Manager});

    // Addition: a duplicate of a paid order's receipt, journaled with its number.
    router.add("POST", "/api/v1/orders/{id}/reprints",
               [&s](RequestContext& ctx) {
                   const OrderRecord record =
                       s.orders.visibleOrder(ctx.principal, OrderId{ctx.pathParam("id")});
                   ctx.sendJson(201, s.fiscal.reprint(ctx.principal, record.order));
               },
               {.minRole = Role::Staff, .idempotent = true});
}

} // namespace comptoir::server
