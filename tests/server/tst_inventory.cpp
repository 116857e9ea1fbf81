// Locations and stock: levels, adjustments, transfers and movements, with the Idempotency-Key
// rules of API.md and the store binding of staff, under concurrency.
#include "concurrentposts.h"
#include "orderbodies.h"
#include "testserver.h"

#include <QtTest>
#include <atomic>
#include <thread>

using namespace comptoir::test;

class TestInventory : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::string m_manager;
    std::string m_staffParis;
    std::string m_kiosk;
    QString m_sku; // a demo SKU with stock everywhere

    QJsonObject level(const QString& sku, const QString& location)
    {
        const Reply r = m_server.client().get("/api/v1/inventory?sku=" + urlEncode(sku) +
                                              "&location_id=" + location.toStdString());
        return r.items().isEmpty() ? QJsonObject() : r.items().first().toObject();
    }
    qint64 onHand(const QString& sku, const QString& location)
    {
        return qint64(level(sku, location).value(u"on_hand"_qs).toDouble());
    }

    QJsonObject adjustment(qint64 delta, const QString& reason = u"receipt"_qs,
                           const QString& location = u"loc_paris"_qs)
    {
        return {{u"sku"_qs, m_sku},
                {u"location_id"_qs, location},
                {u"delta"_qs, double(delta)},
                {u"reason"_qs, reason}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        m_staffParis = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        m_kiosk = m_server.kioskToken(u"loc_paris"_qs);
        QVERIFY(!m_manager.empty() && !m_staffParis.empty() && !m_kiosk.empty());
        const Reply p = m_server.client().get("/api/v1/products/prd_0001");
        m_sku = p.json().value(u"variants"_qs).toArray().first().toObject().value(u"sku"_qs).toString();
        QVERIFY(!m_sku.isEmpty());
    }

    void listsStoresAndTheWarehouse()
    {
        const Reply r = m_server.client().get("/api/v1/locations");
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"next_cursor"_qs).isNull());
        int stores = 0, warehouses = 0;
        for (const QJsonValue& v : r.items()) {
            const QJsonObject l = v.toObject();
            stores += l.value(u"kind"_qs).toString() == u"store";
            warehouses += l.value(u"kind"_qs).toString() == u"warehouse";
            QVERIFY(!l.value(u"name"_qs).toString().isEmpty());
            QVERIFY(!l.value(u"address"_qs).toString().isEmpty());
            QCOMPARE(l.value(u"timezone"_qs).toString(), u"Europe/Paris"_qs);
        }
        QCOMPARE(stores, 3);
        QCOMPARE(warehouses, 1);
    }

    void stockLevelsNeedAFilterAndAddUp()
    {
        auto c = m_server.client();
        QCOMPARE(c.get("/api/v1/inventory").status, 400);
        const Reply bySku = c.get("/api/v1/inventory?sku=" + urlEncode(m_sku));
        QCOMPARE(bySku.status, 200);
        QCOMPARE(bySku.items().size(), 4);
        for (const QJsonValue& v : bySku.items()) {
            const QJsonObject l = v.toObject();
            QCOMPARE(l.value(u"available"_qs).toInt(),
                     l.value(u"on_hand"_qs).toInt() - l.value(u"reserved"_qs).toInt());
        }
        // Walking one location page by page sees each SKU once.
        QSet<QString> seen;
        std::string cursor;
        int pages = 0;
        do {
            const Reply page = c.get("/api/v1/inventory?location_id=loc_lyon&limit=200" +
                                     (cursor.empty() ? std::string() : "&cursor=" + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue& v : page.items()) {
                QCOMPARE(v.toObject().value(u"location_id"_qs).toString(), u"loc_lyon"_qs);
                QVERIFY(!seen.contains(v.toObject().value(u"sku"_qs).toString()));
                seen.insert(v.toObject().value(u"sku"_qs).toString());
            }
            const QJsonValue next = page.json().value(u"next_cursor"_qs);
            cursor = next.isNull() ? std::string() : next.toString().toStdString();
            ++pages;
        } while (!cursor.empty() && pages < 100);
        QVERIFY(seen.size() > 1000);
        QCOMPARE(c.get("/api/v1/inventory?location_id=loc_lyon&cursor=bad").status, 400);
    }

    void staffAdjustStockAtTheirStore()
    {
        auto c = m_server.client();
        const qint64 before = onHand(m_sku, u"loc_paris"_qs);
        const Reply r =
            c.post("/api/v1/inventory/adjustments", adjustment(5), m_staffParis, idempotencyKey("adj-1"));
        QCOMPARE(r.status, 201);
        QCOMPARE(qint64(r.json().value(u"on_hand"_qs).toDouble()), before + 5);
        QCOMPARE(r.json().value(u"sku"_qs).toString(), m_sku);
        QCOMPARE(onHand(m_sku, u"loc_paris"_qs), before + 5);

        const Reply movements =
            c.get("/api/v1/inventory/movements?location_id=loc_paris&sku=" + urlEncode(m_sku), m_staffParis);
        QCOMPARE(movements.status, 200);
        const QJsonObject latest = movements.items().first().toObject();
        QCOMPARE(latest.value(u"cause"_qs).toString(), u"adjustment"_qs);
        QCOMPARE(latest.value(u"reason"_qs).toString(), u"receipt"_qs);
        QCOMPARE(latest.value(u"on_hand_delta"_qs).toInt(), 5);
        QCOMPARE(qint64(latest.value(u"on_hand_after"_qs).toDouble()), before + 5);
    }

    void staffOfAnotherStoreKiosksAndStrangersAreRefused()
    {
        auto c = m_server.client();
        QCOMPARE(c.post("/api/v1/inventory/adjustments", adjustment(1, u"receipt"_qs, u"loc_lyon"_qs),
                        m_staffParis, idempotencyKey("adj-lyon"))
                     .status,
                 403);
        QCOMPARE(c.post("/api/v1/inventory/adjustments", adjustment(1, u"receipt"_qs, u"loc_warehouse"_qs),
                        m_staffParis, idempotencyKey("adj-wh"))
                     .status,
                 403);
        QCOMPARE(
            c.post("/api/v1/inventory/adjustments", adjustment(1), m_kiosk, idempotencyKey("adj-k")).status,
            403);
        QCOMPARE(c.post("/api/v1/inventory/adjustments", adjustment(1)).status, 401);
        QCOMPARE(c.get("/api/v1/inventory/movements?sku=" + urlEncode(m_sku), m_kiosk).status, 403);
        QCOMPARE(c.get("/api/v1/inventory/movements?sku=" + urlEncode(m_sku)).status, 401);
        // Managers act everywhere.
        QCOMPARE(c.post("/api/v1/inventory/adjustments", adjustment(1, u"receipt"_qs, u"loc_warehouse"_qs),
                        m_manager, idempotencyKey("adj-wh-m"))
                     .status,
                 201);
    }

    void stockNeverGoesBelowZeroExceptByCount()
    {
        auto c = m_server.client();
        const qint64 current = onHand(m_sku, u"loc_paris"_qs);
        const Reply tooMuch =
            c.post("/api/v1/inventory/adjustments", adjustment(-(current + 1), u"damage"_qs), m_staffParis,
                   idempotencyKey("neg-1"));
        QCOMPARE(tooMuch.status, 409);
        QCOMPARE(onHand(m_sku, u"loc_paris"_qs), current);
        const Reply counted = c.post("/api/v1/inventory/adjustments", adjustment(-(current + 2), u"count"_qs),
                                     m_staffParis, idempotencyKey("neg-2"));
        QCOMPARE(counted.status, 201);
        QCOMPARE(counted.json().value(u"on_hand"_qs).toInt(), -2);
        QCOMPARE(c.post("/api/v1/inventory/adjustments", adjustment(current + 2, u"count"_qs), m_staffParis,
                        idempotencyKey("neg-3"))
                     .status,
                 201);
        QCOMPARE(onHand(m_sku, u"loc_paris"_qs), current);
    }

    void badAdjustmentsNameTheirFields()
    {
        auto c = m_server.client();
        const auto post = [&](const QJsonObject& body, const std::string& k) {
            return c.post("/api/v1/inventory/adjustments", body, m_staffParis, idempotencyKey(k));
        };
        QCOMPARE(post(adjustment(0), "bad-1").errorFields(), QStringList{u"delta"_qs});
        QJsonObject fractional = adjustment(1);
        fractional.insert(u"delta"_qs, 1.5);
        QCOMPARE(post(fractional, "bad-2").errorFields(), QStringList{u"delta"_qs});
        QCOMPARE(post(adjustment(qint64(1) << 40), "bad-3").errorFields(), QStringList{u"delta"_qs});
        QCOMPARE(post(adjustment(1, u"gift"_qs), "bad-4").errorFields(), QStringList{u"reason"_qs});
        QJsonObject unknownSku = adjustment(1);
        unknownSku.insert(u"sku"_qs, u"NO-SUCH-SKU"_qs);
        QCOMPARE(post(unknownSku, "bad-5").errorFields(), QStringList{u"sku"_qs});
        QCOMPARE(post(QJsonObject{}, "bad-6").errorFields(),
                 (QStringList{u"sku"_qs, u"location_id"_qs, u"delta"_qs, u"reason"_qs}));
        QCOMPARE(c.raw("POST", "/api/v1/inventory/adjustments", "{oops", "application/json", m_staffParis,
                       idempotencyKey("bad-7"))
                     .status,
                 400);
    }

    void idempotencyKeyIsRequiredAndChecked()
    {
        auto c = m_server.client();
        const Reply missing = c.post("/api/v1/inventory/adjustments", adjustment(1), m_staffParis);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorFields(), QStringList{u"Idempotency-Key"_qs});
        QCOMPARE(c.post("/api/v1/inventory/adjustments", adjustment(1), m_staffParis,
                        idempotencyKey(std::string(256, 'k')))
                     .status,
                 400);
        QCOMPARE(c.post("/api/v1/inventory/adjustments", adjustment(1), m_staffParis, idempotencyKey("clé-é"))
                     .status,
                 400);
    }

    void sameKeyAndBodyReplaysWithoutApplyingTwice()
    {
        auto c = m_server.client();
        const qint64 before = onHand(m_sku, u"loc_paris"_qs);
        const Reply first =
            c.post("/api/v1/inventory/adjustments", adjustment(3), m_staffParis, idempotencyKey("replay-1"));
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("Idempotent-Replayed").empty());
        for (int i = 0; i < 5; ++i) {
            const Reply again = c.post("/api/v1/inventory/adjustments", adjustment(3), m_staffParis,
                                       idempotencyKey("replay-1"));
            QCOMPARE(again.status, 201);
            QCOMPARE(again.body, first.body);
            QCOMPARE(again.header("Idempotent-Replayed"), std::string("true"));
        }
        QCOMPARE(onHand(m_sku, u"loc_paris"_qs), before + 3);

        const Reply otherBody =
            c.post("/api/v1/inventory/adjustments", adjustment(4), m_staffParis, idempotencyKey("replay-1"));
        QCOMPARE(otherBody.status, 422);
        QCOMPARE(onHand(m_sku, u"loc_paris"_qs), before + 3);

        // Keys belong to the principal: the manager's "replay-1" is another request.
        QCOMPARE(c.post("/api/v1/inventory/adjustments", adjustment(3), m_manager, idempotencyKey("replay-1"))
                     .header("Idempotent-Replayed"),
                 std::string());
        QCOMPARE(onHand(m_sku, u"loc_paris"_qs), before + 6);
    }

    void concurrentRequestsWithOneKeyApplyOnce()
    {
        const qint64 before = onHand(m_sku, u"loc_paris"_qs);
        const RaceTally race = postConcurrently(m_server.port(), "/api/v1/inventory/adjustments",
                                                adjustment(7), m_staffParis, "race-1", 12);
        QCOMPARE(race.created, 1);
        QCOMPARE(race.other, 0);
        QCOMPARE(race.created + race.replayed + race.inFlight, 12);
        QCOMPARE(onHand(m_sku, u"loc_paris"_qs), before + 7);
    }

    void transfersMoveStockBetweenLocations()
    {
        auto c = m_server.client();
        const qint64 paris = onHand(m_sku, u"loc_paris"_qs), lyon = onHand(m_sku, u"loc_lyon"_qs);
        const QJsonObject body{{u"sku"_qs, m_sku},
                               {u"from"_qs, u"loc_paris"_qs},
                               {u"to"_qs, u"loc_lyon"_qs},
                               {u"quantity"_qs, 2}};
        const Reply r = c.post("/api/v1/inventory/transfers", body, m_staffParis, idempotencyKey("trf-1"));
        QCOMPARE(r.status, 201);
        QCOMPARE(qint64(r.json().value(u"from"_qs).toObject().value(u"on_hand"_qs).toDouble()), paris - 2);
        QCOMPARE(qint64(r.json().value(u"to"_qs).toObject().value(u"on_hand"_qs).toDouble()), lyon + 2);
        QCOMPARE(onHand(m_sku, u"loc_paris"_qs), paris - 2);
        QCOMPARE(onHand(m_sku, u"loc_lyon"_qs), lyon + 2);
        const Reply moves =
            c.get("/api/v1/inventory/movements?sku=" + urlEncode(m_sku) + "&limit=2", m_manager);
        QCOMPARE(moves.items().size(), 2);
        for (const QJsonValue& m : moves.items())
            QCOMPARE(m.toObject().value(u"cause_id"_qs).toString(), r.json().value(u"id"_qs).toString());
        QVERIFY(!moves.json().value(u"next_cursor"_qs).isNull());

        QJsonObject fromLyon = body;
        fromLyon.insert(u"from"_qs, u"loc_lyon"_qs);
        fromLyon.insert(u"to"_qs, u"loc_paris"_qs);
        QCOMPARE(
            c.post("/api/v1/inventory/transfers", fromLyon, m_staffParis, idempotencyKey("trf-2")).status,
            403);
        QJsonObject tooMany = body;
        tooMany.insert(u"quantity"_qs, 1'000'000);
        const Reply shortStock =
            c.post("/api/v1/inventory/transfers", tooMany, m_staffParis, idempotencyKey("trf-3"));
        QCOMPARE(shortStock.status, 409);
        QVERIFY(shortStock.json().contains(u"available"_qs));
        QJsonObject same = body;
        same.insert(u"to"_qs, u"loc_paris"_qs);
        QCOMPARE(
            c.post("/api/v1/inventory/transfers", same, m_staffParis, idempotencyKey("trf-4")).errorFields(),
            QStringList{u"to"_qs});
        QJsonObject zero = body;
        zero.insert(u"quantity"_qs, 0);
        QCOMPARE(
            c.post("/api/v1/inventory/transfers", zero, m_staffParis, idempotencyKey("trf-5")).errorFields(),
            QStringList{u"quantity"_qs});
        QJsonObject nowhere = body;
        nowhere.insert(u"to"_qs, u"loc_mars"_qs);
        QCOMPARE(c.post("/api/v1/inventory/transfers", nowhere, m_staffParis, idempotencyKey("trf-6"))
                     .errorFields(),
                 QStringList{u"to"_qs});
    }

    void twentyConcurrentTransfersNeverOversell()
    {
        auto c = m_server.client();
        // Exactly 10 available at the warehouse.
        const QJsonObject now = level(m_sku, u"loc_warehouse"_qs);
        const qint64 setTo = 10 + qint64(now.value(u"reserved"_qs).toDouble());
        QCOMPARE(c.post("/api/v1/inventory/adjustments",
                        adjustment(setTo - qint64(now.value(u"on_hand"_qs).toDouble()), u"count"_qs,
                                   u"loc_warehouse"_qs),
                        m_manager, idempotencyKey("set-10"))
                     .status,
                 201);
        QCOMPARE(level(m_sku, u"loc_warehouse"_qs).value(u"available"_qs).toInt(), 10);
        const qint64 bordeaux = onHand(m_sku, u"loc_bordeaux"_qs);

        std::atomic<int> ok{0}, refused{0}, other{0};
        std::vector<std::thread> clients;
        for (int i = 0; i < 20; ++i)
            clients.emplace_back([&, i] {
                HttpClient client(m_server.port());
                const QJsonObject body{{u"sku"_qs, m_sku},
                                       {u"from"_qs, u"loc_warehouse"_qs},
                                       {u"to"_qs, u"loc_bordeaux"_qs},
                                       {u"quantity"_qs, 1}};
                const Reply r = client.post("/api/v1/inventory/transfers", body, m_manager,
                                            idempotencyKey("burst-" + std::to_string(i)));
                (r.status == 201 ? ok : r.status == 409 ? refused : other)++;
            });
        for (auto& t : clients)
            t.join();
        QCOMPARE(ok.load(), 10);
        QCOMPARE(refused.load(), 10);
        QCOMPARE(other.load(), 0);
        const QJsonObject after = level(m_sku, u"loc_warehouse"_qs);
        QCOMPARE(after.value(u"available"_qs).toInt(), 0);
        QVERIFY(after.value(u"on_hand"_qs).toInt() >= 0);
        QCOMPARE(onHand(m_sku, u"loc_bordeaux"_qs), bordeaux + 10);
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
