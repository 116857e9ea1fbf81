#include "concurrentposts.h"

#include <QJsonDocument>

#include <latch>
#include <mutex>
#include <thread>
#include <vector>

namespace comptoir::test {

RaceTally postConcurrently(int port, const std::string& path, const QJsonObject& body,
                           const std::string& token, const std::string& idempotencyKey, int clients)
{
    RaceTally tally;
    std::mutex mutex;
    std::vector<std::thread> threads;
    for (int i = 0; i < clients; ++i)
        threads.emplace_back([&] {
            HttpClient client(port);
            const Reply r = client.post(path, body, token, {{"Idempotency-Key", idempotencyKey}});
            std::lock_guard lock(mutex);
            ++tally.statuses[r.status];
            if (r.status == 201) {
                (r.header("Idempotent-Replayed") == "true" ? tally.replayed : tally.created)++;
                tally.ids.insert(r.json().value(u"id"_qs).toString());
            } else {
                // The in-flight refusal has its own problem type, which clients retry.
                const bool inFlight =
                    r.status == 409 && !r.header("Retry-After").empty() &&
                    r.json().value(u"type"_qs) == u"urn:comptoir:problem:idempotency-in-flight"_qs;
                (inFlight ? tally.inFlight : tally.other)++;
            }
        });
    for (auto& t : threads)
        t.join();
    return tally;
}

std::vector<Reply> postAllAtOnce(int port, const std::vector<Post>& posts)
{
    std::vector<Reply> replies(posts.size());
    std::latch ready(std::ptrdiff_t(posts.size()));
    std::vector<std::thread> threads;
    for (size_t i = 0; i < posts.size(); ++i)
        threads.emplace_back([&, i] {
            HttpClient client(port);
            (void)client.get("/healthz"); // connected before the start, so the posts leave together
            ready.arrive_and_wait();
            replies[i] = client.post(posts[i].path, posts[i].body, posts[i].token,
                                     {{"Idempotency-Key", posts[i].idempotencyKey}});
        });
    for (auto& t : threads)
        t.join();
    return replies;
}

std::vector<Reply> sendAllAtOnce(int port, const std::vector<RacingRequest>& requests)
{
    std::vector<Reply> replies(requests.size());
    std::latch ready(std::ptrdiff_t(requests.size()));
    std::vector<std::thread> threads;
    for (size_t i = 0; i < requests.size(); ++i)
        threads.emplace_back([&, i] {
            HttpClient client(port);
            (void)client.get("/healthz"); // connected before the start, so the requests leave together
            ready.arrive_and_wait();
            const RacingRequest& r = requests[i];
            const std::string body = QJsonDocument(r.body).toJson(QJsonDocument::Compact).toStdString();
            replies[i] = client.raw(r.method, r.path, body, "application/json", r.token, r.headers);
        });
    for (auto& t : threads)
        t.join();
    return replies;
}

} // namespace comptoir::test
