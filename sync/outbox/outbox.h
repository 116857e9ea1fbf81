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

// Who an entry is sent as: the bearer token of whoever enqueued it, and the cache identity (server
// and cache scope, see SyncClient::Settings::cacheScope) that token was signed in under. A till
// changes hands every few minutes: a sale rung up by one cashier must reach the server as theirs,
// not as whoever is signed in when the network comes back.
struct Credential {
    QByteArray token; // empty: anonymous
    QString identity;
    bool operator==(const Credential&) const = default;
};

struct OutboxEntry {
    qint64 id = 0;
    OutboxRequest request;
    // Held while the entry is pending, forgotten once it settles (a token is a secret). None for
    // entries older than the cache's step 7: those go with the current token, as they always did.
    std::optional<Credential> credential;
    // When the server refused the enqueuer's token (401: expired, signed out) and the entry went
    // on with the current token of the same cache scope (Outbox::handOver). Null otherwise.
    QDateTime handedOverAt;
    // When its own token was refused while someone of another scope was signed in (Outbox::park).
    QDateTime parkedAt;
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

    // Who is signed in now: entries enqueued from here on are sent as them. Without one (a test
    // of the outbox alone), entries carry no credential and go with the endpoint's token.
    void setCurrentCredential(Credential credential) { m_current = std::move(credential); }
    [[nodiscard]] const std::optional<Credential>& currentCredential() const { return m_current; }

    // Writes the optimistic local effect and the entry in one local transaction; returns the
    // entry's id. If either fails, neither is written.
    qint64 enqueue(OutboxRequest request, const std::function<void(sqlite::Connection&)>& localEffect = {});
    // Several actions that belong together (a sale, its payment, its hand-over), in this order,
    // with one local effect, in one transaction: all of them or none. Returns their ids.
    QList<qint64> enqueueAll(QList<OutboxRequest> requests,
                             const std::function<void(sqlite::Connection&)>& localEffect = {});
    // Requests sent without anyone's token, whoever is signed in (analytics events: never tied
    // to an account), in one transaction. Returns their ids.
    QList<qint64> enqueueAnonymous(QList<OutboxRequest> requests);

    // The oldest pending entry, passing over those parked for another identity than the current.
    [[nodiscard]] std::optional<OutboxEntry> nextPending();
    [[nodiscard]] std::optional<OutboxEntry> entry(qint64 id);
    // Pending entries that are someone's work (analytics batches, entity "analytics", are not).
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
    // The server refused the entry's own token (401). When the current credential belongs to the
    // same cache identity (the same server and scope: another cashier of the same store) and is
    // another token, the entry goes on as the current one and records when; true then. Otherwise
    // (another scope, or the current token itself refused) nothing changes.
    bool handOver(const OutboxEntry& entry);
    // The server refused the entry's own token and the current credential is of another scope, so
    // may not take it over (a customer's order must not become a cashier's): the entry and the
    // later ones of its identity are passed over by nextPending() (the others go on, in order)
    // until a client of that identity runs, which hands them over. True when parked.
    bool park(const OutboxEntry& entry);
    // The user has seen a rejection: it leaves the list.
    void dismiss(qint64 id);
    // Forgets applied entries settled before `before` (each keeps the server's answer; a till
    // would otherwise grow its cache with every sale). Pending and rejected ones stay.
    int pruneApplied(const QDateTime& before);

private:
    QList<qint64> insertAll(QList<OutboxRequest> requests,
                            const std::function<void(sqlite::Connection&)>& localEffect,
                            const std::optional<Credential>& credential);

    LocalCache& m_cache;
    std::optional<Credential> m_current;
};

} // namespace comptoir::sync
