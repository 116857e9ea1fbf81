#pragma once
// Our own router in front of cpp-httplib: path patterns with {params}, and every cross-cutting
// concern in one place: request ids, authentication, role gates, content-type checks,
// idempotency, problem+json for every failure, metrics and one JSON log line per request.

#include "domain/idempotency.h"
#include "http/metrics.h"
#include "http/requestcontext.h"

#include <httplib.h>

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace comptoir::server {

struct RouteOptions {
    std::optional<Role> minRole; // checked before anything else (401/403)
    bool idempotent = false;     // requires an Idempotency-Key (API.md, Idempotency)
    // Idempotent routes only: runs before the handler's transaction, outside the write lock
    // (see Idempotency::run), and may leave results in RequestContext::stash.
    std::function<void(RequestContext&)> prepare = nullptr;
    // Idempotent routes only: runs when prepare or the handler's transaction failed, once that
    // transaction has rolled back, to undo what prepare did in another system (a card terminal's
    // charge). It may throw an error of its own, which is then the answer.
    std::function<void(RequestContext&)> onFailure = nullptr;
};

class Router {
public:
    using Handler = std::function<void(RequestContext&)>;
    // Resolves a bearer token to a principal, or nullopt when it is unknown, expired or revoked.
    using Authenticator = std::function<std::optional<Principal>(const std::string& token)>;

    Router(Metrics& metrics, Idempotency& idempotency, Authenticator authenticator);

    void add(const std::string& method, const std::string& pattern, Handler handler,
             RouteOptions options = {});
    // Installs the router as the only handler of `server`, with its error and exception hooks.
    void install(httplib::Server& server);
    // "GET /api/v1/products/{id}" lines, for docs checks.
    [[nodiscard]] std::vector<std::string> describeRoutes() const;
    // Requests being handled right now, so a stopping server can wait for them to finish.
    [[nodiscard]] int inFlight() const { return m_inFlight.load(); }

private:
    struct Route {
        std::string method;
        std::string pattern;
        std::vector<std::string> segments;
        Handler handler;
        RouteOptions options;
    };

    void handle(const httplib::Request& req, httplib::Response& res);
    void runRoute(const Route& route, RequestContext& ctx);
    void finish(const httplib::Request& req, httplib::Response& res, const std::string& requestId,
                const std::string& route, double seconds);

    Metrics& m_metrics;
    Idempotency& m_idempotency;
    Authenticator m_authenticate;
    std::vector<Route> m_routes;
    std::atomic<int> m_inFlight{0};
};

// Writes a problem+json answer; used by the router and by the library-level error hook.
void writeProblem(httplib::Response& res, int status, const QString& detail, const QJsonObject& extra,
                  const std::string& requestId);

} // namespace comptoir::server
