#include "sync/outbox/pusher.h"

#include "sync/synclog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace comptoir::sync {

namespace {
// A card payment at a terminal waits for the shopper: give the server time to answer.
constexpr int kSendTimeoutMs = 60000;
constexpr int kLockRetryMs = 2000;
constexpr int kPollMs = 1000;
constexpr int kBreakerThreshold = 5;
} // namespace

Pusher::Pusher(Outbox& outbox, QNetworkAccessManager& network, const Endpoint& endpoint,
               const QString& lockPath, Timing timing, QObject* parent)
    : QObject(parent), m_outbox(outbox), m_network(network), m_endpoint(endpoint), m_lock(lockPath),
      m_backoff(std::chrono::milliseconds(200), std::chrono::milliseconds(timing.retryCapMs)),
      m_breaker(kBreakerThreshold, timing.breakerCoolDownMs)
{
    // Only a dead owner makes a lock stale, never its age: a kiosk pushes for days.
    m_lock.setStaleLockTime(0);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Pusher::sendNext);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_retry.isActive())
            sendNext();
    });
}

Pusher::~Pusher()
{
    stop();
}

void Pusher::start()
{
    m_running = true;
    m_poll.start();
    sendNext();
}

void Pusher::stop()
{
    m_running = false;
    m_retry.stop();
    m_poll.stop();
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_lockHeld) {
        m_lock.unlock();
        m_lockHeld = false;
    }
}

void Pusher::kick()
{
    if (!m_running || isSending())
        return;
    m_retry.stop();
    sendNext();
}

bool Pusher::takeLock()
{
    if (!m_lockHeld)
        m_lockHeld = m_lock.tryLock(0);
    return m_lockHeld;
}

void Pusher::sendNext()
{
    guarded([this] { sendNextEntry(); });
}

void Pusher::guarded(const std::function<void()>& work)
{
    // The cache can fail under us (a full disk, a damaged page). That must not escape into the
    // event loop, which would end the app: log it, tell the owner, and try again later. An entry
    // the server applied but that could not be settled here is sent again: its key makes that a
    // replay.
    try {
        work();
    } catch (const sqlite::Error& e) {
        qCCritical(lcSync) << "the outbox could not be read or written:" << e.what();
        if (e.isCorrupt())
            emit cacheDamaged(QString::fromUtf8(e.what()));
        m_retry.start(kLockRetryMs);
    }
}

void Pusher::sendNextEntry()
{
    if (!m_running || isSending())
        return;
    std::optional<OutboxEntry> entry = m_outbox.nextPending();
    if (!entry) {
        emit idle();
        return;
    }
    if (!takeLock()) {
        qCDebug(lcSync) << "another process holds the push lock of this cache";
        m_retry.start(kLockRetryMs);
        return;
    }
    if (!m_breaker.allowsAttempt()) {
        m_retry.start(int(std::max<qint64>(m_breaker.remainingCoolDownMs(), 50)));
        return;
    }
    m_outbox.recordAttempt(entry->id);
    // As whoever enqueued it (a cashier's sale stays theirs after the next one signs in).
    Endpoint sender = m_endpoint;
    if (entry->credential)
        sender.token = entry->credential->token;
    QNetworkRequest request = sender.request(entry->request.path, kSendTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_qs);
    request.setRawHeader("Idempotency-Key", entry->request.idempotencyKey.toUtf8());
    QNetworkReply* reply =
        m_network.sendCustomRequest(request, entry->request.method.toUtf8(), entry->request.body);
    m_reply = reply;
    emit sending(entry->id);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, e = *entry] { guarded([&] { onReply(reply, e); }); });
}

void Pusher::onReply(QNetworkReply* reply, const OutboxEntry& entry)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    HttpAnswer answer = HttpAnswer::from(*reply);
    if (answer.ok() && !entry.request.entityId.isEmpty() &&
        QJsonDocument::fromJson(answer.body).object().value(u"id"_qs).toString() != entry.request.entityId) {
        // A success that is not about what we sent cannot settle it: something else answered.
        answer.foreign = true;
        answer.networkError =
            u"a success that does not describe %1 %2"_qs.arg(entry.request.entity, entry.request.entityId);
    }
    if (answer.status == 429 && entry.request.entity == u"analytics") {
        // Analytics are best effort, and the outbox goes in order: a batch the server throttles
        // (kiosks behind one address share its limit) is let go rather than hold up the sales
        // queued behind it for the minute the server asks to wait.
        qCInfo(lcSync) << "analytics batch" << entry.id << "let go:" << answer.describe();
        m_outbox.settleRejected(entry, answer.status, answer.body, answer.describe());
        m_outbox.dismiss(entry.id);
        emit settled(entry.id, false, answer.status, answer.describe());
        return sendNext();
    }
    if (answer.isTransient()) {
        qCInfo(lcSync) << "outbox entry" << entry.id << entry.request.method << entry.request.path
                       << "not delivered:" << answer.describe();
        m_breaker.recordFailure();
        emit reachability(false, answer.describe()); // no answer worth the name: a 5xx is no better
        return retryLater(answer.retryAfterSeconds * 1000);
    }
    if (answer.status == 401) {
        // Not the entry's fault but its credential's. The cashier who rang up a sale signed out
        // or their token expired: the sale happened (the goods left, the cash is in the drawer)
        // and must reach the server, so it goes on as the current person of the same scope, and
        // the entry records it. A token of another scope never takes over (a customer's order
        // must not become a cashier's): the entry is parked and the others go on. A refused
        // current token is the session's problem: everything waits for a new one.
        if (m_outbox.handOver(entry)) {
            qCWarning(lcSync)
                << "outbox entry" << entry.id
                << "was refused its own token; it goes on as the current user of the same scope";
            return sendNext();
        }
        if (m_outbox.park(entry)) {
            qCWarning(lcSync) << "outbox entry" << entry.id
                              << "was refused its own token, of another scope: it waits for a sign-in of "
                                 "that scope, the other entries go on";
            return sendNext();
        }
        qCWarning(lcSync) << "the server refuses the current token; the outbox waits";
        emit reachability(true, answer.describe());
        return retryLater(0);
    }
    m_breaker.recordSuccess();
    m_backoff.reset();
    emit reachability(true, {});
    if (answer.ok()) {
        m_outbox.settleApplied(entry, answer.status, answer.body);
        emit settled(entry.id, true, answer.status, {});
    } else {
        qCWarning(lcSync) << "outbox entry" << entry.id << "rejected:" << answer.describe();
        m_outbox.settleRejected(entry, answer.status, answer.body, answer.describe());
        emit settled(entry.id, false, answer.status, answer.describe());
    }
    sendNext();
}

void Pusher::retryLater(int minimumMs)
{
    const int delay = std::max<int>(minimumMs, int(m_backoff.nextDelay().count()));
    m_retry.start(delay);
}

} // namespace comptoir::sync
