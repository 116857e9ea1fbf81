// Routes: the change feed (API.md, Sync), scoped per principal and streamed in batches.
#include "api/services.h"

#include "domain/changescope.h"
#include "domain/errors.h"
#include "http/httperror.h"
#include "log/jsonlog.h"

namespace comptoir::server {

namespace {

constexpr int kBatch = 500;

// The state of one streamed answer, kept between the library's calls for more bytes.
struct FeedCursor {
    qint64 since = 0;
    int remaining = 0;
    bool first = true;
};

} // namespace

void registerSyncRoutes(Router& router, Services& s)
{
    router.add("GET", "/api/v1/sync/changes", [&s](RequestContext& ctx) {
        const qint64 since = ctx.queryInteger("since", 0, qint64(1) << 53).value_or(0);
        const int limit = int(ctx.queryInteger("limit", 1, 5000).value_or(1000));
        if (!s.changes.canResumeFrom(since))
            throw HttpError(410,
                            u"This cursor is older than the tombstone window: start again from since=0."_qs);
        const ChangeScope scope = changeScopeFor(ctx.principal);
        auto cursor = std::make_shared<FeedCursor>(FeedCursor{since, limit, true});
        const qint64 requested = since;
        // Large pages are written batch by batch as the client reads them, never built whole.
        ctx.res.status = 200;
        ctx.res.set_chunked_content_provider(
            "application/json", [&s, scope, cursor, requested](size_t, httplib::DataSink& sink) {
                try {
                    std::string out = cursor->first ? "{\"changes\":[" : "";
                    const int want = std::min(kBatch, cursor->remaining);
                    // One more than wanted on the last batch tells whether more remain.
                    const bool last = want == cursor->remaining;
                    std::vector<EncodedChange> batch =
                        s.changes.page(cursor->since, want + (last ? 1 : 0), scope);
                    const bool more = int(batch.size()) > want;
                    if (more)
                        batch.pop_back();
                    for (const EncodedChange& c : batch) {
                        if (!cursor->first)
                            out += ',';
                        cursor->first = false;
                        out += c.json;
                        cursor->since = c.seq;
                    }
                    cursor->first = false;
                    cursor->remaining -= int(batch.size());
                    const bool finished = cursor->remaining == 0 || int(batch.size()) < want;
                    if (finished) {
                        const qint64 next = std::max(cursor->since, requested);
                        s.changes.noteIssuedCursor(next);
                        out += "],\"next\":" + std::to_string(next) +
                               ",\"has_more\":" + ((more && cursor->remaining == 0) ? "true" : "false") + "}";
                        sink.write(out.data(), out.size());
                        sink.done();
                        return true;
                    }
                    return sink.write(out.data(), out.size());
                } catch (const std::exception& e) {
                    log::write(log::Level::Error, "change feed failed", {{"error", e.what()}});
                    return false; // the client sees a cut answer and retries from its cursor
                }
            });
    });
}

} // namespace comptoir::server
