#pragma once
// Sends the outbox to the server, one entry at a time and in order, each with its
// Idempotency-Key and as whoever enqueued it (Outbox::handOver when that token is refused). A 2xx settles the
// entry as applied, another 4xx as rejected (never retried); no answer, a 5xx, a 429 or a key still in flight
// on the server are retried with exponential backoff and jitter behind a circuit breaker. Only the process
// holding the cache's push lock sends, so two processes on one cache never push the same entry; a lock left
// by a killed process is taken over.

#include "sync/net/backoff.h"
#include "sync/net/circuitbreaker.h"
#include "sync/net/endpoint.h"
#include "sync/outbox/outbox.h"

#include <QLockFile>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;

namespace comptoir::sync {

class Pusher : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int retryCapMs = 30000;
        int breakerCoolDownMs = 15000;
    };
    Pusher(Outbox& outbox, QNetworkAccessManager& network, const Endpoint& endpoint, const QString& lockPath,
           Timing timing, QObject* parent = nullptr);
    ~Pusher() override;

    void start();
    void stop();
    // Something was enqueued, or the network came back: try now unless the breaker is open.
    void kick();
    [[nodiscard]] bool isSending() const { return m_reply != nullptr; }
    [[nodiscard]] bool holdsLock() const { return m_lockHeld; }
    [[nodiscard]] CircuitBreaker::State breakerState() const { return m_breaker.state(); }

signals:
    void sending(qint64 entryId);
    void settled(qint64 entryId, bool applied, int status, const QString& reason);
    // Whether the server could be reached by the last attempt.
    void reachability(bool reached, const QString& error);
    void idle();
    // The cache file is damaged (SQLite says so); the owner rebuilds it.
    void cacheDamaged(const QString& error);

private:
    void sendNext();
    void sendNextEntry();
    void guarded(const std::function<void()>& work);
    void onReply(QNetworkReply* reply, const OutboxEntry& entry);
    void retryLater(int minimumMs);
    bool takeLock();

    Outbox& m_outbox;
    QNetworkAccessManager& m_network;
    const Endpoint& m_endpoint;
    QLockFile m_lock;
    bool m_lockHeld = false;
    bool m_running = false;
    QPointer<QNetworkReply> m_reply;
    Backoff m_backoff;
    CircuitBreaker m_breaker;
    QTimer m_retry; // after a failure, or while another process holds the lock
    QTimer m_poll;  // entries written by another process on the same cache
};

} // namespace comptoir::sync
