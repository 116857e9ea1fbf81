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
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace comptoir::server {

struct RouteOptions {
    std::optional<Role> minRole; // checked before anything else (401/403)
    bool idempotent = false;     // requires an Idempotency-Key (API.md, Idempotency)
    // Takes an Idempotency-Key without requiring one: sent, a retry answers the first result
    // instead of doing the work twice. For routes the contract lists without a key whose
    // clients retry through an outbox (analytics batches must not be counted twice).
    bool replaysWhenKeyed = false;
    // The back office (issue 16): a route whose body is not JSON (an image upload), taking up
    // to `maxBody` bytes of any content type; 0 keeps the JSON routes' limit (setBodyLimit).
    bool rawBody = false;
    size_t maxBody = 0;
    // Kept out of the audit trail: a shopper's analytics batch is not a staff mutation.
    bool audited = true;
};

// An idempotent route in two phases, for work that calls another system (a payment processor)
// before its transaction: `prepare` runs outside the write lock (see Idempotency::run) and its
// result, typed, is what `handle` records inside the transaction. A template rather than a
// std::any hand-off, so a route cannot read back a type its prepare did not make.
template <typename Prepared> struct TwoPhaseRoute {
    std::function<Prepared(RequestContext&)> prepare;
    std::function<void(RequestContext&, Prepared&)> handle;
    // When given: runs if the handler's transaction failed after prepare succeeded, once that
    // transaction has rolled back, to undo what prepare did elsewhere (a card terminal's
    // charge). It may throw an error of its own, which is then the answer.
    std::function<void(RequestContext&, Prepared&)> onFailure = nullptr;
};

class Router {
public:
    using Handler = std::function<void(RequestContext&)>;
    // Resolves a bearer token to a principal, or nullopt when it is unknown, expired or revoked.
    using Authenticator = std::function<std::optional<Principal>(const std::string& token)>;

    Router(Metrics& metrics, Idempotency& idempotency, Authenticator authenticator);

    void add(const std::string& method, const std::string& pattern, Handler handler,
             RouteOptions options = {});
    // A two-phase route; it is idempotent whatever `options` says.
    template <typename Prepared>
    void addTwoPhase(const std::string& method, const std::string& pattern, TwoPhaseRoute<Prepared> route,
                     RouteOptions options = {});
    // Installs the router as the only handler of `server`, with its error and exception hooks,
    // and the library's body limit: the largest any route takes (bigger ones are refused before
    // they are read: 413).
    void install(httplib::Server& server);
    // The largest JSON body accepted (API.md: 1 MiB by default); routes may take more (maxBody).
    void setBodyLimit(size_t bytes) { m_bodyLimit = bytes; }
    // Writes the audit row of a mutation that no store trigger recorded (store/auditcontext.h).
    using AuditWriter = std::function<void(const std::string& target)>;
    void setAuditWriter(AuditWriter writer) { m_auditWriter = std::move(writer); }
    // Proxies (a load balancer) whose X-Forwarded-For is believed about the caller's address.
    void setTrustedProxies(std::vector<std::string> addresses) { m_trustedProxies = std::move(addresses); }
    // "GET /api/v1/products/{id}" lines, for docs checks.
    [[nodiscard]] std::vector<std::string> describeRoutes() const;
    // Requests being handled right now, so a stopping server can wait for them to finish.
    [[nodiscard]] int inFlight() const { return m_inFlight.load(); }

private:
    // One request's run of a two-phase route, its prepared value held by the closures.
    struct Phases {
        std::function<void()> prepare;
        std::function<void()> handle;
        std::function<void()> onFailure;
    };
    using PhasesFactory = std::function<Phases(RequestContext&)>;

    struct Route {
        std::string method;
        std::string pattern;
        std::vector<std::string> segments;
        Handler handler;        // single-phase routes
        PhasesFactory twoPhase; // two-phase routes
        RouteOptions options;
    };

    void addRoute(const std::string& method, const std::string& pattern, Handler handler,
                  PhasesFactory twoPhase, RouteOptions options);

    void handle(const httplib::Request& req, httplib::Response& res);
    void runRoute(const Route& route, RequestContext& ctx);
    // The route's handler, through the idempotency records when it takes a key.
    void runAudited(const Route& route, RequestContext& ctx);
    void finish(const httplib::Request& req, httplib::Response& res, const std::string& requestId,
                const std::string& route, double seconds);

    Metrics& m_metrics;
    Idempotency& m_idempotency;
    Authenticator m_authenticate;
    std::vector<Route> m_routes;
    std::vector<std::string> m_trustedProxies;
    std::atomic<int> m_inFlight{0};
    size_t m_bodyLimit = 1 << 20;
    AuditWriter m_auditWriter;
};

template <typename Prepared>
void Router::addTwoPhase(const std::string& method, const std::string& pattern, TwoPhaseRoute<Prepared> route,
                         RouteOptions options)
{
    options.idempotent = true;
    auto steps = std::make_shared<const TwoPhaseRoute<Prepared>>(std::move(route));
    PhasesFactory factory = [steps](RequestContext& ctx) {
        auto prepared = std::make_shared<std::optional<Prepared>>();
        Phases phases;
        phases.prepare = [steps, prepared, &ctx] { prepared->emplace(steps->prepare(ctx)); };
        phases.handle = [steps, prepared, &ctx] { steps->handle(ctx, prepared->value()); };
        if (steps->onFailure)
            phases.onFailure = [steps, prepared, &ctx] {
                if (prepared->has_value())
                    steps->onFailure(ctx, **prepared);
            };
        return phases;
    };
    addRoute(method, pattern, nullptr, std::move(factory), options);
}

// Writes a problem+json answer; used by the router and by the library-level error hook.
void writeProblem(httplib::Response& res, int status, const QString& detail, const QJsonObject& extra,
                  const std::string& requestId);

} // namespace comptoir::server
