#include "sync/syncclient.h"

#include "sync/cache/cachescope.h"

#include "comptoir/domain.h"
#include "sync/synclog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace comptoir::sync {

namespace {
constexpr int kInfoTimeoutMs = 10000;
constexpr int kKeepAppliedDays = 7; // long enough to look into a disputed sale
constexpr const char* kCurrencyKey = "server.currency";
} // namespace

SyncClient::SyncClient(Settings settings, QObject* parent)
    : QObject(parent),
      m_settings(std::move(settings)), m_endpoint{m_settings.serverUrl, m_settings.token, m_settings.tls},
      m_cache(m_settings.cachePath), m_outbox(m_cache), m_puller(m_cache, m_network, m_endpoint),
      m_live(m_cache, m_settings.retryCapMs),
      m_pusher(m_outbox, m_network, m_endpoint, m_settings.cachePath + u".push.lock"_qs,
               {m_settings.retryCapMs, m_settings.breakerCoolDownMs}),
      m_liveUrl(m_settings.liveUrl),
      m_pullBackoff(std::chrono::milliseconds(500), std::chrono::milliseconds(m_settings.retryCapMs))
{
    m_puller.setPageSize(m_settings.pageSize);
    m_live.setTls(m_settings.tls);
    m_pullTimer.setSingleShot(true);
    connect(&m_pullTimer, &QTimer::timeout, this, &SyncClient::syncNow);

    connect(&m_puller, &Puller::pageApplied, this, &SyncClient::onApplied);
    connect(&m_puller, &Puller::finished, this, &SyncClient::onPullFinished);
    connect(&m_puller, &Puller::cacheDamaged, this, &SyncClient::onCacheDamaged);

    connect(&m_live, &LiveClient::applied, this, &SyncClient::onApplied);
    connect(&m_live, &LiveClient::cacheDamaged, this, &SyncClient::onCacheDamaged);
    connect(&m_live, &LiveClient::connectedChanged, this, [this](bool connected) {
        emit liveChanged();
        if (connected) {
            setReachable(true, {});
            m_pullTimer.stop(); // pushes now; pulls only when the socket drops
        }
        updateConnectivity();
    });
    connect(&m_live, &LiveClient::dropped, this, [this](const QString&) {
        // Push is an accelerator, pull is the truth: pull now, and on a timer until live again.
        if (m_running)
            syncNow();
    });

    connect(&m_pusher, &Pusher::settled, this,
            [this](qint64 id, bool applied, int status, const QString& reason) {
                refreshPending();
                if (!applied)
                    emit rejectedEntriesChanged();
                emit entrySettled(id, applied, status, reason);
                if (auto e = m_outbox.entry(id);
                    e && e->request.entity == u"order" && !e->request.entityId.isEmpty())
                    emit orderChanged(e->request.entityId);
            });
    connect(&m_pusher, &Pusher::reachability, this, [this](bool reached, const QString& error) {
        const bool wasReachable = m_reachable;
        setReachable(reached, error);
        if (reached && !wasReachable)
            syncNow(); // back online: catch up now rather than at the next timer
    });
    connect(&m_pusher, &Pusher::idle, this, &SyncClient::refreshPending);
    connect(&m_pusher, &Pusher::cacheDamaged, this, &SyncClient::onCacheDamaged);

    checkCacheIdentity();
    m_outbox.pruneApplied(QDateTime::currentDateTimeUtc().addDays(-kKeepAppliedDays));
    m_cursor = m_cache.cursor();
    m_currency = m_cache.meta(QString::fromLatin1(kCurrencyKey));
    refreshPending();
}

SyncClient::~SyncClient()
{
    stop();
}

QString SyncClient::cacheIdentity() const
{
    // Without a scope, the token as before (the same hash: caches filed that way stay). A token
    // never holds a line break, so a scope cannot be mistaken for one.
    const QByteArray principal =
        m_settings.cacheScope.isEmpty() ? m_settings.token : "\nscope\n" + m_settings.cacheScope.toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(m_settings.serverUrl.toString().toUtf8() + '\n' + principal,
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

void SyncClient::checkCacheIdentity()
{
    // A cache belongs to one server and one scope of the change feed: what another principal
    // sees must not show. Within one scope every principal sees the same feed, and the cache
    // holds nothing of one person that another of the scope may not see (docs/architecture.md,
    // "Cache scope"): it stays, cursor and all. The outbox's entries carry their own credential.
    const QString identity = cacheIdentity();
    m_outbox.setCurrentCredential({m_settings.token, identity});
    const QString known = m_cache.meta(u"identity"_qs);
    if (known == identity)
        return;
    sqlite::Transaction tx(m_cache.db());
    // The shop's visitor and its customer see one server's public catalog: moving between the
    // public scope and a signed-in one on the same server keeps it (a catalog of 100,000
    // products is not fetched again at each sign-in and sign-out).
    const QString server = QString::fromLatin1(
        QCryptographicHash::hash(m_settings.serverUrl.toString().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32));
    const bool sameServer = !known.isEmpty() && m_cache.meta(u"identity.server"_qs) == server;
    const bool toPublic = m_settings.cacheScope == kPublicCacheScope;
    const bool fromPublic = m_cache.meta(u"identity.public"_qs) == u"1";
    if (sameServer && toPublic) {
        qCInfo(lcSync) << "signed out: forgetting the signed-in person's own rows, keeping the catalog";
        m_cache.clearPrivateData();
    } else if (sameServer && fromPublic) {
        // What the signed-in person alone sees may lie behind the public cursor: pull from zero
        // again, over the catalog already here.
        // (The public cache holds nothing private; this device's cart stays, to be merged.)
        qCInfo(lcSync) << "signed in: pulling again from zero over the public catalog";
        m_cache.setCursor(0);
    } else if (!known.isEmpty()) {
        qCInfo(lcSync) << "the cache was filled for another server or scope: bootstrapping again";
        m_cache.clearServerData();
    }
    m_cache.setMeta(u"identity"_qs, identity);
    m_cache.setMeta(u"identity.server"_qs, server);
    m_cache.setMeta(u"identity.public"_qs, toPublic ? u"1"_qs : u"0"_qs);
    tx.commit();
}

void SyncClient::start()
{
    m_running = true;
    m_pusher.start();
    if (needsInfo())
        fetchInfo();
    syncNow();
}

void SyncClient::stop()
{
    m_running = false;
    m_pullTimer.stop();
    m_puller.abort();
    m_live.stop();
    m_pusher.stop();
    if (QNetworkReply* reply = m_infoReply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SyncClient::syncNow()
{
    if (!m_running)
        return;
    if (m_puller.isRunning()) {
        m_pullAgain = true; // what committed after this pull's last page started still has to come
        return;
    }
    m_pullTimer.stop();
    m_puller.pull();
    updateConnectivity();
}

qint64 SyncClient::enqueue(OutboxRequest request, const std::function<void(sqlite::Connection&)>& localEffect)
{
    const qint64 id = m_outbox.enqueue(std::move(request), localEffect);
    refreshPending();
    emit dataChanged({u"outbox"_qs});
    m_pusher.kick();
    return id;
}

QList<qint64> SyncClient::enqueueAll(QList<OutboxRequest> requests)
{
    const QList<qint64> ids = m_outbox.enqueueAll(std::move(requests));
    refreshPending();
    emit dataChanged({u"outbox"_qs});
    m_pusher.kick();
    return ids;
}

QList<qint64> SyncClient::enqueueAnonymous(QList<OutboxRequest> requests)
{
    const QList<qint64> ids = m_outbox.enqueueAnonymous(std::move(requests));
    refreshPending();
    emit dataChanged({u"outbox"_qs});
    m_pusher.kick();
    return ids;
}

qint64 SyncClient::enqueueOrder(const QString& orderId, const QByteArray& body, const QByteArray& localJson,
                                QList<OutboxRequest> followUps)
{
    followUps.prepend({u"POST"_qs, u"/orders"_qs, body, u"order"_qs, orderId, {}});
    const QList<qint64> ids = m_outbox.enqueueAll(std::move(followUps), [&](sqlite::Connection& db) {
        db.prepare("INSERT INTO orders(id, status, updated_at, json, origin) VALUES (?, ?, ?, ?, 'local')")
            .bind(1, orderId)
            .bind(2, kUnsentOrderStatus)
            .bind(3, toRfc3339(QDateTime::currentDateTimeUtc()))
            .bind(4, QString::fromUtf8(localJson))
            .exec();
    });
    refreshPending();
    emit dataChanged({u"outbox"_qs});
    m_pusher.kick();
    return ids.first();
}

OnlineCall* SyncClient::call(CallRequest request, QObject* owner)
{
    return new OnlineCall(m_network, m_endpoint, std::move(request), owner);
}

void SyncClient::dismissRejected(qint64 entryId)
{
    m_outbox.dismiss(entryId);
    emit rejectedEntriesChanged();
}

QVariantList SyncClient::rejectedEntries()
{
    QVariantList list;
    for (const OutboxEntry& e : m_outbox.rejected())
        list.append(QVariantMap{{u"id"_qs, e.id},
                                {u"method"_qs, e.request.method},
                                {u"path"_qs, e.request.path},
                                {u"entity"_qs, e.request.entity},
                                {u"entityId"_qs, e.request.entityId},
                                {u"status"_qs, e.status},
                                {u"reason"_qs, e.reason},
                                {u"createdAt"_qs, e.createdAt}});
    return list;
}

void SyncClient::fetchInfo()
{
    if (m_infoReply)
        return;
    QNetworkReply* reply = m_network.get(m_endpoint.request(u"/info"_qs, kInfoTimeoutMs));
    m_infoReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const HttpAnswer answer = HttpAnswer::from(*reply);
        const QJsonObject info = QJsonDocument::fromJson(answer.body).object();
        m_infoKnown = m_infoKnown || answer.ok();
        if (const QString currency = info.value(u"currency"_qs).toString();
            answer.ok() && currency.size() == 3 && currency != m_currency) {
            m_currency = currency;
            try {
                m_cache.setMeta(QString::fromLatin1(kCurrencyKey), currency);
            } catch (const sqlite::Error& e) {
                qCWarning(lcSync) << "currency not remembered:" << e.what();
            }
            emit currencyChanged();
        }
        if (!m_settings.useLive || !m_liveUrl.isEmpty())
            return;
        const QUrl ws(info.value(u"ws_url"_qs).toString());
        if (answer.ok() && ws.isValid() && (ws.scheme() == u"ws" || ws.scheme() == u"wss")) {
            m_liveUrl = ws;
            // Not during the first pull: the socket's catch-up would bootstrap a second time.
            if (!m_puller.isRunning())
                startLiveIfKnown();
        } else {
            qCInfo(lcSync) << "no live channel address yet:" << answer.describe();
        }
    });
}

bool SyncClient::needsInfo() const
{
    return !m_infoKnown || (m_settings.useLive && m_liveUrl.isEmpty());
}

void SyncClient::startLiveIfKnown()
{
    if (m_running && m_settings.useLive && !m_liveUrl.isEmpty())
        m_live.start(m_liveUrl, m_settings.token);
}

void SyncClient::onApplied(const ApplyResult& result)
{
    if (result.cursor != m_cursor) {
        m_cursor = result.cursor;
        emit cursorChanged();
    }
    m_lastSyncAt = QDateTime::currentDateTimeUtc();
    emit lastSyncAtChanged();
    if (!result.entities.isEmpty())
        emit dataChanged(QStringList(result.entities.cbegin(), result.entities.cend()));
    for (const QString& id : result.orderIds)
        emit orderChanged(id);
}

void SyncClient::onPullFinished(bool ok, const QString& error)
{
    setReachable(ok, error);
    if (!m_running)
        return;
    if (ok) {
        m_pullBackoff.reset();
        m_lastSyncAt = QDateTime::currentDateTimeUtc();
        emit lastSyncAtChanged();
        emit caughtUp();
        if (needsInfo())
            fetchInfo();
        if (!m_live.isConnected())
            startLiveIfKnown();
        if (m_pullAgain) {
            m_pullAgain = false;
            syncNow();
        } else if (!m_live.isConnected()) {
            m_pullTimer.start(m_settings.pollIntervalMs);
        }
        m_pusher.kick();
    } else {
        m_pullAgain = false;
        m_pullTimer.start(int(m_pullBackoff.nextDelay().count()));
        // The socket may work when HTTP does not (or tell us more): it backs off on its own.
        if (!m_live.isConnected())
            startLiveIfKnown();
    }
    updateConnectivity();
}

void SyncClient::onCacheDamaged(const QString& error)
{
    // Everything that holds an entry or a page of the old file stops first.
    m_puller.abort();
    m_live.stop();
    m_pusher.stop();
    m_cache.rebuild(error);
    checkCacheIdentity();
    m_cursor = 0;
    emit cursorChanged();
    emit dataChanged(
        {u"category"_qs, u"product"_qs, u"location"_qs, u"stock"_qs, u"order"_qs, u"promotion"_qs});
    refreshPending();
    if (m_running) {
        m_pusher.start();
        syncNow();
        startLiveIfKnown();
    }
}

void SyncClient::setReachable(bool reachable, const QString& error)
{
    m_reachable = reachable;
    if (m_lastError != error) {
        m_lastError = error;
        emit lastErrorChanged();
    }
    updateConnectivity();
}

void SyncClient::refreshPending()
{
    int count = m_pendingCount;
    try {
        count = m_outbox.pendingCount();
    } catch (const sqlite::Error& e) {
        qCWarning(lcSync) << "could not count the outbox:" << e.what(); // the count stays as it was
    }
    if (count != m_pendingCount) {
        m_pendingCount = count;
        emit pendingCountChanged();
    }
    updateConnectivity();
}

void SyncClient::updateConnectivity()
{
    Connectivity c = Offline;
    if (m_reachable)
        c = (m_puller.isRunning() || m_pendingCount > 0) ? Syncing : Online;
    if (c != m_connectivity) {
        m_connectivity = c;
        emit connectivityChanged();
    }
}

} // namespace comptoir::sync
