#pragma once
// The Idempotency-Key mechanism of API.md, shared by every route that creates or moves value:
// the same key and body replay the first answer, another body is 422, a key still in flight
// is 409. The first answer is recorded in the same transaction as the work it answers, so a
// crash can never leave work done without its record (or a record without its work).

#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <mutex>
#include <set>

namespace comptoir::server {

class Idempotency {
public:
    explicit Idempotency(Store& store) : m_store(store) {}

    struct Outcome {
        StoredResponse response;
        bool replayed = false;
    };

    // Runs `work` at most once per (scope, key); only 2xx answers are recorded, so a refused
    // request can be corrected and retried with the same key.
    //
    // `prepare`, when given, runs first and outside the transaction, for slow calls to other
    // systems (a card terminal) that must not hold the store's write lock; it runs only when
    // there is no record yet, and must itself be idempotent on the key (payment processors are).
    Outcome run(const QString& scope, const QString& key, const QByteArray& requestHash,
                const std::function<StoredResponse()>& work, const std::function<void()>& prepare = {});

    // True for 1–255 printable ASCII characters.
    [[nodiscard]] static bool isValidKey(const std::string& key);

private:
    Store& m_store;
    std::mutex m_mutex;
    std::set<std::pair<QString, QString>> m_inFlight;
};

} // namespace comptoir::server
