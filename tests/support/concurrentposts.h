#pragma once
// Sends one POST, with one Idempotency-Key, from many threads at once: what the idempotency
// tests need to show that concurrent duplicates apply once, and the PIN tests that a burst of
// guesses is counted one by one.

#include "httpclient.h"

#include <QMap>
#include <QSet>

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

} // namespace comptoir::test
