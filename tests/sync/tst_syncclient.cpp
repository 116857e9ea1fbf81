// The sync library against a real server: bootstrap and deltas equal to what the server serves,
// live pushes, the outbox (applied once, rejections kept with their reason), scope per principal,
// a 410 re-bootstrap, and a server restarted under connected clients.
#include "demoaccounts.h"
#include "kioskorders.h"
#include "sync/cache/cacheschema.h"
#include "syncchecks.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::sync;
using namespace comptoir::test;

namespace {

const QString kSku = u"TSH-0001-S-GRIS-CHINE"_qs;

QJsonObject pickupOrder(const QString& sku, const QString& store)
{
    return {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, 1}}}},
            {u"fulfillment"_qs, QJsonObject{{u"type"_qs, u"pickup"_qs}, {u"location_id"_qs, store}}}};
}

qint64 onHandInCache(LocalCache& cache, const QString& sku, const QString& location)
{
    auto st = cache.db().prepare("SELECT on_hand FROM stock WHERE sku = ? AND location_id = ?");
    st.bind(1, sku).bind(2, location);
    return st.step() ? st.int64(0) : -1;
}

} // namespace

class TestSyncClient : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_dir;
    DemoAccounts m_accounts;
    int m_caches = 0;

    QString newCachePath() { return m_dir.filePath(u"cache-%1.db"_qs.arg(++m_caches)); }

    bool adjust(const QString& sku, const QString& location, int delta, const std::string& key)
    {
        return m_server.client()
                   .post("/api/v1/inventory/adjustments",
                         {{u"sku"_qs, sku},
                          {u"location_id"_qs, location},
                          {u"delta"_qs, delta},
                          {u"reason"_qs, u"receipt"_qs}},
                         m_accounts.manager, {{"Idempotency-Key", key}})
                   .status == 201;
    }

    std::string registerCustomer(const QString& name)
    {
        return comptoir::test::registerCustomer(m_server, name.toLower() + u"@example.fr"_qs, name,
                                                u"long-password-1"_qs)
            .token;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
    }

    void bootstrapThenDeltasEqualTheServer()
    {
        SyncClient::Settings settings = clientSettings(m_server, m_accounts.manager, newCachePath());
        settings.useLive = false;
        settings.pageSize = 1000; // several pages, each its own transaction
        SyncClient client(settings);
        QSignalSpy caughtUp(&client, &SyncClient::caughtUp);
        client.start();
        QVERIFY(caughtUp.wait(60000));
        QCOMPARE(client.connectivity(), SyncClient::Online);
        QVERIFY(client.lastSyncAt().isValid());
        QString diff = differencesWithServer(client.cache(), m_server, m_accounts.manager);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // Every kind of change on the server, then a delta.
        auto c = m_server.client();
        QVERIFY(adjust(kSku, u"loc_paris"_qs, 5, "delta-adjust"));
        const Reply product = c.get("/api/v1/products/prd_0002");
        const std::string version = product.header("ETag");
        QCOMPARE(c.patch("/api/v1/products/prd_0002", {{u"name"_qs, u"Renamed by the delta test"_qs}},
                         m_accounts.manager, {{"If-Match", version}})
                     .status,
                 200);
        QCOMPARE(c.del("/api/v1/products/prd_0003", m_accounts.manager).status, 204);
        const Reply order = c.post("/api/v1/orders", pickupOrder(kSku, u"loc_lyon"_qs), m_accounts.staffLyon,
                                   {{"Idempotency-Key", "delta-order"}});
        QCOMPARE(order.status, 201);
        const std::string orderId = order.json().value(u"id"_qs).toString().toStdString();
        QCOMPARE(c.post("/api/v1/orders/" + orderId + "/cancel", {}, m_accounts.staffLyon,
                        {{"Idempotency-Key", "delta-cancel"}})
                     .status,
                 200);
        const qint64 before = client.cursor();
        client.syncNow();
        QVERIFY(caughtUp.wait(30000));
        QVERIFY(client.cursor() > before);
        diff = differencesWithServer(client.cache(), m_server, m_accounts.manager);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(cachedOrderIds(client.cache()).contains(QString::fromStdString(orderId)));
    }

    void livePushesReachTheCacheAndPullResumesAfterARestart()
    {
        SyncClient::Settings settings = clientSettings(m_server, m_accounts.staffParis, newCachePath());
        qint64 cursorBefore = 0;
        {
            SyncClient client(settings);
            client.start();
            QVERIFY(waitFor([&] { return client.isLive() && client.connectivity() == SyncClient::Online; },
                            60000));
            QVERIFY(!client.isPulling());
            const qint64 onHand = onHandInCache(client.cache(), kSku, u"loc_paris"_qs);
            QVERIFY(adjust(kSku, u"loc_paris"_qs, 3, "live-1"));
            // No pull runs while live: only the push can bring it.
            QVERIFY(
                waitFor([&] { return onHandInCache(client.cache(), kSku, u"loc_paris"_qs) == onHand + 3; }));
            QVERIFY(!client.isPulling());
            cursorBefore = client.cursor();
        }
        // The app closes; the server moves on; the next start resumes from the cursor.
        QVERIFY(adjust(kSku, u"loc_paris"_qs, 2, "live-2"));
        SyncClient again(settings);
        QCOMPARE(again.cursor(), cursorBefore);
        again.start();
        QVERIFY(waitFor([&] { return again.cursor() > cursorBefore && again.isLive(); }));
        const QString diff = differencesWithServer(again.cache(), m_server, m_accounts.staffParis);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void outboxEntriesAreAppliedOnceWithTheirAnswer()
    {
        const std::string kiosk = m_server.kioskToken(u"loc_paris"_qs);
        SyncClient client(clientSettings(m_server, kiosk, newCachePath()));
        client.start();
        QVERIFY(waitFor([&] { return client.isLive(); }, 60000));
        QSignalSpy settled(&client, &SyncClient::entrySettled);
        const QueuedOrder queued = enqueueCarryOut(client, kSku, u"loc_paris"_qs, false);
        QCOMPARE(cachedOrderIds(client.cache(), u"local"_qs), QSet<QString>{queued.orderId});
        QVERIFY(waitFor([&] { return client.pendingCount() == 0; }));
        QCOMPARE(settled.count(), 1);
        QCOMPARE(settled.first().at(1).toBool(), true);
        QCOMPARE(settled.first().at(2).toInt(), 201);
        const auto entry = client.outbox().entry(queued.entryId);
        QCOMPARE(entry->state, u"applied"_qs);
        QCOMPARE(entry->attempts, 1);
        // The answer replaced the optimistic copy: the order has its number now.
        QVERIFY(cachedOrderIds(client.cache(), u"local"_qs).isEmpty());
        auto st = client.cache().db().prepare("SELECT number, status FROM orders WHERE id = ?");
        st.bind(1, queued.orderId);
        QVERIFY(st.step());
        QVERIFY(st.text(0).startsWith(u"PAR-"_qs));
        QCOMPARE(m_server.client().get("/api/v1/orders/" + queued.orderId.toStdString(), kiosk).status, 200);
        QVERIFY(waitFor([&] { return differencesWithServer(client.cache(), m_server, kiosk).isEmpty(); }));
        QVERIFY(waitFor([&] { return client.connectivity() == SyncClient::Online; }));
    }

    void aRefusedEntryIsKeptWithItsReasonAndNeverResent()
    {
        const std::string kiosk = m_server.kioskToken(u"loc_paris"_qs);
        SyncClient client(clientSettings(m_server, kiosk, newCachePath()));
        QSignalSpy rejected(&client, &SyncClient::rejectedEntriesChanged);
        client.start();
        const QueuedOrder bad = enqueueCarryOut(client, u"NO-SUCH-SKU"_qs, u"loc_paris"_qs);
        const QueuedOrder good = enqueueCarryOut(client, kSku, u"loc_paris"_qs);
        QVERIFY(waitFor([&] { return client.pendingCount() == 0; }));
        QCOMPARE(rejected.count(), 1);
        const QVariantList list = client.rejectedEntries();
        QCOMPARE(list.size(), 1);
        const QVariantMap entry = list.first().toMap();
        QCOMPARE(entry.value(u"entityId"_qs).toString(), bad.orderId);
        QCOMPARE(entry.value(u"status"_qs).toInt(), 422);
        QVERIFY2(entry.value(u"reason"_qs).toString().contains(u"sku"_qs, Qt::CaseInsensitive),
                 qPrintable(entry.value(u"reason"_qs).toString()));
        QCOMPARE(client.outbox().entry(bad.entryId)->attempts, 1);
        // The refusal did not block the entry behind it.
        QCOMPARE(client.outbox().entry(good.entryId)->state, u"applied"_qs);
        auto st = client.cache().db().prepare("SELECT status FROM orders WHERE id = ?");
        st.bind(1, bad.orderId);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), u"rejected"_qs);
        // The pusher also goes over the outbox every second (pusher.cpp), when nothing else makes
        // it: two passes that found nothing to send, more than that second after the refusal,
        // went by the refused entry without sending it again.
        QElapsedTimer sinceRefusal;
        sinceRefusal.start();
        int passesAfterAPoll = 0;
        const auto counting = connect(&client.pusher(), &Pusher::idle, this, [&] {
            if (sinceRefusal.elapsed() > 1000)
                ++passesAfterAPoll;
        });
        QTRY_VERIFY_WITH_TIMEOUT(passesAfterAPoll >= 2, 30000);
        disconnect(counting);
        QCOMPARE(client.pendingCount(), 0);
        QCOMPARE(client.outbox().entry(bad.entryId)->attempts, 1);
        client.dismissRejected(bad.entryId);
        QVERIFY(client.rejectedEntries().isEmpty());
    }

    void feedsAndSocketsCarryOnlyWhatEachPrincipalMaySee()
    {
        const std::string ana = registerCustomer(u"Ana"_qs);
        const std::string ben = registerCustomer(u"Ben"_qs);
        QVERIFY(!ana.empty() && !ben.empty());
        std::map<std::string, std::unique_ptr<SyncClient>> clients;
        for (const auto& [name, token] : {std::pair{"ana", ana},
                                          {"ben", ben},
                                          {"paris", m_accounts.staffParis},
                                          {"lyon", m_accounts.staffLyon},
                                          {"anonymous", std::string()}}) {
            clients[name] = std::make_unique<SyncClient>(clientSettings(m_server, token, newCachePath()));
            clients[name]->start();
        }
        for (auto& [name, client] : clients)
            QVERIFY2(waitFor([&] { return client->isLive(); }, 60000), name.c_str());
        // Orders placed while everyone is live: they travel by push.
        auto c = m_server.client();
        const Reply anaOrder = c.post("/api/v1/orders", pickupOrder(kSku, u"loc_paris"_qs), ana,
                                      {{"Idempotency-Key", "scope-ana"}});
        const Reply benOrder = c.post("/api/v1/orders", pickupOrder(kSku, u"loc_paris"_qs), ben,
                                      {{"Idempotency-Key", "scope-ben"}});
        QCOMPARE(anaOrder.status, 201);
        QCOMPARE(benOrder.status, 201);
        const QString anaId = anaOrder.json().value(u"id"_qs).toString();
        const QString benId = benOrder.json().value(u"id"_qs).toString();
        QVERIFY(waitFor([&] { return cachedOrderIds(clients["paris"]->cache()).contains(benId); }));
        QVERIFY(waitFor([&] { return cachedOrderIds(clients["ana"]->cache()).contains(anaId); }));
        QVERIFY(waitFor([&] { return cachedOrderIds(clients["ben"]->cache()).contains(benId); }));
        // A public change after the orders: once it is in every cache, so is all that came before.
        QVERIFY(adjust(kSku, u"loc_bordeaux"_qs, 1, "scope-barrier"));
        const qint64 barrier = onHandInCache(clients["paris"]->cache(), kSku, u"loc_bordeaux"_qs) + 1;
        for (auto& [name, client] : clients)
            QVERIFY2(
                waitFor([&] { return onHandInCache(client->cache(), kSku, u"loc_bordeaux"_qs) == barrier; }),
                name.c_str());
        QCOMPARE(cachedOrderIds(clients["ana"]->cache()), QSet<QString>{anaId});
        QCOMPARE(cachedOrderIds(clients["ben"]->cache()), QSet<QString>{benId});
        QVERIFY(cachedOrderIds(clients["lyon"]->cache()).intersect({anaId, benId}).isEmpty());
        QVERIFY(cachedOrderIds(clients["anonymous"]->cache()).isEmpty());
        QVERIFY(cachedOrderIds(clients["paris"]->cache()).contains(anaId));
        for (const char* name : {"ana", "ben", "paris", "lyon"}) {
            const std::string token = name == std::string("ana")     ? ana
                                      : name == std::string("ben")   ? ben
                                      : name == std::string("paris") ? m_accounts.staffParis
                                                                     : m_accounts.staffLyon;
            const QString diff = differencesWithServer(clients[name]->cache(), m_server, token);
            QVERIFY2(diff.isEmpty(), qPrintable(QString::fromLatin1(name) + u": "_qs + diff));
        }
        // A cache filled for one account and opened for another starts over: nothing leaks.
        const QString anaCache = clients["ana"]->cache().path();
        clients.clear();
        SyncClient asBen(clientSettings(m_server, ben, anaCache));
        QVERIFY(cachedOrderIds(asBen.cache()).isEmpty());
        QCOMPARE(asBen.cursor(), 0);
    }

    // The first bootstrap writes rows page after page, then builds the indexes and the search
    // index when it reaches the head: in between the cache says it is loading, and afterwards it
    // searches like any other.
    void aFirstBootstrapBuildsItsIndexesAtTheHead()
    {
        SyncClient::Settings settings = clientSettings(m_server, m_accounts.manager, newCachePath());
        settings.useLive = false;
        settings.pageSize = 50;
        SyncClient client(settings);
        int pagesWhileLoading = 0, pagesAfter = 0;
        connect(&client, &SyncClient::cursorChanged, this,
                [&] { ++(client.cache().bulkLoading() ? pagesWhileLoading : pagesAfter); });
        QSignalSpy caughtUp(&client, &SyncClient::caughtUp);
        client.start();
        QVERIFY(caughtUp.wait(60000));
        QVERIFY2(pagesWhileLoading >= 3, qPrintable(QString::number(pagesWhileLoading)));
        QCOMPARE(pagesAfter, 1); // the last page, after which the load was finished
        QVERIFY(!client.cache().bulkLoading());
        const QString diff = differencesWithServer(client.cache(), m_server, m_accounts.manager);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        auto counts = client.cache().db().prepare(
            "SELECT (SELECT count(*) FROM products), (SELECT count(*) FROM products_fts)");
        QVERIFY(counts.step());
        QVERIFY(counts.int64(0) > 0);
        QCOMPARE(counts.int64(1), counts.int64(0));
        // Every index the bulk load put off exists again.
        for (const CacheIndex& index : cacheSecondaryIndexes()) {
            auto exists = client.cache().db().prepare(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?");
            exists.bind(1, std::string_view(index.name));
            QVERIFY(exists.step());
            QVERIFY2(exists.int64(0) == 1, index.name);
        }
        auto found =
            client.cache().db().prepare("SELECT count(*) FROM products_fts WHERE products_fts MATCH ?");
        found.bind(1, QString(kSku).left(3) + u'*'); // a SKU's first letters
        QVERIFY(found.step());
        QVERIFY(found.int64(0) > 0);
    }

    void aCursorOlderThanTheTombstonesBootstrapsAgain()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const std::string manager = server.login(u"manager@demo.comptoir.fr"_qs);
        SyncClient::Settings settings = clientSettings(server, manager, newCachePath());
        settings.useLive = false;
        SyncClient client(settings);
        QSignalSpy caughtUp(&client, &SyncClient::caughtUp);
        client.start();
        QVERIFY(caughtUp.wait(60000));
        const qint64 cursor = client.cursor();
        // A product archived and tombstones pruned past our cursor, as weeks offline would do.
        QCOMPARE(server.client().del("/api/v1/products/prd_0004", manager).status, 204);
        sqlite::Connection db(server.databasePath().toStdString(), sqlite::Durability::Full);
        db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('tombstones_pruned_through', ?)")
            .bind(1, QString::number(cursor + 1))
            .exec();
        // A stale row only a bootstrap can remove.
        client.cache().db().execScript(
            "INSERT INTO locations(id, name, kind, json) VALUES ('loc_gone', 'Gone', 'store', '{}')");
        client.syncNow();
        QVERIFY(caughtUp.wait(60000));
        const QString diff = differencesWithServer(client.cache(), server, manager);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void clientsCatchUpAfterTheServerRestarts()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const std::string kiosk = server.kioskToken(u"loc_paris"_qs);
        std::vector<std::unique_ptr<SyncClient>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<SyncClient>(clientSettings(server, kiosk, newCachePath())));
            clients.back()->start();
        }
        for (auto& client : clients)
            QVERIFY(waitFor([&] { return client->isLive(); }, 60000));

        server.stop();
        for (auto& client : clients)
            QVERIFY(waitFor([&] { return !client->isLive(); }));
        // Sales go on while the server is away: the outbox keeps them.
        QList<QueuedOrder> queued;
        for (auto& client : clients)
            queued.append(enqueueCarryOut(*client, kSku, u"loc_paris"_qs));
        QVERIFY(waitFor([&] { return clients.front()->connectivity() == SyncClient::Offline; }));
        QVERIFY(server.restartOnSamePorts());
        const std::string manager2 = server.login(u"manager@demo.comptoir.fr"_qs);
        QCOMPARE(server.client()
                     .post("/api/v1/inventory/adjustments",
                           {{u"sku"_qs, kSku},
                            {u"location_id"_qs, u"loc_lyon"_qs},
                            {u"delta"_qs, 7},
                            {u"reason"_qs, u"receipt"_qs}},
                           manager2, {{"Idempotency-Key", "after-restart"}})
                     .status,
                 201);
        for (auto& client : clients) {
            QVERIFY(waitFor([&] { return client->isLive() && client->pendingCount() == 0; }, 60000));
            QVERIFY(waitFor([&] { return differencesWithServer(client->cache(), server, kiosk).isEmpty(); }));
        }
        // Each sale made during the outage is on the server exactly once.
        QSet<QString> served;
        for (const QJsonValue& o : server.client().get("/api/v1/orders?limit=200", manager2).items())
            served.insert(o.toObject().value(u"id"_qs).toString());
        for (const QueuedOrder& q : queued)
            QVERIFY(served.contains(q.orderId));
        QCOMPARE(served.size(), queued.size());
    }
};

QTEST_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
