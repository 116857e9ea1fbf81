// Routes: service information, health, readiness and metrics.
#include "api/services.h"

#include "comptoir/config.h"
#include "domain/errors.h"
#include "http/httperror.h"

namespace comptoir::server {

namespace {

bool isLoopback(const std::string& address)
{
    return address.rfind("127.", 0) == 0 || address == "::1" || address.rfind("::ffff:127.", 0) == 0;
}

} // namespace

void registerInfoRoutes(Router& router, Services& s)
{
    router.add("GET", "/api/v1/info", [&s](RequestContext& ctx) {
        // The client reached us by this host: the live channel is on the same one.
        const QString wsUrl = s.settings.live.forHostHeader(ctx.req.get_header_value("Host"));
        ctx.sendJson(200, {{u"name"_qs, u"comptoir"_qs},
                           {u"version"_qs, QString::fromLatin1(COMPTOIR_VERSION)},
                           {u"server_time"_qs, toRfc3339(QDateTime::currentDateTimeUtc())},
                           {u"ws_url"_qs, wsUrl.isEmpty() ? QJsonValue() : QJsonValue(wsUrl)},
                           {u"currency"_qs, s.settings.currency}});
    });
    router.add("GET", "/healthz", [](RequestContext& ctx) { ctx.sendJson(200, {{u"status"_qs, u"ok"_qs}}); });
    router.add("GET", "/readyz", [&s](RequestContext& ctx) {
        if (!s.storeReady())
            throw HttpError(503, u"The store is not open or not migrated yet."_qs);
        ctx.sendJson(200, {{u"status"_qs, u"ready"_qs}});
    });
    router.add("GET", "/metrics", [&s](RequestContext& ctx) {
        if (!isLoopback(ctx.clientAddress))
            requireRole(ctx.principal, Role::Manager);
        ctx.res.status = 200;
        ctx.res.set_content(s.metrics.render(), "text/plain; version=0.0.4");
    });
}

} // namespace comptoir::server
