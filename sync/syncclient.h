#pragma once
// The one object an app holds to stay in sync with the server: it owns the local cache, pulls
// the change feed, keeps the live channel open, pushes the outbox, and shows how all that goes
// as properties a QML view can bind to (connectivity, pending actions, last sync, rejections).

#include "sync/cache/cachescope.h"
#include "sync/cache/localcache.h"
#include "sync/live/liveclient.h"
#include "sync/net/backoff.h"
#include "sync/net/endpoint.h"
#include "sync/net/onlinecall.h"
#include "sync/outbox/outbox.h"
#include "sync/outbox/pusher.h"
#include "sync/pull/puller.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <memory>

namespace comptoir::sync {

class SyncClient : public QObject {
    Q_OBJECT
    Q_PROPERTY(Connectivity connectivity READ connectivity NOTIFY connectivityChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QDateTime lastSyncAt READ lastSyncAt NOTIFY lastSyncAtChanged)
    Q_PROPERTY(QVariantList rejectedEntries READ rejectedEntries NOTIFY rejectedEntriesChanged)
    Q_PROPERTY(bool live READ isLive NOTIFY liveChanged)
    Q_PROPERTY(qint64 cursor READ cursor NOTIFY cursorChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY currencyChanged)

public:
    // Offline: the server could not be reached by the last attempt. Syncing: reachable, and
    // pulling or with actions still to send. Online: reachable and up to date.
    enum Connectivity { Offline, Syncing, Online };
    Q_ENUM(Connectivity)

    struct Settings {
        QUrl serverUrl;
        QByteArray token; // empty: anonymous (public catalog only)
        QString cachePath;
        // What the cache is filed under, besides the server: the principal's scope in the change
        // feed, as sync::cacheScopeOf (sync/cache/cachescope.h) computes it from the signed-in
        // user ("store:loc_paris" for every staff member of Paris, "all" for managers and admins,
        // "customer:<id>", "device:<id>"). Two tokens with the same scope keep the cache and its
        // cursor (cashiers changing at a till); another scope clears what the server published
        // (another principal's orders must never show). Empty: filed under the token, so every
        // new token clears it (what a client that does not set it always had).
        QString cacheScope;
        QUrl liveUrl;          // overrides /info's ws_url (a proxy in front of the server)
        QSslConfiguration tls; // HTTPS and wss: null for the system's defaults (sync/net/clienttls.h)
        bool useLive = true;
        int pageSize = 5000;
        int pollIntervalMs = 30000; // pulls while the live channel is down
        int retryCapMs = 30000;     // the longest wait between two attempts
        int breakerCoolDownMs = 15000;
    };

    explicit SyncClient(Settings settings, QObject* parent = nullptr);
    ~SyncClient() override;

    void start();
    void stop();
    // Pulls now (a user's "refresh", or a test's).
    Q_INVOKABLE void syncNow();
    // Writes the action and its optimistic local effect in one local transaction, then tries to
    // send it. Returns the outbox entry's id.
    qint64 enqueue(OutboxRequest request, const std::function<void(sqlite::Connection&)>& localEffect = {});
    // Several actions that go together, in order, in one local transaction.
    QList<qint64> enqueueAll(QList<OutboxRequest> requests);
    // Sent without anyone's token (Outbox::enqueueAnonymous): analytics events.
    QList<qint64> enqueueAnonymous(QList<OutboxRequest> requests);
    // A new order (POST /orders with the client's `orderId`) and, in the same transaction, its
    // local copy (`localJson`, status kUnsentOrderStatus) until the server's answer replaces it;
    // `followUps` (its payment, its hand-over) join the same transaction and leave after it.
    // Returns the order's entry id.
    qint64 enqueueOrder(const QString& orderId, const QByteArray& body, const QByteArray& localJson,
                        QList<OutboxRequest> followUps = {});
    Q_INVOKABLE void dismissRejected(qint64 entryId);
    // A request someone waits for at the screen, sent now rather than queued (a payment needs the
    // network while the shopper stands there). The caller owns the returned call and starts it.
    [[nodiscard]] OnlineCall* call(CallRequest request, QObject* owner);

    [[nodiscard]] Connectivity connectivity() const { return m_connectivity; }
    [[nodiscard]] int pendingCount() const { return m_pendingCount; }
    [[nodiscard]] QDateTime lastSyncAt() const { return m_lastSyncAt; }
    [[nodiscard]] QVariantList rejectedEntries();
    [[nodiscard]] bool isLive() const { return m_live.isConnected(); }
    [[nodiscard]] qint64 cursor() const { return m_cursor; }
    [[nodiscard]] const QString& lastError() const { return m_lastError; }
    [[nodiscard]] bool isPulling() const { return m_puller.isRunning(); }
    // The server's currency (ISO 4217) from /info, remembered in the cache; empty until known.
    [[nodiscard]] const QString& currency() const { return m_currency; }

    [[nodiscard]] LocalCache& cache() { return m_cache; }
    // The server and credential, for a download that is not JSON (a fiscal archive, issue 16).
    [[nodiscard]] const Endpoint& endpoint() const { return m_endpoint; }
    [[nodiscard]] Outbox& outbox() { return m_outbox; }
    [[nodiscard]] Pusher& pusher() { return m_pusher; }

signals:
    void connectivityChanged();
    void pendingCountChanged();
    void lastSyncAtChanged();
    void rejectedEntriesChanged();
    void liveChanged();
    void cursorChanged();
    void lastErrorChanged();
    void currencyChanged();
    // Which kinds of entity changed in the cache ("product", "stock", "order", ...).
    void dataChanged(const QStringList& entities);
    void orderChanged(const QString& orderId);
    void entrySettled(qint64 entryId, bool applied, int status, const QString& reason);
    // A pull reached the head of the server's feed.
    void caughtUp();

private:
    void fetchInfo();
    void onApplied(const ApplyResult& result);
    void onPullFinished(bool ok, const QString& error);
    void onCacheDamaged(const QString& error);
    void setReachable(bool reachable, const QString& error);
    void refreshPending();
    void updateConnectivity();
    void startLiveIfKnown();
    // /info not read yet since the start (the currency may have changed), or no live address.
    [[nodiscard]] bool needsInfo() const;
    void checkCacheIdentity();
    // The server and the cache scope (or the token, without one), hashed.
    [[nodiscard]] QString cacheIdentity() const;

    Settings m_settings;
    Endpoint m_endpoint;
    LocalCache m_cache;
    Outbox m_outbox;
    QNetworkAccessManager m_network;
    Puller m_puller;
    LiveClient m_live;
    Pusher m_pusher;
    QUrl m_liveUrl;
    QPointer<QNetworkReply> m_infoReply;
    Backoff m_pullBackoff;
    QTimer m_pullTimer;
    bool m_running = false;
    bool m_reachable = false;
    bool m_pullAgain = false;
    Connectivity m_connectivity = Offline;
    int m_pendingCount = 0;
    QDateTime m_lastSyncAt;
    qint64 m_cursor = 0;
    QString m_lastError;
    QString m_currency;
    bool m_infoKnown = false;
};

} // namespace comptoir::sync
