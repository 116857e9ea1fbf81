#pragma once
// The outbox: user actions waiting to reach the server, stored in the cache in the same
// transaction as their optimistic local effect, each with the Idempotency-Key that makes sending
// it again harmless. Entries leave in order; an answer settles them as applied or rejected.

#include "sync/cache/localcache.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace comptoir::sync {

// The status of an order made on this device that the server has not confirmed yet.
inline constexpr auto kUnsentOrderStatus = "pending_sync";

struct OutboxRequest {
    QString method = u"POST"_qs;
    QString path;           // under /api/v1, e.g. "/orders"
    QByteArray body;        // JSON
    QString entity;         // what the request creates or moves ("order"), for applying its answer
    QString entityId;       // the client-chosen id of that entity, when there is one
    QString idempotencyKey; // generated when empty
};

struct OutboxEntry {
    qint64 id = 0;
    OutboxRequest request;
    QDateTime createdAt;
    QString state; // pending, applied, rejected
    int attempts = 0;
    int status = 0;    // the HTTP status that settled it
    QByteArray answer; // its body
    QString reason;    // why it was rejected, for the UI
};

class Outbox {
public:
    explicit Outbox(LocalCache& cache) : m_cache(cache) {}

    // Writes the optimistic local effect and the entry in one local transaction; returns the
    // entry's id. If either fails, neither is written.
    qint64 enqueue(OutboxRequest request, const std::function<void(sqlite::Connection&)>& localEffect = {});
    // Several actions that belong together (a sale, its payment, its hand-over), in this order,
    // with one local effect, in one transaction: all of them or none. Returns their ids.
    QList<qint64> enqueueAll(QList<OutboxRequest> requests,
                             const std::function<void(sqlite::Connection&)>& localEffect = {});

    [[nodiscard]] std::optional<OutboxEntry> nextPending();
    [[nodiscard]] std::optional<OutboxEntry> entry(qint64 id);
    [[nodiscard]] int pendingCount();
    [[nodiscard]] QList<OutboxEntry> rejected(int limit = 50);

    // Counted before each send, so a crash mid-send still shows the attempt.
    void recordAttempt(qint64 id);
    // 2xx: the server did it. An order's answer replaces the local copy unless the cache already
    // holds a newer one (the live channel may have been faster than the answer).
    void settleApplied(const OutboxEntry& entry, int status, const QByteArray& answer);
    // A final refusal (4xx): kept with its reason for the UI, never sent again. A local order it
    // created is marked rejected.
    void settleRejected(const OutboxEntry& entry, int status, const QByteArray& answer,
                        const QString& reason);
    // The user has seen a rejection: it leaves the list.
    void dismiss(qint64 id);
    // Forgets applied entries settled before `before` (each keeps the server's answer; a till
    // would otherwise grow its cache with every sale). Pending and rejected ones stay.
    int pruneApplied(const QDateTime& before);

private:
    LocalCache& m_cache;
};

} // namespace comptoir::sync
