// Acknowledged writes survive: a clean restart, and kill -9 in the middle of a stream of
// concurrent writes. Retrying every unacknowledged request with its Idempotency-Key after the
// restart must converge to exactly one application of each.
#include "comptoir/sqlite.h"
#include "pgcluster.h"
#include "testserver.h"

#include <QtTest>
#include <atomic>
#include <mutex>
#include <random>
#include <thread>

using namespace comptoir;
using namespace comptoir::test;

class TestDurability : public QObject {
    Q_OBJECT

private:
    static qint64 onHand(HttpClient& c, const QString& sku, const QString& location)
    {
        const Reply r =
            c.get("/api/v1/inventory?sku=" + urlEncode(sku) + "&location_id=" + location.toStdString());
        return r.items().isEmpty() ? 0 : qint64(r.items().first().toObject().value(u"on_hand"_qs).toDouble());
    }

    static QString firstSku(HttpClient& c, const std::string& productId)
    {
        return c.get("/api/v1/products/" + productId)
            .json()
            .value(u"variants"_qs)
            .toArray()
            .first()
            .toObject()
            .value(u"sku"_qs)
            .toString();
    }

private slots:
    void acknowledgedWritesSurviveARestart()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        auto c = server.client();
        const std::string manager = server.login(u"manager@demo.comptoir.fr"_qs);
        QCOMPARE(c.post("/api/v1/auth/register", {{u"email"_qs, u"durable@example.fr"_qs},
                                                  {u"password"_qs, u"durable-password"_qs},
                                                  {u"name"_qs, u"Durable"_qs}})
                     .status,
                 201);
        const Reply product =
            c.post("/api/v1/products",
                   {{u"name"_qs, u"Lampe persistante"_qs},
                    {u"tax_class"_qs, u"standard"_qs},
                    {u"variants"_qs,
                     QJsonArray{QJsonObject{
                         {u"sku"_qs, u"LAMP-DUR-1"_qs},
                         {u"price"_qs, QJsonObject{{u"amount"_qs, 4500}, {u"currency"_qs, u"EUR"_qs}}}}}}},
                   manager);
        QCOMPARE(product.status, 201);
        const Reply adjusted = c.post("/api/v1/inventory/adjustments",
                                      {{u"sku"_qs, u"LAMP-DUR-1"_qs},
                                       {u"location_id"_qs, u"loc_lyon"_qs},
                                       {u"delta"_qs, 12},
                                       {u"reason"_qs, u"receipt"_qs}},
                                      manager, {{"Idempotency-Key", "durable-1"}});
        QCOMPARE(adjusted.status, 201);

        server.killHard();
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        auto after = server.client();
        QCOMPARE(
            after.get("/api/v1/products/" + product.json().value(u"id"_qs).toString().toStdString()).json(),
            product.json());
        QCOMPARE(onHand(after, u"LAMP-DUR-1"_qs, u"loc_lyon"_qs), 12);
        QVERIFY(!server.login(u"durable@example.fr"_qs, u"durable-password"_qs).empty());
        // The old token still works, and the idempotency record survived with its answer.
        QCOMPARE(after.get("/api/v1/me", manager).status, 200);
        const Reply replay = after.post("/api/v1/inventory/adjustments",
                                        {{u"sku"_qs, u"LAMP-DUR-1"_qs},
                                         {u"location_id"_qs, u"loc_lyon"_qs},
                                         {u"delta"_qs, 12},
                                         {u"reason"_qs, u"receipt"_qs}},
                                        manager, {{"Idempotency-Key", "durable-1"}});
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(onHand(after, u"LAMP-DUR-1"_qs, u"loc_lyon"_qs), 12);
    }

    // Schema step 4 moves `orders` into a rowid table while order_lines and payments point at it:
    // a database of version 3 with orders, lines and a payment comes back whole.
    void ordersOfAVersion3DatabaseSurviveTheirMigration()
    {
        if (postgresBackendRequested())
            QSKIP("SQLite's schema steps only: a PostgreSQL database starts at its own migration 1");
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        auto c = server.client();
        const std::string staff = server.login(u"staff.paris@demo.comptoir.fr"_qs);
        const QString sku = firstSku(c, "prd_0001");
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            const Reply order =
                c.post("/api/v1/orders",
                       {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, 1}}}},
                        {u"fulfillment"_qs,
                         QJsonObject{{u"type"_qs, u"carry_out"_qs}, {u"location_id"_qs, u"loc_paris"_qs}}}},
                       staff, {{"Idempotency-Key", "v3-order-" + std::to_string(i)}});
            QCOMPARE(order.status, 201);
            ids << order.json().value(u"id"_qs).toString();
        }
        const Reply token = c.post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                                               {u"exp_month"_qs, 12},
                                                               {u"exp_year"_qs, 2035},
                                                               {u"cvc"_qs, u"123"_qs}});
        QCOMPARE(c.post("/api/v1/orders/" + ids[1].toStdString() + "/payments",
                        {{u"method"_qs, u"card"_qs}, {u"token"_qs, token.json().value(u"token"_qs)}}, staff,
                        {{"Idempotency-Key", "v3-pay"}})
                     .status,
                 201);
        QMap<QString, QJsonObject> before;
        for (const QString& id : std::as_const(ids))
            before[id] = c.get("/api/v1/orders/" + id.toStdString(), staff).json();
        const QJsonObject listBefore = c.get("/api/v1/orders?limit=2", staff).json();
        server.stop();

        {
            // The database as version 3 had it: its orders table WITHOUT ROWID, indexes without the id.
            sqlite::Connection db(server.databasePath().toStdString(), sqlite::Durability::Full);
            db.execScript("PRAGMA foreign_keys = OFF;");
            db.execScript(R"sql(
BEGIN;
CREATE TABLE orders_v3(
  id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, channel TEXT NOT NULL, store_id TEXT,
  customer_id TEXT, placed_by TEXT NOT NULL, status TEXT NOT NULL, fulfillment_type TEXT NOT NULL,
  location_id TEXT, promo_code TEXT, total INTEGER NOT NULL, paid_total INTEGER NOT NULL DEFAULT 0,
  refunded_total INTEGER NOT NULL DEFAULT 0, currency TEXT NOT NULL, offline INTEGER NOT NULL DEFAULT 0,
  reservation_expires_at INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
  json TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO orders_v3 SELECT id, number, channel, store_id, customer_id, placed_by, status,
  fulfillment_type, location_id, promo_code, total, paid_total, refunded_total, currency, offline,
  reservation_expires_at, created_at, updated_at, json FROM orders;
DROP TABLE orders;
ALTER TABLE orders_v3 RENAME TO orders;
CREATE INDEX orders_by_store ON orders(store_id, created_at);
CREATE INDEX orders_by_customer ON orders(customer_id, created_at);
CREATE INDEX orders_by_placer ON orders(placed_by, created_at);
CREATE INDEX orders_by_created ON orders(created_at);
CREATE INDEX orders_expiring ON orders(status, reservation_expires_at);
-- What steps 6 and 7 added (the simulator's refunds, the webhook outbox) goes too: they run again.
DROP TABLE gateway_refunds;
DROP TABLE webhook_outbox;
DROP INDEX gateway_charges_by_reference;
ALTER TABLE gateway_charges DROP COLUMN refund_behaviour;
ALTER TABLE refunds DROP COLUMN gateway_reference;
-- And what steps 8 to 10 added (PINs and a token's register, cash sessions with their VAT rows,
-- returns and the change log's second store scope).
ALTER TABLE changes DROP COLUMN scope_store_also;
ALTER TABLE refunds DROP COLUMN return_id;
DROP TABLE return_lines;
DROP TABLE returns;
ALTER TABLE tokens DROP COLUMN register_id;
DROP TABLE refund_taxes;
DROP TABLE payment_taxes;
DROP INDEX refunds_by_cash_session;
ALTER TABLE refunds DROP COLUMN method;
ALTER TABLE refunds DROP COLUMN cash_session_id;
DROP INDEX payments_by_cash_session;
ALTER TABLE payments DROP COLUMN cash_session_id;
DROP TABLE cash_movements;
DROP TABLE cash_sessions;
-- And step 11's analytics events (its orders.session_id column went with the old orders table).
DROP TABLE analytics_events;
-- And what step 12 added (accounts and mail, issue 15); step 8 makes users again without its columns.
DROP TABLE mail_outbox;
DROP TABLE password_resets;
-- And what step 13 added (customer data, issue 15: addresses, wishlist, cart).
DROP TABLE carts;
DROP TABLE wishlist_items;
DROP TABLE addresses;
-- And step 16's closures (issue 16; its orders.register_id column went with the old orders table).
DROP TABLE fiscal_closures;
-- And step 15's back office (issue 16): images, the audit trail, promotions' versions, revocations.
DROP TABLE product_images;
DROP TABLE audit;
ALTER TABLE promotions DROP COLUMN disabled;
ALTER TABLE promotions DROP COLUMN version;
ALTER TABLE devices DROP COLUMN revoked_at;
ALTER TABLE users DROP COLUMN disabled;
-- And step 14's fiscal journal (issue 16), its triggers with it.
DROP TABLE fiscal_journal;
PRAGMA user_version = 3;
COMMIT;
)sql");
        }

        QVERIFY2(server.start(), qPrintable(server.lastError()));
        auto after = server.client();
        for (const QString& id : std::as_const(ids))
            QCOMPARE(after.get("/api/v1/orders/" + id.toStdString(), staff).json(), before[id]);
        QCOMPARE(after.get("/api/v1/orders?limit=2", staff).json(), listBefore);
        QCOMPARE(before[ids[1]].value(u"status"_qs).toString(), u"paid"_qs);
        // The migrated table takes new orders, which list first.
        const Reply next =
            after.post("/api/v1/orders",
                       {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, 1}}}},
                        {u"fulfillment"_qs,
                         QJsonObject{{u"type"_qs, u"carry_out"_qs}, {u"location_id"_qs, u"loc_paris"_qs}}}},
                       staff, {{"Idempotency-Key", "v4-order"}});
        QCOMPARE(next.status, 201);
        QCOMPARE(after.get("/api/v1/orders?limit=1", staff).items().first().toObject().value(u"id"_qs),
                 next.json().value(u"id"_qs));
        server.stop();
        sqlite::Connection db(server.databasePath().toStdString(), sqlite::Durability::Full);
        auto version = db.prepare("PRAGMA user_version");
        QVERIFY(version.step());
        QVERIFY(version.int64(0) >= 4);
        auto orphans = db.prepare("PRAGMA foreign_key_check");
        QVERIFY(!orphans.step());
        auto lines =
            db.prepare("SELECT count(*) FROM order_lines JOIN orders ON orders.id = order_lines.order_id");
        QVERIFY(lines.step());
        QCOMPARE(lines.int64(0), 4);
    }

    void killNineDuringConcurrentWritesLosesNothingAcknowledged()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const std::string manager = server.login(u"manager@demo.comptoir.fr"_qs);
        auto c = server.client();
        const QString sku = firstSku(c, "prd_0002");
        const qint64 initial = onHand(c, sku, u"loc_warehouse"_qs);

        struct Attempt {
            std::string key;
            int delta = 0;
            bool acknowledged = false;
        };
        std::mutex mutex;
        std::vector<Attempt> attempts;
        std::atomic<bool> stop{false};
        std::atomic<int> acknowledged{0};
        const int port = server.port();
        std::vector<std::thread> writers;
        for (int w = 0; w < 4; ++w)
            writers.emplace_back([&, w] {
                HttpClient client(port);
                std::mt19937 random(unsigned(w + 1));
                for (int i = 0; !stop && i < 10000; ++i) {
                    Attempt a{"w" + std::to_string(w) + "-" + std::to_string(i), int(random() % 9) + 1,
                              false};
                    const Reply r = client.post("/api/v1/inventory/adjustments",
                                                {{u"sku"_qs, sku},
                                                 {u"location_id"_qs, u"loc_warehouse"_qs},
                                                 {u"delta"_qs, a.delta},
                                                 {u"reason"_qs, u"receipt"_qs}},
                                                manager, {{"Idempotency-Key", a.key}});
                    a.acknowledged = r.status == 201;
                    acknowledged += a.acknowledged;
                    std::lock_guard lock(mutex);
                    attempts.push_back(a);
                    if (r.status == 0)
                        break; // the server is gone
                }
            });
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.load() >= 40, 30000);
        server.killHard();
        stop = true;
        for (auto& t : writers)
            t.join();

        qint64 acknowledgedSum = 0;
        for (const Attempt& a : attempts)
            acknowledgedSum += a.acknowledged ? a.delta : 0;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        auto after = server.client();
        const qint64 recovered = onHand(after, sku, u"loc_warehouse"_qs);
        // Everything acknowledged is there; at most the requests cut mid-flight may be too.
        QVERIFY(recovered >= initial + acknowledgedSum);

        // Retrying every attempt with its key converges to exactly one application of each.
        qint64 allSum = 0;
        for (const Attempt& a : attempts) {
            allSum += a.delta;
            const Reply r = after.post("/api/v1/inventory/adjustments",
                                       {{u"sku"_qs, sku},
                                        {u"location_id"_qs, u"loc_warehouse"_qs},
                                        {u"delta"_qs, a.delta},
                                        {u"reason"_qs, u"receipt"_qs}},
                                       manager, {{"Idempotency-Key", a.key}});
            QCOMPARE(r.status, 201);
            if (a.acknowledged)
                QCOMPARE(r.header("Idempotent-Replayed"), std::string("true"));
        }
        QCOMPARE(onHand(after, sku, u"loc_warehouse"_qs), initial + allSum);
        const Reply moves = after.get(
            "/api/v1/inventory/movements?location_id=loc_warehouse&sku=" + urlEncode(sku) + "&limit=1",
            manager);
        QCOMPARE(qint64(moves.items().first().toObject().value(u"on_hand_after"_qs).toDouble()),
                 initial + allSum);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
