#pragma once
// Sends one POST, with one Idempotency-Key, from many threads at once: what the idempotency
// tests need to show that concurrent duplicates apply once, and the PIN tests that a burst of
// guesses is counted one by one. And different POSTs at once (two tills refunding one payment):
// what shows that a rule holds under a race.

#include "httpclient.h"

#include <QMap>
#include <QSet>
#include <vector>

namespace comptoir::test {

struct RaceTally {
    int created = 0;         // 201, applied by this request
    int replayed = 0;        // 201 with Idempotent-Replayed: true
    int inFlight = 0;        // 409 idempotency-in-flight (with Retry-After) while the first was running
    int other = 0;           // anything else (a failure of the test)
    QSet<QString> ids;       // the "id" of every 201 answer
    QMap<int, int> statuses; // how many answers had each status
};

[[nodiscard]] RaceTally postConcurrently(int port, const std::string& path, const QJsonObject& body,
                                         const std::string& token, const std::string& idempotencyKey,
                                         int clients);

struct Post {
    std::string path;
    QJsonObject body;
    std::string token;
    std::string idempotencyKey;
};

// Sends every post from its own thread and connection, released together once all are
// connected; the replies in the order of `posts`.
[[nodiscard]] std::vector<Reply> postAllAtOnce(int port, const std::vector<Post>& posts);

// Any request with its own headers (a PUT with If-Match): what shows that a conditional write
// lets exactly one of two writers of the same version through.
struct RacingRequest {
    std::string method; // "PUT", "PATCH", "POST"
    std::string path;
    QJsonObject body;
    std::string token;
    httplib::Headers headers;
};

// Sends every request from its own thread and connection, released together once all are
// connected; the replies in the order of `requests`.
[[nodiscard]] std::vector<Reply> sendAllAtOnce(int port, const std::vector<RacingRequest>& requests);

} // namespace comptoir::test
