#include "http/router.h"

#include "comptoir/ids.h"
#include "comptoir/money.h"
#include "comptoir/sqlite.h"
#include "comptoir/validation.h"
#include "domain/errors.h"
#include "http/clientaddress.h"
#include "http/httperror.h"
#include "http/problemstatus.h"
#include "http/requestfingerprint.h"
#include "log/jsonlog.h"
#include "store/auditcontext.h"
#include "store/pg/pgconnection.h"

#include <QJsonDocument>
#include <algorithm>
#include <chrono>
#include <set>

namespace comptoir::server {

namespace {

std::vector<std::string> splitPath(const std::string& path)
{
    std::vector<std::string> parts;
    size_t start = 1;
    while (start <= path.size()) {
        const size_t end = path.find('/', start);
        parts.push_back(path.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return parts;
}

bool isParam(const std::string& segment)
{
    return segment.size() > 2 && segment.front() == '{';
}

bool matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
             std::vector<std::pair<std::string, std::string>>& params)
{
    if (pattern.size() != path.size())
        return false;
    params.clear();
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (isParam(pattern[i])) {
            if (path[i].empty())
                return false;
            params.emplace_back(pattern[i].substr(1, pattern[i].size() - 2), path[i]);
        } else if (pattern[i] != path[i]) {
            return false;
        }
    }
    return true;
}

bool isJsonContentType(const std::string& type)
{
    const std::string base = type.substr(0, type.find(';'));
    return base == "application/json" || (base.rfind("application/", 0) == 0 && base.ends_with("+json"));
}

std::string incomingRequestId(const httplib::Request& req)
{
    std::string id = req.get_header_value("X-Request-Id");
    if (id.empty() || id.size() > 128)
        return newId(u"req"_qs).toStdString();
    for (unsigned char c : id)
        if (c < 0x21 || c > 0x7e)
            return newId(u"req"_qs).toStdString();
    return id;
}

std::string slugFor(int status)
{
    std::string slug = statusTitle(status).toLower().toStdString();
    for (char& c : slug)
        if (c == ' ')
            c = '-';
    return slug;
}

// cpp-httplib 0.11 as Debian builds it (with Brotli) answers "br" whenever a client offers it, at
// Brotli's default quality 11: about 1 MB/s of one core, 2.5 s for one page of the change feed,
// and every browser offers it. gzip compresses JSON nearly as well for a small part of the CPU.
// The library has no setting for this, so the offer is narrowed before the library reads it
// (the request is the library's own object, not a const one).
void declineBrotli(const httplib::Request& request)
{
    auto& headers = const_cast<httplib::Request&>(request).headers;
    for (auto [it, end] = headers.equal_range("Accept-Encoding"); it != end; ++it) {
        std::string kept;
        size_t start = 0;
        while (start <= it->second.size()) {
            size_t comma = it->second.find(',', start);
            if (comma == std::string::npos)
                comma = it->second.size();
            std::string token = it->second.substr(start, comma - start);
            token.erase(0, token.find_first_not_of(' '));
            const std::string name = token.substr(0, token.find_first_of("; "));
            if (!name.empty() && name != "br")
                kept += (kept.empty() ? "" : ", ") + token;
            start = comma + 1;
        }
        it->second = kept.empty() ? "identity" : kept;
    }
}

} // namespace

void writeProblem(httplib::Response& res, int status, const QString& detail, const QJsonObject& extra,
                  const std::string& requestId)
{
    QJsonObject problem = extra;
    // A problem more precise than its status brings its own type (e.g. idempotency-in-flight).
    if (!problem.contains(u"type"_qs))
        problem.insert(u"type"_qs, QString::fromStdString("urn:comptoir:problem:" + slugFor(status)));
    problem.insert(u"title"_qs, statusTitle(status));
    problem.insert(u"status"_qs, status);
    if (!detail.isEmpty())
        problem.insert(u"detail"_qs, detail);
    problem.insert(u"request_id"_qs, QString::fromStdString(requestId));
    res.status = status;
    res.set_content(QJsonDocument(problem).toJson(QJsonDocument::Compact).toStdString(),
                    "application/problem+json");
}

Router::Router(Metrics& metrics, Idempotency& idempotency, Authenticator authenticator)
    : m_metrics(metrics), m_idempotency(idempotency), m_authenticate(std::move(authenticator))
{
}

void Router::add(const std::string& method, const std::string& pattern, Handler handler, RouteOptions options)
{
    addRoute(method, pattern, std::move(handler), nullptr, options);
}

void Router::addRoute(const std::string& method, const std::string& pattern, Handler handler,
                      PhasesFactory twoPhase, RouteOptions options)
{
    m_routes.push_back(
        Route{method, pattern, splitPath(pattern), std::move(handler), std::move(twoPhase), options});
}

std::vector<std::string> Router::describeRoutes() const
{
    std::vector<std::string> out;
    for (const Route& r : m_routes)
        out.push_back(r.method + " " + r.pattern);
    return out;
}

void Router::install(httplib::Server& server)
{
    size_t largestBody = m_bodyLimit;
    for (const Route& r : m_routes)
        largestBody = std::max(largestBody, r.options.maxBody);
    server.set_payload_max_length(largestBody);
    auto handler = [this](const httplib::Request& req, httplib::Response& res) { handle(req, res); };
    // One catch-all per method: routing is ours, so no per-route regex runs per request.
    server.Get(".*", handler);
    server.Post(".*", handler);
    server.Put(".*", handler);
    server.Patch(".*", handler);
    server.Delete(".*", handler);
    server.Options(".*", handler);
    // A request that announces no body (neither Content-Length nor Transfer-Encoding) has none
    // (RFC 9112, 6.3). cpp-httplib 0.11 would read one until the connection's read timeout,
    // holding a pool thread for 10 s: such a request is answered here, before the library reads.
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        const bool libraryReadsABody = req.method == "POST" || req.method == "PUT" || req.method == "PATCH" ||
                                       req.method == "DELETE" || req.method == "PRI";
        if (!libraryReadsABody || req.has_header("Content-Length") || req.has_header("Transfer-Encoding"))
            return httplib::Server::HandlerResponse::Unhandled;
        handle(req, res);
        return httplib::Server::HandlerResponse::Handled;
    });
    // Errors raised by the library itself (bad request line, URI too long, body over the limit)
    // arrive here with no body: answer them as problem+json too.
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            const std::string requestId = incomingRequestId(req);
            QString detail;
            if (res.status == 413)
                detail = u"The request body is larger than the server accepts."_qs;
            else if (res.status == 400)
                detail = u"The request could not be read: malformed, or its body was cut short."_qs;
            else if (res.status == 414)
                detail = u"The request line is longer than the server accepts."_qs;
            writeProblem(res, res.status, detail, {}, requestId);
            res.set_header("X-Request-Id", requestId);
            finish(req, res, requestId, "(protocol)", 0);
            return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
        const std::string requestId = incomingRequestId(req);
        writeProblem(res, 500, u"An unexpected error occurred."_qs, {}, requestId);
        res.set_header("X-Request-Id", requestId);
    });
}

void Router::handle(const httplib::Request& req, httplib::Response& res)
{
    const auto started = std::chrono::steady_clock::now();
    ++m_inFlight;
    struct Done {
        std::atomic<int>& count;
        ~Done() { --count; }
    } done{m_inFlight};
    declineBrotli(req);
    const std::string requestId = incomingRequestId(req);
    RequestContext ctx(req, res, requestId);
    ctx.clientAddress =
        clientAddress(req.remote_addr, req.get_header_value("X-Forwarded-For"), m_trustedProxies);
    const std::string method = req.method == "HEAD" ? "GET" : req.method;
    const std::vector<std::string> path = splitPath(req.path);
    std::vector<std::pair<std::string, std::string>> params;
    const Route* found = nullptr;
    std::string allowed;
    for (const Route& r : m_routes) {
        if (!matches(r.segments, path, params))
            continue;
        if (r.method == method) {
            found = &r;
            ctx.setPathParams(params);
            break;
        }
        allowed += (allowed.empty() ? "" : ", ") + r.method;
    }

    std::string routeLabel = found ? found->pattern : "(unmatched)";
    try {
        if (!found && !allowed.empty()) {
            res.set_header("Allow", allowed);
            throw HttpError(405, u"This path does not accept %1."_qs.arg(QString::fromStdString(req.method)));
        }
        if (!found)
            throw NotFound(u"No resource at %1."_qs.arg(QString::fromStdString(req.path)));
        runRoute(*found, ctx);
    } catch (const HttpError& e) {
        writeProblem(res, e.status(), e.detail(), e.extra(), requestId);
    } catch (const DomainError& e) {
        if (e.retryAfterSeconds() > 0)
            res.set_header("Retry-After", std::to_string(e.retryAfterSeconds()));
        writeProblem(res, statusFor(e), e.detail(), e.extra(), requestId);
    } catch (const ValidationError& e) {
        writeProblem(res, 422, u"The request has invalid fields."_qs, {{u"errors"_qs, e.toJson()}},
                     requestId);
    } catch (const MoneyError& e) {
        writeProblem(res, 422,
                     u"An amount or quantity is out of range: %1."_qs.arg(QString::fromUtf8(e.what())), {},
                     requestId);
    } catch (const sqlite::Error& e) {
        log::write(log::Level::Error, "store error", {{"request_id", requestId}, {"error", e.what()}});
        if (e.isBusy()) {
            res.set_header("Retry-After", "1");
            writeProblem(res, 503, u"The store is busy; retry shortly."_qs, {}, requestId);
        } else {
            writeProblem(res, 500, u"An unexpected store error occurred; it was logged."_qs, {}, requestId);
        }
    } catch (const pg::Error& e) {
        log::write(log::Level::Error, "store error", {{"request_id", requestId}, {"error", e.what()}});
        if (e.isConnectionLost() || e.isSerializationFailure()) {
            // PostgreSQL restarting or failing over: this server reconnects at the next request.
            res.set_header("Retry-After", "1");
            writeProblem(res, 503, u"The store cannot be reached; retry shortly."_qs, {}, requestId);
        } else {
            writeProblem(res, 500, u"An unexpected store error occurred; it was logged."_qs, {}, requestId);
        }
    } catch (const std::exception& e) {
        log::write(log::Level::Error, "unhandled exception",
                   {{"request_id", requestId}, {"error", e.what()}});
        writeProblem(res, 500, u"An unexpected error occurred; it was logged."_qs, {}, requestId);
    }
    res.set_header("X-Request-Id", requestId);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    finish(req, res, requestId, routeLabel, seconds);
}

void Router::runRoute(const Route& route, RequestContext& ctx)
{
    const httplib::Request& req = ctx.req;
    const bool hasBody = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
    if (req.body.size() > (route.options.maxBody ? route.options.maxBody : m_bodyLimit))
        throw HttpError(413, u"The request body is larger than this route accepts."_qs);
    if (hasBody && !route.options.rawBody && !req.body.empty() &&
        !isJsonContentType(req.get_header_value("Content-Type")))
        throw HttpError(415, u"Send the body as application/json."_qs);

    const std::string authorization = req.get_header_value("Authorization");
    if (!authorization.empty()) {
        constexpr std::string_view scheme = "Bearer ";
        if (authorization.size() <= scheme.size() || authorization.compare(0, scheme.size(), scheme) != 0)
            throw Forbidden::notSignedIn(u"Use an Authorization: Bearer <token> header."_qs);
        const auto principal = m_authenticate(authorization.substr(scheme.size()));
        if (!principal)
            throw Forbidden::notSignedIn(u"The token is unknown, expired or revoked; sign in again."_qs);
        ctx.principal = *principal;
    }
    if (route.options.minRole)
        requireRole(ctx.principal, *route.options.minRole);

    // The audit trail (issue 16): a mutation by staff, a manager, an admin or a device is
    // recorded by the store's triggers, in its own transaction, under this scope; one that
    // touched no audited table gets a row of its own once it succeeded.
    std::optional<AuditContext> audit;
    const bool mutates =
        req.method == "POST" || req.method == "PUT" || req.method == "PATCH" || req.method == "DELETE";
    if (mutates && route.options.audited && ctx.principal.authenticated &&
        ctx.principal.user.role != Role::Customer) {
        audit.emplace(AuditContext{ctx.principal.user.id.value, toString(ctx.principal.user.role),
                                   QString::fromStdString(route.method + " " + route.pattern),
                                   QString::fromStdString(ctx.requestId()), 0});
    }
    AuditScope auditScope(audit ? &*audit : nullptr);
    runAudited(route, ctx);
    if (audit && audit->recorded == 0 && ctx.res.status >= 200 && ctx.res.status < 300 && m_auditWriter &&
        ctx.res.get_header_value("Idempotent-Replayed").empty())
        m_auditWriter(req.path);
}

void Router::runAudited(const Route& route, RequestContext& ctx)
{
    const httplib::Request& req = ctx.req;
    const std::string key = req.get_header_value("Idempotency-Key");
    if (!route.options.idempotent && !(route.options.replaysWhenKeyed && !key.empty())) {
        route.handler(ctx);
        return;
    }
    if (key.empty())
        throw Invalid::malformed(u"This request needs an Idempotency-Key header."_qs, u"Idempotency-Key"_qs);
    if (!Idempotency::isValidKey(key))
        throw Invalid::malformed(u"The Idempotency-Key must be 1 to 255 printable ASCII characters."_qs,
                                 u"Idempotency-Key"_qs);
    // Kept with the answer: what tells a replay from another request, credentials left out.
    const QByteArray fingerprint = requestFingerprint(req.method, req.path, req.body);
    // A single-phase idempotent route is a two-phase one with nothing to prepare or undo.
    const Phases phases =
        route.twoPhase ? route.twoPhase(ctx) : Phases{nullptr, [&] { route.handler(ctx); }, nullptr};
    Idempotency::Outcome outcome;
    try {
        outcome = m_idempotency.run(
            ctx.principal.scopeKey(), QString::fromStdString(key), fingerprint,
            [&] {
                phases.handle();
                return StoredResponse{ctx.res.status, ctx.res.body};
            },
            phases.prepare);
    } catch (...) {
        if (phases.onFailure)
            phases.onFailure();
        throw;
    }
    if (outcome.replayed) {
        ctx.sendRawJson(outcome.response.status, outcome.response.body);
        ctx.res.set_header("Idempotent-Replayed", "true");
    }
}

void Router::finish(const httplib::Request& req, httplib::Response& res, const std::string& requestId,
                    const std::string& route, double seconds)
{
    // Only known methods become label values: garbage request lines must not grow the series.
    static const std::set<std::string> methods = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    m_metrics.observe(methods.count(req.method) ? req.method : std::string("OTHER"), route, res.status,
                      seconds);
    if (!log::enabled(log::Level::Info))
        return;
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.3f", seconds * 1000.0);
    log::write(log::Level::Info, "request",
               {{"request_id", requestId},
                {"method", req.method},
                {"path", req.path},
                {"route", route},
                {"status", std::to_string(res.status), true},
                {"duration_ms", duration, true},
                {"bytes", std::to_string(res.body.size()), true},
                {"remote", req.remote_addr},
                {"client",
                 clientAddress(req.remote_addr, req.get_header_value("X-Forwarded-For"), m_trustedProxies)}});
}

} // namespace comptoir::server
